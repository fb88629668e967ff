import type { ExportGraph } from "./graph.ts";

/**
 * One RFC 4180 field. Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, so opening an export in Excel or LibreOffice never executes an article's text.
 */
function field(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(values: (string | number | null)[]): string {
  return `${values.map(field).join(",")}\r\n`;
}

/** The node table: id (the GraphQL global ID), kind, label, subtype, date, url. */
export async function* writeNodesCSV(graph: ExportGraph): AsyncGenerator<string> {
  yield row(["id", "kind", "label", "subtype", "date", "url"]);
  for (const node of graph.nodes) yield row([node.id, node.kind, node.label, node.subtype, node.date, node.url]);
}

/** The edge table: source and target (node ids), kind, weight, label. */
export async function* writeEdgesCSV(graph: ExportGraph): AsyncGenerator<string> {
  yield row(["source", "target", "kind", "weight", "label"]);
  for (const edge of graph.edges) yield row([edge.source, edge.target, edge.kind, edge.weight, edge.label]);
}
