import type { ExportGraph } from "./graph.ts";
import { KIND_COLORS, rgbOf } from "./kinds.ts";
import { xmlText } from "./xml.ts";

const NODE_ATTRIBUTES = ["kind", "subtype", "date", "url"] as const;

/**
 * GEXF 1.3 (gexf.net), Gephi's own format: node kind, subtype, date and url as attributes and the
 * kind's colour as viz:color; each edge's weight as GEXF weight, its kind as the GEXF edge kind
 * (so two relations between one pair stay two edges) and as an attribute, its label as label.
 */
export async function* writeGEXF(graph: ExportGraph): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta><creator>wartagraph</creator><description>${graph.truncated ? "truncated by the export caps" : "complete"}</description></meta>\n`;
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield '    <attributes class="node">\n';
  for (const name of NODE_ATTRIBUTES) yield `      <attribute id="${name}" title="${name}" type="string"/>\n`;
  yield "    </attributes>\n";
  yield '    <attributes class="edge">\n      <attribute id="kind" title="kind" type="string"/>\n    </attributes>\n';
  yield "    <nodes>\n";
  for (const node of graph.nodes) {
    let values = "";
    for (const name of NODE_ATTRIBUTES) {
      const value = node[name];
      if (value !== null) values += `<attvalue for="${name}" value="${xmlText(value)}"/>`;
    }
    const { r, g, b } = rgbOf(KIND_COLORS[node.kind]);
    yield `      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}"><attvalues>${values}</attvalues><viz:color r="${r}" g="${g}" b="${b}"/></node>\n`;
  }
  yield "    </nodes>\n    <edges>\n";
  let index = 0;
  for (const edge of graph.edges) {
    const label = edge.label === null ? "" : ` label="${xmlText(edge.label)}"`;
    yield `      <edge id="${index++}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" kind="${edge.kind}" weight="${edge.weight}"${label}><attvalues><attvalue for="kind" value="${edge.kind}"/></attvalues></edge>\n`;
  }
  yield "    </edges>\n  </graph>\n</gexf>\n";
}
