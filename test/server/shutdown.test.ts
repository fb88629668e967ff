import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createApiKey } from "../../src/graph/index.ts";
import { MAX_INGEST_TEXT } from "../../src/schema/mutations/ingestArticle.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { seedText } from "../support/drafts.ts";
import {
  type OwnRedis,
  type ServerProcess,
  startOwnRedis,
  startServerProcess,
  subscribeOverHttpSse,
} from "../support/processes.ts";
import { createScratchDatabase } from "../support/stores.ts";

/** The seed article with its body repeated to just under `size` characters: an ingest that takes a while. */
function longArticle(size = MAX_INGEST_TEXT): string {
  const seed = seedText();
  const [, ...paragraphs] = seed.split("\n\n");
  const body = paragraphs.join("\n\n");
  let text = seed;
  while (text.length + body.length + 2 < size) text += `\n\n${body}`;
  return text;
}

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
      // the ingest of ~1 MB takes about 20 s on a busy 2-core machine; the grace period outlasts it
      WARTAGRAPH_SHUTDOWN_GRACE_MS: "110000",
    });
    const sse = subscribeOverHttpSse(server.url, "subscription { articleAdded { cursor } }");
    const ws = subscribeOverWebSocket(server.url);
    // both subscriptions take their starting position in the feed
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const text = longArticle();
    const url = "https://news.example.test/artikel/sangat-panjang";
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
    await new Promise((resolve) => setTimeout(resolve, 300));
    const terminatedAt = performance.now();
    server.process.kill("SIGTERM");

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
    const ingest = fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({
        query: "mutation($text: String!, $url: URL) { ingestArticle(input: { text: $text, url: $url }) { created } }",
        // long enough to outlast the grace period, short enough that its write ends soon after
        variables: { text: longArticle(250_000), url },
      }),
    }).then(
      (response) => response.status,
      () => "cut off" as const,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.process.kill("SIGTERM");
    // extracting the text blocks the event loop for seconds, so the cut comes when it lets go
    expect(await server.exited, server.output()).toBe(0);
    expect(await ingest).toBe("cut off");
    expect(server.output()).toMatch(/cutting off requests after the grace period/);
  }, 120_000);
});
