import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { readMigrations } from "../../src/store/migrate.ts";
import { createScratchDatabase, STORE_KINDS, type StoreKind } from "../support/stores.ts";

const MIGRATION = "20261205001626_article_published_date";

interface Sql {
  exec(script: string): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function emptyDatabase(kind: StoreKind): Promise<Sql> {
  if (kind === "pglite") {
    const db = await PGlite.create();
    return {
      exec: async (script) => {
        await db.exec(script);
      },
      rows: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows,
      close: () => db.close(),
    };
  }
  const database = await createScratchDatabase("wg_migration");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  cleanups.push(() => database.drop());
  return {
    exec: async (script) => {
      await client.query(script);
    },
    rows: async (sql) => (await client.query(sql)).rows,
    close: () => client.end(),
  };
}

for (const kind of STORE_KINDS) {
  describe(`migration ${MIGRATION} [${kind}]`, () => {
    it("gives stored articles their WIB day, and DAY precision where the time is a WIB midnight", async () => {
      const db = await emptyDatabase(kind);
      try {
        const migrations = await readMigrations();
        const target = migrations.findIndex((m) => m.name === MIGRATION);
        expect(target).toBeGreaterThan(0);
        for (const m of migrations.slice(0, target)) await db.exec(m.script);
        // publishedAt holds UTC: a WIB midnight, a WIB evening, a WIB morning still on the UTC day before, no date
        await db.exec(`
          INSERT INTO "Article" (id, slug, "contentHash", title, body, "publishedAt", "listedAt", "extractorVersion", "updatedAt") VALUES
            ('day', 'day', 'h1', 'T', 'B', '2025-11-28 17:00:00', '2025-11-28 17:00:00', 'x', now()),
            ('evening', 'evening', 'h2', 'T', 'B', '2025-11-29 12:36:00', '2025-11-29 12:36:00', 'x', now()),
            ('morning', 'morning', 'h3', 'T', 'B', '2025-11-28 23:30:00', '2025-11-28 23:30:00', 'x', now()),
            ('none', 'none', 'h4', 'T', 'B', NULL, '2025-11-30 00:00:00', 'x', now());`);
        await db.exec((migrations[target] as { script: string }).script);
        const rows = await db.rows(
          `SELECT id, to_char("publishedDate", 'YYYY-MM-DD') AS day, "publishedPrecision"::text AS precision FROM "Article" ORDER BY id`,
        );
        expect(rows).toEqual([
          { id: "day", day: "2025-11-29", precision: "DAY" },
          { id: "evening", day: "2025-11-29", precision: "MINUTE" },
          { id: "morning", day: "2025-11-29", precision: "MINUTE" },
          { id: "none", day: null, precision: null },
        ]);
      } finally {
        await db.close();
      }
    });
  });
}
