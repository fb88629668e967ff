import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { changeCursorOf } from "../../src/schema/changeFeedReader.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { type ServerProcess, startServerProcess } from "../support/processes.ts";
import { createScratchDatabase } from "../support/stores.ts";
import { deduplicated, eventually, startReceiver } from "./webhooksReceiver.ts";

/**
 * Webhook deliveries by real server processes (`wartagraph serve`) on one PostgreSQL database:
 * killed mid-delivery and restarted, and two servers sharing the webhooks.
 */

const KINDS = ["ARTICLE_ADDED", "ARTICLE_UPDATED"] as const;

/** Short retries and polls, loopback receivers allowed, a 1 s POST timeout (so a lease is 7 s). */
const WORKER_ENV = {
  WARTAGRAPH_WEBHOOK_RETRY_BASE_MS: "50",
  WARTAGRAPH_WEBHOOK_POLL_MS: "200",
  WARTAGRAPH_WEBHOOK_TIMEOUT_MS: "1000",
  WARTAGRAPH_WEBHOOK_PRIVATE_ADDRESSES: "true",
};

async function registerThrough(server: ServerProcess, apiKey: string, url: string) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({
      query: "mutation R($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id } } }",
      variables: { input: { url, kinds: KINDS } },
    }),
  });
  const body = (await response.json()) as { data?: { registerWebhook: { secret: string; webhook: { id: string } } } };
  if (!body.data) throw new Error(`registerWebhook failed: ${JSON.stringify(body)}`);
  return body.data.registerWebhook;
}

describe("webhook deliveries by server processes on one PostgreSQL", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let store: Store;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let apiKey = "";
  let written = 0;
  const servers: ServerProcess[] = [];

  async function writeArticles(count: number) {
    for (let i = 0; i < count; i += 1) {
      written += 1;
      await writeArticleDraft(store.prisma, parseArticleDraft(syntheticDraft(written)));
    }
  }

  /** The cursors of every article event after `after` (a feed sequence), in feed order. */
  async function articleCursorsAfter(after: bigint) {
    const events = await store.prisma.changeEvent.findMany({
      where: { sequence: { gt: after }, kind: { in: [...KINDS] } },
      orderBy: { sequence: "asc" },
      select: { sequence: true },
    });
    return events.map((event) => changeCursorOf(event.sequence));
  }

  const feedEnd = async () =>
    (await store.prisma.changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n;

  beforeAll(async () => {
    database = await createScratchDatabase("wg_webhooks");
    store = await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 2 });
    apiKey = (await createApiKey(store.prisma, "hooks", ["webhooks"])).key;
    receiver = await startReceiver();
  });

  afterAll(async () => {
    for (const server of servers) if (server.alive()) server.process.kill("SIGKILL");
    await Promise.all(servers.map((server) => server.exited));
    await receiver?.close();
    await store?.close();
    await database?.drop();
  });

  it("resumes after a SIGKILL during deliveries: every event arrives, in order", async () => {
    const first = await startServerProcess({ DATABASE_URL: database.url, ...WORKER_ENV });
    servers.push(first);
    const endpoint = receiver.endpoint("killed");
    endpoint.failFirst = 2;
    endpoint.delayMs = 20;
    const start = await feedEnd();
    endpoint.secret = (await registerThrough(first, apiKey, receiver.urlOf("killed"))).secret;

    await writeArticles(25);
    expect(await eventually(() => deduplicated(endpoint.received).length >= 5)).toBe(true);
    first.process.kill("SIGKILL");
    await first.exited;
    const beforeRestart = deduplicated(endpoint.received).length;
    await writeArticles(5);

    const second = await startServerProcess({ DATABASE_URL: database.url, ...WORKER_ENV });
    servers.push(second);
    const expected = await articleCursorsAfter(start);
    expect(expected).toHaveLength(30);
    // the killed server's lease runs out (7 s), then the new one resumes from the stored cursor
    expect(await eventually(() => deduplicated(endpoint.received).length >= expected.length, 90_000)).toBe(true);
    expect(beforeRestart).toBeLessThan(30);
    expect(deduplicated(endpoint.received).map((delivery) => delivery.id)).toEqual(expected);
    expect(endpoint.badSignatures).toBe(0);
    // never an older event after a newer one (a repeat of the one in flight at the kill is allowed)
    const order = endpoint.received.map((delivery) => expected.indexOf(delivery.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await second.stop();
  }, 300_000);

  it("a commit by another process wakes the delivery worker (its poll is an hour away)", async () => {
    const server = await startServerProcess({
      DATABASE_URL: database.url,
      ...WORKER_ENV,
      WARTAGRAPH_WEBHOOK_POLL_MS: String(60 * 60 * 1000),
    });
    servers.push(server);
    const endpoint = receiver.endpoint("woken");
    const start = await feedEnd();
    endpoint.secret = (await registerThrough(server, apiKey, receiver.urlOf("woken"))).secret;
    // the registration's own turn finds nothing to deliver; the worker then sleeps until woken
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // written by this test's process: only the database's notification reaches the server
    await writeArticles(1);
    const expected = await articleCursorsAfter(start);
    expect(expected).toHaveLength(1);
    expect(await eventually(() => deduplicated(endpoint.received).length >= 1, 60_000)).toBe(true);
    expect(deduplicated(endpoint.received).map((delivery) => delivery.id)).toEqual(expected);
    expect(endpoint.badSignatures).toBe(0);
    await server.stop();
  }, 300_000);

  it("two servers share the webhooks: each event delivered, in order, never by both at once", async () => {
    const a = await startServerProcess({ DATABASE_URL: database.url, ...WORKER_ENV });
    const b = await startServerProcess({ DATABASE_URL: database.url, ...WORKER_ENV });
    servers.push(a, b);
    const names = ["shared-1", "shared-2", "shared-3", "shared-4"];
    const start = await feedEnd();
    for (const [index, name] of names.entries()) {
      const endpoint = receiver.endpoint(name);
      endpoint.delayMs = 15;
      endpoint.secret = (await registerThrough(index % 2 === 0 ? a : b, apiKey, receiver.urlOf(name))).secret;
    }
    await writeArticles(20);
    const expected = await articleCursorsAfter(start);
    expect(expected).toHaveLength(20);
    const allArrived = () =>
      names.every((name) => deduplicated(receiver.endpoint(name).received).length >= expected.length);
    expect(await eventually(allArrived, 90_000)).toBe(true);
    for (const name of names) {
      const endpoint = receiver.endpoint(name);
      expect(
        deduplicated(endpoint.received).map((delivery) => delivery.id),
        name,
      ).toEqual(expected);
      expect(endpoint.maxInFlight, `${name}: requests in flight at once`).toBe(1);
      expect(endpoint.badSignatures).toBe(0);
    }
    expect(a.alive() && b.alive()).toBe(true);
    await Promise.all([a.stop(), b.stop()]);
  }, 300_000);
});
