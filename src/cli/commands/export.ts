import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import type { Command } from "commander";
import {
  type CsvTable,
  collectExportGraph,
  EXPORT_FORMATS,
  type ExportFormat,
  ExportRequestError,
  isExportFormat,
  MAX_EXPORT_DEPTH,
  writeExport,
} from "../../export/index.ts";
import type { Store } from "../../store/index.ts";
import { UsageError } from "../errors.ts";
import { plural, say } from "../output.ts";
import { withCliStore } from "../store.ts";

interface ExportCommandOptions {
  format: string;
  around?: string;
  depth?: string;
  out?: string;
  maxNodes?: string;
  maxEdges?: string;
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write the graph, or the neighbourhood of one node, for Gephi, Cytoscape, spreadsheets or schema.org")
    .requiredOption("--format <format>", `one of ${EXPORT_FORMATS.join(", ")}`)
    .option("--around <id or name>", "only the nodes within --depth hops of this node (global ID or any name)")
    .option("--depth <n>", `hops from --around, 0 to ${MAX_EXPORT_DEPTH} (default 1)`)
    .option("--out <path>", "file to write (stdout without it); for csv a directory: nodes.csv and edges.csv")
    .option("--max-nodes <n>", "stop adding nodes after this many (default: no cap)")
    .option("--max-edges <n>", "stop adding edges after this many (default: no cap)")
    .action(async (options: ExportCommandOptions) => {
      const format = options.format;
      if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
      if (format === "csv" && !options.out)
        throw new UsageError("--format csv writes two files: give --out <directory>");
      if (options.depth !== undefined && options.around === undefined) throw new UsageError("--depth needs --around");
      const depth = options.depth === undefined ? undefined : wholeNumber(options.depth, "--depth");
      const limits = {
        maxNodes:
          options.maxNodes === undefined ? Number.POSITIVE_INFINITY : wholeNumber(options.maxNodes, "--max-nodes"),
        maxEdges:
          options.maxEdges === undefined ? Number.POSITIVE_INFINITY : wholeNumber(options.maxEdges, "--max-edges"),
      };
      const started = performance.now();
      await withCliStore(async (store) => {
        let graph: Awaited<ReturnType<typeof collectExportGraph>>;
        try {
          graph = await collectExportGraph(store.prisma, { around: options.around, depth, limits });
        } catch (error) {
          if (error instanceof ExportRequestError) throw new UsageError(error.message);
          throw error;
        }
        if (format === "csv" && options.out) {
          mkdirSync(options.out, { recursive: true });
          for (const table of ["nodes", "edges"] as const) {
            await writeTo(store, graph, format, table, path.join(options.out, `${table}.csv`));
          }
        } else {
          await writeTo(store, graph, format, "nodes", options.out);
        }
        say(
          `exported ${plural(graph.nodes.length, "node")} and ${plural(graph.edges.length, "edge")} as ${format}` +
            `${graph.truncated ? " (cut short by --max-nodes / --max-edges)" : ""} in ${Math.round(performance.now() - started)} ms`,
        );
      });
    });
}

function wholeNumber(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`${option} must be a whole number`);
  return value;
}

/** Streams one export to a file, or to stdout, waiting for the stream to drain as it goes. */
async function writeTo(
  store: Store,
  graph: Awaited<ReturnType<typeof collectExportGraph>>,
  format: ExportFormat,
  table: CsvTable,
  file: string | undefined,
): Promise<void> {
  const output = file ? createWriteStream(file) : process.stdout;
  for await (const chunk of writeExport(store.prisma, graph, format, table)) {
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once("drain", () => resolve()));
  }
  if (file) {
    output.end();
    await finished(output);
  }
}
