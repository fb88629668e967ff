import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticleDraft, writeArticleDrafts } from "../../src/graph/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { createScratchDatabase } from "../support/stores.ts";
import { expectedRacedGraph, racedGraph, racingDraft } from "./concurrentDrafts.ts";

/** Bulk ingests in several processes' worth of clients, each with its own pool. */
const BULK_WRITERS = 4;
const ARTICLES_EACH = 12;

describe("concurrent bulk writers [postgres]", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  const stores: Store[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase("wg_bulk_race");
    for (let i = 0; i <= BULK_WRITERS; i++) {
      stores.push(await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 2 }));
    }
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await database?.drop();
  });

  it("bulk ingests and a one-by-one writer naming the same new entities in different forms make one node each", async () => {
    const conflicts: unknown[] = [];
    const bulk = Array.from({ length: BULK_WRITERS }, (_, writer) =>
      writeArticleDrafts(
        (stores[writer] as Store).prisma,
        Array.from({ length: ARTICLES_EACH }, (_, i) => racingDraft(writer * ARTICLES_EACH + i)),
        { batchSize: 5, onRetry: (error) => conflicts.push(error) },
      ),
    );
    const oneByOne = (async () => {
      const prisma = (stores[BULK_WRITERS] as Store).prisma;
      for (let i = 0; i < 6; i++) await writeArticleDraft(prisma, racingDraft(BULK_WRITERS * ARTICLES_EACH + i));
    })();
    const outcomes = (await Promise.all(bulk)).flat();
    await oneByOne;
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const total = BULK_WRITERS * ARTICLES_EACH + 6;
    expect(await racedGraph((stores[0] as Store).prisma)).toEqual(expectedRacedGraph(total));
    // the name locks make writers wait for each other: no batch had to be rolled back and retried
    expect(conflicts).toEqual([]);
    const mentions = await (stores[0] as Store).prisma.personMention.groupBy({
      by: ["personId"],
      _count: { articleId: true },
    });
    expect(mentions.map((m) => m._count.articleId)).toEqual([total, total]);
  }, 300_000);
});
