import type { PrismaClient } from "../store/index.ts";
import { writeEdgesCSV, writeNodesCSV } from "./csv.ts";
import { writeGEXF } from "./gexf.ts";
import type { ExportGraph, ExportLimits } from "./graph.ts";
import { writeGraphML } from "./graphml.ts";
import { writeJsonLd } from "./jsonld.ts";

export {
  collectExportGraph,
  type ExportGraph,
  type ExportLimits,
  ExportRequestError,
  MAX_EXPORT_DEPTH,
} from "./graph.ts";

export const EXPORT_FORMATS = ["graphml", "gexf", "csv", "jsonld"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The CSV export is two tables: nodes and edges. */
export type CsvTable = "nodes" | "edges";

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Caps of `GET /export/…`: a request can make the server hold at most this much. The CLI, run by
 * someone with the store at hand, has none unless asked (--max-nodes, --max-edges).
 */
export const HTTP_EXPORT_LIMITS: ExportLimits = { maxNodes: 5000, maxEdges: 20000 };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  graphml: "graphml",
  gexf: "gexf",
  csv: "csv",
  jsonld: "jsonld",
};

/** The text of one export, chunk by chunk, so it can be streamed to a response or a file. */
export function writeExport(
  prisma: PrismaClient,
  graph: ExportGraph,
  format: ExportFormat,
  table: CsvTable = "nodes",
): AsyncGenerator<string> {
  switch (format) {
    case "graphml":
      return writeGraphML(graph);
    case "gexf":
      return writeGEXF(graph);
    case "csv":
      return table === "edges" ? writeEdgesCSV(graph) : writeNodesCSV(graph);
    case "jsonld":
      return writeJsonLd(prisma, graph);
  }
}
