import { beforeAll, expect, it } from "vitest";
import { buildArticleFilter } from "../../src/schema/articleFilter.ts";
import { Prisma } from "../../src/store/index.ts";
import { countStatements, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { writeNewsroom } from "./newsroom.ts";

interface Counted {
  node: { name: string };
  count: number;
}
interface SearchFacetsResult {
  articleFacets: {
    total: number;
    institutions: Counted[];
    people: Counted[];
    months: { month: string; count: number }[];
  };
}
type SearchFacetsVariables = { filter: Record<string, unknown> };

// a plain string with its result type: the test documents are not generated for this file
const FACETS = /* GraphQL */ `
  query SearchFacetsFromIndex($filter: ArticleFilter) {
    articleFacets(filter: $filter, first: 50) {
      total
      institutions { node { name } count }
      people { node { name } count }
      months { month count }
    }
  }
`;

/**
 * The facets of a search read the matching articles from the full-text index instead of testing
 * the search on every article; the counts must be those of the filter's own condition, counted
 * here directly on the articles it selects.
 */
describeEachStore("articleFacets of a search, from the full-text index", (fixture) => {
  beforeAll(async () => {
    await writeNewsroom(fixture.store.prisma);
  }, 120_000);

  const byNameAndCount = (rows: readonly { name: string; count: number }[]) =>
    rows.map((row) => `${row.name}:${row.count}`).sort();

  async function expected(filter: Record<string, unknown>) {
    const where = buildArticleFilter(filter).where;
    const prisma = fixture.store.prisma;
    const [total] = await prisma.$queryRaw<{ count: number }[]>(
      Prisma.sql`SELECT count(*)::int AS "count" FROM "Article" a WHERE ${where}`,
    );
    const institutions = await prisma.$queryRaw<{ name: string; count: number }[]>(
      Prisma.sql`SELECT i."name", count(*)::int AS "count" FROM "Article" a
        JOIN "InstitutionMention" m ON m."articleId" = a."id" JOIN "Institution" i ON i."id" = m."institutionId"
        WHERE ${where} GROUP BY i."id", i."name"`,
    );
    const people = await prisma.$queryRaw<{ name: string; count: number }[]>(
      Prisma.sql`SELECT p."name", count(*)::int AS "count" FROM "Article" a
        JOIN "PersonMention" m ON m."articleId" = a."id" JOIN "Person" p ON p."id" = m."personId"
        WHERE ${where} GROUP BY p."id", p."name"`,
    );
    return { total: total?.count ?? 0, institutions: byNameAndCount(institutions), people: byNameAndCount(people) };
  }

  it("counts what the filter's own condition selects, with and without other conditions", async () => {
    const filters = [
      { search: "pembinaan" },
      { search: "sayuran" },
      { search: "pembinaan", publishedAfter: "1900-01-01T00:00:00Z", institutions: ["rutan blora", "lapas pati"] },
      { search: "kata yang tidak ada di mana pun" },
    ];
    let matchedSome = false;
    for (const filter of filters) {
      const { articleFacets } = await query<SearchFacetsResult, SearchFacetsVariables>(FACETS, { filter });
      const want = await expected(filter);
      matchedSome ||= want.total > 1 && want.institutions.length > 0;
      expect(
        {
          total: articleFacets.total,
          institutions: byNameAndCount(articleFacets.institutions.map((e) => ({ name: e.node.name, count: e.count }))),
          people: byNameAndCount(articleFacets.people.map((e) => ({ name: e.node.name, count: e.count }))),
        },
        JSON.stringify(filter),
      ).toEqual(want);
      expect(articleFacets.months.reduce((sum, month) => sum + month.count, 0)).toBeLessThanOrEqual(want.total);
    }
    expect(matchedSome).toBe(true);
  });

  it("hands the search's query over as a sub-select, so the planner reads the matches from the index", async () => {
    const counted = await countStatements(() =>
      query<SearchFacetsResult, SearchFacetsVariables>(FACETS, { filter: { search: "pembinaan" } }),
    );
    const [counts] = counted.sql;
    expect(counts).toContain('a."searchVector" @@ (SELECT websearch_to_tsquery(');
    // the query written in place would let the planner underrate testing every article's text
    expect(counts).not.toMatch(/@@ websearch_to_tsquery/);
    // the counts, then institutions and people
    expect(counted.statements).toBe(3);
  });
});
