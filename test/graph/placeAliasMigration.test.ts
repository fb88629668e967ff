import { describe, expect, it } from "vitest";
import { databasesBeforeMigration } from "../support/migrationDatabase.ts";
import { STORE_KINDS } from "../support/stores.ts";

const MIGRATION = "20261202100000_place_alias_unique_per_kind";
const databaseBefore = databasesBeforeMigration();

for (const kind of STORE_KINDS) {
  describe(`migration ${MIGRATION} [${kind}]`, () => {
    it("keeps a form on the oldest place of its kind, deletes no place, then refuses a second place of that kind the form", async () => {
      const db = await databaseBefore(kind, MIGRATION);
      try {
        // what racing writers left before: two regencies called "Blora" (ids are UUIDv7: 01 is older than 02)
        await db.exec(`
          INSERT INTO "Place" ("id", "name", "normalizedName", "kind") VALUES
            ('01-regency', 'Kabupaten Blora', 'kabupaten blora', 'REGENCY'),
            ('02-regency', 'Kabupaten Blora', 'kabupaten blora', 'REGENCY'),
            ('03-district', 'Blora', 'blora', 'DISTRICT');
          INSERT INTO "PlaceAlias" ("id", "placeId", "alias", "normalized") VALUES
            ('a1', '01-regency', 'Kabupaten Blora', 'kabupaten blora'),
            ('a2', '01-regency', 'Blora', 'blora'),
            ('a3', '02-regency', 'Kabupaten Blora', 'kabupaten blora'),
            ('a4', '02-regency', 'Kab. Blora', 'kab blora'),
            ('a5', '03-district', 'Blora', 'blora');`);
        const duplicates = `SELECT count(*)::int AS n FROM "PlaceAlias" a JOIN "Place" p ON p."id" = a."placeId"
          JOIN "PlaceAlias" b ON b."normalized" = a."normalized" AND b."id" <> a."id"
          JOIN "Place" q ON q."id" = b."placeId" AND q."kind" = p."kind"`;
        expect(await db.rows(duplicates)).toEqual([{ n: 2 }]);

        await db.migrate();

        expect(await db.rows(`SELECT "placeId", "kind"::text, "normalized" FROM "PlaceAlias" ORDER BY "id"`)).toEqual([
          { placeId: "01-regency", kind: "REGENCY", normalized: "kabupaten blora" },
          { placeId: "01-regency", kind: "REGENCY", normalized: "blora" },
          { placeId: "02-regency", kind: "REGENCY", normalized: "kab blora" },
          { placeId: "03-district", kind: "DISTRICT", normalized: "blora" },
        ]);
        expect(await db.rows(duplicates)).toEqual([{ n: 0 }]);
        expect(await db.rows(`SELECT count(*)::int AS n FROM "Place"`)).toEqual([{ n: 3 }]);
        await expect(
          db.exec(`INSERT INTO "PlaceAlias" ("id", "placeId", "kind", "alias", "normalized")
                   VALUES ('a6', '02-regency', 'REGENCY', 'Blora', 'blora')`),
        ).rejects.toThrow(/PlaceAlias_kind_normalized_key/);
        // the alias's kind follows its place's: a form cannot dodge the index by a stale kind
        await db.exec(`UPDATE "Place" SET "kind" = 'CITY' WHERE "id" = '02-regency'`);
        expect(await db.rows(`SELECT "kind"::text FROM "PlaceAlias" WHERE "placeId" = '02-regency'`)).toEqual([
          { kind: "CITY" },
        ]);
        await expect(
          db.exec(`INSERT INTO "PlaceAlias" ("id", "placeId", "kind", "alias", "normalized")
                   VALUES ('a7', '02-regency', 'REGENCY', 'Blora Kota', 'blora kota')`),
        ).rejects.toThrow(/PlaceAlias_placeId_kind_fkey/);
      } finally {
        await db.close();
      }
    });
  });
}
