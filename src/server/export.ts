import type { Plugin } from "graphql-yoga";
import {
  CONTENT_TYPES,
  type CsvTable,
  collectExportGraph,
  EXPORT_FORMATS,
  ExportRequestError,
  FILE_EXTENSIONS,
  HTTP_EXPORT_LIMITS,
  isExportFormat,
  writeExport,
} from "../export/index.ts";
import type { ServedStore } from "../store/index.ts";

const EXPORT_PATH = /^\/export\/([a-z]+)\/?$/;

/** bytes gathered before a chunk is sent: fewer, larger writes than one per line */
const CHUNK_BYTES = 64 * 1024;

/**
 * `GET /export/<graphml|gexf|csv|jsonld>?around=<id or name>&depth=<n>&table=<nodes|edges>`: the
 * whole graph or a neighbourhood, capped at HTTP_EXPORT_LIMITS and streamed as it is written.
 * The response says in `X-Wartagraph-Truncated` whether a cap cut it short.
 */
export function useExportEndpoint(store: ServedStore): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const match = EXPORT_PATH.exec(url.pathname);
      if (!match) return;
      const json = (status: number, message: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ error: message }), {
            status,
            headers: { "content-type": "application/json" },
          }),
        );
      if (request.method !== "GET" && request.method !== "HEAD") return json(405, "exports are read with GET");
      const format = match[1] ?? "";
      if (!isExportFormat(format))
        return json(404, `unknown export format "${format}": one of ${EXPORT_FORMATS.join(", ")}`);
      const table = url.searchParams.get("table") ?? "nodes";
      if (table !== "nodes" && table !== "edges") return json(400, 'table must be "nodes" or "edges"');
      const around = url.searchParams.get("around") ?? undefined;
      const depthParam = url.searchParams.get("depth");
      const depth = depthParam === null ? undefined : Number(depthParam);

      let graph: Awaited<ReturnType<typeof collectExportGraph>>;
      try {
        graph = await collectExportGraph(store.prisma, { around, depth, limits: HTTP_EXPORT_LIMITS });
      } catch (error) {
        if (error instanceof ExportRequestError)
          return json(error.message.startsWith("no node") ? 404 : 400, error.message);
        throw error;
      }
      const chunks = writeExport(store.prisma, graph, format, table as CsvTable);
      const encoder = new TextEncoder();
      const body = new fetchAPI.ReadableStream<Uint8Array>({
        async pull(controller) {
          let pending = "";
          for (;;) {
            const next = await chunks.next();
            if (next.done) {
              if (pending) controller.enqueue(encoder.encode(pending));
              controller.close();
              return;
            }
            pending += next.value;
            if (pending.length >= CHUNK_BYTES) {
              controller.enqueue(encoder.encode(pending));
              return;
            }
          }
        },
        async cancel() {
          await chunks.return(undefined);
        },
      });
      const name = `wartagraph${format === "csv" ? `-${table}` : ""}.${FILE_EXTENSIONS[format]}`;
      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : body, {
          status: 200,
          headers: {
            "content-type": CONTENT_TYPES[format],
            "content-disposition": `attachment; filename="${name}"`,
            "x-wartagraph-truncated": String(graph.truncated),
            "x-wartagraph-nodes": String(graph.nodes.length),
            "x-wartagraph-edges": String(graph.edges.length),
          },
        }),
      );
    },
  };
}
