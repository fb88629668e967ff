import { createServer, type Server, type ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { pino } from "pino";
import { config } from "../config.ts";
import { listenForFeedCommits } from "../events/feedNotifications.ts";
import { FeedReader, registerFeedReader } from "../events/feedReader.ts";
import type { NatsRelay } from "../events/natsRelay.ts";
import { startWebhookWorker, type WebhookWorker } from "../events/webhooks/index.ts";
import { seedEmptyStore } from "../graph/seed.ts";
import { completeOpenSubscriptions, openSubscriptionsOf } from "../schema/types/ArticleAdded.ts";
import { openStore, type Store } from "../store/index.ts";
import { createMetrics } from "./metrics.ts";
import { createFeedNotifier } from "./pubsub.ts";
import { attachWebSocketSubscriptions } from "./websocket.ts";
import { createWartagraphYoga } from "./yoga.ts";

export interface StartOptions {
  port: number;
  host?: string;
  databaseUrl?: string;
  /** load the hand-checked seed article into an empty store (default true) */
  seed?: boolean;
  /**
   * The store, already being opened with `connect: false` (serve opens it while this module
   * loads); by default startServer opens the store DATABASE_URL names.
   */
  store?: Promise<Store>;
}

export interface RunningServer {
  url: string;
  store: Store;
  /**
   * Stops accepting, ends open subscriptions with `complete`, waits up to graceMs
   * (WARTAGRAPH_SHUTDOWN_GRACE_MS) for requests in progress, then closes Redis and the store.
   */
  close(graceMs?: number): Promise<void>;
}

/** How often shutdown looks whether the requests in progress have finished. */
const DRAIN_POLL_MS = 50;

export const logger = pino({ name: "wartagraph", level: config().logLevel });

/** Opens the store, loads the seed into an empty one, and serves GraphQL until closed. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const started = performance.now();
  // Prisma's query engine starts once the server listens (below): /health need not wait for it
  const store = await (options.store ??
    openStore({ databaseUrl: options.databaseUrl, role: "server", connect: false }));
  const metrics = createMetrics();
  const notifier = createFeedNotifier(config().redisUrl, { logger, registry: metrics.registry });
  let server: Server | undefined;
  let webhooks: WebhookWorker | undefined;
  let feedReader: FeedReader | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  let natsRelay: NatsRelay | undefined;
  try {
    if (store.appliedMigrations.length > 0) logger.info({ migrations: store.appliedMigrations }, "migrated the store");
    // the store said at open whether it holds articles: a loaded store starts without a Prisma query
    if (options.seed !== false && store.empty && (await seedEmptyStore(store.prisma)))
      logger.info("loaded the seed article into the empty store");
    // one reader of the feeds for every subscriber of this process, woken by commits anywhere
    feedReader = new FeedReader({
      prisma: store.prisma,
      pubsub: notifier.pubsub,
      pollMs: config().feedPollMs,
      bufferLimit: config().subscriberBuffer,
      logger,
    });
    registerFeedReader(feedReader, notifier.pubsub);
    const reader = feedReader;
    const databaseUrl = store.location.kind === "postgres" ? store.location.url : undefined;
    const natsUrl = config().natsUrl;
    if (natsUrl) {
      // the NATS client is loaded only where a relay is configured
      const { startNatsRelay } = await import("../events/natsRelay.ts");
      natsRelay = startNatsRelay({
        natsUrl,
        stream: config().natsStream,
        prisma: store.prisma,
        databaseUrl,
        pubsub: notifier.pubsub,
        pollMs: config().feedPollMs,
        logger,
      });
    }
    const relay = natsRelay;
    // a commit by any process wakes everything that follows the feed here, the webhook worker
    // too, so a delivery starts at once instead of at its next poll
    if (databaseUrl)
      stopListening = listenForFeedCommits(
        databaseUrl,
        () => {
          reader.wake();
          relay?.wake();
          webhooks?.wake();
        },
        logger,
      );
    const yoga = createWartagraphYoga({ logger, metrics, pubsub: notifier.pubsub, store });
    // every request in progress, so shutdown can wait for them (an ingest must not be cut off)
    const inFlight = new Set<ServerResponse>();
    let shuttingDown = false;
    server = createServer((request, response) => {
      inFlight.add(response);
      response.once("close", () => inFlight.delete(response));
      if (shuttingDown) response.setHeader("connection", "close");
      void yoga(request, response);
    });
    const listening = server;
    const webSockets = attachWebSocketSubscriptions(listening, yoga);
    await new Promise<void>((resolve, reject) => {
      listening.once("error", reject);
      listening.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
    });
    const address = listening.address();
    const port = typeof address === "object" && address ? address.port : options.port;
    const url = `http://localhost:${port}/graphql`;
    store.setServerUrl(url);
    // the query compiler's WebAssembly loads while /health already answers; a request waits for it
    store.prisma
      .$connect()
      .catch((error: unknown) => logger.warn({ err: error }, "Prisma's query engine did not start"));
    // deliveries start polling once the server listens: their first query need not delay /health
    if (config().webhooks)
      webhooks = startWebhookWorker({
        prisma: store.prisma,
        pubsub: notifier.pubsub,
        logger,
        settings: webhookSettings(),
      });
    logger.info(
      { url, store: store.description, startupMs: Math.round(performance.now() - started) },
      "wartagraph is serving GraphQL",
    );

    let closing: Promise<void> | undefined;
    return {
      url,
      store,
      close: (graceMs = config().shutdownGraceMs) => {
        closing ??= (async () => {
          const deadline = performance.now() + graceMs;
          shuttingDown = true;
          // stop accepting; keep-alive connections are told to close after their current response
          const closed = new Promise<void>((resolve) => listening.close(() => resolve()));
          for (const response of inFlight) if (!response.headersSent) response.setHeader("connection", "close");
          listening.closeIdleConnections();
          // subscriptions end normally (SSE and graphql-ws `complete`); clients resume elsewhere with `after`
          const subscriptions = completeOpenSubscriptions(notifier.pubsub);
          logger.info({ requests: inFlight.size, subscriptions, graceMs }, "draining before shutdown");
          while ((inFlight.size > 0 || openSubscriptionsOf(notifier.pubsub) > 0) && performance.now() < deadline) {
            await delay(DRAIN_POLL_MS);
            listening.closeIdleConnections();
            completeOpenSubscriptions(notifier.pubsub);
          }
          // let graphql-ws send the `complete` of subscriptions that ended in the last round
          await delay(DRAIN_POLL_MS);
          if (inFlight.size > 0)
            logger.warn({ requests: inFlight.size, graceMs }, "cutting off requests after the grace period");
          // WebSockets still open close with 1001 "Going away"
          await webSockets.close();
          listening.closeAllConnections();
          await closed;
          logger.debug("closed the HTTP server");
          await yoga.dispose();
          await webhooks?.stop();
          await feedReader?.close();
          await natsRelay?.stop();
          await stopListening?.();
          await notifier.close();
          logger.debug("closed the feed reader and Redis");
          metrics.dispose();
          await store.close();
          logger.debug("closed the store");
        })();
        return closing;
      },
    };
  } catch (error) {
    server?.close();
    await webhooks?.stop();
    await feedReader?.close();
    await natsRelay?.stop();
    await stopListening?.();
    await notifier.close();
    metrics.dispose();
    await store.close();
    throw error;
  }
}

/** The webhook worker's settings from the environment (WARTAGRAPH_WEBHOOK_*). */
function webhookSettings() {
  const settings = config();
  return {
    maxAttempts: settings.webhookMaxAttempts,
    retryBaseMs: settings.webhookRetryBaseMs,
    timeoutMs: settings.webhookTimeoutMs,
    pollMs: settings.webhookPollMs,
    allowPrivate: settings.webhookPrivateAddresses,
    deliveredRetentionMs: settings.webhookDeliveredRetentionMs,
  };
}

/** Beyond the grace period, how long closing Redis and the store may take before the process gives up. */
const SHUTDOWN_OVERRUN_MS = 10_000;

/** How often the shutdown watchdog looks at the clock. */
const WATCHDOG_TICK_MS = 250;

/**
 * Signals this soon after the first are the same request delivered twice: Ctrl-C under `npm start`
 * reaches the server from the terminal and again from npm, and a supervisor's SIGTERM to a process
 * group reaches it from the group and from a launcher that forwards it.
 */
const REPEATED_SIGNAL_MS = 2_000;

/**
 * Stops gracefully on SIGINT / SIGTERM (see RunningServer.close) and exits 0; the embedded store
 * is closed so the next start opens it. A shutdown that hangs anyway exits 1.
 *
 * Takes the server while it is still starting: the handlers must be in place before start-up
 * says it is serving, or a supervisor's SIGTERM sent on that line can land before them and kill
 * the process with the store open. A signal during start-up closes the server once it is up; a
 * start-up that fails is reported by its caller, and the process exits 1.
 *
 * Once shutting down, a signal does not cut the shutdown short (the watchdog already bounds it):
 * only a SIGINT sent well after the first (a person pressing Ctrl-C again) exits at once, with 130.
 */
export function closeOnSignals(starting: RunningServer | Promise<RunningServer>): void {
  // counts only time the event loop was free: a long synchronous request (extracting a 1 MB
  // article) delays shutdown without making it a hang
  const giveUpAfter = (budgetMs: number) => {
    let spent = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      spent += Math.min(now - last, WATCHDOG_TICK_MS * 2);
      last = now;
      if (spent < budgetMs) return;
      logger.error("shutdown did not finish in time");
      process.exit(1);
    }, WATCHDOG_TICK_MS).unref();
  };
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    giveUpAfter(config().shutdownGraceMs + SHUTDOWN_OVERRUN_MS);
    Promise.resolve(starting)
      .then((running) => running.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
  };
  let firstSignalAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstSignalAt === undefined) {
      firstSignalAt = performance.now();
      stop(signal);
      return;
    }
    if (signal === "SIGINT" && performance.now() - firstSignalAt > REPEATED_SIGNAL_MS) {
      logger.warn({ signal }, "interrupted again: exiting without finishing the shutdown");
      process.exit(130);
    }
    logger.info({ signal }, "already shutting down");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
