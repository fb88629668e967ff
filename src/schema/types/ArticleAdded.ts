import { GraphQLError } from "graphql";
import { loadConfig } from "../../config.ts";
import { idOrMergedInto } from "../../curation/redirects.ts";
import {
  type ArticleFeedRow,
  completeOpenSubscribers,
  type Feed,
  type FeedReader,
  feedReaderFor,
  feedSubscriberOfStream,
  openSubscribersOf,
  type SharedFilter,
  SubscriberEnd,
  type SubscriberOptions,
} from "../../events/feedReader.ts";
import { normalizeName } from "../../ingest/normalize.ts";
import type { PrismaClient } from "../../store/index.ts";
import { builder } from "../builder.ts";
import type { FeedPubSub } from "../context.ts";
import { filterIds } from "../lookup.ts";
import { decodeCursor, encodeCursor } from "../pagination.ts";

/**
 * Each open subscription holds a buffer in the process's feed reader; this caps how many one
 * process serves, so no number of clients can make it do unbounded work
 * (WARTAGRAPH_MAX_SUBSCRIPTIONS, default 1,000). Read at each open, not once: the cap follows the
 * environment a test sets, and a bad value is a ConfigError (serve refuses it at start-up)
 * instead of the NaN that used to disable the cap.
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
 * (an iterator that was never read is only ever returned).
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

/**
 * Ends every subscription a server serves the normal way (SSE `complete`, graphql-ws
 * `complete`) when it shuts down: a client resumes elsewhere with the last cursor it received.
 * Returns how many it ended.
 */
export function completeOpenSubscriptions(pubsub: FeedPubSub): number {
  return completeOpenSubscribers(pubsub);
}

/** How many subscriptions a server (its pubsub) serves right now. */
export function openSubscriptionsOf(pubsub: FeedPubSub): number {
  return openSubscribersOf(pubsub);
}

/** The process's feed reader for this request's store and server, made on first use. */
export function feedReaderOf(context: { pubsub: FeedPubSub; prisma: PrismaClient }): FeedReader {
  return feedReaderFor(context.pubsub, context.prisma, () => {
    const settings = loadConfig();
    return { pollMs: settings.feedPollMs, bufferLimit: settings.subscriberBuffer };
  });
}

/**
 * Opens one subscription on a feed of the process's reader: tracked for shutdown, its slot freed
 * however it ends, a drop for falling behind yielded last.
 */
export function subscribeThroughReader<Row extends { sequence: bigint }>(
  reader: FeedReader,
  feed: Feed<Row>,
  options: SubscriberOptions<Row>,
  slot: { release(): void },
): AsyncIterableIterator<Row | SubscriberEnd> {
  const subscriber = reader.track(feed.subscribe(options));
  subscriber.onEnd(slot.release);
  subscriber.begin();
  // the SSE writer takes buffered events from the subscriber itself (sharedSubscriptionEvents.ts)
  return Object.assign(releasingOnEnd(subscriber, slot.release), { [feedSubscriberOfStream]: subscriber });
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

type ArticleAddedShape = ArticleFeedRow;

/** The feed entries in (after, upTo] whose article passes the filter, oldest first. */
function readFeed(db: PrismaClient, after: bigint, upTo: bigint, filter: FeedFilter, take?: number) {
  return db.articleEvent.findMany({
    where: {
      sequence: { gt: after, lte: upTo },
      article: {
        // an id merged away since stands for the node it was merged into
        ...(filter.institutionId
          ? { institutionMentions: { some: { institution: idOrMergedInto(filter.institutionId) } } }
          : {}),
        ...(filter.personId ? { personMentions: { some: { person: idOrMergedInto(filter.personId) } } } : {}),
        ...(filter.topic ? { topics: { some: { topic: { normalizedName: normalizeName(filter.topic) } } } } : {}),
      },
    },
    orderBy: { sequence: "asc" },
    ...(take === undefined ? {} : { take }),
    select: { sequence: true, articleId: true },
  });
}

/** The reader's view of an articleAdded filter: one query per distinct filter, none without one. */
function sharedArticleFilter(filter: FeedFilter): SharedFilter | undefined {
  if (!filter.institutionId && !filter.personId && !filter.topic) return undefined;
  return {
    key: JSON.stringify([filter.institutionId, filter.personId, filter.topic && normalizeName(filter.topic)]),
    sequencesIn: async (db, after, upTo) => (await readFeed(db, after, upTo, filter)).map((row) => row.sequence),
  };
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
        const reader = feedReaderOf(context);
        const last = await reader.articles.latestSequence();
        const position = args.after ? feedSequenceOf(args.after) : last;
        // a cursor the feed never handed out (another store, a typo) would wait forever: refuse it
        if (position > last) {
          throw new GraphQLError("after is beyond the end of the article feed", {
            extensions: { code: "BAD_USER_INPUT" },
          });
        }
        return subscribeThroughReader(
          reader,
          reader.articles,
          {
            start: position,
            readOwn: (db, after, upTo, take) => readFeed(db, after, upTo, filter, take),
            filter: sharedArticleFilter(filter),
          },
          slot,
        );
      } catch (error) {
        slot.release();
        throw error;
      }
    },
    resolve: (event) => {
      if (event instanceof SubscriberEnd) throw event.error(encodeFeedCursor);
      return event;
    },
  }),
);

const encodeFeedCursor = (sequence: bigint) => encodeCursor([sequence.toString()]);
