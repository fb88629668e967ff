import { beforeAll, expect, it } from "vitest";
import type { ArticleFilter, ArticleOrder } from "../generated/graphql.ts";
import { graphql } from "../generated/index.ts";
import { countStatements, execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { writeNewsroom } from "./newsroom.ts";

const FilteredArticles = graphql(/* GraphQL */ `
  query FilteredArticles($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String) {
    articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges { cursor node { slug } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const CountedArticles = graphql(/* GraphQL */ `
  query CountedArticles($filter: ArticleFilter) {
    articles(filter: $filter, first: 1) {
      totalCount
      edges { node { slug } }
    }
  }
`);

const IdsOf = graphql(/* GraphQL */ `
  query IdsOf {
    institution(name: "rutan blora") { id }
    person(name: "Hemu") { id }
  }
`);

const CountedLists = graphql(/* GraphQL */ `
  query CountedLists {
    people(first: 1) { totalCount edges { node { name } } }
    institutions(search: "rutan") { totalCount }
    places { totalCount }
    institution(name: "lapas pati") { articles(first: 1) { totalCount edges { node { slug } } } }
    person(name: "Hemu") { articles(first: 1) { totalCount } }
  }
`);

async function slugs(filter: ArticleFilter, orderBy?: ArticleOrder): Promise<string[]> {
  const data = await query(FilteredArticles, { filter, orderBy, first: 20 });
  return data.articles.edges.map((edge) => edge.node.slug);
}

describeEachStore("ArticleFilter", (fixture) => {
  beforeAll(async () => {
    await writeNewsroom(fixture.store.prisma);
  }, 120_000);

  it("takes an institution, a person or a place by any of its names", async () => {
    expect(await slugs({ institution: "rutan blora" })).toEqual(["b-blora", "a-blora-pati"]);
    expect(await slugs({ institution: "Rumah Tahanan Negara Kelas IIB Blora" })).toEqual(["b-blora", "a-blora-pati"]);
    expect(await slugs({ institution: "LAPAS PATI" })).toEqual(["c-pati", "a-blora-pati"]);
    expect(await slugs({ person: "hemu" })).toEqual(["c-pati", "b-blora"]);
    expect(await slugs({ place: "Pati" })).toEqual(["c-pati"]);
    expect(await slugs({ institution: "no such rutan" })).toEqual([]);
  });

  it("still takes global IDs, and refuses the ID of another type", async () => {
    const ids = await query(IdsOf);
    expect(await slugs({ institution: ids.institution?.id })).toEqual(["b-blora", "a-blora-pati"]);
    expect(await slugs({ person: ids.person?.id })).toEqual(["c-pati", "b-blora"]);
    const wrong = await execute(FilteredArticles, { filter: { institution: ids.person?.id } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("combines list entries as ANY or ALL", async () => {
    expect(await slugs({ institutions: ["rutan blora", "lapas pati"] })).toEqual(["c-pati", "b-blora", "a-blora-pati"]);
    expect(await slugs({ institutions: ["rutan blora", "lapas pati"], match: "ALL" })).toEqual(["a-blora-pati"]);
    expect(await slugs({ people: ["Hemu", "Mardi Santoso"], match: "ALL" })).toEqual(["c-pati"]);
    expect(await slugs({ people: ["Hemu", "Sari Wulandari"] })).toEqual(["d-demak", "c-pati", "b-blora"]);
    expect(await slugs({ topics: ["umkm"] })).toEqual(["c-pati", "a-blora-pati"]);
    expect(await slugs({ topics: ["umkm", "ketahanan pangan"], match: "ALL" })).toEqual([]);
    expect(await slugs({ places: ["blora", "pati"] })).toEqual(["c-pati", "a-blora-pati"]);
    // separate fields all hold
    expect(await slugs({ institution: "rutan blora", person: "hemu" })).toEqual(["b-blora"]);
  });

  it("filters by source (name or domain) and author", async () => {
    expect(await slugs({ source: "wartawan" })).toEqual(["c-pati", "a-blora-pati"]);
    expect(await slugs({ source: "jatengpos.example" })).toEqual(["b-blora"]);
    expect(await slugs({ author: "budi santoso" })).toEqual(["b-blora"]);
  });

  it("takes the date range as days (Western Indonesian Time) or as instants", async () => {
    // b-blora is April 1 at 05:00 WIB, which is still March 31 in UTC
    expect(await slugs({ publishedFrom: "2025-03-01", publishedUntil: "2025-03-31" })).toEqual(["a-blora-pati"]);
    expect(await slugs({ publishedFrom: "2025-04-01", publishedUntil: "2025-05-02" })).toEqual(["c-pati", "b-blora"]);
    expect(await slugs({ publishedAfter: "2025-03-31T00:00:00Z", publishedBefore: "2025-05-01T00:00:00Z" })).toEqual([
      "b-blora",
    ]);
  });

  it("orders newest first, oldest first, or by relevance, and pages in that order", async () => {
    expect(await slugs({}, "OLDEST")).toEqual(["a-blora-pati", "b-blora", "c-pati", "d-demak"]);
    const first = await query(FilteredArticles, { orderBy: "OLDEST", first: 2 });
    expect(first.articles.edges.map((e) => e.node.slug)).toEqual(["a-blora-pati", "b-blora"]);
    const second = await query(FilteredArticles, {
      orderBy: "OLDEST",
      first: 2,
      after: first.articles.pageInfo.endCursor,
    });
    expect(second.articles.edges.map((e) => e.node.slug)).toEqual(["c-pati", "d-demak"]);
    expect(second.articles.pageInfo.hasNextPage).toBe(false);
    // a cursor of one order does not page another
    const mixed = await execute(FilteredArticles, { first: 2, after: first.articles.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    expect(await slugs({ search: "sayuran" })).toEqual(["b-blora"]);
    expect(await slugs({ search: "pembinaan" }, "OLDEST")).toEqual(["a-blora-pati", "c-pati", "d-demak"]);
    const noSearch = await execute(FilteredArticles, { orderBy: "RELEVANCE" });
    expect(noSearch.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("caps list filters", async () => {
    const tooMany = await execute(FilteredArticles, {
      filter: { people: Array.from({ length: 21 }, (_, i) => `p${i}`) },
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("counts all matching articles, and only when asked", async () => {
    const counted = await countStatements(() => query(CountedArticles, { filter: { institution: "rutan blora" } }));
    expect(counted.result.articles.totalCount).toBe(2);
    expect(counted.result.articles.edges).toHaveLength(1);
    const uncounted = await countStatements(() =>
      query(FilteredArticles, { filter: { institution: "rutan blora" }, first: 1 }),
    );
    expect(counted.statements).toBe(uncounted.statements + 1);
    expect((await query(CountedArticles, { filter: { institution: "nowhere" } })).articles.totalCount).toBe(0);
    expect((await query(CountedArticles, { filter: { topics: ["umkm"] } })).articles.totalCount).toBe(2);
  });

  it("gives every connection a totalCount", async () => {
    const data = await query(CountedLists);
    expect(data.people.totalCount).toBe(3);
    expect(data.people.edges).toHaveLength(1);
    expect(data.institutions.totalCount).toBe(2);
    expect(data.places.totalCount).toBe(2);
    expect(data.institution?.articles.totalCount).toBe(2);
    expect(data.institution?.articles.edges).toHaveLength(1);
    expect(data.person?.articles.totalCount).toBe(2);
  });
});
