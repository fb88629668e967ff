import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { seedEmptyStore } from "../../src/graph/seed.ts";
import { type RunningServer, startServer } from "../../src/server/start.ts";
import { onSqlStatement, openStore } from "../../src/store/index.ts";
import { createScratchDatabase, STORE_KINDS } from "../support/stores.ts";

/**
 * What the server does before it listens (issue 11): the store says at open whether it holds
 * articles, read in the migration session, so a loaded store starts without a query through
 * Prisma (whose query compiler then starts after /health answers) and an empty one is still seeded.
 */
describe.each(STORE_KINDS)("server start-up [%s]", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function freshStoreUrl(): Promise<string> {
    if (kind === "postgres") {
      const database = await createScratchDatabase("wg_startup");
      cleanups.push(() => database.drop());
      // a server refuses a PostgreSQL database that lacks migrations
      await (await openStore({ databaseUrl: database.url, role: "test", migrate: "always" })).close();
      return database.url;
    }
    const dir = await mkdtemp(path.join(tmpdir(), "wartagraph-startup-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return `file:${dir}`;
  }

  async function start(databaseUrl: string): Promise<{ server: RunningServer; statements: number }> {
    let statements = 0;
    const stopCounting = onSqlStatement(() => statements++);
    try {
      const server = await startServer({ port: 0, host: "127.0.0.1", databaseUrl });
      cleanups.push(() => server.close(0));
      return { server, statements };
    } finally {
      stopCounting();
    }
  }

  it("opens a loaded store with no Prisma statement before it listens", async () => {
    const databaseUrl = await freshStoreUrl();
    const writer = await openStore({ databaseUrl, role: "test" });
    expect(writer.empty).toBe(true);
    expect(await seedEmptyStore(writer.prisma)).toBe(true);
    await writer.close();

    const { server, statements } = await start(databaseUrl);
    expect(server.store.empty).toBe(false);
    expect(statements).toBe(0);
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: /* GraphQL */ `{ articles(first: 5) { totalCount } }` }),
    });
    expect(await response.json()).toEqual({ data: { articles: { totalCount: 1 } } });
  }, 60_000);

  it("still loads the seed article into an empty store", async () => {
    const { server, statements } = await start(await freshStoreUrl());
    expect(server.store.empty).toBe(true);
    expect(statements).toBeGreaterThan(0);
    expect(await server.store.prisma.article.count()).toBe(1);
  }, 60_000);
});
