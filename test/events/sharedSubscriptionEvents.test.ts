import type { ExecutionResult } from "graphql";
import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import type { FeedChannels } from "../../src/schema/context.ts";
import { createMetrics } from "../../src/server/metrics.ts";
import { subscriptionDeliveries } from "../../src/server/sharedSubscriptionEvents.ts";
import { createWartagraphYoga, type WartagraphYoga } from "../../src/server/yoga.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * Subscribers of one operation share the work of each event: the selection (and the database
 * reads it needs) runs once per event and distinct operation, not once per subscriber.
 */

const WITH_TITLE = /* GraphQL */ `subscription { articleAdded { cursor article { title url } } }`;
const URL_ONLY = /* GraphQL */ `subscription { articleAdded { article { url } } }`;

interface Delivered {
  articleAdded: { cursor?: string; article: { title?: string; url: string | null } };
}

/** A silent server over `store` with its own pubsub (to wake the feed reader) and metrics. */
function serverOver(store: Parameters<typeof createWartagraphYoga>[0]["store"], metrics = createMetrics()) {
  const pubsub = createPubSub<FeedChannels>();
  const yoga = createWartagraphYoga({ logger: pino({ level: "silent" }), metrics, pubsub, store });
  return { pubsub, yoga };
}

/** An SSE subscription on `yoga`, collecting its events. */
function subscribe(yoga: WartagraphYoga, query: string) {
  const events: ExecutionResult<Delivered>[] = [];
  // how many of the stream's chunks carried events (events written together arrive in one)
  let chunksWithEvents = 0;
  const abort = new AbortController();
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const done = (async () => {
    const response = await yoga.fetch("http://wartagraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query }),
      signal: abort.signal,
    });
    reader = response.body?.getReader();
    if (!reader) throw new Error("no event stream");
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done: finished } = await reader.read();
      if (finished) return;
      const text = decoder.decode(value, { stream: true });
      if (text.includes("event: next")) chunksWithEvents++;
      buffer += text;
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const data = buffer
          .slice(0, end)
          .split("\n")
          .filter((line) => line.startsWith("data:"))
          .map((line) => line.slice(5).trim())
          .join("\n");
        buffer = buffer.slice(end + 2);
        if (data) events.push(JSON.parse(data));
      }
    }
  })().catch(() => {});
  return {
    events,
    chunksWithEvents: () => chunksWithEvents,
    close: async () => {
      abort.abort();
      await reader?.cancel().catch(() => {});
      await done;
    },
  };
}

async function until(check: () => boolean, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
}

