import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { expectedRacedGraph, racedGraph, racingDraft } from "./concurrentDrafts.ts";

const WRITERS = 20;

// The embedded store has one connection, so its transactions run one after another; what this
// checks is that the write path's locks and retries work there too: 20 writers started at once
// neither deadlock nor duplicate.
describe("concurrent writers [pglite]", () => {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await openStore({ databaseUrl: "memory:", role: "test" });
  });
  afterAll(async () => {
    await store?.close();
  });

  it(`${WRITERS} writers started at once naming the same new entities make one node each`, async () => {
    const prisma = (store as Store).prisma;
    const conflicts: unknown[] = [];
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        writeArticleDraft(prisma, racingDraft(index), { onRetry: (error) => conflicts.push(error) }),
      ),
    );
    expect(results.every((r) => r.created)).toBe(true);
    expect(await racedGraph(prisma)).toEqual(expectedRacedGraph(WRITERS));
    expect(conflicts).toEqual([]);
  });
});
