import { createClient } from "graphql-ws";
import { createSchema, createYoga } from "graphql-yoga";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createApiKey } from "../../src/graph/index.ts";
import { maskErrorKeepingUnavailability, useDatabaseAvailability } from "../../src/server/health.ts";
import { openStore } from "../../src/store/index.ts";
import {
  type OwnPostgres,
  type ServerProcess,
  startOwnPostgres,
  startServerProcess,
  subscribeOverHttpSse,
} from "../support/processes.ts";
import { testStore } from "../support/stores.ts";

interface GraphQLResponse {
  status: number;
  retryAfter: string | null;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(url: string, query: string, apiKey?: string): Promise<GraphQLResponse> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: await response.json(),
    ms: performance.now() - started,
  };
}

/** `promise`, or a clear failure after `ms` instead of the test's own timeout. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms).unref()),
  ]);
}

async function statusOf(url: string): Promise<number> {
  return (await fetch(url)).status;
}

describe("a PostgreSQL outage", () => {
  let cluster: OwnPostgres;
  let databaseUrl = "";
  let apiKey = "";
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    cluster = await startOwnPostgres();
    databaseUrl = await cluster.createDatabase("wartagraph");
    const store = await openStore({ databaseUrl, role: "test", migrate: "always", poolSize: 1 });
    try {
      apiKey = (await createApiKey(store.prisma, "outage", ["ingest"])).key;
    } finally {
      await store.close();
    }
  });

  afterAll(async () => {
    await server?.stop();
    await cluster?.remove();
  });

  it("answers 503 SERVICE_UNAVAILABLE while the database is down, stays alive, and recovers without a restart", async () => {
    // REDIS_URL empty: this test is about the database alone
    server = await startServerProcess({ DATABASE_URL: databaseUrl, REDIS_URL: "" });
    const health = `${server.origin}/health`;
    const ready = `${server.origin}/health/ready`;
    const articles = "{ articles(first: 1) { totalCount } }";

    expect(await statusOf(health)).toBe(200);
    expect(await statusOf(ready)).toBe(200);
    expect((await post(server.url, articles)).body).toEqual({ data: { articles: { totalCount: 0 } } });
    const subscription = subscribeOverHttpSse(server.url, "subscription { articleAdded { cursor } }");
    const webSocket = createClient({
      url: server.url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const webSocketEnd = new Promise<unknown>((resolve) => {
      webSocket.subscribe(
        { query: "subscription { articleAdded { cursor } }" },
        { next: (result) => resolve(result.errors), error: resolve, complete: () => resolve("complete") },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 500));

    await cluster.stop();

    // liveness stays up (the process is fine), readiness says "not now"
    expect(await statusOf(health)).toBe(200);
    const readyStarted = performance.now();
    expect(await statusOf(ready)).toBe(503);
    expect(performance.now() - readyStarted).toBeLessThan(2000);

    const refused = await post(server.url, articles);
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toMatch(/^\d+$/);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(refused.ms).toBeLessThan(3000);

    // the API key lookup happens before execution and fails the same way
    const withKey = await post(server.url, articles, apiKey);
    expect(withKey.status).toBe(503);
    expect(withKey.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");

    // an open subscription ends with the retryable code at its next look at the feed
    const failure = await subscription.until((event) => event.event === "next", 10_000);
    expect((failure?.data as GraphQLResponse["body"] | undefined)?.errors?.[0]?.extensions?.code).toBe(
      "SERVICE_UNAVAILABLE",
    );
    await subscription.close();
    // over graphql-ws too, the subscription ends with the same code
    const webSocketError = (await within(15_000, "the open WebSocket subscription", webSocketEnd)) as {
      extensions?: { code?: string };
    }[];
    expect(webSocketError[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    await webSocket.dispose();
    // a new subscription with an API key: the key lookup fails before the operation starts
    const withKeyOverWebSocket = createClient({
      url: server.url.replace(/^http/, "ws"),
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { authorization: `Bearer ${apiKey}` } });
        }
      },
      retryAttempts: 0,
    });
    const refusedOverWebSocket = await within(
      15_000,
      "a new WebSocket subscription with a key",
      new Promise<unknown>((resolve) => {
        withKeyOverWebSocket.subscribe(
          { query: "subscription { articleAdded { cursor } }" },
          { next: (result) => resolve(result.errors), error: resolve, complete: () => resolve("complete") },
        );
      }),
    );
    expect((refusedOverWebSocket as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe(
      "SERVICE_UNAVAILABLE",
    );
    await withKeyOverWebSocket.dispose();

    expect(server.alive()).toBe(true);

    await cluster.start();

    let readyAgain = 0;
    for (let attempt = 0; attempt < 50 && readyAgain !== 200; attempt++) {
      readyAgain = await statusOf(ready);
      if (readyAgain !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(readyAgain).toBe(200);
    const served = await post(server.url, articles, apiKey);
    expect(served.status).toBe(200);
    expect(served.body).toEqual({ data: { articles: { totalCount: 0 } } });
    expect(server.alive()).toBe(true);
  }, 120_000);

  it("answers SERVICE_UNAVAILABLE when PostgreSQL hangs with connections open, and recovers when it answers again", async () => {
    await server?.stop();
    // a statement limit of 1 s: the client gives up on a server that never answers 5 s after it
    server = await startServerProcess({
      DATABASE_URL: databaseUrl,
      REDIS_URL: "",
      WARTAGRAPH_PG_STATEMENT_TIMEOUT_MS: "1000",
    });
    const articles = "{ articles(first: 1) { totalCount } }";
    // the pool holds open connections before the freeze, as a busy server's does
    await Promise.all(Array.from({ length: 4 }, () => post(server?.url as string, articles)));

    await cluster.freeze();
    try {
      expect(await statusOf(`${server.origin}/health`)).toBe(200);
      expect(await statusOf(`${server.origin}/health/ready`)).toBe(503);
      // each waits on an open connection to a server that takes the bytes and never answers
      const refused = await within(
        30_000,
        "queries to a hung PostgreSQL",
        Promise.all(Array.from({ length: 3 }, () => post(server?.url as string, articles))),
      );
      for (const answer of refused) {
        expect(answer.status).toBe(503);
        expect(answer.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      }
      expect(server.alive()).toBe(true);
    } finally {
      await cluster.thaw();
    }

    // the connections given up on were discarded by the pool: new ones serve again
    let served: GraphQLResponse | undefined;
    for (let attempt = 0; attempt < 50 && served?.status !== 200; attempt++) {
      served = await post(server.url, articles);
      if (served.status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(served?.body).toEqual({ data: { articles: { totalCount: 0 } } });
    const again = await Promise.all(Array.from({ length: 6 }, () => post(server?.url as string, articles)));
    expect(again.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(server.alive()).toBe(true);
  }, 120_000);
});

describe("the status of a response while the database is down", () => {
  // a connection refused as node-postgres reports it, from one field; the other field needs no database
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query {
          stored: String
          computed: String
          broken: String
        }
      `,
      resolvers: {
        Query: {
          stored: () => {
            throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
          },
          computed: () => "no database needed",
          broken: () => {
            throw new Error("a bug");
          },
        },
      },
    }),
    maskedErrors: { maskError: maskErrorKeepingUnavailability },
    plugins: [useDatabaseAvailability(testStore)],
    logging: false,
  });
  const ask = async (query: string) => {
    const response = await yoga.fetch("http://wartagraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse["body"] };
  };

  it("is 503 when nothing could be answered and 200 when some data came back", async () => {
    const failed = await ask("{ __typename stored }");
    expect(failed.status).toBe(503);
    expect(failed.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    const partial = await ask("{ stored computed }");
    expect(partial.status).toBe(200);
    expect(partial.body.data).toEqual({ stored: null, computed: "no database needed" });
    expect(partial.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
  });

  it("keeps masking errors that are not about the database", async () => {
    const bug = await ask("{ broken }");
    expect(bug.body.errors?.[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });
});
