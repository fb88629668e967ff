import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * An institution whose people take part in an event as a group ("Rapat dihadiri oleh Polres X")
 * is a TOOK_PART pair with the event in the relation counts, like a person taking part: the graph
 * walk finds the edge, weighed by the reporting articles, with them as evidence. Before, the
 * counts left group participation out and the walk never showed it.
 */

const MEETING = [
  "Rapat Koordinasi Keamanan di Blora",
  "Senin, 1 Desember 2025",
  "",
  "Bupati Blora, Arief Rohman, memimpin rapat koordinasi keamanan di Pendopo Kabupaten Blora. Rapat dihadiri oleh Polres Blora dan jajaran Forkopimda Kabupaten Blora.",
].join("\n");

interface Neighbors {
  neighbors: {
    nodes: { __typename: string; name?: string }[];
    edges: {
      relation: string;
      weight: number;
      from: { id: string };
      to: { id: string };
      evidence: { url: string }[];
    }[];
  };
}

describeEachStore("institutions taking part in events, in the relation counts", (fixture) => {
  let polres = "";

  beforeAll(async () => {
    const draft = extractArticle(MEETING, { url: "https://news.example.test/rapat-keamanan" });
    expect(draft.events?.[0]?.groupParticipants?.map((group) => group.institution)).toContain("polres-blora");
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft(draft));
    const found = await query<{ institution: { id: string } | null }, undefined>(
      /* GraphQL */ `query PolresId { institution(name: "Polres Blora") { id } }`,
    );
    polres = String(found.institution?.id);
  });

  it("counts the pair from both ends", async () => {
    const rows = await fixture.store.prisma.relationCount.findMany({
      where: {
        relation: "TOOK_PART",
        OR: [{ entityKey: { startsWith: "Institution:" } }, { otherKey: { startsWith: "Institution:" } }],
      },
      orderBy: { entityKey: "asc" },
    });
    expect(rows.map((row) => [row.entityKey.split(":")[0], row.otherKey.split(":")[0], row.articles])).toEqual([
      ["Event", "Institution", 1],
      ["Institution", "Event", 1],
    ]);
  });

  it("shows the institution's participation in a walk, with the article as evidence", async () => {
    const { neighbors } = await query<Neighbors, { id: string }>(
      /* GraphQL */ `query InstitutionParticipation($id: ID!) {
        neighbors(id: $id, relations: [TOOK_PART]) {
          nodes { __typename ... on Event { name } }
          edges { relation weight from { id } to { id } evidence(first: 5) { url } }
        }
      }`,
      { id: polres },
    );
    expect(neighbors.nodes.map((node) => node.__typename)).toEqual(["Institution", "Event"]);
    expect(neighbors.edges).toEqual([
      expect.objectContaining({
        relation: "TOOK_PART",
        weight: 1,
        from: { id: polres },
        evidence: [{ url: "https://news.example.test/rapat-keamanan" }],
      }),
    ]);
  });
});
