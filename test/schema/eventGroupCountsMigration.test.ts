import { describe, expect, it } from "vitest";
import { databasesBeforeMigration } from "../support/migrationDatabase.ts";
import { STORE_KINDS } from "../support/stores.ts";

/**
 * The backfill of migration event_group_relation_counts: an institution that took part in an
 * event as a group in an article already counted gets its TOOK_PART pair (both ends) and the
 * article's ledger the item, so a later rewrite takes it away again; an article not yet counted
 * (no ledger row) and a group with no institution are left to the writer.
 */

const MIGRATION = "20261205225100_event_group_relation_counts";
const databaseBefore = databasesBeforeMigration();

const participation = (id: string, articleId: string, institutionId: string | null) =>
  `('${id}', 'rapat', 'jajaran ${id}', 'jajaran ${id}', ${institutionId ? `'${institutionId}'` : "NULL"}, 'PARTICIPANT', '${articleId}', 'body', 0, 5, 1, 'test')`;

for (const kind of STORE_KINDS) {
  describe(`migration ${MIGRATION} [${kind}]`, () => {
    it("counts the institutions of counted articles and writes them into those articles' ledger rows", async () => {
      const db = await databaseBefore(kind, MIGRATION);
      try {
        await db.exec(`
          INSERT INTO "Article" (id, slug, "contentHash", title, body, "listedAt", "extractorVersion", "updatedAt") VALUES
            ('counted', 'counted', 'h1', 'T', 'Rapat.', now(), 'x', now()),
            ('recounted', 'recounted', 'h2', 'T', 'Rapat.', now(), 'x', now()),
            ('uncounted', 'uncounted', 'h3', 'T', 'Rapat.', now(), 'x', now());
          INSERT INTO "Institution" (id, name, "normalizedName", type) VALUES
            ('polres', 'Polres Sukamaju', 'polres sukamaju', 'POLICE');
          INSERT INTO "Event" (id, name, "normalizedName", kind) VALUES ('rapat', 'Rapat', 'rapat', 'MEETING');
          INSERT INTO "EventGroupParticipant" (id, "eventId", label, "normalizedLabel", "institutionId", role, "articleId", field, "spanStart", "spanEnd", confidence, extractor) VALUES
            ${participation("g1", "counted", "polres")},
            ${participation("g2", "counted", null)},
            ${participation("g3", "recounted", "polres")},
            ${participation("g4", "uncounted", "polres")};
          INSERT INTO "RelationCountLedger" ("articleId", items) VALUES
            ('counted', ARRAY['REPORTED_IN|Event:rapat|Event:rapat']),
            ('recounted', ARRAY['REPORTED_IN|Event:rapat|Event:rapat']);
          INSERT INTO "RelationCount" ("entityKey", relation, "otherKey", articles) VALUES
            ('Event:rapat', 'REPORTED_IN', 'Event:rapat', 2);`);
        await db.migrate();
        expect(
          await db.rows(`SELECT "entityKey", relation, "otherKey", articles FROM "RelationCount" ORDER BY 1, 2, 3`),
        ).toEqual([
          { entityKey: "Event:rapat", relation: "REPORTED_IN", otherKey: "Event:rapat", articles: 2 },
          { entityKey: "Event:rapat", relation: "TOOK_PART", otherKey: "Institution:polres", articles: 2 },
          { entityKey: "Institution:polres", relation: "TOOK_PART", otherKey: "Event:rapat", articles: 2 },
        ]);
        expect(await db.rows(`SELECT "articleId", items FROM "RelationCountLedger" ORDER BY 1`)).toEqual([
          {
            articleId: "counted",
            items: ["REPORTED_IN|Event:rapat|Event:rapat", "TOOK_PART|Institution:polres|Event:rapat"],
          },
          {
            articleId: "recounted",
            items: ["REPORTED_IN|Event:rapat|Event:rapat", "TOOK_PART|Institution:polres|Event:rapat"],
          },
        ]);
      } finally {
        await db.close();
      }
    });
  });
}
