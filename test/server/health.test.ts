import { createPubSub, createSchema, createYoga } from "graphql-yoga";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { FeedChannels } from "../../src/schema/context.ts";
import { ENGINE_START_RETRY_AFTER_SECONDS, useDatabaseAvailability } from "../../src/server/health.ts";
import { createMetrics } from "../../src/server/metrics.ts";
import { createWartagraphYoga } from "../../src/server/yoga.ts";
import { onSqlStatement, openStore, type Store } from "../../src/store/index.ts";
import { createScratchDatabase, STORE_KINDS } from "../support/stores.ts";

it("answers 503 while the engine's start is held, and 200 once it is done", async () => {
  const store = await openStore({ databaseUrl: "memory:", role: "test", connect: false });
  try {
    // the start /health waits for is held by this test until it has seen the 503
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const impatient = createYoga({
      schema: createSchema({ typeDefs: "type Query { ok: Boolean }" }),
      plugins: [
        useDatabaseAvailability(store, {
          engineStartTimeoutMs: 0,
          engineStart: (prisma) => held.then(() => prisma.$connect()),
        }),
      ],
      logging: false,
    });
    const starting = await impatient.fetch("http://wartagraph.test/health");
    expect(starting.status).toBe(503);
    expect(starting.headers.get("retry-after")).toBe(String(ENGINE_START_RETRY_AFTER_SECONDS));
    expect(await starting.json()).toEqual({ engine: "starting" });
    release();
    // started: a later $connect resolves at once, before any timer
    await store.prisma.$connect();
    expect((await impatient.fetch("http://wartagraph.test/health")).status).toBe(200);
  } finally {
    await store.close();
  }
}, 60_000);

/**
 * `/health` says a request can be served: the server listens before Prisma's query compiler has
 * loaded (src/server/start.ts), so a 200 must wait for the engine's start, not only for the port.
 */
describe.each(STORE_KINDS)("/health and the query engine [%s]", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A migrated store whose query engine has not started, as the server opens it. */
  async function storeWithoutEngine(): Promise<Store> {
    let databaseUrl = "memory:";
    if (kind === "postgres") {
      const database = await createScratchDatabase("wg_health");
      cleanups.push(() => database.drop());
      databaseUrl = database.url;
    }
    const store = await openStore({ databaseUrl, role: "test", migrate: "always", connect: false });
    cleanups.push(() => store.close());
    return store;
  }

  it("answers 200 only after the query engine has started", async () => {
    const store = await storeWithoutEngine();
    const yoga = createWartagraphYoga({
      logger: pino({ level: "silent" }),
      metrics: createMetrics(),
      pubsub: createPubSub<FeedChannels>(),
      store,
    });
    cleanups.push(async () => yoga.dispose());
    const events: string[] = [];
    // $connect starts the engine once and hands every caller that one start: this resolves when it is up
    const engineStarted = store.prisma.$connect().then(() => events.push("engine started"));
    const health = Promise.resolve(yoga.fetch("http://wartagraph.test/health")).then((response) => {
      events.push(`health ${response.status}`);
    });
    await Promise.all([engineStarted, health]);
    expect(events).toEqual(["engine started", "health 200"]);
    // once started, /health stays liveness: no database round trip
    let statements = 0;
    const stopCounting = onSqlStatement(() => statements++);
    try {
      expect((await yoga.fetch("http://wartagraph.test/health")).status).toBe(200);
    } finally {
      stopCounting();
    }
    expect(statements).toBe(0);
  }, 60_000);
});
