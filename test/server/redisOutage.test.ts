import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createApiKey, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { createFeedNotifier } from "../../src/server/pubsub.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { runCli } from "../cli/cliHarness.ts";
import { seedText, syntheticDraft } from "../support/drafts.ts";
import { type OwnRedis, type ServerProcess, startOwnRedis, startServerProcess } from "../support/processes.ts";
import { createScratchDatabase } from "../support/stores.ts";

/**
 * The server polls the feed this seldom, so a delivery by wake-up (well under a second even on a
 * busy machine) and one by polling (anywhere up to this) are told apart by their latency.
 */
const FEED_POLL_MS = 8000;
const WAKE_UP_LATENCY_MS = FEED_POLL_MS / 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A WebSocket articleAdded subscriber that records when each article title arrived. */
function subscribeTitles(url: string) {
  const arrivals = new Map<string, number>();
  const waiters: (() => void)[] = [];
  const errors: unknown[] = [];
  const client = createClient({ url: url.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
  const stop = client.subscribe<{ articleAdded: { article: { title: string } } }>(
    { query: "subscription { articleAdded { article { title } } }" },
    {
      next: (result) => {
        const title = result.data?.articleAdded.article.title;
        if (title) arrivals.set(title, performance.now());
        else errors.push(result.errors);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => errors.push(error),
      complete: () => {},
    },
  );
  return {
    errors,
    /** when the article titled `title` arrived, waiting up to `timeoutMs` for it */
    async arrivalOf(title: string, timeoutMs: number): Promise<number> {
      const deadline = performance.now() + timeoutMs;
      while (!arrivals.has(title)) {
        const left = deadline - performance.now();
        if (left <= 0)
          throw new Error(`"${title}" did not arrive in ${timeoutMs} ms (errors: ${JSON.stringify(errors)})`);
        await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), sleep(left)]);
      }
      return arrivals.get(title) as number;
    },
    async close() {
      stop();
      await client.dispose();
    },
  };
}

describe("a Redis outage", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let redis: OwnRedis;
  let server: ServerProcess | undefined;
  let writer: Store;
  let apiKey = "";
  let articles = 0;
  let inputs = "";

  beforeAll(async () => {
    database = await createScratchDatabase("wg_redis_outage");
    writer = await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 2 });
    apiKey = (await createApiKey(writer.prisma, "outage", ["ingest"])).key;
    redis = await startOwnRedis();
    inputs = await mkdtemp(path.join(tmpdir(), "wg-redis-outage-"));
  });

  afterAll(async () => {
    await server?.stop();
    await redis?.kill();
    await writer?.close();
    await database?.drop();
    if (inputs) await rm(inputs, { recursive: true, force: true });
  });

  /**
   * Writes an article as another process would (the CLI, a second server): the subscriber's
   * server learns of it through Redis, PostgreSQL's NOTIFY or its poll. Returns the title and when it committed.
   */
  async function writeElsewhere(notifier: ReturnType<typeof createFeedNotifier>) {
    const draft = syntheticDraft(++articles);
    await writeArticleDraft(writer.prisma, parseArticleDraft(draft));
    const committed = performance.now();
    notifier.pubsub.publish("articleFeedGrew");
    return { title: draft.article?.title as string, committed };
  }

  it("keeps the server up and delivering while Redis is down, and reconnects once it is back", async () => {
    server = await startServerProcess({
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      WARTAGRAPH_FEED_POLL_MS: String(FEED_POLL_MS),
    });
    const subscriber = subscribeTitles(server.url);
    const otherProcess = createFeedNotifier(redis.url);
    try {
      // up: a wake-up through Redis arrives well inside the poll interval
      await sleep(500);
      const latencies: number[] = [];
      for (let i = 0; i < 3; i++) {
        const { title, committed } = await writeElsewhere(otherProcess);
        latencies.push((await subscriber.arrivalOf(title, 10_000)) - committed);
      }
      expect(Math.max(...latencies)).toBeLessThan(WAKE_UP_LATENCY_MS);

      await redis.kill();

      // down: writes through this server's mutation publish into a dead Redis; the process stays
      const ingest = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({
          query: "mutation($text: String!, $url: URL) { ingestArticle(input: { text: $text, url: $url }) { created } }",
          variables: { text: seedText(), url: "https://news.example.test/while-redis-was-down" },
        }),
      });
      expect(ingest.status).toBe(200);
      const ingested = (await ingest.json()) as { data?: { ingestArticle: { created: boolean } } };
      expect(ingested.data?.ingestArticle.created).toBe(true);

      // a subscription that opens and ends while Redis is down (the unsubscribe used to reject)
      const shortLived = subscribeTitles(server.url);
      await sleep(300);
      await shortLived.close();

      // articles written elsewhere still arrive (woken by NOTIFY, or by polling the feed)
      const { title: whileDown } = await writeElsewhere(otherProcess);
      await subscriber.arrivalOf(whileDown, FEED_POLL_MS * 3);
      // the crash the issue saw came about 7 s after the first failed publish
      await sleep(8000);
      expect(server.alive()).toBe(true);

      await redis.start();

      // back: wake-ups resume by themselves; three deliveries in a row inside a quarter of the
      // poll interval would happen by polling alone about once in 64 runs
      let consecutiveFast = 0;
      const deadline = performance.now() + 60_000;
      while (consecutiveFast < 3 && performance.now() < deadline) {
        const { title, committed } = await writeElsewhere(otherProcess);
        const latency = (await subscriber.arrivalOf(title, FEED_POLL_MS * 3)) - committed;
        consecutiveFast = latency < WAKE_UP_LATENCY_MS ? consecutiveFast + 1 : 0;
      }
      expect(consecutiveFast).toBe(3);
      expect(server.alive()).toBe(true);

      const metrics = await (await fetch(`${server.origin}/metrics`)).text();
      const failures = /wartagraph_pubsub_errors_total\{operation="connection"\} (\d+)/.exec(metrics)?.[1];
      expect(Number(failures)).toBeGreaterThan(0);
      expect(server.output()).toMatch(/Redis is unreachable/);
      // deliveries need not wait for Redis (PostgreSQL's NOTIFY wakes the feed reader too), so the
      // reconnection is watched for itself: the client retries with a back-off capped at 2 s
      const reconnectDeadline = performance.now() + 30_000;
      while (!/Redis is reachable again/.test(server.output()) && performance.now() < reconnectDeadline) {
        await sleep(200);
      }
      expect(server.output()).toMatch(/Redis is reachable again/);
    } finally {
      await subscriber.close();
      await otherProcess.close();
    }
    expect(await server.stop()).toBe(0);
  }, 180_000);

  it("lets the CLI finish an ingest with exit 0 and every article written when Redis is down", async () => {
    await redis.kill();
    const drafts = [syntheticDraft(700), syntheticDraft(701), syntheticDraft(702)];
    const file = path.join(inputs, "drafts.jsonl");
    await writeFile(file, drafts.map((draft) => JSON.stringify(draft)).join("\n"));
    const run = await runCli(["ingest", file], { databaseUrl: database.url, env: { REDIS_URL: redis.url } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: Redis is unreachable/);
    const urls = drafts.map((draft) => draft.article?.url as string);
    expect(await writer.prisma.article.count({ where: { url: { in: urls } } })).toBe(3);
  }, 60_000);
});
