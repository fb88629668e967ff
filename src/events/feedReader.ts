import { GraphQLError } from "graphql";
import type { ChangeEvent } from "../generated/prisma/client.ts";
import type { FeedPubSub } from "../schema/context.ts";
import type { PrismaClient } from "../store/index.ts";

/**
 * One reader of the feeds per process (per store and pubsub): on each wake-up it reads what is
 * new in ArticleEvent and ChangeEvent once and hands it to every local subscriber, so the
 * statements per wake-up do not grow with the number of subscribers. Subscribers with a filter
 * that needs the database share one query per distinct filter; the rest filter in memory.
 *
 * A subscriber resuming after a cursor first reads the store itself (at its own pace: it reads
 * the next page only when its client has taken the last one) until it reaches the reader's
 * position, then joins the fan-out between two of the reader's steps, so it neither misses nor
 * repeats an event. A subscriber whose client does not keep up is dropped once its buffer passes
 * a bound, with a message saying where to resume, so it never holds the others back.
 */

/** Rows read per statement, by the reader and by a subscriber catching up. */
export const FEED_BATCH = 100;

/** What a subscriber of the article feed receives. */
export interface ArticleFeedRow {
  sequence: bigint;
  articleId: string;
}

/** A filter that needs the database, shared by every subscriber that asks for the same one. */
export interface SharedFilter {
  /** equal for equal filters: the reader runs one query per key and wake-up */
  key: string;
  /** the sequences in (after, upTo] this filter keeps */
  sequencesIn(db: PrismaClient, after: bigint, upTo: bigint): Promise<bigint[]>;
}

export interface SubscriberOptions<Row> {
  /** the sequence after which this subscriber wants events */
  start: bigint;
  /** this subscriber's own read while it catches up: rows in (after, upTo] it keeps, oldest first */
  readOwn(db: PrismaClient, after: bigint, upTo: bigint, take: number): Promise<Row[]>;
  filter?: SharedFilter | undefined;
  /** a condition the reader checks in memory (kinds) */
  accepts?: ((row: Row) => boolean) | undefined;
}

/**
 * What a subscriber the reader ended yields last, after its buffered events: the resolver throws
 * its error, so the client gets it as its last result before the stream completes.
 */
export abstract class SubscriberEnd {
  abstract error(cursorOf: (sequence: bigint) => string): Error;
}

/** The client fell too far behind. */
export class SubscriberDropped extends SubscriberEnd {
  constructor(
    readonly behind: number,
    /** the last event handed to the client, or where it started when it was handed none */
    readonly resumeAfter: bigint,
  ) {
    super();
  }

  error(cursorOf: (sequence: bigint) => string): GraphQLError {
    const cursor = cursorOf(this.resumeAfter);
    return new GraphQLError(`dropped: fell behind by ${this.behind} events; resume with after: ${cursor}`, {
      extensions: { code: "SUBSCRIBER_DROPPED", behind: this.behind, after: cursor },
    });
  }
}

/** The reader could not read the store (it went away): the store's error, SERVICE_UNAVAILABLE once masked. */
export class SubscriberFailed extends SubscriberEnd {
  constructor(readonly cause: unknown) {
    super();
  }

  error(): Error {
    return this.cause instanceof Error ? this.cause : new Error(String(this.cause));
  }
}

export interface FeedReaderOptions {
  prisma: PrismaClient;
  pubsub: FeedPubSub;
  /** the safety-net poll, when no wake-up comes */
  pollMs: number;
  /** events a subscriber may have waiting before it is dropped */
  bufferLimit: number;
  logger?: { warn(fields: object, message: string): void; info(fields: object, message: string): void };
}

/**
 * Set on a subscription's event stream to the FeedSubscriber it reads, so a writer can take its
 * buffered rows directly (FeedSubscriber.takeBuffered) past the wrappers around it.
 */
export const feedSubscriberOfStream = Symbol("feedSubscriber");

