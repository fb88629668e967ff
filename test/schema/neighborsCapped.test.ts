import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { countStatements, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { CO_MENTION_NEWS } from "./coMentionNews.ts";
import { type NewsSpec, newsDraft, writeDrafts } from "./newsroom.ts";

/**
 * Eight articles: the Kanwil is named in all, with Mardi in five (co-4 … co-8), Hemu (co-1 …
 * co-4) and Rutan Demak (co-5 … co-8) in four each, Lapas Pati in three, Sari in two; Mardi and
 * Rutan Demak share co-5 … co-8.
 */
// the co-mention fixture without its topics
const NEWS = CO_MENTION_NEWS.map(({ topics: _topics, ...article }) => article);
interface CappedNeighborsResult {
  neighbors: {
    nodes: { id: string; name?: string }[];
    edges: {
      from: { id: string };
      to: { id: string };
      relation?: string;
      weight: number;
      evidence: { slug: string }[];
    }[];
  };
}
type CappedNeighborsVariables = { id: string; depth?: number; first?: number };

// plain strings with their result types: the test documents are not generated for this file
const CAPPED_NEIGHBORS = /* GraphQL */ `
  query CappedNeighbors($id: ID!, $depth: Int, $first: Int) {
    neighbors(id: $id, depth: $depth, first: $first, relations: [CO_MENTIONED]) {
      nodes { id ... on Person { name } ... on Institution { name } }
      edges { from { id } to { id } weight evidence(first: 10) { slug } }
    }
  }
`;
const cappedNeighbors = (variables: CappedNeighborsVariables) =>
  query<CappedNeighborsResult, CappedNeighborsVariables>(CAPPED_NEIGHBORS, variables);

const KANWIL_ID = /* GraphQL */ `
  query KanwilId {
    institution(name: "Kanwil Ditjenpas Jateng") { id }
    mardi: person(name: "Mardi Santoso") { id }
    demak: institution(name: "Rutan Demak") { id }
  }
`;
type Id = { id: string } | null;

describeEachStore("neighbors within the node cap", (fixture) => {
  let kanwil: string;
  let mardi: string;
  let demak: string;

  beforeAll(async () => {
    await writeDrafts(fixture.store.prisma, NEWS.map(newsDraft));
    const ids = await query<{ institution: Id; mardi: Id; demak: Id }, undefined>(KANWIL_ID);
    kanwil = String(ids.institution?.id);
    mardi = String(ids.mardi?.id);
    demak = String(ids.demak?.id);
  }, 120_000);

  const namesOf = (nodes: readonly object[]) => nodes.map((node) => ("name" in node ? String(node.name) : "?"));

  it("admits a hub's heaviest partners first, ties by kind, and keeps the edges between the nodes it reached", async () => {
    const one = await cappedNeighbors({ id: kanwil, first: 3 });
    // Mardi (5), then Hemu and Rutan Demak (4 each): the institution comes first on a tie
    expect(namesOf(one.neighbors.nodes)).toEqual(["Kanwil Ditjenpas Jawa Tengah", "Mardi Santoso", "Rutan Demak"]);
    expect(one.neighbors.edges.map((edge) => edge.weight)).toEqual([5, 4]);

    // full after one step: the second step adds no node, only the edge between the two partners
    const two = await cappedNeighbors({ id: kanwil, depth: 2, first: 3 });
    expect(namesOf(two.neighbors.nodes)).toEqual(namesOf(one.neighbors.nodes));
    expect(two.neighbors.edges).toHaveLength(3);
    const between = two.neighbors.edges.find(
      (edge) => [edge.from.id, edge.to.id].sort().join() === [mardi, demak].sort().join(),
    );
    expect(between?.weight).toBe(4);
    // newest first: co-8 is dated January, the oldest of the four
    expect(between?.evidence.map((article) => article.slug)).toEqual(["co-7", "co-6", "co-5", "co-8"]);

    // with room for everyone, every partner comes in
    const all = await cappedNeighbors({ id: kanwil, first: 10 });
    expect(namesOf(all.neighbors.nodes).sort()).toEqual([
      "Hemu",
      "Kanwil Ditjenpas Jawa Tengah",
      "Lapas Kelas IIB Pati",
      "Mardi Santoso",
      "Rutan Demak",
      "Sari Wulandari",
    ]);
  });

  it("costs the same statements whatever a hub's number of partners and shared articles", async () => {
    const before = await countStatements(() => cappedNeighbors({ id: kanwil, depth: 2, first: 3 }));
    // more articles naming the Kanwil with everyone: heavier edges, more evidence, the same work
    const more: NewsSpec[] = Array.from({ length: 12 }, (_, i) => ({
      slug: `more-${i}`,
      publishedAt: `2025-10-${String(i + 1).padStart(2, "0")}T10:00:00+07:00`,
      institutions: ["kanwil-jateng", "rutan-demak", "lapas-pati"],
      people: ["hemu", "mardi", "sari", "joko"],
    }));
    for (const spec of more) await writeArticleDraft(fixture.store.prisma, parseArticleDraft(newsDraft(spec)));
    const after = await countStatements(() => cappedNeighbors({ id: kanwil, depth: 2, first: 3 }));
    expect(after.result.neighbors.edges.every((edge) => edge.evidence.length === 10)).toBe(true);
    expect(after.statements).toBe(before.statements);
    // two steps, the people and the institutions, the evidence ids (unless the steps read them all), the articles
    expect(after.statements).toBeLessThanOrEqual(6);
  }, 120_000);

  it("reads the newest articles behind positions, participations and hosting, ten at most", async () => {
    // twelve reports of Hemu heading Rutan Blora, each at the same inspection it hosted
    const reports: NewsSpec[] = Array.from({ length: 12 }, (_, i) => ({
      slug: `pos-${i}`,
      publishedAt: `2025-11-${String(i + 1).padStart(2, "0")}T10:00:00+07:00`,
      institutions: ["rutan-blora"],
      people: ["hemu"],
      positions: [["hemu", "rutan-blora", "Kepala Rutan"]],
      event: {
        key: "sidak",
        name: "Sidak kamar hunian",
        host: "rutan-blora",
        participants: ["hemu"],
        date: "2025-11-01",
      },
    }));
    for (const spec of reports) await writeArticleDraft(fixture.store.prisma, parseArticleDraft(newsDraft(spec)));
    const data = await query<CappedNeighborsResult, undefined>(/* GraphQL */ `{
      neighbors(id: "${await idOf("Hemu")}", depth: 2, first: 20, relations: [HOLDS_POSITION, TOOK_PART, HOSTED]) {
        nodes { id ... on Person { name } ... on Institution { name } }
        edges { from { id } to { id } relation weight evidence(first: 10) { slug } }
      }
    }`);
    const byRelation = new Map(data.neighbors.edges.map((edge) => [edge.relation, edge]));
    expect([...byRelation.keys()].sort()).toEqual(["HOLDS_POSITION", "HOSTED", "TOOK_PART"]);
    // written in order, so the ten newest are the last ten written
    const lastTen = Array.from({ length: 10 }, (_, i) => `pos-${11 - i}`);
    for (const relation of ["HOLDS_POSITION", "HOSTED", "TOOK_PART"]) {
      expect(byRelation.get(relation)?.weight).toBe(12);
      expect(byRelation.get(relation)?.evidence.map((article) => article.slug)).toEqual(lastTen);
    }
  }, 120_000);

  async function idOf(name: string): Promise<string> {
    const data = await query<{ person: Id }, undefined>(`{ person(name: "${name}") { id } }`);
    return String(data.person?.id);
  }
});
