import { createServer, type Server } from "node:http";
import { pino } from "pino";
import { config } from "../config.ts";
import { seedEmptyStore } from "../graph/seed.ts";
import { openStore, type Store, useStore } from "../store/index.ts";
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
}

export interface RunningServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export const logger = pino({ name: "wartagraph", level: config().logLevel });

/** Opens the store, loads the seed into an empty one, and serves GraphQL until closed. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const started = performance.now();
  const store = await openStore({ databaseUrl: options.databaseUrl, role: "server" });
  useStore(store);
  const metrics = createMetrics();
  const notifier = createFeedNotifier(config().redisUrl, { logger, registry: metrics.registry });
  let server: Server | undefined;
  try {
    if (store.appliedMigrations.length > 0) logger.info({ migrations: store.appliedMigrations }, "migrated the store");
    if (options.seed !== false && (await seedEmptyStore(store.prisma)))
      logger.info("loaded the seed article into the empty store");
    const yoga = createWartagraphYoga({ logger, metrics, pubsub: notifier.pubsub });
    server = createServer(yoga);
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
    logger.info(
      { url, store: store.description, startupMs: Math.round(performance.now() - started) },
      "wartagraph is serving GraphQL",
    );

    let closing: Promise<void> | undefined;
    return {
      url,
      store,
      close: () => {
        closing ??= (async () => {
          await webSockets.close();
          await new Promise<void>((resolve) => {
            listening.close(() => resolve());
            listening.closeAllConnections();
          });
          await yoga.dispose();
          await notifier.close();
          metrics.dispose();
          useStore(undefined);
          await store.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    server?.close();
    await notifier.close();
    metrics.dispose();
    useStore(undefined);
    await store.close();
    throw error;
  }
}

/** Stops cleanly on SIGINT / SIGTERM: the embedded store is closed so the next start opens it. */
export function closeOnSignals(running: RunningServer): void {
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
