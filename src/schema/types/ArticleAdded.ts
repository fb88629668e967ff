import { setTimeout as delay } from "node:timers/promises";
import { GraphQLError } from "graphql";
import { Repeater } from "graphql-yoga";
import { loadConfig } from "../../config.ts";
import { normalizeName } from "../../ingest/normalize.ts";
import type { PrismaClient } from "../../store/index.ts";
import { builder } from "../builder.ts";
import type { FeedPubSub } from "../context.ts";
import { filterIds } from "../lookup.ts";
import { decodeCursor, encodeCursor } from "../pagination.ts";

/**
 * How often a subscriber looks at the feed when no wake-up arrives (writes from other processes
 * without Redis, or while Redis is down): WARTAGRAPH_FEED_POLL_MS, default 2 s.
 */
const feedPollMs = () => loadConfig().feedPollMs;
const FEED_BATCH = 100;

/**
 * Each open subscription reads the feed; this caps how many one process serves, so no number of
 * clients can make it do unbounded work (WARTAGRAPH_MAX_SUBSCRIPTIONS, default 1,000). Read at
 * each open, not once: the cap follows the environment a test sets, and a bad value is a
 * ConfigError (serve refuses it at start-up) instead of the NaN that used to disable the cap.
 */
const maxOpenSubscriptions = () => loadConfig().maxSubscriptions;
let openSubscriptions = 0;

/** Takes one of the process's subscription slots synchronously, or refuses with TOO_MANY_SUBSCRIPTIONS. */
export function reserveSubscriptionSlot(): { release(): void } {
  if (openSubscriptions >= maxOpenSubscriptions()) {
    throw new GraphQLError(
      `this server already serves ${openSubscriptions} subscriptions; retry later, resuming with after`,
      { extensions: { code: "TOO_MANY_SUBSCRIPTIONS" } },
    );
  }
  openSubscriptions++;
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      openSubscriptions--;
    },
  };
}

/**
 * Frees the slot however the stream ends, including a client that leaves before the first event
 * (a repeater that was never started never runs its stop callback).
 */
