import type { ExportGraph } from "./graph.ts";
import { xmlText } from "./xml.ts";

const NODE_KEYS = ["label", "kind", "subtype", "date", "url"] as const;

/**
 * GraphML (graphml.graphdrawing.org), which Gephi, Cytoscape, yEd and NetworkX read: node kind,
 * subtype, date and url as node data; edge kind, weight (double) and label as edge data.
 */
export async function* writeGraphML(graph: ExportGraph): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="truncated" for="graph" attr.name="truncated" attr.type="boolean"/>\n';
  for (const key of NODE_KEYS) yield `  <key id="${key}" for="node" attr.name="${key}" attr.type="string"/>\n`;
  yield '  <key id="edge_kind" for="edge" attr.name="kind" attr.type="string"/>\n';
  yield '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n';
  yield '  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>\n';
  yield '  <graph id="wartagraph" edgedefault="directed">\n';
  yield `    <data key="truncated">${graph.truncated}</data>\n`;
  for (const node of graph.nodes) {
    let data = "";
    for (const key of NODE_KEYS) {
      const value = node[key];
      if (value !== null) data += `<data key="${key}">${xmlText(value)}</data>`;
    }
    yield `    <node id="${xmlText(node.id)}">${data}</node>\n`;
  }
  let index = 0;
  for (const edge of graph.edges) {
    const label = edge.label === null ? "" : `<data key="edge_label">${xmlText(edge.label)}</data>`;
    yield `    <edge id="e${index++}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}"><data key="edge_kind">${edge.kind}</data><data key="weight">${edge.weight}</data>${label}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
