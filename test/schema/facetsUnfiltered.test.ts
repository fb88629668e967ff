import { beforeAll, expect, it } from "vitest";
import type { ArticleFilter } from "../generated/graphql.ts";
import { countStatements, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { Facets } from "./facetsDocument.ts";
import { writeNewsroom } from "./newsroom.ts";

const facets = (variables: { filter?: ArticleFilter; first?: number }) => query(Facets, variables);

/**
 * Facets without any condition are read from the entities' own co-mention counts; a condition
 * every newsroom article meets (all are dated after 1900) goes the general way, over the
 * filtered articles. Both must give the same answer.
 */
describeEachStore("articleFacets of all articles, from the co-mention diagonal", (fixture) => {
  beforeAll(async () => {
    await writeNewsroom(fixture.store.prisma);
  }, 120_000);

  it("gives the same counts as the general path, capped alike", async () => {
    const everything = { publishedAfter: "1900-01-01T00:00:00Z" };
    for (const first of [10, 1]) {
      const general = await facets({ filter: everything, first });
      expect(general.articleFacets.total).toBeGreaterThan(1);
      expect(general.articleFacets.institutions.length).toBeGreaterThan(0);
      for (const unfiltered of [{}, { institutions: [], search: " " }]) {
        expect(await facets({ filter: unfiltered, first }), `first ${first}`).toEqual(general);
      }
      expect(await facets({ first })).toEqual(general);
    }
  });

  it("reads the counts in one statement that does not join the mentions", async () => {
    const counted = await countStatements(() => facets({}));
    const [counts] = counted.sql;
    expect(counts).toContain('"CoMention"');
    expect(counts).not.toContain('"InstitutionMention"');
    expect(counts).not.toContain('"PersonMention"');
    // the counts, then institutions, people, places, topics and sources
    expect(counted.statements).toBe(6);
  });
});
