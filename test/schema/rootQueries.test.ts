import { encodeGlobalID } from "@pothos/plugin-relay";
import { beforeAll, expect, it } from "vitest";
import { graphql } from "../generated/index.ts";
import { countStatements, execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { analystDrafts } from "./analystNews.ts";
import { writeDrafts } from "./newsroom.ts";

const Events = graphql(/* GraphQL */ `
  query RootEvents($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { id name date host { name } participants { person { name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const EventById = graphql(/* GraphQL */ `
  query RootEvent($id: ID!) { event(id: $id) { name host { name } } }
`);

const Products = graphql(/* GraphQL */ `
  query RootProducts($filter: ProductFilter, $first: Int) {
    products(filter: $filter, first: $first) { totalCount edges { node { name category producer { name } } } }
  }
`);

const Quotes = graphql(/* GraphQL */ `
  query RootQuotes($filter: QuoteFilter, $first: Int) {
    quotes(filter: $filter, first: $first) { totalCount edges { node { text speaker { name } article { slug } } } }
  }
`);

const Topics = graphql(/* GraphQL */ `
  query RootTopics($search: String, $first: Int, $after: String) {
    topics(search: $search, first: $first, after: $after) {
      totalCount
      edges { cursor node { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const PlaceLookup = graphql(/* GraphQL */ `
  query RootPlace($id: ID, $name: String, $kind: PlaceKind) { place(id: $id, name: $name, kind: $kind) { id name kind } }
`);

const SourceLookup = graphql(/* GraphQL */ `
  query RootSource($name: String!) { source(name: $name) { name domain } }
`);

const eventNames = (data: { events: { edges: readonly { node: { name: string } }[] } }) =>
  data.events.edges.map((edge) => edge.node.name);

describeEachStore("root queries: events, products, quotes, topics, place, source", (fixture) => {
  beforeAll(async () => {
    await writeDrafts(fixture.store.prisma, analystDrafts());
  }, 120_000);

  it("lists events newest first and filters them by host, participant, place, topic, days and name", async () => {
    const all = await query(Events, {});
    expect(eventNames(all)).toEqual(["Panen Raya Lapas Pati", "Peninjauan Rutan Blora"]);
    expect(all.events.totalCount).toBe(2);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ institution: "rutan blora" }, ["Peninjauan Rutan Blora"]],
      [{ institution: "Lapas Pati" }, ["Panen Raya Lapas Pati"]],
      [{ person: "Mardi Santoso" }, ["Peninjauan Rutan Blora"]],
      [{ person: "hemu" }, ["Panen Raya Lapas Pati", "Peninjauan Rutan Blora"]],
      [{ person: "Sari Wulandari" }, []],
      [{ place: "Pati" }, ["Panen Raya Lapas Pati"]],
      [{ topic: "Ketahanan Pangan" }, ["Panen Raya Lapas Pati"]],
      [{ after: "2025-05-02" }, ["Panen Raya Lapas Pati"]],
      [{ before: "2025-05-02" }, ["Peninjauan Rutan Blora"]],
      [{ search: "panen" }, ["Panen Raya Lapas Pati"]],
      [{ institution: "Rutan Nowhere" }, []],
      [{ institution: "rutan blora", person: "hemu" }, ["Peninjauan Rutan Blora"]],
    ];
    for (const [filter, expected] of cases) {
      const data = await query(Events, { filter });
      expect(eventNames(data), JSON.stringify(filter)).toEqual(expected);
      expect(data.events.totalCount, JSON.stringify(filter)).toBe(expected.length);
    }
    // by ID as well as by name
    const host = await query(EventById, { id: String(all.events.edges[1]?.node.id) });
    expect(host.event).toEqual({ name: "Peninjauan Rutan Blora", host: { name: "Rutan Kelas IIB Blora" } });
  });

  it("pages events with cursors and answers one event by ID, null for an unknown one", async () => {
    const first = await query(Events, { first: 1 });
    expect(eventNames(first)).toEqual(["Panen Raya Lapas Pati"]);
    expect(first.events.pageInfo.hasNextPage).toBe(true);
    const next = await query(Events, { first: 1, after: first.events.pageInfo.endCursor });
    expect(eventNames(next)).toEqual(["Peninjauan Rutan Blora"]);
    expect(next.events.pageInfo.hasNextPage).toBe(false);

    expect((await query(EventById, { id: encodeGlobalID("Event", "no-such-event") })).event).toBeNull();
    const wrongType = await execute(EventById, { id: encodeGlobalID("Person", "x") });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const personAsInstitution = await execute(Events, { filter: { institution: encodeGlobalID("Person", "x") } });
    expect(personAsInstitution.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters products by category, producer and name", async () => {
    const names = async (filter: Record<string, unknown>) =>
      (await query(Products, { filter })).products.edges.map((edge) => edge.node.name);
    expect(await names({})).toEqual(["Batik Tulis Blora", "Kerajinan Rotan", "Keripik Singkong"]);
    expect(await names({ category: "HANDICRAFT" })).toEqual(["Batik Tulis Blora", "Kerajinan Rotan"]);
    expect(await names({ institution: "rutan blora" })).toEqual(["Batik Tulis Blora"]);
    expect(await names({ institution: "Rutan Demak", category: "PROCESSED_FOOD" })).toEqual([]);
    expect(await names({ search: "KERIPIK" })).toEqual(["Keripik Singkong"]);
    expect((await query(Products, { filter: { category: "HANDICRAFT" } })).products.totalCount).toBe(2);
  });

  it("filters quotes by speaker, the speaker's institution, words and days", async () => {
    const texts = async (filter: Record<string, unknown>) =>
      (await query(Quotes, { filter })).quotes.edges.map((edge) => edge.node.speaker.name);
    expect(await texts({})).toEqual(["Sari Wulandari", "Hemu", "Mardi Santoso"]);
    expect(await texts({ person: "hemu" })).toEqual(["Hemu"]);
    expect(await texts({ institution: "Kanwil Ditjenpas Jateng" })).toEqual(["Mardi Santoso"]);
    expect(await texts({ institution: "lapas pati" })).toEqual(["Hemu"]);
    expect(await texts({ search: "panen" })).toEqual(["Hemu"]);
    expect(await texts({ after: "2025-05-02" })).toEqual(["Sari Wulandari", "Hemu"]);
    expect(await texts({ before: "2025-05-02" })).toEqual(["Mardi Santoso"]);
    expect(await texts({ person: "Nobody Here" })).toEqual([]);
    const one = await query(Quotes, { filter: { person: "Mardi Santoso" } });
    expect(one.quotes.edges[0]?.node.article.slug).toBe("r1");
    expect(one.quotes.totalCount).toBe(1);
  });

  it("lists and searches topics, paged", async () => {
    const all = await query(Topics, {});
    expect(all.topics.edges.map((edge) => edge.node.name)).toEqual(["ketahanan pangan", "UMKM"]);
    expect(all.topics.totalCount).toBe(2);
    expect((await query(Topics, { search: "Pangan" })).topics.edges.map((edge) => edge.node.name)).toEqual([
      "ketahanan pangan",
    ]);
    const first = await query(Topics, { first: 1 });
    const second = await query(Topics, { first: 1, after: first.topics.pageInfo.endCursor });
    expect(second.topics.edges.map((edge) => edge.node.name)).toEqual(["UMKM"]);
  });

  it("finds a place by any alias or ID, and a source by name or domain; null when unknown", async () => {
    const blora = await query(PlaceLookup, { name: "blora" });
    expect(blora.place).toMatchObject({ name: "Kabupaten Blora", kind: "REGENCY" });
    expect((await query(PlaceLookup, { id: String(blora.place?.id) })).place?.name).toBe("Kabupaten Blora");
    expect((await query(PlaceLookup, { name: "Pati" })).place?.name).toBe("Kabupaten Pati");
    expect((await query(PlaceLookup, { name: "Blora", kind: "DISTRICT" })).place).toBeNull();
    expect((await query(PlaceLookup, { name: "Atlantis" })).place).toBeNull();
    expect((await query(PlaceLookup, { id: encodeGlobalID("Place", "nope") })).place).toBeNull();
    const both = await execute(PlaceLookup, { id: String(blora.place?.id), name: "blora" });
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    expect((await query(SourceLookup, { name: "wartawan" })).source).toEqual({
      name: "WARTAWAN",
      domain: "demak.wartawan.org",
    });
    expect((await query(SourceLookup, { name: "JatengPos.example" })).source?.name).toBe("Jateng Pos");
    expect((await query(SourceLookup, { name: "Kompas" })).source).toBeNull();
  });

  it("refuses a page size past the cap as BAD_USER_INPUT on every root list", async () => {
    for (const [document, variables] of [
      [Events, { first: 101 }],
      [Products, { first: 101 }],
      [Quotes, { first: 101 }],
      [Topics, { first: 101 }],
      [Topics, { first: -1 }],
    ] as const) {
      const result = await execute(document as typeof Events, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
  });

  it("reads a page of events with hosts and participants in as many statements for one event as for two", async () => {
    const one = await countStatements(() => query(Events, { first: 1 }));
    const two = await countStatements(() => query(Events, { first: 2 }));
    expect(two.result.events.edges).toHaveLength(2);
    expect(two.statements).toBe(one.statements);
    expect(two.statements).toBeLessThanOrEqual(4);
  });
});
