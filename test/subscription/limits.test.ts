import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { seedEmptyStore } from "../../src/graph/index.ts";
import { subscribeOverSse } from "../support/sse.ts";
import { describeEachStore } from "../support/stores.ts";

describeEachStore("the subscription cap", (fixture) => {
  beforeAll(async () => {
    await seedEmptyStore(fixture.store.prisma);
    vi.stubEnv("WARTAGRAPH_MAX_SUBSCRIPTIONS", "2");
  });

  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("refuses a subscription beyond the cap with a code a client can act on, and frees slots on close", async () => {
    const query = "subscription { articleAdded { cursor } }";
    const open = [subscribeOverSse(query), subscribeOverSse(query)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refused = subscribeOverSse(query);
    try {
      const [event] = await refused.next(1);
      expect(event?.errors?.[0]?.extensions?.code).toBe("TOO_MANY_SUBSCRIPTIONS");
    } finally {
      await refused.close();
    }
    await Promise.all(open.map((s) => s.close()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = subscribeOverSse(query);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(again.events).toEqual([]); // open and waiting, not refused
    } finally {
      await again.close();
    }
  });

  it("holds the cap when many subscriptions open at the same moment", async () => {
    vi.stubEnv("WARTAGRAPH_MAX_SUBSCRIPTIONS", "5");
    const query = "subscription { articleAdded { cursor } }";
    // all 50 start before any of them has finished its first read of the store
    const opened = Array.from({ length: 50 }, () => subscribeOverSse(query));
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const refused = opened.filter((s) => s.events[0]?.errors?.[0]?.extensions?.code === "TOO_MANY_SUBSCRIPTIONS");
      const waiting = opened.filter((s) => s.events.length === 0);
      expect(refused).toHaveLength(45);
      expect(waiting).toHaveLength(5);
    } finally {
      await Promise.all(opened.map((s) => s.close()));
      vi.stubEnv("WARTAGRAPH_MAX_SUBSCRIPTIONS", "2");
    }
  });
});
