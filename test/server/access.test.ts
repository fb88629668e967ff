import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "graphql-ws";
import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type Environment, loadConfig } from "../../src/config.ts";
import { createApiKey } from "../../src/graph/index.ts";
import type { FeedChannels } from "../../src/schema/context.ts";
import { createMetrics } from "../../src/server/metrics.ts";
import { attachWebSocketSubscriptions } from "../../src/server/websocket.ts";
import { createWartagraphYoga, type WartagraphYoga } from "../../src/server/yoga.ts";
import { openTestStore, testStore } from "../support/stores.ts";

/** A real HTTP server (so requests have a client address) with the settings an environment gives. */
async function serve(
  env: Environment,
  { webSockets = false }: { webSockets?: boolean } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const metrics = createMetrics();
  const yoga: WartagraphYoga = createWartagraphYoga({
    logger: pino({ level: "silent" }),
    metrics,
    pubsub: createPubSub<FeedChannels>(),
    store: testStore,
    config: loadConfig({ NODE_ENV: "test", ...env }),
  });
  const server: Server = createServer(yoga);
  const sockets = webSockets ? attachWebSocketSubscriptions(server, yoga) : undefined;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await sockets?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await yoga.dispose();
      metrics.dispose();
    },
  };
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify(body),
  });
}

const TYPENAME = { query: "{ __typename }" };

let store: Awaited<ReturnType<typeof openTestStore>>;
let ingestKey = "";
let otherKey = "";
let running: { url: string; close(): Promise<void> } | undefined;

beforeAll(async () => {
  store = await openTestStore("pglite");
  ingestKey = (await createApiKey(store.store.prisma, "access-newsroom", ["ingest"])).key;
  otherKey = (await createApiKey(store.store.prisma, "access-other", ["ingest"])).key;
});

afterEach(async () => {
  await running?.close();
  running = undefined;
});

afterAll(async () => {
  await store?.dispose();
});

async function expectRateLimited(response: Response) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
  expect(body.errors[0]?.extensions.code).toBe("RATE_LIMITED");
}

