import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { type OwnRedis, type ServerProcess, startOwnRedis, startServerProcess } from "../support/processes.ts";
import { createScratchDatabase } from "../support/stores.ts";

async function typename(url: string): Promise<{ status: number; retryAfter: string | null; code?: string }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    ...(body.errors?.[0]?.extensions?.code ? { code: body.errors[0].extensions.code } : {}),
  };
}

/**
 * Several instances behind one load balancer count one client's requests together when they
 * share REDIS_URL (RateLimiterRedis): a client cannot multiply its limit by the number of
 * instances. Both serve one PostgreSQL database, as instances do.
 */
describe("rate limits across server processes sharing Redis (issue 6)", () => {
  let redis: OwnRedis;
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase("wg_shared_limits");
    await (await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 1 })).close();
    redis = await startOwnRedis();
    const env = { DATABASE_URL: database.url, REDIS_URL: redis.url, WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "6" };
    servers.push(await startServerProcess(env), await startServerProcess(env));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => (server.alive() ? server.stop() : undefined)));
    await redis?.kill();
    await database?.drop();
  });

  it("counts one address's requests to both servers in one limit", async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    // six requests, three to each: within the shared limit, and half of each server's own
    for (let i = 0; i < 3; i++) {
      expect(await typename(first.url)).toEqual({ status: 200, retryAfter: null });
      expect(await typename(second.url)).toEqual({ status: 200, retryAfter: null });
    }
    // the seventh is refused by either, though each has seen only three
    for (const server of [first, second]) {
      const refused = await typename(server.url);
      expect(refused.status).toBe(429);
      expect(refused.code).toBe("RATE_LIMITED");
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    }
  }, 60_000);
});
