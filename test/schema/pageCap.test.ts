import { expect, it } from "vitest";
import { MAX_PAGE_SIZE } from "../../src/schema/builder.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

const ROWS = MAX_PAGE_SIZE + 25;

interface Page {
  edges: { cursor: string }[];
  pageInfo: { hasNextPage: boolean };
}

describeEachStore("page size cap", (fixture) => {
  // more rows than one page may hold, written straight to the store: what is counted is the cap
  it("returns at most MAX_PAGE_SIZE rows whatever `first` asks for, and says there is more", async () => {
    const { prisma } = fixture.store;
    await prisma.person.createMany({
      data: Array.from({ length: ROWS }, (_, i) => ({ name: `Kapasitas ${i}`, normalizedName: `kapasitas ${i}` })),
    });
    const listedAt = new Date("2025-06-01T00:00:00Z");
    await prisma.article.createMany({
      data: Array.from({ length: ROWS }, (_, i) => ({
        slug: `kapasitas-${i}`,
        contentHash: `kapasitas-${i}`,
        title: `Kapasitas ${i}`,
        body: "Isi.",
        listedAt,
        extractorVersion: "test",
      })),
    });
    // one list per request, asking for twice the cap (within the query cost limit)
    for (const list of ["people", "articles"]) {
      const result = await execute<Record<string, Page>, Record<string, never>>(
        `{ ${list}(first: ${2 * MAX_PAGE_SIZE}) { edges { cursor } pageInfo { hasNextPage } } }`,
      );
      expect(result.errors, list).toBeUndefined();
      expect(result.data?.[list]?.edges, list).toHaveLength(MAX_PAGE_SIZE);
      expect(result.data?.[list]?.pageInfo.hasNextPage, list).toBe(true);
    }
  });
});
