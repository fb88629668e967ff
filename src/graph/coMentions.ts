import { Prisma } from "../store/index.ts";

type Db = Pick<Prisma.TransactionClient, "$executeRaw">;

/** The key an entity has in CoMention: "Person:<id>", "Institution:<id>", "Place:<id>", "Topic:<id>". */
export type CoMentionKey = `${"Person" | "Institution" | "Place" | "Topic"}:${string}`;

/**
 * Brings the co-mention counts up to date with the mentions the given articles have now, in one
 * statement: the pairs each article was counted with before (its ledger row) are taken away, its
 * current pairs added, and the ledger rewritten. Run it in the transaction that changed the
 * articles' mentions (the writer after each article, curation after a merge or a split), so the
 * counts commit with the facts they count. Pairs are upserted in key order, so two writers
 * touching the same pairs lock them in the same order.
 */
export async function refreshCoMentions(db: Db, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const ids = Prisma.sql`${[...new Set(articleIds)]}::text[]`;
  await db.$executeRaw(Prisma.sql`
    WITH "current" AS (
      SELECT "articleId", 'Person:' || "personId" AS "entity" FROM "PersonMention" WHERE "articleId" = ANY(${ids})
      UNION SELECT "articleId", 'Institution:' || "institutionId" FROM "InstitutionMention" WHERE "articleId" = ANY(${ids})
      UNION SELECT "articleId", 'Place:' || "placeId" FROM "PlaceMention" WHERE "articleId" = ANY(${ids})
      UNION SELECT "articleId", 'Topic:' || "topicId" FROM "ArticleTopic" WHERE "articleId" = ANY(${ids})
    ), "previous" AS (
      SELECT l."articleId", e AS "entity" FROM "CoMentionLedger" l, unnest(l."entities") AS e
      WHERE l."articleId" = ANY(${ids})
    ), "delta" AS (
      SELECT x, y, sum(d)::int AS d FROM (
        SELECT a."entity" AS x, b."entity" AS y, 1 AS d
          FROM "current" a JOIN "current" b ON b."articleId" = a."articleId"
        UNION ALL
        SELECT a."entity", b."entity", -1
          FROM "previous" a JOIN "previous" b ON b."articleId" = a."articleId"
      ) pairs
      GROUP BY x, y HAVING sum(d) <> 0
    ), "ledger" AS (
      INSERT INTO "CoMentionLedger" ("articleId", "entities")
      SELECT id, coalesce((SELECT array_agg(c."entity" ORDER BY c."entity") FROM "current" c WHERE c."articleId" = id), ARRAY[]::text[])
      FROM unnest(${ids}) AS id
      ON CONFLICT ("articleId") DO UPDATE SET "entities" = excluded."entities"
    )
    INSERT INTO "CoMention" ("entityKey", "otherKey", "articles")
    SELECT x, y, d FROM "delta" ORDER BY x, y
    ON CONFLICT ("entityKey", "otherKey") DO UPDATE SET "articles" = "CoMention"."articles" + excluded."articles"`);
}
