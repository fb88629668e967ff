import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countUncountedArticles } from "../../src/graph/coMentions.ts";
import { writeArticleDrafts } from "../../src/graph/index.ts";
import type { PrismaClient } from "../../src/store/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { createScratchDatabase, describeEachStore } from "../support/stores.ts";
import { mixedDrafts } from "./bulkGraph.ts";
import { coMentionsFromFacts, keptCoMentions } from "./graphCounts.ts";

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
