import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CatalogFriendlyPool } from "../../src/store/postgresPool.ts";
import { createScratchDatabase } from "../support/stores.ts";

const CHECKOUTS = 30_000;

describe("CatalogFriendlyPool [postgres]", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let pool: CatalogFriendlyPool;

  beforeAll(async () => {
    database = await createScratchDatabase("wg_pool");
    // one connection, so every checkout hands out the same client again, as a busy server's pool does
    pool = new CatalogFriendlyPool({ connectionString: database.url, max: 1 });
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it("reports catalog `name` columns as text on a checked-out client", async () => {
    const client = await pool.connect();
    try {
      const result = await client.query("SELECT typname FROM pg_type WHERE oid = 19");
      expect(result.rows).toEqual([{ typname: "name" }]);
      expect(result.fields[0]?.dataTypeID).toBe(25);
    } finally {
      client.release();
    }
  });

  it(`wraps a client's query once, however often it is checked out (${CHECKOUTS} checkouts)`, async () => {
    const first = await pool.connect();
    const wrappedQuery = first.query;
    first.release();
    for (let i = 1; i < CHECKOUTS; i++) {
      const client = await pool.connect();
      // the same client, and the same function: no layer was added by this checkout
      if (client !== first || client.query !== wrappedQuery) {
        client.release();
        throw new Error(`checkout ${i} wrapped the client's query again`);
      }
      client.release();
    }
    // a stack of 30,000 wrappers would overflow here ("Maximum call stack size exceeded")
    const last = await pool.connect();
    try {
      const result = await last.query("SELECT typname FROM pg_type WHERE oid = 19");
      expect(result.fields[0]?.dataTypeID).toBe(25);
    } finally {
      last.release();
    }
  });
  /**
   * Ends the connection of a client checked out from the pool on the server's side
   * (pg_terminate_backend), while it is still held or after it was given back, and returns what
   * reached the process as uncaught exceptions meanwhile.
   */
  async function uncaughtWhileTerminating(held: "held" | "released"): Promise<unknown[]> {
    const uncaught: unknown[] = [];
    const collect = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", collect);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const client = await pool.connect();
      const backend = (await client.query("SELECT pg_backend_pid() AS pid")).rows[0].pid as number;
      const ended = new Promise((resolve) => client.once("end", resolve));
      if (held === "released") client.release();
      await admin.query("SELECT pg_terminate_backend($1)", [backend]);
      await ended;
      await new Promise((resolve) => setImmediate(resolve));
      // given back as broken: the release the holder makes later is harmless
      if (held === "held") client.release();
      return uncaught;
    } finally {
      process.off("uncaughtException", collect);
      await admin.end();
    }
  }

  it("survives the server ending a checked-out client's connection between two statements", async () => {
    // the connection dies while nobody runs a statement on it: pg emits "error" on the client
    expect(await uncaughtWhileTerminating("held")).toEqual([]);
    const next = await pool.connect();
    try {
      expect((await next.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      next.release();
    }
  });

  it("survives the server ending an idle pooled connection", async () => {
    // idle in the pool when the server ends it: pg-pool drops it and emits "error" on the pool
    expect(await uncaughtWhileTerminating("released")).toEqual([]);
    expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  });
});
