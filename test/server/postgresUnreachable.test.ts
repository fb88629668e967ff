import { createServer, type Server, Socket } from "node:net";
import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics } from "../../src/server/metrics.ts";
import { createWartagraphYoga, type WartagraphYoga } from "../../src/server/yoga.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { createScratchDatabase } from "../support/stores.ts";

// read by src/config.ts at the first store this file opens: short limits, so each shows in
// seconds (the connect limit keeps its default, 5 s: shorter ones fail on a busy machine)
process.env.WARTAGRAPH_PG_STATEMENT_TIMEOUT_MS = "1500";
process.env.WARTAGRAPH_PG_IDLE_IN_TRANSACTION_TIMEOUT_MS = "1500";

/**
 * A TCP relay to PostgreSQL that can turn into a black hole: its connections are cut and new
 * ones are accepted and never answered, the way a database behind a lost route or a frozen host
 * looks to a client (a stopped cluster refuses at once; this never answers at all).
 */
async function startRelay(target: { host: string; port: number }) {
  let blackHole = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => {});
    if (blackHole) return;
    const upstream = new Socket();
    sockets.add(upstream);
    upstream.on("close", () => sockets.delete(upstream));
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
    upstream.connect(target.port, target.host, () => {
      client.pipe(upstream);
      upstream.pipe(client);
    });
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    cutOff() {
      blackHole = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      blackHole = false;
      for (const socket of sockets) socket.destroy();
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe("PostgreSQL time limits (issue 6)", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let store: Store;
  let yoga: WartagraphYoga;

  const ask = async (query: string): Promise<Answer> => {
    const response = await yoga.fetch("http://wartagraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    database = await createScratchDatabase("wg_pg_limits");
    const direct = new URL(database.url);
    relay = await startRelay({ host: direct.hostname, port: Number(direct.port || 5432) });
    const relayed = new URL(database.url);
    relayed.hostname = "127.0.0.1";
    relayed.port = String(relay.port);
    store = await openStore({ databaseUrl: relayed.toString(), role: "test", migrate: "always", poolSize: 2 });
    yoga = createWartagraphYoga({
      logger: pino({ level: "silent" }),
      metrics: createMetrics(),
      pubsub: createPubSub(),
      store,
    });
  });

  afterAll(async () => {
    relay?.restore();
    await store?.close();
    await relay?.close();
    await database?.drop();
  });

  it("fails requests with SERVICE_UNAVAILABLE while the database does not answer at all, and recovers", async () => {
    const query = "{ articles(first: 1) { totalCount } }";
    expect(await ask(query)).toMatchObject({ status: 200, body: { data: { articles: { totalCount: 0 } } } });

    relay.cutOff();
    // the pool notices its cut connections and drops them; every request from now on opens a
    // new one, and without a connect limit would wait for the black hole for ever (the test's timeout)
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await ask(query);
      expect(refused.status).toBe(503);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    }

    relay.restore();
    expect(await ask(query)).toMatchObject({ status: 200, body: { data: { articles: { totalCount: 0 } } } });
  }, 60_000);

  it("has PostgreSQL end a statement that runs past WARTAGRAPH_PG_STATEMENT_TIMEOUT_MS", async () => {
    const shown = await store.prisma.$queryRawUnsafe<{ statement_timeout: string }[]>("SHOW statement_timeout");
    expect(shown[0]?.statement_timeout).toBe("1500ms");
    await expect(store.prisma.$queryRawUnsafe("SELECT pg_sleep(10)")).rejects.toThrow(/statement timeout/);
    // the connection is still good
    expect(await store.prisma.$queryRawUnsafe("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  }, 60_000);

  it("has PostgreSQL end a transaction left idle past WARTAGRAPH_PG_IDLE_IN_TRANSACTION_TIMEOUT_MS", async () => {
    const idle = store.prisma.$transaction(
      async (tx) => {
        await tx.$queryRawUnsafe("SELECT 1");
        // a client that stopped talking while holding its transaction open
        await new Promise((resolve) => setTimeout(resolve, 4000));
        return tx.$queryRawUnsafe("SELECT 2");
      },
      { timeout: 30_000 },
    );
    await expect(idle).rejects.toThrow();
    // the ended connection went back to the pool as broken: both of its two connections can
    // still be held at once (a leaked one would leave one, and these two would wait for ever)
    let bothOpen: () => void = () => {};
    const opened = new Promise<void>((resolve) => {
      let count = 0;
      bothOpen = () => {
        count++;
        if (count === 2) resolve();
      };
    });
    const holdWithTheOther = () =>
      store.prisma.$transaction(
        async (tx) => {
          await tx.$queryRawUnsafe("SELECT 1");
          bothOpen();
          await opened;
          return tx.$queryRawUnsafe<{ one: number }[]>("SELECT 1 AS one");
        },
        { maxWait: 5000, timeout: 10_000 },
      );
    expect(await Promise.all([holdWithTheOther(), holdWithTheOther()])).toEqual([[{ one: 1 }], [{ one: 1 }]]);
  }, 60_000);
});
