import { encodeGlobalID } from "@pothos/plugin-relay";
import { beforeAll, expect, it } from "vitest";
import { seedEmptyStore, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { graphql } from "../generated/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { countStatements, execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { writeNewsroom } from "./newsroom.ts";

const Neighbors = graphql(/* GraphQL */ `
  query Neighbors($id: ID!, $depth: Int, $kinds: [GraphNodeKind!], $relations: [Relation!], $minWeight: Int, $first: Int) {
    neighbors(id: $id, depth: $depth, kinds: $kinds, relations: $relations, minWeight: $minWeight, first: $first) {
      nodes {
        id
        __typename
        ... on Person { name }
        ... on Institution { name }
        ... on Place { name }
        ... on Event { name }
        ... on Product { name }
      }
      edges { from { id } to { id } relation weight evidence(first: 5) { slug } }
    }
  }
`);

const Ids = graphql(/* GraphQL */ `
  query NeighborIds {
    hemu: person(name: "Hemu") { id }
    mardi: person(name: "Mardi Santoso") { id }
    sari: person(name: "Sari Wulandari") { id }
    rutanBlora: institution(name: "rutan blora") { id }
    article: article(slug: "d-demak") { id }
  }
`);

type Ids = { hemu: string; mardi: string; sari: string; rutanBlora: string; article: string };

describeEachStore("neighbors", (fixture) => {
  let ids: Ids;
  const names = (data: { neighbors: { nodes: readonly object[] } }) =>
    data.neighbors.nodes.map((node) => ("name" in node ? String(node.name) : "")).sort();

  beforeAll(async () => {
    await seedEmptyStore(fixture.store.prisma);
    await writeNewsroom(fixture.store.prisma);
    const data = await query(Ids);
    ids = {
      hemu: String(data.hemu?.id),
      mardi: String(data.mardi?.id),
      sari: String(data.sari?.id),
      rutanBlora: String(data.rutanBlora?.id),
      article: String(data.article?.id),
    };
  }, 120_000);

  it("follows only the relations asked for, with the articles behind each edge", async () => {
    const data = await query(Neighbors, { id: ids.hemu, relations: ["TOOK_PART"] });
    expect(names(data)).toEqual([
      "Hemu",
      "Peninjauan ketahanan pangan dan produk UMKM warga binaan di Rutan Kelas IIB Blora",
    ]);
    expect(data.neighbors.edges).toHaveLength(1);
    expect(data.neighbors.edges[0]).toMatchObject({ from: { id: ids.hemu }, relation: "TOOK_PART", weight: 1 });
    expect(data.neighbors.edges[0]?.evidence).toHaveLength(1);
  });

  it("weighs co-mentions by shared articles and keeps only the kinds and weights asked for", async () => {
    const institutions = await query(Neighbors, { id: ids.hemu, kinds: ["INSTITUTION"] });
    expect(institutions.neighbors.nodes.slice(1).every((node) => node.__typename === "Institution")).toBe(true);
    expect(names(institutions)).toContain("Lapas Kelas IIB Pati");
    const blora = institutions.neighbors.edges.find(
      (edge) => edge.relation === "CO_MENTIONED" && edge.to.id === ids.rutanBlora,
    );
    // the seed and b-blora name both
    expect(blora?.weight).toBe(2);
    // exactly the two articles that name both, newest first (c-pati names Hemu but not Rutan Blora)
    expect(blora?.evidence).toHaveLength(2);
    expect(blora?.evidence[1]?.slug).toBe("b-blora");

    const heavy = await query(Neighbors, { id: ids.hemu, minWeight: 2 });
    expect(names(heavy)).toEqual(["Hemu", "Mardi Santoso", "Rutan Kelas IIB Blora"]);
    expect(heavy.neighbors.edges.every((edge) => edge.weight >= 2)).toBe(true);
  });

  it("reaches further with depth, within the node cap", async () => {
    const one = await query(Neighbors, { id: ids.sari, relations: ["CO_MENTIONED"] });
    expect(names(one)).toEqual(["Rutan Demak", "Sari Wulandari"]);
    const two = await query(Neighbors, { id: ids.sari, depth: 2, relations: ["CO_MENTIONED"] });
    expect(names(two)).toContain("Hemu");
    expect(names(two)).not.toContain("Lapas Kelas IIB Pati");
    const three = await query(Neighbors, { id: ids.sari, depth: 3, relations: ["CO_MENTIONED"] });
    expect(names(three)).toContain("Lapas Kelas IIB Pati");
    const capped = await query(Neighbors, { id: ids.sari, depth: 3, first: 3 });
    expect(capped.neighbors.nodes).toHaveLength(3);
  });

  it("answers an unknown or non-graph ID with an empty neighborhood, and refuses bounds past their caps", async () => {
    const unknown = await query(Neighbors, { id: encodeGlobalID("Person", "01900000-0000-7000-8000-000000000000") });
    expect(unknown.neighbors).toEqual({ nodes: [], edges: [] });
    expect((await query(Neighbors, { id: ids.article })).neighbors).toEqual({ nodes: [], edges: [] });
    for (const variables of [{ depth: 4 }, { depth: 0 }, { first: 201 }]) {
      const refused = await execute(Neighbors, { id: ids.hemu, ...variables });
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("costs one statement per level, one per kind of node and two for the evidence, whatever the rows", async () => {
    const before = await countStatements(() => query(Neighbors, { id: ids.rutanBlora, depth: 2 }));
    // 2 levels + person, institution, place, event and product nodes + co-mention evidence + evidence articles
    expect(before.statements).toBe(9);
    for (let index = 0; index < 5; index++) {
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(index)));
    }
    const after = await countStatements(() => query(Neighbors, { id: ids.rutanBlora, depth: 2 }));
    expect(after.result.neighbors.nodes.length).toBeGreaterThan(before.result.neighbors.nodes.length);
    expect(after.statements).toBe(9);
    const deeper = await countStatements(() => query(Neighbors, { id: ids.rutanBlora, depth: 3 }));
    expect(deeper.statements).toBe(10);
  }, 120_000);
});
