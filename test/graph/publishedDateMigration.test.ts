import { describe, expect, it } from "vitest";
import { databasesBeforeMigration } from "../support/migrationDatabase.ts";
import { STORE_KINDS } from "../support/stores.ts";

const MIGRATION = "20261205001626_article_published_date";
const databaseBefore = databasesBeforeMigration();

for (const kind of STORE_KINDS) {
  describe(`migration ${MIGRATION} [${kind}]`, () => {
    it("gives stored articles their WIB day, and DAY precision where the time is a WIB midnight", async () => {
      const db = await databaseBefore(kind, MIGRATION);
      try {
        // publishedAt holds UTC: a WIB midnight, a WIB evening, a WIB morning still on the UTC day before, no date
        await db.exec(`
          INSERT INTO "Article" (id, slug, "contentHash", title, body, "publishedAt", "listedAt", "extractorVersion", "updatedAt") VALUES
            ('day', 'day', 'h1', 'T', 'B', '2025-11-28 17:00:00', '2025-11-28 17:00:00', 'x', now()),
            ('evening', 'evening', 'h2', 'T', 'B', '2025-11-29 12:36:00', '2025-11-29 12:36:00', 'x', now()),
            ('morning', 'morning', 'h3', 'T', 'B', '2025-11-28 23:30:00', '2025-11-28 23:30:00', 'x', now()),
            ('none', 'none', 'h4', 'T', 'B', NULL, '2025-11-30 00:00:00', 'x', now());`);
        await db.migrate();
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
