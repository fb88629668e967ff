import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countUncountedArticles } from "../../src/graph/coMentions.ts";
import { writeArticleDrafts } from "../../src/graph/index.ts";
import type { PrismaClient } from "../../src/store/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { createScratchDatabase, describeEachStore } from "../support/stores.ts";
import { mixedDrafts } from "./bulkGraph.ts";

type Counts = Record<string, number>;

/** The kept co-mention counts, "x y" → articles (a pair that fell to none is left out). */
async function keptCoMentions(prisma: PrismaClient): Promise<Counts> {
  const rows = await prisma.coMention.findMany({ where: { articles: { not: 0 } } });
  return Object.fromEntries(rows.map((row) => [`${row.entityKey} ${row.otherKey}`, row.articles]));
}

/** The same counts straight from the mention tables: every ordered pair named in one article, the diagonal included. */
async function coMentionsFromFacts(prisma: PrismaClient): Promise<Counts> {
  const rows = await prisma.$queryRawUnsafe<{ x: string; y: string; n: number }[]>(`
    WITH named AS (
      SELECT "articleId", 'Person:' || "personId" AS k FROM "PersonMention"
      UNION SELECT "articleId", 'Institution:' || "institutionId" FROM "InstitutionMention"
      UNION SELECT "articleId", 'Place:' || "placeId" FROM "PlaceMention"
      UNION SELECT "articleId", 'Topic:' || "topicId" FROM "ArticleTopic"
    )
    SELECT a.k AS x, b.k AS y, count(*)::int AS n FROM named a JOIN named b USING ("articleId") GROUP BY a.k, b.k`);
  return Object.fromEntries(rows.map((row) => [`${row.x} ${row.y}`, row.n]));
}

const uncountedArticles = async (prisma: PrismaClient) =>
  (
    await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "CoMentionLedger" l WHERE l."articleId" = a.id)`,
    )
  )[0]?.n;

describeEachStore("graph counts a bulk write leaves to its caller", (fixture) => {
  it("are missing until countUncountedArticles, which counts each article once, as the facts say", async () => {
    const prisma = fixture.store.prisma;
    const outcomes = await writeArticleDrafts(prisma, mixedDrafts(), { batchSize: 8, deferGraphCounts: true });
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const left = await uncountedArticles(prisma);
    // the two drafts that rewrite an article of an earlier batch are written one by one and count it
    const created = outcomes.filter((o) => o.ok && o.result.created).length;
    expect(left).toBe(created - 2);
    expect(await keptCoMentions(prisma)).not.toEqual(await coMentionsFromFacts(prisma));

    expect(await countUncountedArticles(prisma)).toBe(left);
    expect(await uncountedArticles(prisma)).toBe(0);
    const counted = await keptCoMentions(prisma);
    expect(counted).toEqual(await coMentionsFromFacts(prisma));
    // nothing is left to count, and nothing counted twice
    expect(await countUncountedArticles(prisma)).toBe(0);
    expect(await keptCoMentions(prisma)).toEqual(counted);
  }, 300_000);
});

describe("two processes counting the same uncounted articles at once [postgres]", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  const stores: Store[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase("wg_deferred_counts");
    for (let i = 0; i < 2; i++) {
      stores.push(await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 2 }));
    }
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await database?.drop();
  });

  it("count each article once", async () => {
    const [first, second] = stores.map((store) => store.prisma) as [PrismaClient, PrismaClient];
    const outcomes = await writeArticleDrafts(first, mixedDrafts(), { deferGraphCounts: true });
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const left = (await uncountedArticles(first)) ?? 0;
    expect(left).toBeGreaterThan(40);
    const [a, b] = await Promise.all([countUncountedArticles(first), countUncountedArticles(second)]);
    // each saw every article uncounted; the one that came second found them counted when it got its locks
    expect(a + b).toBeGreaterThanOrEqual(left);
    expect(await keptCoMentions(first)).toEqual(await coMentionsFromFacts(first));
  }, 300_000);
});
