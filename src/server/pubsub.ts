import { randomUUID } from "node:crypto";
import { createPubSub } from "graphql-yoga";
import type { Redis, RedisOptions } from "ioredis";
import { Counter, type Registry } from "prom-client";
import { config } from "../config.ts";
import type { FeedChannels, FeedPubSub } from "../schema/context.ts";
import { connectRedis } from "./redisClient.ts";

export interface FeedNotifier {
  pubsub: FeedPubSub;
  close(): Promise<void>;
}

/** The part of a pino logger the notifier uses; the CLI passes a plain one that writes to stderr. */
export interface NotifierLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

export interface FeedNotifierOptions {
  logger?: NotifierLog;
  /** where `wartagraph_pubsub_errors_total` is registered (the server's metrics) */
  registry?: Registry;
}

/** The Redis channel wake-ups travel on; one per deployment, whatever the number of subscribers. */
const FEED_CHANNEL = "articleFeedGrew" satisfies keyof FeedChannels;

/**
 * Redis may go away at any time, and it only speeds wake-ups up: no command waits for it long,
 * nothing queues while it is known to be down, and reconnection goes on forever with a capped
 * back-off so fan-out resumes by itself.
 */
const REDIS_OPTIONS: RedisOptions = {
  maxRetriesPerRequest: 1,
  connectTimeout: 2000,
  retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  // the channel is subscribed again on every "ready" below; ioredis would only redo a subscription that once succeeded
  autoResubscribe: false,
};

/** How long close() waits for Redis to acknowledge QUIT before it drops the connection. */
const QUIT_TIMEOUT_MS = 1000;

/**
 * The pubsub that wakes articleAdded subscribers. Subscribers in this process are woken
 * in-process, always; with REDIS_URL a wake-up also travels through Redis to every other server
 * (and from the CLI). Either way it only shortens the wait: subscribers read the feed from the
 * store and poll it, so a lost wake-up delays an event, never drops it. A Redis failure is
 * therefore logged and counted, never thrown: the process goes on and polls until Redis is back.
 */
export function createFeedNotifier(
  redisUrl: string | undefined = config().redisUrl,
  options: FeedNotifierOptions = {},
): FeedNotifier {
  const local = createPubSub<FeedChannels>();
  if (!redisUrl) return { pubsub: local, close: async () => {} };

  const { logger } = options;
  const errors = options.registry
    ? new Counter({
        name: "wartagraph_pubsub_errors_total",
        help: "Redis failures of the articleAdded wake-ups (subscribers fell back to polling the feed).",
        labelNames: ["operation"],
        registers: [options.registry],
      })
    : undefined;
  // tags this process's messages so it does not wake its own subscribers twice
  const instance = randomUUID();

  const watch = (client: Redis, role: "publish" | "subscribe") => {
    let state: "connecting" | "up" | "down" = "connecting";
    // an error listener keeps ioredis from reporting an unhandled "error" event
    client.on("error", (error: Error) => {
      errors?.inc({ operation: "connection" });
      // once per outage, not once per reconnection attempt
      if (state !== "down") {
        logger?.warn(
          { err: error, role },
          "Redis is unreachable; articleAdded subscribers poll the feed until it is back",
        );
      }
      state = "down";
    });
    client.on("ready", () => {
      if (state === "down") logger?.info({ role }, "Redis is reachable again; articleAdded wake-ups resume");
      state = "up";
    });
    return client;
  };

  const failed = (operation: string) => (error: unknown) => {
    errors?.inc({ operation });
    logger?.debug({ err: error, operation }, "a Redis command failed");
  };

  const publisher = watch(connectRedis(redisUrl, REDIS_OPTIONS), "publish");
  let subscriber: Redis | undefined;

  /** The subscribing connection is opened by the first subscriber: the CLI only publishes. */
  const listen = () => {
    if (subscriber || closed) return;
    const client = watch(connectRedis(redisUrl, REDIS_OPTIONS), "subscribe");
    subscriber = client;
    client.on("ready", () => {
      client.subscribe(FEED_CHANNEL).catch(failed("subscribe"));
    });
    client.on("message", (channel: string, sender: string) => {
      if (channel === FEED_CHANNEL && sender !== instance) local.publish("articleFeedGrew");
    });
  };

  let closed = false;
  const pubsub: FeedPubSub = {
    publish: (routingKey, ...args) => {
      local.publish(routingKey, ...args);
      if (closed) return;
      // while reconnecting, a command would only wait in the queue to fail: skip it, subscribers poll
      if (publisher.status === "reconnecting" || publisher.status === "end" || publisher.status === "close") {
        errors?.inc({ operation: "publish" });
        return;
      }
      publisher.publish(FEED_CHANNEL, instance).catch(failed("publish"));
    },
    subscribe: (...args) => {
      listen();
      return local.subscribe(...args);
    },
  };

  return {
    pubsub,
    close: async () => {
      closed = true;
      await Promise.all([publisher, subscriber].map((client) => client && disconnect(client)));
    },
  };
}

/** QUIT (so queued publishes are sent) when Redis is there; otherwise stop reconnecting at once. */
async function disconnect(client: Redis): Promise<void> {
  if (client.status !== "ready") {
    client.disconnect();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.quit(),
      new Promise((resolve) => {
        timer = setTimeout(resolve, QUIT_TIMEOUT_MS);
      }),
    ]);
  } catch {
    // the connection went away during QUIT: nothing is left to close
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
