import type pg from "pg";
import { FEED_CHANNEL } from "../graph/changeFeed.ts";

export interface NotificationLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

/** The longest wait between two attempts to get the LISTEN connection back. */
const MAX_RECONNECT_MS = 5000;

/**
 * LISTENs on the feed channel of a PostgreSQL database on a connection of its own and calls
 * `onNotify` for every commit that grew a feed, from any process. The connection comes back by
 * itself after an outage (with a capped back-off), and `onNotify` is called once more then,
 * since notifications sent while it was away are lost. Returns the function that stops it.
 */
export function listenForFeedCommits(
  databaseUrl: string,
  onNotify: () => void,
  logger?: NotificationLog,
): () => Promise<void> {
  let client: pg.Client | undefined;
  let current: pg.Client | undefined;
  let stopped = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    if (stopped) return;
    // loaded at the first connection: only a server on PostgreSQL listens, and one on PGlite never loads pg
    const { default: postgres } = await import("pg");
    if (stopped) return;
    const candidate = new postgres.Client({ connectionString: databaseUrl });
    // an error listener keeps a lost connection from being an uncaught "error" event
    candidate.on("error", () => {});
    const lost = () => {
      // only the newest connection reconnects: a late "end" of an older one is ignored
      if (current !== candidate) return;
      current = undefined;
      client = undefined;
      scheduleReconnect();
    };
    current = candidate;
    candidate.on("end", lost);
    candidate.on("notification", (message) => {
      if (message.channel === FEED_CHANNEL) onNotify();
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${FEED_CHANNEL}`);
      if (stopped) {
        await candidate.end();
        return;
      }
      client = candidate;
      if (failures > 0) logger?.info({}, "listening for feed commits again");
      failures = 0;
      onNotify();
    } catch (error) {
      if (failures === 0)
        logger?.warn({ err: error }, "cannot LISTEN for feed commits; the feed reader polls until it can");
      failures++;
      lost();
      await candidate.end().catch(() => {});
    }
  };

  const scheduleReconnect = () => {
    if (stopped || retry) return;
    const wait = Math.min(200 * 2 ** Math.min(failures, 5), MAX_RECONNECT_MS);
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, wait);
    retry.unref();
  };

  void connect();
  return async () => {
    stopped = true;
    current = undefined;
    clearTimeout(retry);
    const open = client;
    client = undefined;
    await open?.end().catch(() => {});
  };
}
