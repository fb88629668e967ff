import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { countStatements, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * The article connections of an institution, a person and a place paged with after and before:
 * every article once, newest first, ties in listedAt broken by id, each page a LIMIT in SQL.
 * Prisma's own cursor lost every page after the first when the cursor held a date.
 */

// three articles share one listedAt, two another, two stand alone
const PUBLISHED = [
  "2025-03-05T10:00:00+07:00",
  "2025-03-05T10:00:00+07:00",
  "2025-03-05T10:00:00+07:00",
  "2025-02-01T08:30:00+07:00",
  "2025-02-01T08:30:00+07:00",
  "2025-04-01T09:00:00+07:00",
  "2025-01-15T12:00:00+07:00",
];

interface Page {
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
  edges: { cursor: string; node: { title: string } }[];
}

const PAGE = "pageInfo { startCursor endCursor hasNextPage hasPreviousPage } edges { cursor node { title } }";
interface Paging {
  variables: string;
  args: string;
}

const OWNERS: [string, (page: Paging) => string, (data: never) => Page][] = [
  [
    "Institution.articles",
    (page: Paging) => `query P${page.variables} {
      institution(name: "rutan blora") { articles(${page.args}) { ${PAGE} } } }`,
    (data: { institution: { articles: Page } }) => data.institution.articles,
  ],
  [
    "Person.articles",
    (page: Paging) => `query P${page.variables} {
      person(name: "Mardi Santoso") { articles(${page.args}) { ${PAGE} } } }`,
    (data: { person: { articles: Page } }) => data.person.articles,
  ],
  [
    "Place.articles",
    (page: Paging) => `query P${page.variables} {
      places(search: "demak", kind: REGENCY) { edges { node { articles(${page.args}) { ${PAGE} } } } } }`,
    (data: { places: { edges: { node: { articles: Page } }[] } }) => {
      expect(data.places.edges).toHaveLength(1);
      return (data.places.edges[0] as { node: { articles: Page } }).node.articles;
    },
  ],
];

describeEachStore("paging nested article connections", (fixture) => {
  let newestFirst: string[] = [];

  beforeAll(async () => {
    for (const [index, publishedAt] of PUBLISHED.entries()) {
      const draft = syntheticDraft(index);
      await writeArticleDraft(
        fixture.store.prisma,
        parseArticleDraft({ ...draft, article: { ...draft.article, publishedAt } }),
      );
    }
    const articles = await fixture.store.prisma.article.findMany({
      orderBy: [{ listedAt: "desc" }, { id: "desc" }],
      select: { title: true },
    });
    newestFirst = articles.map((article) => article.title);
  }, 120_000);

  for (const [owner, document, pageOf] of OWNERS) {
    it(`${owner}: first 2 and after walk every article once, newest first, a LIMIT per page`, async () => {
      expect(newestFirst).toHaveLength(PUBLISHED.length);
      const forward = document({ variables: "($first: Int, $after: String)", args: "first: $first, after: $after" });
      const seen: string[] = [];
      let after: string | null = null;
      const statements: number[] = [];
      for (let pages = 0; pages < 10; pages++) {
        const { result, statements: count, sql } = await countStatements(() => query(forward, { first: 2, after }));
        const page = pageOf(result as never);
        statements.push(count);
        if (after !== null) expect(sql.join("\n")).toMatch(/LIMIT/);
        seen.push(...page.edges.map((edge) => edge.node.title));
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!page.pageInfo.hasNextPage) break;
        expect(page.edges).toHaveLength(2);
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(newestFirst);
      // a page after a cursor costs what the first page costs
      expect(new Set(statements.slice(1)).size).toBe(1);
    });

    it(`${owner}: last 2 and before walk back the same order`, async () => {
      const backward = document({ variables: "($last: Int, $before: String)", args: "last: $last, before: $before" });
      const seen: string[] = [];
      let before: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const page = pageOf((await query(backward, { last: 2, before })) as never);
        seen.unshift(...page.edges.map((edge) => edge.node.title));
        expect(page.pageInfo.hasNextPage).toBe(before !== null);
        if (!page.pageInfo.hasPreviousPage) break;
        expect(page.edges).toHaveLength(2);
        before = page.pageInfo.startCursor;
      }
      expect(seen).toEqual(newestFirst);
    });
  }
});
