import { beforeAll, expect, it } from "vitest";
import { graphql } from "../generated/index.ts";
import { countStatements, execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { Facets } from "./facetsDocument.ts";
import { writeNewsroom } from "./newsroom.ts";

const MonthsOnly = graphql(/* GraphQL */ `
  query MonthsOnly($filter: ArticleFilter) {
    articleFacets(filter: $filter) { months { month count } }
  }
`);

const byName = (entries: readonly { node: { name: string }; count: number }[]) =>
  Object.fromEntries(entries.map((entry) => [entry.node.name, entry.count]));

describeEachStore("articleFacets", (fixture) => {
  beforeAll(async () => {
    await writeNewsroom(fixture.store.prisma);
  }, 120_000);

  it("counts the filtered articles by institution, person, place, topic, source and month", async () => {
    const { articleFacets } = await query(Facets, { filter: { person: "hemu" } });
    // Hemu: b-blora (Apr, Rutan Blora, Jateng Pos) and c-pati (May, Lapas Pati with Mardi, WARTAWAN)
    expect(articleFacets.total).toBe(2);
    expect(byName(articleFacets.institutions)).toEqual({ "Rutan Kelas IIB Blora": 1, "Lapas Kelas IIB Pati": 1 });
    expect(byName(articleFacets.people)).toEqual({ Hemu: 2, "Mardi Santoso": 1 });
    expect(articleFacets.people[0]?.node.name).toBe("Hemu");
    expect(byName(articleFacets.places)).toEqual({ "Kabupaten Pati": 1 });
    expect(byName(articleFacets.topics)).toEqual({ "ketahanan pangan": 1, UMKM: 1 });
    expect(byName(articleFacets.sources)).toEqual({ "Jateng Pos": 1, WARTAWAN: 1 });
    expect(articleFacets.months).toEqual([
      { month: "2025-04", count: 1 },
      { month: "2025-05", count: 1 },
    ]);
  });

  it("counts everything without a filter, most frequent first, capped by first", async () => {
    const all = (await query(Facets, {})).articleFacets;
    expect(all.total).toBe(4);
    expect(all.institutions.slice(0, 2).map((e) => e.count)).toEqual([2, 2]);
    expect(byName(all.sources)).toEqual({ WARTAWAN: 2, "Jateng Pos": 1 });
    const capped = (await query(Facets, { first: 1 })).articleFacets;
    expect(capped.people).toHaveLength(1);
    expect(capped.people[0]).toMatchObject({ count: 2 });
    const tooMany = await execute(Facets, { first: 51 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("costs one statement for the counts and one per kind of node, whatever the data", async () => {
    const full = await countStatements(() => query(Facets, {}));
    // the counts, then institutions, people, places, topics and sources
    expect(full.statements).toBe(6);
    const months = await countStatements(() => query(MonthsOnly, { filter: { institution: "lapas pati" } }));
    expect(months.statements).toBe(1);
    expect(months.result.articleFacets.months).toEqual([
      { month: "2025-03", count: 1 },
      { month: "2025-05", count: 1 },
    ]);
    const none = await query(Facets, { filter: { institution: "no such place" } });
    expect(none.articleFacets).toMatchObject({ total: 0, institutions: [], months: [] });
  });
});
