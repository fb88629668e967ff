import { describe, expect, it } from "vitest";
import { databasesBeforeMigration } from "../support/migrationDatabase.ts";
import { STORE_KINDS } from "../support/stores.ts";

const MIGRATION = "20261206040000_published_date_curated";
const databaseBefore = databasesBeforeMigration();

const globalId = (id: string) => Buffer.from(`Article:${id}`, "utf8").toString("base64");

for (const kind of STORE_KINDS) {
  describe(`migration ${MIGRATION} [${kind}]`, () => {
    it("marks the articles a curator already re-dated, and only those", async () => {
      const db = await databaseBefore(kind, MIGRATION);
      try {
        // one article corrected before the column existed, one whose other facts were curated, one untouched
        await db.exec(`
          INSERT INTO "Article" (id, slug, "contentHash", title, body, "listedAt", "extractorVersion", "updatedAt") VALUES
            ('0193a5f0-0000-7000-8000-000000000001', 're-dated', 'h1', 'T', 'B', now(), 'x', now()),
            ('0193a5f0-0000-7000-8000-000000000002', 'renamed', 'h2', 'T', 'B', now(), 'x', now()),
            ('0193a5f0-0000-7000-8000-000000000003', 'untouched', 'h3', 'T', 'B', now(), 'x', now());
          INSERT INTO "CurationLogEntry" (id, actor, action, target, before, after) VALUES
            ('c1', 'curator', 'CORRECT_PUBLISHED_DATE', '${globalId("0193a5f0-0000-7000-8000-000000000001")}', '{}', '{}'),
            ('c2', 'curator', 'RENAME', '${globalId("0193a5f0-0000-7000-8000-000000000002")}', '{}', '{}');`);
        await db.migrate();
        const rows = await db.rows(`SELECT slug, "publishedDateCurated" AS curated FROM "Article" ORDER BY slug`);
        expect(rows).toEqual([
          { slug: "re-dated", curated: true },
          { slug: "renamed", curated: false },
          { slug: "untouched", curated: false },
        ]);
      } finally {
        await db.close();
      }
    });
  });
}
