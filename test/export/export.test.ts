import { MultiDirectedGraph } from "graphology";
import { parse as parseGEXF } from "graphology-gexf";
import { parse as parseGraphML } from "graphology-graphml";
import jsonld from "jsonld";
import { beforeAll, expect, it } from "vitest";
import {
  collectExportGraph,
  type ExportFormat,
  type ExportGraph,
  type ExportLimits,
  writeExport,
} from "../../src/export/index.ts";
import { seedEmptyStore, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { onSqlStatement } from "../../src/store/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { testYoga } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

const NO_CAPS: ExportLimits = { maxNodes: Number.POSITIVE_INFINITY, maxEdges: Number.POSITIVE_INFINITY };
const SCHEMA = "https://schema.org/";

type Attributes = Record<string, unknown>;

function labelled(graph: MultiDirectedGraph, label: string): string {
  const found = graph.findNode((_, attributes: Attributes) => attributes.label === label);
  if (!found)
    throw new Error(`no node labelled ${label}; have ${graph.mapNodes((_, a: Attributes) => a.label).join(", ")}`);
  return found;
}

function edgeKinds(graph: MultiDirectedGraph, source: string, target: string): string[] {
  return graph.edges(source, target).map((edge) => String(graph.getEdgeAttribute(edge, "kind")));
}

describeEachStore("graph exports", (fixture) => {
  const text = async (graph: ExportGraph, format: ExportFormat, table?: "nodes" | "edges") => {
    let out = "";
    for await (const chunk of writeExport(fixture.store.prisma, graph, format, table)) out += chunk;
    return out;
  };
  const collect = (options: { around?: string; depth?: number; limits?: ExportLimits }) =>
    collectExportGraph(fixture.store.prisma, { limits: NO_CAPS, ...options });

  beforeAll(async () => {
    await seedEmptyStore(fixture.store.prisma);
  });

  it("writes GraphML that graphology reads back: one hop around Rutan Blora, kinds and weights as attributes", async () => {
    const graph = parseGraphML(
      MultiDirectedGraph,
      await text(await collect({ around: "rutan blora", depth: 1 }), "graphml"),
    );
    const rutan = labelled(graph, "Rutan Kelas IIB Blora");
    expect(graph.getNodeAttributes(rutan)).toMatchObject({ kind: "Institution", subtype: "RUTAN" });
    const kanwil = labelled(graph, "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah");
    expect(edgeKinds(graph, rutan, kanwil)).toEqual(["PART_OF"]);
    expect(edgeKinds(graph, rutan, labelled(graph, "Kabupaten Blora"))).toEqual(["LOCATED_IN"]);
    const article = graph.findNode((_, attributes: Attributes) => attributes.kind === "Article");
    if (!article) throw new Error("the seed article is one hop from Rutan Blora");
    const mention = graph.edges(article, rutan)[0];
    if (!mention) throw new Error("the article mentions Rutan Blora");
    expect(graph.getEdgeAttribute(mention, "kind")).toBe("MENTIONS");
    // weight is a double: how often the article names the Rutan
    expect(graph.getEdgeAttribute(mention, "weight")).toBeGreaterThan(1);
    // people are two hops away (through the article or the Kanwil): not in a one-hop export
    expect(graph.filterNodes((_, attributes: Attributes) => attributes.kind === "Person")).toEqual([]);
  });

  it("writes GEXF that graphology reads back: two hops around Mardi Santoso, with positions and roles", async () => {
    const exported = await collect({ around: "Mardi Santoso", depth: 2 });
    expect(exported.focus?.label).toBe("Mardi Santoso");
    const graph = parseGEXF(MultiDirectedGraph, await text(exported, "gexf"));
    expect(graph.order).toBe(exported.nodes.length);
    expect(graph.size).toBe(exported.edges.length);
    const mardi = labelled(graph, "Mardi Santoso");
    expect(graph.getNodeAttribute(mardi, "kind")).toBe("Person");
    const kanwil = labelled(graph, "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah");
    const position = graph.edges(mardi, kanwil)[0];
    if (!position) throw new Error("Mardi Santoso heads the Kanwil");
    expect(graph.getEdgeAttributes(position)).toMatchObject({ kind: "HOLDS_POSITION", weight: 1 });
    expect(String(graph.getEdgeAttribute(position, "label"))).toMatch(/Kepala Kantor Wilayah/);
    const event = graph.findNode((_, attributes: Attributes) => attributes.kind === "Event");
    if (!event) throw new Error("the inspection is one hop from Mardi Santoso");
    const participation = graph.edges(mardi, event)[0];
    if (!participation) throw new Error("Mardi Santoso led the inspection");
    expect(graph.getEdgeAttributes(participation)).toMatchObject({ kind: "TOOK_PART_IN", label: "LEAD" });
    // two hops: Rutan Blora, host of the inspection Mardi Santoso led
    expect(graph.getNodeAttribute(labelled(graph, "Rutan Kelas IIB Blora"), "subtype")).toBe("RUTAN");
  });

  it("exports the whole store when no node is named, and stops at the caps", async () => {
    const whole = await collect({});
    const counts = {
      Article: await fixture.store.prisma.article.count(),
      Person: await fixture.store.prisma.person.count(),
      Institution: await fixture.store.prisma.institution.count(),
      Place: await fixture.store.prisma.place.count(),
    };
    for (const [kind, count] of Object.entries(counts)) {
      expect(whole.nodes.filter((node) => node.kind === kind)).toHaveLength(count);
    }
    expect(whole.truncated).toBe(false);

    const capped = await collect({ limits: { maxNodes: 3, maxEdges: 2 } });
    expect(capped.nodes).toHaveLength(3);
    expect(capped.edges.length).toBeLessThanOrEqual(2);
    expect(capped.truncated).toBe(true);
    const neighbourhood = await collect({ around: "rutan blora", depth: 2, limits: { maxNodes: 5, maxEdges: 1000 } });
    expect(neighbourhood.nodes).toHaveLength(5);
    expect(neighbourhood.truncated).toBe(true);
  });

  it("writes JSON-LD that the jsonld processor expands to schema.org NewsArticles with typed mentions", async () => {
    const document = JSON.parse(await text(await collect({ around: "rutan blora", depth: 1 }), "jsonld"));
    const expanded = await jsonld.expand(document);
    const article = expanded.find((item) => (item["@type"] as string[] | undefined)?.includes(`${SCHEMA}NewsArticle`));
    if (!article) throw new Error("no NewsArticle in the expanded document");
    const values = (key: string) => (article[`${SCHEMA}${key}`] ?? []) as Record<string, unknown>[];
    expect(values("headline")[0]?.["@value"]).toMatch(/Rutan Blor/);
    expect(values("datePublished")[0]).toMatchObject({ "@type": "http://www.w3.org/2001/XMLSchema#dateTime" });
    const typesOf = (items: Record<string, unknown>[]) => items.flatMap((item) => item["@type"] as string[]);
    expect(typesOf(values("author"))).toContain(`${SCHEMA}Person`);
    expect(typesOf(values("publisher"))).toEqual([`${SCHEMA}Organization`]);
    const mentioned = typesOf(values("mentions"));
    expect(mentioned).toContain(`${SCHEMA}Person`);
    expect(mentioned).toContain(`${SCHEMA}GovernmentOrganization`);
    expect(mentioned).toContain(`${SCHEMA}Place`);
    const names = values("mentions").map((item) => (item[`${SCHEMA}name`] as { "@value": string }[])[0]?.["@value"]);
    expect(names).toContain("Mardi Santoso");
    expect(names).toContain("Rutan Kelas IIB Blora");
  });

  it("writes CSV node and edge tables", async () => {
    const exported = await collect({ around: "rutan blora", depth: 1 });
    const nodes = (await text(exported, "csv", "nodes")).trimEnd().split("\r\n");
    expect(nodes[0]).toBe("id,kind,label,subtype,date,url");
    expect(nodes).toHaveLength(exported.nodes.length + 1);
    const rutan = exported.nodes.find((node) => node.label === "Rutan Kelas IIB Blora");
    expect(nodes).toContain(`${rutan?.id},Institution,Rutan Kelas IIB Blora,RUTAN,,`);
    const edges = (await text(exported, "csv", "edges")).trimEnd().split("\r\n");
    expect(edges[0]).toBe("source,target,kind,weight,label");
    expect(edges).toHaveLength(exported.edges.length + 1);
    const kanwil = exported.nodes.find((node) => node.subtype === "KANWIL");
    expect(edges).toContain(`${rutan?.id},${kanwil?.id},PART_OF,1,`);
  });

  it("reads in batches: the statements of an export do not grow with the number of articles", async () => {
    const statements = async () => {
      let count = 0;
      const stop = onSqlStatement(() => {
        count++;
      });
      try {
        const graph = await collect({ around: "rutan blora", depth: 2 });
        await text(graph, "jsonld");
        return { count, articles: graph.nodes.filter((node) => node.kind === "Article").length };
      } finally {
        stop();
      }
    };
    const before = await statements();
    for (let index = 1; index <= 12; index++)
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(index)));
    const after = await statements();
    expect(after.articles).toBe(before.articles + 12);
    expect(after.count).toBe(before.count);
  });

  it("serves GET /export/<format> with the neighbourhood, its size in headers, and clear errors", async () => {
    const fetchExport = (path: string) => testYoga().fetch(`http://wartagraph.test${path}`);
    const response = await fetchExport("/export/graphml?around=Mardi%20Santoso&depth=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get("x-wartagraph-truncated")).toBe("false");
    const graph = parseGraphML(MultiDirectedGraph, await response.text());
    expect(graph.order).toBe(Number(response.headers.get("x-wartagraph-nodes")));
    labelled(graph, "Mardi Santoso");

    const edges = await fetchExport("/export/csv?table=edges&around=rutan%20blora");
    expect((await edges.text()).split("\r\n")[0]).toBe("source,target,kind,weight,label");
    expect((await fetchExport("/export/jsonld")).headers.get("content-type")).toMatch(/^application\/ld\+json/);

    expect((await fetchExport("/export/pdf")).status).toBe(404);
    const unknown = await fetchExport("/export/gexf?around=nobody%20at%20all");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'no node has the ID or name "nobody at all"' });
    expect((await fetchExport("/export/gexf?around=rutan%20blora&depth=9")).status).toBe(400);
  });
});