/** The subscriber behind an event stream a subscribe resolver returned, when it reads the feed. */
export function feedSubscriberOf(stream: unknown): FeedSubscriber<{ sequence: bigint }> | undefined {
  if (typeof stream !== "object" || stream === null) return undefined;
  const subscriber = (stream as { [feedSubscriberOfStream]?: unknown })[feedSubscriberOfStream];
  return subscriber instanceof FeedSubscriber ? subscriber : undefined;
}

/** The subscriber side: an async iterator over rows, ending with a SubscriberEnd when the reader ended it. */
export class FeedSubscriber<Row extends { sequence: bigint }> implements AsyncIterableIterator<Row | SubscriberEnd> {
  /** the last sequence this subscriber has seen or skipped (events up to here are never offered again) */
  position: bigint;
  private live = false;
  private ended = false;
  private readonly buffer: Row[] = [];
  /** why the reader ended this subscriber (too slow, the store away): yielded after what is buffered */
  private ending: SubscriberEnd | undefined;
  private lastDelivered: bigint | undefined;
  private waiter: (() => void) | undefined;
  private readonly endListeners: (() => void)[] = [];
  private catching: Promise<void> | undefined;
  /** a direct writer's wake-up (see takeBuffered), called once per burst of offers, not inside the reader's loop */
  private bufferedListener: (() => void) | undefined;
  private bufferedNotice = false;

  constructor(
    private readonly feed: Feed<Row>,
    readonly options: SubscriberOptions<Row>,
  ) {
    this.position = options.start;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Called when the stream ends, however (to free its slot, unregister it from shutdown). */
  onEnd(listener: () => void): void {
    this.endListeners.push(listener);
  }

  async next(): Promise<IteratorResult<Row | SubscriberEnd>> {
    for (;;) {
      const row = this.buffer.shift();
      if (row) {
        this.lastDelivered = row.sequence;
        return { done: false, value: row };
      }
      if (this.ending) {
        const ending = this.ending;
        this.ending = undefined;
        return { done: false, value: ending };
      }
      if (this.ended) return { done: true, value: undefined };
      if (!this.live) {
        await this.catchUp();
        continue;
      }
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
      this.waiter = undefined;
    }
  }

  /** Ends the stream (the client left, or the server shuts down): what is buffered is not sent. */
  async return(): Promise<IteratorResult<Row | SubscriberEnd>> {
    this.end();
    this.buffer.length = 0;
    this.ending = undefined;
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Ends the stream once the client has what is already buffered (graceful shutdown). */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.feed.remove(this);
    this.waiter?.();
    this.noticeBuffered();
    for (const listener of this.endListeners.splice(0)) listener();
  }

  /*
   * Direct delivery. A writer that serves many streams (the SSE writer of
   * src/server/sharedSubscriptionEvents.ts) takes buffered rows synchronously instead of awaiting
   * next() through every async layer above it, once per subscriber and event. next() and these
   * read the same buffer in the same order, so a writer may mix them (next() for what only it
   * yields: an ending, the end), as long as it does not call both at once.
   */

  /** The row next() would return now (or the index-th after it), left in the buffer; undefined when none is buffered. */
  peekBuffered(index = 0): Row | undefined {
    return this.buffer[index];
  }

  /** Takes the row peekBuffered returned, as next() would have. */
  takeBuffered(): Row | undefined {
    const row = this.buffer.shift();
    if (row) this.lastDelivered = row.sequence;
    return row;
  }

  /**
   * With nothing buffered, what comes next: `offer` (a live event: the buffered listener is
   * called when one is offered), `replay` (readReplayPage() reads the next page of the replay
   * into the buffer) or `next` (an ending or the end, which only next() yields).
   */
  get awaiting(): "offer" | "replay" | "next" {
    if (this.ended || this.ending) return "next";
    return this.live ? "offer" : "replay";
  }

  /** One page of the replay into the buffer, or joining the fan-out (what next() does when the buffer is empty). */
  readReplayPage(): Promise<void> {
    return this.catchUp();
  }

  /** Called (in a microtask of its own) after rows are offered or the subscriber ends. */
  onBuffered(listener: (() => void) | undefined): void {
    this.bufferedListener = listener;
  }

  private noticeBuffered(): void {
    if (!this.bufferedListener || this.bufferedNotice) return;
    this.bufferedNotice = true;
    queueMicrotask(() => {
      this.bufferedNotice = false;
      this.bufferedListener?.();
    });
  }

  /** Ends the stream with `error` once the client has what is already buffered. */
  fail(error: unknown): void {
    if (this.ended) return;
    this.ending = new SubscriberFailed(error);
    this.end();
  }

  /** From the reader, synchronously, in sequence order. */
  offer(row: Row): void {
    if (this.ended) return;
    if (this.buffer.length >= this.feed.bufferLimit) {
      // the client gets the reason next, instead of events it would have to skip anyway
      this.ending = new SubscriberDropped(this.buffer.length + 1, this.lastDelivered ?? this.options.start);
      this.buffer.length = 0;
      this.end();
      return;
    }
    this.buffer.push(row);
    this.waiter?.();
    this.noticeBuffered();
  }

  /**
   * Joins the fan-out at once when there is nothing to replay, so events queue up for a client
   * that has not asked for the first one yet (and it is dropped if it never does).
   */
  begin(): void {
    void this.catchUp().catch(() => {
      // the store is away: the client's first next() tries again and reports it
    });
  }

  /** One page of the replay, or joining the fan-out once the replay reaches the reader (one at a time). */
  private catchUp(): Promise<void> {
    this.catching ??= this.catchUpOnce().finally(() => {
      this.catching = undefined;
    });
    return this.catching;
  }

  private async catchUpOnce(): Promise<void> {
    if (this.live || this.ended) return;
    const upTo = await this.feed.join(this);
    if (upTo === undefined) {
      this.live = true;
      return;
    }
    const rows = await this.options.readOwn(this.feed.prisma, this.position, upTo, FEED_BATCH);
    if (this.ended) return;
    this.buffer.push(...rows);
    const last = rows.at(-1);
    this.position = rows.length === FEED_BATCH && last ? last.sequence : upTo;
  }
}

/** One feed table as the reader follows it. */
export class Feed<Row extends { sequence: bigint }> {
  /** the last sequence handed to the live subscribers; undefined while there are none */
  private position: bigint | undefined;
  private readonly subscribers = new Set<FeedSubscriber<Row>>();
  private stepping: Promise<void> | undefined;

