import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createApiKey } from "../../src/graph/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import {
  type OwnRedis,
  type ServerProcess,
  startOwnRedis,
  startServerProcess,
  subscribeOverHttpSse,
} from "../support/processes.ts";
import { createScratchDatabase } from "../support/stores.ts";
import { closeWriteGate, longArticle } from "../support/writeGate.ts";

/** A graphql-ws subscriber that records whether its subscription completed and how the socket closed. */
function subscribeOverWebSocket(url: string) {
  let closeCode: number | undefined;
  let resolveClosed: () => void = () => {};
  const socketClosed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  const client = createClient({
    url: url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    // the socket closing at shutdown is what this test waits for, not an error to print
    onNonLazyError: () => {},
    on: {
      closed: (event) => {
        closeCode = (event as { code?: number }).code;
        resolveClosed();
      },
    },
  });
  const outcome = new Promise<"complete" | "error">((resolve) => {
    client.subscribe(
      { query: "subscription { articleAdded { cursor } }" },
      { next: () => {}, error: () => resolve("error"), complete: () => resolve("complete") },
    );
  });
  return { outcome, socketClosed, closeCode: () => closeCode, dispose: () => client.dispose() };
}

describe("a graceful shutdown", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let redis: OwnRedis;
  let store: Store;
  let apiKey = "";
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    database = await createScratchDatabase("wg_shutdown");
    store = await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 1 });
    apiKey = (await createApiKey(store.prisma, "shutdown", ["ingest"])).key;
    redis = await startOwnRedis();
  });

  afterAll(async () => {
    if (server?.alive()) server.process.kill("SIGKILL");
    await redis?.kill();
    await store?.close();
    await database?.drop();
  });

  it("finishes the ingest in progress, completes SSE and WebSocket subscriptions, and exits 0", async () => {
    server = await startServerProcess({
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      // outlasts the second the test holds the ingest at the write gate, with room for a busy machine
      WARTAGRAPH_SHUTDOWN_GRACE_MS: "60000",
    });
    const sse = subscribeOverHttpSse(server.url, "subscription { articleAdded { cursor } }");
    const ws = subscribeOverWebSocket(server.url);
    // both subscriptions take their starting position in the feed
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const text = longArticle(100_000);
    const url = "https://news.example.test/artikel/sangat-panjang";
    const gate = await closeWriteGate(database.url);
    let answeredAt = 0;
    const ingest = fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({
        query: "mutation($text: String!, $url: URL) { ingestArticle(input: { text: $text, url: $url }) { created } }",
        variables: { text, url },
      }),
    }).then(async (response) => {
      answeredAt = performance.now();
      return { status: response.status, body: await response.json() };
    });
    try {
      await gate.untilWriteWaits();
    } catch (error) {
      await gate.open();
      throw error;
    }
    const terminatedAt = performance.now();
    server.process.kill("SIGTERM");
    // the shutdown is under way while the write still waits; then it may go on
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await gate.open();

    const answer = await ingest;
    // the answer came after SIGTERM: the request was in progress when the shutdown began
    expect(answeredAt).toBeGreaterThan(terminatedAt);
    expect(answer).toEqual({ status: 200, body: { data: { ingestArticle: { created: true } } } });

    await sse.ended;
    expect(sse.events.at(-1)?.event).toBe("complete");
    expect(await ws.outcome).toBe("complete");
    await ws.socketClosed;
    expect(ws.closeCode()).toBe(1001);

    expect(await server.exited).toBe(0);
    const stored = await store.prisma.article.findFirst({ where: { url }, select: { body: true } });
    expect(stored?.body.length).toBeGreaterThan(text.length / 2);
    expect(server.output()).toMatch(/draining before shutdown/);
    await ws.dispose();
  }, 180_000);

  it("cuts off what is still running when the grace period ends, and still exits 0", async () => {
    server = await startServerProcess({
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      WARTAGRAPH_SHUTDOWN_GRACE_MS: "500",
    });
    const url = "https://news.example.test/artikel/terpotong";
    // the write waits at the gate until after the grace period, whatever the machine's speed
    const gate = await closeWriteGate(database.url);
    const ingest = fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({
        query: "mutation($text: String!, $url: URL) { ingestArticle(input: { text: $text, url: $url }) { created } }",
        variables: { text: longArticle(20_000), url },
      }),
    }).then(
      (response) => response.status,
      () => "cut off" as const,
    );
    try {
      await gate.untilWriteWaits();
      server.process.kill("SIGTERM");
      expect(await ingest).toBe("cut off");
    } finally {
      await gate.open();
    }
    expect(await server.exited, server.output()).toBe(0);
    expect(server.output()).toMatch(/cutting off requests after the grace period/);
  }, 120_000);
});