export function releasingOnEnd<T>(events: AsyncIterableIterator<T>, release: () => void): AsyncIterableIterator<T> {
  return {
    next: async () => {
      try {
        const result = await events.next();
        if (result.done) release();
        return result;
      } catch (error) {
        release();
        throw error;
      }
    },
    return: async (value?: unknown) => {
      release();
      return (await events.return?.(value)) ?? { done: true, value: undefined };
    },
    throw: async (error?: unknown) => {
      release();
      if (events.throw) return events.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** The stop functions of the feeds each pubsub (each server) serves, for shutdown. */
export const openFeeds = new WeakMap<FeedPubSub, Set<() => void>>();

/**
 * Ends every articleAdded stream a server serves the normal way (SSE `complete`, graphql-ws
 * `complete`) when it shuts down: a client resumes elsewhere with the last cursor it received.
 * Returns how many it ended.
 */
export function completeOpenSubscriptions(pubsub: FeedPubSub): number {
  const feeds = openFeeds.get(pubsub);
  if (!feeds) return 0;
  const count = feeds.size;
  for (const stopFeed of [...feeds]) stopFeed();
  return count;
}

/** How many articleAdded streams a server (its pubsub) serves right now. */
export function openSubscriptionsOf(pubsub: FeedPubSub): number {
  return openFeeds.get(pubsub)?.size ?? 0;
}

/** Reads the article feed after `start` for one subscriber. */
function followFeed(
  db: PrismaClient,
  start: bigint,
  filter: FeedFilter,
  pubsub: FeedPubSub,
): AsyncIterableIterator<ArticleAddedShape> {
  return followSequence(start, pubsub, (position) => readFeed(db, position, filter), FEED_BATCH);
}

/**
 * Follows a feed ordered by `sequence` for one subscriber: everything after `start` first (the
 * replay after a cursor), then new rows as writers wake it through the pubsub, or at the latest
 * every feedPollMs() (a write in another process without Redis). Ends with the server (openFeeds).
 * `readAfter` returns at most `batchSize` rows in sequence order.
 */
export function followSequence<Row extends { sequence: bigint }>(
  start: bigint,
  pubsub: FeedPubSub,
  readAfter: (position: bigint) => Promise<Row[]>,
  batchSize: number,
): AsyncIterableIterator<Row> {
  let position = start;
  const pollMs = feedPollMs();
  return new Repeater<Row>(async (push, stop) => {
    let wake: (() => void) | undefined;
    const wakeUps = pubsub.subscribe("articleFeedGrew");
    void (async () => {
      for await (const _ of wakeUps) wake?.();
    })();
    const feeds = openFeeds.get(pubsub) ?? new Set();
    openFeeds.set(pubsub, feeds);
    const stopFeed = () => stop();
    feeds.add(stopFeed);
    let stopped = false;
    stop.then(() => {
      feeds.delete(stopFeed);
      stopped = true;
      wake?.();
      void wakeUps.return?.();
    });
    while (!stopped) {
      const batch = await readAfter(position);
      for (const event of batch) {
        position = event.sequence;
        await push(event);
      }
      if (batch.length === batchSize || stopped) continue;
      // sleep until a wake-up, the poll interval or the end, whichever comes first
      const controller = new AbortController();
      await Promise.race([
        new Promise<void>((resolve) => {
          wake = resolve;
        }),
        delay(pollMs, undefined, { signal: controller.signal }).catch(() => {}),
      ]);
      controller.abort();
      wake = undefined;
    }
  });
}

interface FeedFilter {
  institutionId?: string | undefined;
  personId?: string | undefined;
  topic?: string | undefined;
}

/** The feed sequence an `after` cursor names; a cursor this subscription did not hand out is refused. */
function feedSequenceOf(cursor: string): bigint {
  const [sequence] = decodeCursor(cursor, ["string"]);
  if (!/^\d{1,19}$/.test(String(sequence))) {
    throw new GraphQLError("after is not a cursor this subscription returned", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return BigInt(String(sequence));
}

interface ArticleAddedShape {
  sequence: bigint;
  articleId: string;
}

/** The next feed entries after `after` whose article passes the filter, oldest first. */
function readFeed(db: PrismaClient, after: bigint, filter: FeedFilter) {
  return db.articleEvent.findMany({
    where: {
      sequence: { gt: after },
      article: {
        ...(filter.institutionId ? { institutionMentions: { some: { institutionId: filter.institutionId } } } : {}),
        ...(filter.personId ? { personMentions: { some: { personId: filter.personId } } } : {}),
        ...(filter.topic ? { topics: { some: { topic: { normalizedName: normalizeName(filter.topic) } } } } : {}),
      },
    },
    orderBy: { sequence: "asc" },
    take: FEED_BATCH,
    select: { sequence: true, articleId: true },
  });
}

const ArticleAddedFilter = builder.inputType("ArticleAddedFilter", {
  description: "Which new articles to receive; all given conditions must hold.",
  fields: (t) => ({
    institution: t.id({ description: "Only articles that name this institution (its ID)." }),
    person: t.id({ description: "Only articles that name this person (its ID)." }),
    topic: t.string({ description: "Only articles about this topic (its name, any case)." }),
  }),
});

const ArticleAddedRef = builder.objectRef<ArticleAddedShape>("ArticleAdded").implement({
  description: "A new article in the graph, with the cursor to resume the subscription after it.",
  fields: (t) => ({
    cursor: t.string({
      description: "Pass it as `after` when resubscribing to receive everything added since, and nothing twice.",
      resolve: (event) => encodeCursor([event.sequence.toString()]),
    }),
    article: t.prismaField({
      type: "Article",
      description: "The article as stored now.",
      resolve: (query, event, _args, context) =>
        context.prisma.article.findUniqueOrThrow({ ...query, where: { id: event.articleId } }),
    }),
  }),
});

builder.subscriptionType({ description: "Follow the graph as it grows." });

builder.subscriptionField("articleAdded", (t) =>
  t.field({
    type: ArticleAddedRef,
    description:
      "New articles as they are ingested, optionally only those naming an institution or a person or about a topic. With `after` (a cursor from an earlier event) the events added since are replayed first, so a reconnecting service misses none.",
    args: {
      filter: t.arg({ type: ArticleAddedFilter, description: "Conditions the articles must meet." }),
      after: t.arg.string({ description: "Resume after this event's cursor." }),
    },
    subscribe: async (_root, args, context) => {
      // the slot is taken before the first await, so concurrent opens cannot all pass the check
      const slot = reserveSubscriptionSlot();
      try {
        const { institutionId, personId } = filterIds(args.filter ?? {});
        const filter: FeedFilter = { institutionId, personId, topic: args.filter?.topic ?? undefined };
        const last = (await context.prisma.articleEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n;
        const position = args.after ? feedSequenceOf(args.after) : last;
        // a cursor the feed never handed out (another store, a typo) would wait forever: refuse it
        if (position > last) {
          throw new GraphQLError("after is beyond the end of the article feed", {
            extensions: { code: "BAD_USER_INPUT" },
          });
        }
        return releasingOnEnd(followFeed(context.prisma, position, filter, context.pubsub), slot.release);
      } catch (error) {
        slot.release();
        throw error;
      }
    },
    resolve: (event) => event,
  }),
);