  private lookup: Promise<bigint> | undefined;
  private nextLookup: Promise<bigint> | undefined;

  constructor(
    readonly prisma: PrismaClient,
    readonly bufferLimit: number,
    /** the reader's one statement: every row after `after`, oldest first */
    private readonly readAll: (db: PrismaClient, after: bigint, take: number) => Promise<Row[]>,
    private readonly readLast: (db: PrismaClient) => Promise<bigint>,
    private readonly onJoin: () => void,
  ) {}

  /**
   * The feed's last sequence, as of a moment after the call: subscribers opening together (a
   * thousand clients reconnecting after a restart) share one query instead of one each, and
   * none starts before a commit it saw happen.
   */
  latestSequence(): Promise<bigint> {
    if (!this.lookup) return this.startLookup();
    // the one running may have read before this call: wait for the one after it
    this.nextLookup ??= this.lookup.catch(() => 0n).then(() => this.startLookup());
    return this.nextLookup;
  }

  private startLookup(): Promise<bigint> {
    const lookup: Promise<bigint> = this.readLast(this.prisma).finally(() => {
      if (this.lookup === lookup) this.lookup = undefined;
    });
    this.lookup = lookup;
    this.nextLookup = undefined;
    return lookup;
  }

  get liveSubscribers(): number {
    return this.subscribers.size;
  }

  subscribe(options: SubscriberOptions<Row>): FeedSubscriber<Row> {
    return new FeedSubscriber(this, options);
  }

  /**
   * Between two steps: the subscriber joins the fan-out when it has read up to the reader's
   * position (resolves undefined), or learns up to where it must read by itself first.
   */
  async join(subscriber: FeedSubscriber<Row>): Promise<bigint | undefined> {
    while (this.stepping) await this.stepping;
    // from here to the return nothing awaits, so no step runs in between
    if (subscriber.isEnded) return undefined;
    if (this.position === undefined) this.position = subscriber.position;
    if (subscriber.position < this.position) return this.position;
    this.subscribers.add(subscriber);
    this.onJoin();
    return undefined;
  }

