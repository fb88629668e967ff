import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.ts";
import { PREPARED_READS_PER_CONNECTION } from "../../src/store/preparedReads.ts";
import { createScratchDatabase } from "../support/stores.ts";

/** The statements this session prepared itself (pg_prepared_statements is per session). */
const OWN_PREPARED = "SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'wg\\_%'";

describe("reads prepared once per PostgreSQL connection [postgres]", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let store: Store;

  beforeAll(async () => {
    database = await createScratchDatabase("wg_prepared_reads");
    // one connection: every statement below runs in the session that is then asked
    store = await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 1 });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("prepares a repeated read once, under one name, and answers as an unnamed statement would", async () => {
    await store.prisma.person.create({ data: { name: "Mardi Santoso", normalizedName: "mardi santoso" } });
    const first = await store.prisma.person.findMany({ select: { name: true }, where: { name: "Mardi Santoso" } });
    const again = await store.prisma.person.findMany({ select: { name: true }, where: { name: "Mardi Santoso" } });
    expect(first).toEqual([{ name: "Mardi Santoso" }]);
    expect(again).toEqual(first);
    const prepared = await store.prisma.$queryRawUnsafe<{ name: string; statement: string }[]>(OWN_PREPARED);
    const personReads = prepared.filter((row) => row.statement.includes('FROM "public"."Person"'));
    expect(personReads).toHaveLength(1);
  });

  it("never writes: an insert stays unnamed", async () => {
    await store.prisma.person.create({ data: { name: "Budi Santoso", normalizedName: "budi santoso" } });
    const prepared = await store.prisma.$queryRawUnsafe<{ statement: string }[]>(OWN_PREPARED);
    expect(prepared.some((row) => /^\s*insert/i.test(row.statement))).toBe(false);
  });

  it("leaves full-text searches unnamed: their plan depends on how many rows the words match", async () => {
    const search =
      "SELECT count(*) AS n FROM \"Person\" WHERE to_tsvector('simple', name) @@ plainto_tsquery('simple', $1)";
    await store.prisma.$queryRawUnsafe(search, "santoso");
    await store.prisma.$queryRawUnsafe(search, "santoso");
    const prepared = await store.prisma.$queryRawUnsafe<{ statement: string }[]>(OWN_PREPARED);
    expect(prepared.some((row) => row.statement.includes("tsquery"))).toBe(false);
  });

  it("keeps at most the limit per connection, dropping the least recently used", async () => {
    // a distinct SQL text each time: each is a statement of its own
    for (let i = 0; i < PREPARED_READS_PER_CONNECTION + 20; i++) {
      await store.prisma.$queryRawUnsafe(`SELECT ${i} AS "n"`);
    }
    const prepared = await store.prisma.$queryRawUnsafe<{ statement: string }[]>(OWN_PREPARED);
    expect(prepared.length).toBeLessThanOrEqual(PREPARED_READS_PER_CONNECTION);
    expect(prepared.some((row) => row.statement.includes(`SELECT ${PREPARED_READS_PER_CONNECTION + 19} AS`))).toBe(
      true,
    );
    expect(prepared.some((row) => row.statement === 'SELECT 0 AS "n"')).toBe(false);
  });
});
