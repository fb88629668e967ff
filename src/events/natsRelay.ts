import { type JetStreamClient, type JetStreamManager, jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import type pg from "pg";
import type { ChangeEvent } from "../generated/prisma/client.ts";
import { changeCursorOf } from "../schema/changeFeedReader.ts";
import type { FeedPubSub } from "../schema/context.ts";
import type { PrismaClient } from "../store/index.ts";

/**
 * Publishes every ChangeEvent to a JetStream stream, in feed order: subject
 * `<prefix>.<kind>.<id>` (prefix: the stream name in lower case, `wartagraph` for the default
 * stream WARTAGRAPH; kind in lower case; id: the entity the event is about), the event's cursor
 * as Nats-Msg-Id so the stream drops a message it already holds, and a JSON body with the kind,
 * the cursor and the article's url.
 *
 * Where to resume is read from the stream itself (the sequence in its last message): what the
 * stream acknowledged is exactly what it holds, so a crash between a publish and any bookkeeping
 * of ours cannot skip or repeat an event. On PostgreSQL one process relays at a time (a session
 * advisory lock held on a connection of the relay's own); the others stand by and take over
 * when its connection goes. NATS or the store being away is logged once and retried with a
 * capped back-off; the server goes on serving.
 */

/** The advisory lock the relaying process holds (beside the feeds' FEED_LOCK). */
export const NATS_RELAY_LOCK = 7_274_202;

const BATCH = 100;
const MAX_BACKOFF_MS = 10_000;
/** how often a standby process tries to become the relay */
const STANDBY_MS = 2000;

export interface RelayLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

export interface NatsRelayOptions {
  natsUrl: string;
  stream: string;
  prisma: PrismaClient;
  /** PostgreSQL: the database to take the relay lock on; unset for the embedded store (one process) */
  databaseUrl?: string | undefined;
  /** wakes the relay on commits in this process (and through Redis) */
  pubsub?: FeedPubSub;
  /** the safety-net poll when no wake-up comes */
  pollMs: number;
  logger?: RelayLog;
}

export interface NatsRelay {
  /** a commit grew the feed: publish now */
  wake(): void;
  stop(): Promise<void>;
}

/** The subject an event is published on. */
export function subjectOf(prefix: string, event: Pick<ChangeEvent, "kind" | "articleId" | "personId" | "positionId">) {
  const about =
    event.kind === "PERSON_ADDED"
      ? event.personId
      : event.kind === "POSITION_REPORTED"
        ? event.positionId
        : event.kind === "ENTITY_MERGED"
          ? (event.personId ?? event.articleId)
          : event.articleId;
  return `${prefix}.${event.kind.toLowerCase()}.${about ?? "none"}`;
}

/** The subjects prefix of a stream: its name in lower case, dots and wildcards replaced. */
export function subjectPrefixOf(stream: string): string {
  return stream.toLowerCase().replace(/[.*>\s]/g, "_");
}

type RelayedEvent = ChangeEvent & { article: { url: string | null } | null };

export function startNatsRelay(options: NatsRelayOptions): NatsRelay {
  const { logger } = options;
  const prefix = subjectPrefixOf(options.stream);
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let pending = false;
  const wake = () => {
    pending = true;
    wakeUp?.();
  };
  const wakeUps = options.pubsub?.subscribe("articleFeedGrew");
  if (wakeUps)
    void (async () => {
      for await (const _ of wakeUps) wake();
    })();

  /** Sleeps until a wake-up, `ms`, or stop. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  let nats: NatsConnection | undefined;
  let lockClient: pg.Client | undefined;
  let lockHeld = false;

  /** The relay lock on its own connection; false while another process holds it. */
  const holdLock = async (): Promise<boolean> => {
    if (!options.databaseUrl) return true;
    if (lockClient && lockHeld) return true;
    // loaded here: a relay on the embedded store never takes the lock
    const { default: postgres } = await import("pg");
    const client = new postgres.Client({ connectionString: options.databaseUrl });
    client.on("error", () => {});
    client.on("end", () => {
      // the lock goes with the session: stop relaying until it is taken again
      if (lockClient === client) {
        lockClient = undefined;
        lockHeld = false;
      }
    });
    await client.connect();
    const rows = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      NATS_RELAY_LOCK,
    ]);
    if (!rows.rows[0]?.locked) {
      await client.end().catch(() => {});
      return false;
    }
    lockClient = client;
    lockHeld = true;
    return true;
  };

  const ensureStream = async (jsm: JetStreamManager) => {
    try {
      await jsm.streams.info(options.stream);
    } catch (error) {
      if (!/stream not found/i.test(String((error as Error).message))) throw error;
      await jsm.streams.add({ name: options.stream, subjects: [`${prefix}.>`] });
      logger?.info({ stream: options.stream }, "created the JetStream stream");
    }
  };

  /** The feed sequence of the stream's last message: everything up to it is in the stream. */
  const lastRelayed = async (jsm: JetStreamManager): Promise<bigint> => {
    const info = await jsm.streams.info(options.stream);
    const last = info.state.last_seq;
    if (!last) return 0n;
    const message = await jsm.streams.getMessage(options.stream, { seq: last });
    const sequence = message ? (message.json<{ sequence?: string }>().sequence ?? "0") : "0";
    return /^\d+$/.test(sequence) ? BigInt(sequence) : 0n;
  };

  const publishBatch = async (js: JetStreamClient, after: bigint): Promise<RelayedEvent[]> => {
    const events = await options.prisma.changeEvent.findMany({
      where: { sequence: { gt: after } },
      orderBy: { sequence: "asc" },
      take: BATCH,
      include: { article: { select: { url: true } } },
    });
    // in order, one at a time: the stream's last message is always the newest relayed event
    for (const event of events) {
      const cursor = changeCursorOf(event.sequence);
      const data = {
        kind: event.kind,
        cursor,
        sequence: event.sequence.toString(),
        at: event.at.toISOString(),
        articleId: event.articleId,
        url: event.article?.url ?? null,
        personId: event.personId,
        institutionId: event.institutionId,
        positionId: event.positionId,
        changedFields: event.changedFields,
      };
      await js.publish(subjectOf(prefix, event), JSON.stringify(data), { msgID: cursor });
    }
    return events;
  };

  const run = async () => {
    let failures = 0;
    while (!stopped) {
      try {
        if (!(await holdLock())) {
          await pause(STANDBY_MS);
          continue;
        }
        nats ??= await connect({
          servers: options.natsUrl,
          name: "wartagraph-relay",
          maxReconnectAttempts: -1,
          reconnectTimeWait: 1000,
        });
        const jsm = await jetstreamManager(nats);
        await ensureStream(jsm);
        const js = jetstream(nats);
        let position = await lastRelayed(jsm);
        if (failures > 0) logger?.info({ stream: options.stream }, "relaying the change feed to JetStream again");
        else
          logger?.info({ stream: options.stream, after: position.toString() }, "relaying the change feed to JetStream");
        failures = 0;
        while (!stopped && (lockHeld || !options.databaseUrl)) {
          pending = false;
          const events = await publishBatch(js, position);
          const last = events.at(-1);
          if (last) position = last.sequence;
          if (events.length === BATCH || pending) continue;
          await pause(options.pollMs);
        }
      } catch (error) {
        if (stopped) break;
        // once per outage: the retries are quiet
        if (failures === 0)
          logger?.warn({ err: error, stream: options.stream }, "cannot relay the change feed to JetStream; retrying");
        failures++;
        if (nats?.isClosed()) nats = undefined;
        await pause(Math.min(500 * 2 ** Math.min(failures, 5), MAX_BACKOFF_MS));
      }
    }
  };

  const running = run();

  return {
    wake,
    stop: async () => {
      stopped = true;
      wakeUp?.();
      void wakeUps?.return?.();
      await nats?.drain().catch(() => {});
      await nats?.close().catch(() => {});
      await running.catch(() => {});
      await lockClient?.end().catch(() => {});
    },
  };
}
