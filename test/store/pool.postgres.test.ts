import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CatalogFriendlyPool } from "../../src/store/adapters.ts";
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
});