  remove(subscriber: FeedSubscriber<Row>): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0 && !this.stepping) this.position = undefined;
  }

  /** Reads what is new (a page at a time) and offers it to every live subscriber. */
  async step(): Promise<void> {
    if (this.stepping || this.subscribers.size === 0) return;
    let done!: () => void;
    this.stepping = new Promise((resolve) => {
      done = resolve;
    });
    try {
      for (;;) {
        const after = this.position;
        if (after === undefined || this.subscribers.size === 0) break;
        const rows = await this.readAll(this.prisma, after, FEED_BATCH);
        const last = rows.at(-1);
        if (!last) break;
        const kept = await this.sharedFilters(after, last.sequence);
        for (const subscriber of [...this.subscribers]) {
          const { filter, accepts } = subscriber.options;
          const keeps = filter ? kept.get(filter.key) : undefined;
          for (const row of rows) {
            if (row.sequence <= subscriber.position) continue;
            if (keeps && !keeps.has(row.sequence)) continue;
            if (accepts && !accepts(row)) continue;
            subscriber.offer(row);
          }
          if (subscriber.position < last.sequence) subscriber.position = last.sequence;
        }
        this.position = last.sequence;
        if (rows.length < FEED_BATCH) break;
      }
    } finally {
      this.stepping = undefined;
      if (this.subscribers.size === 0) this.position = undefined;
      done();
    }
  }

  /** Ends every live subscriber with `error` (each resumes from its last cursor when it reconnects). */
  failAll(error: unknown): void {
    for (const subscriber of [...this.subscribers]) subscriber.fail(error);
  }

  /** One query per distinct shared filter among the live subscribers. */
  private async sharedFilters(after: bigint, upTo: bigint): Promise<Map<string, Set<bigint>>> {
    const filters = new Map<string, SharedFilter>();
    for (const subscriber of this.subscribers) {
      const filter = subscriber.options.filter;
      if (filter && !filters.has(filter.key)) filters.set(filter.key, filter);
    }
    const kept = new Map<string, Set<bigint>>();
    await Promise.all(
      [...filters.values()].map(async (filter) => {
        kept.set(filter.key, new Set(await filter.sequencesIn(this.prisma, after, upTo)));
      }),
    );
    return kept;
  }
}

/** The open subscriptions of each server (its pubsub), to end them when it shuts down. */
const openSubscribers = new WeakMap<FeedPubSub, Set<FeedSubscriber<never>>>();

export class FeedReader {
  readonly articles: Feed<ArticleFeedRow>;
  readonly changes: Feed<ChangeEvent>;
  private running = false;
  private closed = false;
  private pending = false;
  private wakeLoop: (() => void) | undefined;
  private stopPubSub: (() => void) | undefined;
  private readFailures = 0;