describe("rate limits", () => {
  it("answers 429 with Retry-After after N requests from one address, and counts each address on its own", async () => {
    running = await serve({ WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "3", WARTAGRAPH_TRUST_PROXY: "true" });
    const { url } = running;
    const from = (address: string) => post(url, TYPENAME, { "x-forwarded-for": address });
    for (let i = 0; i < 3; i++) expect((await from("203.0.113.7")).status).toBe(200);
    await expectRateLimited(await from("203.0.113.7"));
    expect((await from("198.51.100.2")).status).toBe(200);
  });

  it("counts the socket's address, not a forged X-Forwarded-For, unless told to trust a proxy", async () => {
    running = await serve({ WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "2" });
    for (let i = 0; i < 2; i++) {
      expect((await post(running.url, TYPENAME, { "x-forwarded-for": `192.0.2.${i}` })).status).toBe(200);
    }
    await expectRateLimited(await post(running.url, TYPENAME, { "x-forwarded-for": "192.0.2.99" }));
  });

  it("counts each graphql-ws operation against its address, with HTTP, and refuses over the limit without closing the socket", async () => {
    running = await serve({ WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "4" }, { webSockets: true });
    let closed = false;
    const client = createClient({
      url: `${running.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      // one socket for every operation, kept open between them: a close would be the server's
      lazy: false,
      onNonLazyError: () => {},
      on: {
        closed: () => {
          closed = true;
        },
      },
    });
    const overSocket = () =>
      new Promise<{ data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>(
        (resolve, reject) => {
          let answer: { data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
          client.subscribe(TYPENAME, {
            next: (result) => {
              answer = result as typeof answer;
            },
            error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
            complete: () => resolve(answer),
          });
        },
      );
    try {
      // one over HTTP and three over the socket: the four the address may send
      expect((await post(running.url, TYPENAME)).status).toBe(200);
      for (let i = 0; i < 3; i++) expect(await overSocket()).toEqual({ data: { __typename: "Query" } });
      const refused = await overSocket();
      expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(refused.errors?.[0]?.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
      expect(refused.errors?.[0]?.message).toMatch(/too many requests from this address/);
      await expectRateLimited(await post(running.url, TYPENAME));
      expect(closed).toBe(false);
    } finally {
      await client.dispose();
    }
  });

  it("limits each API key on its own", async () => {
    running = await serve({
      WARTAGRAPH_RATE_LIMIT_PER_KEY: "2",
      WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "0",
    });
    const { url } = running;
    const withKey = (key: string) => post(url, TYPENAME, { authorization: `Bearer ${key}` });
    expect((await withKey(ingestKey)).status).toBe(200);
    expect((await withKey(ingestKey)).status).toBe(200);
    await expectRateLimited(await withKey(ingestKey));
    expect((await withKey(otherKey)).status).toBe(200);
    // anonymous reads are not charged to any key
    expect((await post(running.url, TYPENAME)).status).toBe(200);
  });

  it("locks an address out after a few wrong keys, even for a right key, so keys cannot be guessed at speed", async () => {
    running = await serve({
      WARTAGRAPH_RATE_LIMIT_FAILED_AUTH: "5",
      WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "0",
      WARTAGRAPH_TRUST_PROXY: "true",
    });
    const attacker = { "x-forwarded-for": "203.0.113.66" };
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const response = await post(running.url, TYPENAME, { ...attacker, authorization: `Bearer wg_guess${i}` });
      statuses.push(response.status);
      await response.body?.cancel();
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    await expectRateLimited(await post(running.url, TYPENAME, { ...attacker, authorization: `Bearer ${ingestKey}` }));
    // another address with the right key is not affected
    const honest = await post(running.url, TYPENAME, {
      "x-forwarded-for": "198.51.100.8",
      authorization: `Bearer ${ingestKey}`,
    });
    expect(honest.status).toBe(200);
  });
});

describe("CORS", () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
      },
    });

  it("allows only the listed origins, and never with credentials", async () => {
    running = await serve({ WARTAGRAPH_CORS_ORIGINS: "https://app.example.org,https://desk.example.org/" });
    const allowed = await preflight(running.url, "https://desk.example.org");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://desk.example.org");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const simple = await post(running.url, TYPENAME, { origin: "https://app.example.org" });
    expect(simple.headers.get("access-control-allow-origin")).toBe("https://app.example.org");

    const refused = await preflight(running.url, "https://evil.example.com");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    const refusedPost = await post(running.url, TYPENAME, { origin: "https://evil.example.com" });
    expect(refusedPost.headers.get("access-control-allow-origin")).toBeNull();
    expect(refusedPost.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("allows no cross-origin reads by default", async () => {
    running = await serve({});
    const response = await preflight(running.url, "https://evil.example.com");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("CSRF", () => {
  it("refuses form, multipart and text/plain POSTs, which a cross-site page can send without a preflight", async () => {
    running = await serve({});
    const mutation = 'mutation { ingestArticle(input: { text: "x" }) { created } }';
    const form = await fetch(`${running.url}/graphql`, {
      method: "POST",
      headers: { authorization: `Bearer ${ingestKey}` },
      body: new URLSearchParams({ query: mutation }),
    });
    expect(form.status).toBe(415);
    expect(((await form.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      "UNSUPPORTED_MEDIA_TYPE",
    );
    const multipart = new FormData();
    multipart.set("operations", JSON.stringify({ query: mutation }));
    multipart.set("map", "{}");
    const multi = await fetch(`${running.url}/graphql`, { method: "POST", body: multipart });
    expect(multi.status).toBe(415);
    const text = await fetch(`${running.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify(TYPENAME),
    });
    expect(text.status).toBe(415);
    // nothing ran: the store has no article
    expect(await store.store.prisma.article.count()).toBe(0);
    expect((await post(running.url, TYPENAME)).status).toBe(200);
  });
});

describe("production switches", () => {
  const INTROSPECTION = { query: "{ __schema { queryType { name } } }" };
  const graphiql = (url: string) => fetch(`${url}/graphql`, { headers: { accept: "text/html" } });

  it("serves introspection, GraphiQL and /metrics by default while developing", async () => {
    running = await serve({ NODE_ENV: "development" });
    const introspection = (await (await post(running.url, INTROSPECTION)).json()) as { data?: unknown };
    expect(introspection.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect(await (await graphiql(running.url)).text()).toMatch(/graphiql/i);
    const metrics = await fetch(`${running.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain("wartagraph_sql_statements_total");
  });

  it("turns introspection, GraphiQL and /metrics off in production", async () => {
    running = await serve({ NODE_ENV: "production" });
    const introspection = await post(running.url, INTROSPECTION);
    const body = (await introspection.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(await (await graphiql(running.url)).text()).not.toMatch(/graphiql/i);
    expect((await fetch(`${running.url}/metrics`)).status).toBe(404);
    // the API itself still answers
    expect((await post(running.url, TYPENAME)).status).toBe(200);
  });

  it("turns each back on in production when asked", async () => {
    running = await serve({
      NODE_ENV: "production",
      WARTAGRAPH_INTROSPECTION: "true",
      WARTAGRAPH_GRAPHIQL: "on",
      WARTAGRAPH_METRICS: "1",
    });
    const introspection = (await (await post(running.url, INTROSPECTION)).json()) as { data?: unknown };
    expect(introspection.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect(await (await graphiql(running.url)).text()).toMatch(/graphiql/i);
    expect((await fetch(`${running.url}/metrics`)).status).toBe(200);
  });
});