describeEachStore("subscribers sharing each event's execution", (fixture) => {
  it("loads an event's article once per distinct selection, whatever the number of subscribers", async () => {
    let articleLoads = 0;
    // the served store's client, counting the subscription's reads of the article
    const counted = fixture.store.prisma.$extends({
      query: {
        article: {
          findUniqueOrThrow: ({ args, query }) => {
            articleLoads += 1;
            return query(args);
          },
        },
      },
    }) as unknown as typeof fixture.store.prisma;
    const { pubsub, yoga } = serverOver({ prisma: counted });
    const withTitle = Array.from({ length: 6 }, () => subscribe(yoga, WITH_TITLE));
    const urlOnly = Array.from({ length: 3 }, () => subscribe(yoga, URL_ONLY));
    const all = [...withTitle, ...urlOnly];
    try {
      // every stream has started (its first ping) before the write
      await new Promise((resolve) => setTimeout(resolve, 500));
      const draft = syntheticDraft(1);
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(draft));
      pubsub.publish("articleFeedGrew");
      expect(await until(() => all.every((subscription) => subscription.events.length === 1))).toBe(true);

      for (const subscription of withTitle) {
        expect(subscription.events[0]?.errors).toBeUndefined();
        expect(subscription.events[0]?.data?.articleAdded.article).toEqual({
          title: draft.article?.title,
          url: draft.article?.url,
        });
      }
      for (const subscription of urlOnly)
        expect(subscription.events[0]?.data?.articleAdded).toEqual({ article: { url: draft.article?.url } });
      // two selections: two reads, not nine
      expect(articleLoads).toBe(2);
    } finally {
      await Promise.all(all.map((subscription) => subscription.close()));
      await yoga.dispose();
    }
  });

  it("writes each event straight from the feed reader to every stream, in order, none missing", async () => {
    const { pubsub, yoga } = serverOver(fixture.store);
    const subscriptions = Array.from({ length: 5 }, () => subscribe(yoga, WITH_TITLE));
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const before = subscriptionDeliveries();
      const drafts = [11, 12, 13].map((index) => syntheticDraft(index));
      for (const draft of drafts) {
        await writeArticleDraft(fixture.store.prisma, parseArticleDraft(draft));
        pubsub.publish("articleFeedGrew");
      }
      expect(await until(() => subscriptions.every((subscription) => subscription.events.length === 3))).toBe(true);
      for (const subscription of subscriptions) {
        expect(subscription.events.map((event) => event.data?.articleAdded.article.url)).toEqual(
          drafts.map((draft) => draft.article?.url),
        );
      }
      // none of them went through the plugins' per-subscriber iterators
      const after = subscriptionDeliveries();
      expect(after.direct - before.direct).toBe(15);
      expect(after.throughPlugins - before.throughPlugins).toBe(0);
    } finally {
      await Promise.all(subscriptions.map((subscription) => subscription.close()));
      await yoga.dispose();
    }
  });

  it("still hands a result with errors to the plugins: masked for the client, counted in the metrics", async () => {
    // the served store's client, failing every read of an article with an internal message
    const failing = fixture.store.prisma.$extends({
      query: {
        article: {
          findUniqueOrThrow: () => Promise.reject(new Error("internal detail: article read failed")),
        },
      },
    }) as unknown as typeof fixture.store.prisma;
    const metrics = createMetrics();
    const { pubsub, yoga } = serverOver({ prisma: failing }, metrics);
    const subscriptions = Array.from({ length: 3 }, () => subscribe(yoga, WITH_TITLE));
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const before = subscriptionDeliveries();
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(21)));
      pubsub.publish("articleFeedGrew");
      expect(await until(() => subscriptions.every((subscription) => subscription.events.length === 1))).toBe(true);
      for (const subscription of subscriptions) {
        const errors = subscription.events[0]?.errors ?? [];
        expect(errors.map((error) => error.message)).toEqual(["Unexpected error."]);
        expect(JSON.stringify(subscription.events[0])).not.toContain("internal detail");
      }
      expect(subscriptionDeliveries().throughPlugins - before.throughPlugins).toBe(3);
      const counted = await metrics.registry.getSingleMetric("graphql_envelop_error_result")?.get();
      expect(counted?.values.reduce((sum, value) => sum + value.value, 0)).toBe(3);
    } finally {
      await Promise.all(subscriptions.map((subscription) => subscription.close()));
      await yoga.dispose();
    }
  });

  it("writes events that the reader read together in one chunk per stream", async () => {
    const { pubsub, yoga } = serverOver(fixture.store);
    const subscriptions = Array.from({ length: 3 }, () => subscribe(yoga, WITH_TITLE));
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const drafts = [31, 32, 33].map((index) => syntheticDraft(index));
      for (const draft of drafts) await writeArticleDraft(fixture.store.prisma, parseArticleDraft(draft));
      // one wake-up for the three commits: the reader reads them in one statement
      pubsub.publish("articleFeedGrew");
      expect(await until(() => subscriptions.every((subscription) => subscription.events.length === 3))).toBe(true);
      for (const subscription of subscriptions) {
        expect(subscription.events.map((event) => event.data?.articleAdded.article.url)).toEqual(
          drafts.map((draft) => draft.article?.url),
        );
        expect(subscription.chunksWithEvents()).toBe(1);
      }
    } finally {
      await Promise.all(subscriptions.map((subscription) => subscription.close()));
      await yoga.dispose();
    }
  });
});