  constructor(private readonly options: FeedReaderOptions) {
    const start = () => this.run();
    this.articles = new Feed<ArticleFeedRow>(
      options.prisma,
      options.bufferLimit,
      (db, after, take) =>
        db.articleEvent.findMany({
          where: { sequence: { gt: after } },
          orderBy: { sequence: "asc" },
          take,
          select: { sequence: true, articleId: true },
        }),
      async (db) => (await db.articleEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n,
      start,
    );
    this.changes = new Feed<ChangeEvent>(
      options.prisma,
      options.bufferLimit,
      (db, after, take) =>
        db.changeEvent.findMany({ where: { sequence: { gt: after } }, orderBy: { sequence: "asc" }, take }),
      async (db) => (await db.changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n,
      start,
    );
  }

  get prisma(): PrismaClient {
    return this.options.prisma;
  }

  /** Something may have been committed: read the feeds now (wake-ups during a read coalesce into one more). */
  wake(): void {
    this.pending = true;
    this.wakeLoop?.();
  }

  /** Registers a subscriber for shutdown (completeOpenSubscriptions) and returns it. */
  track<Row extends { sequence: bigint }>(subscriber: FeedSubscriber<Row>): FeedSubscriber<Row> {
    const open = openSubscribers.get(this.options.pubsub) ?? new Set();
    openSubscribers.set(this.options.pubsub, open);
    const tracked = subscriber as unknown as FeedSubscriber<never>;
    open.add(tracked);
    subscriber.onEnd(() => open.delete(tracked));
    return subscriber;
  }

  /** Stops reading; subscribers still open end. */
  async close(): Promise<void> {
    this.closed = true;
    this.wakeLoop?.();
    completeOpenSubscribers(this.options.pubsub);
  }

  /** The loop runs while anyone listens: an idle process with no subscribers reads nothing. */
  private run(): void {
    if (this.running || this.closed) return;
    this.running = true;
    const wakeUps = this.options.pubsub.subscribe("articleFeedGrew");
    this.stopPubSub = () => void wakeUps.return?.();
    void (async () => {
      for await (const _ of wakeUps) this.wake();
    })();
    void (async () => {
      try {
        while (!this.closed && this.articles.liveSubscribers + this.changes.liveSubscribers > 0) {
          if (!this.pending) await this.sleep();
          this.pending = false;
          if (this.closed) break;
          await this.readOnce();
        }
      } finally {
        this.running = false;
        this.stopPubSub?.();
        this.stopPubSub = undefined;
      }
    })();
  }

  private async readOnce(): Promise<void> {
    try {
      await Promise.all([this.articles.step(), this.changes.step()]);
      if (this.readFailures > 0) this.options.logger?.info({}, "the feed reader reads the store again");
      this.readFailures = 0;
    } catch (error) {
      // The store is away (restart, outage). Holding subscribers open would look to their clients
      // like a quiet feed; ending them with the error (SERVICE_UNAVAILABLE once masked) tells them
      // to come back later with their last cursor, and a resumed subscriber misses nothing.
      if (this.readFailures === 0)
        this.options.logger?.warn({ err: error }, "the feed reader could not read the feeds; ending its subscribers");
      this.readFailures++;
      this.articles.failAll(error);
      this.changes.failAll(error);
    }
  }

  private sleep(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(finish, this.options.pollMs);
      function finish() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeLoop = () => {
        this.wakeLoop = undefined;
        finish();
      };
    });
  }
}

/** Ends every open subscription a server serves (SSE and graphql-ws send `complete`); returns how many. */
export function completeOpenSubscribers(pubsub: FeedPubSub): number {
  const open = openSubscribers.get(pubsub);
  if (!open) return 0;
  const count = open.size;
  for (const subscriber of [...open]) subscriber.end();
  return count;
}

/** How many subscriptions a server serves right now. */
export function openSubscribersOf(pubsub: FeedPubSub): number {
  return openSubscribers.get(pubsub)?.size ?? 0;
}

const readers = new WeakMap<FeedPubSub, WeakMap<PrismaClient, FeedReader>>();

/** Makes `reader` the one its store and pubsub use (the server starts it with its wake-ups). */
export function registerFeedReader(reader: FeedReader, pubsub: FeedPubSub): void {
  const byStore = readers.get(pubsub) ?? new WeakMap<PrismaClient, FeedReader>();
  readers.set(pubsub, byStore);
  byStore.set(reader.prisma, reader);
}

/**
 * The feed reader of a store and pubsub: the one the server registered, or one made on first use
 * (tests serving a yoga without start.ts), woken in-process and by polling.
 */
export function feedReaderFor(
  pubsub: FeedPubSub,
  prisma: PrismaClient,
  settings: () => { pollMs: number; bufferLimit: number },
): FeedReader {
  const byStore = readers.get(pubsub) ?? new WeakMap<PrismaClient, FeedReader>();
  readers.set(pubsub, byStore);
  let reader = byStore.get(prisma);
  if (!reader) {
    reader = new FeedReader({ prisma, pubsub, ...settings() });
    byStore.set(prisma, reader);
  }
  return reader;
}
