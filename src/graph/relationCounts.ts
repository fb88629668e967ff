import { Prisma } from "../store/index.ts";

type Db = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Counts the graph walk weighs its edges by, kept at write time in "RelationCount" (migration
 * 20261203143000_relation_counts) so a walk reads a node's heaviest partners from the top of an
 * index instead of grouping every report of a hub: HOLDS_POSITION (a person and an institution:
 * the articles reporting any post of the person there), TOOK_PART (a person, or an institution
 * whose people took part as a group, and an event: the articles reporting the participation;
 * migration event_group_relation_counts), each pair stored from both ends, and REPORTED_IN on
 * the diagonal (an event: the articles reporting it, a product: the articles naming it).
 */
export const KEPT_RELATIONS = ["HOLDS_POSITION", "TOOK_PART", "REPORTED_IN"] as const;
export type KeptRelation = (typeof KEPT_RELATIONS)[number];

/**
 * The WITH steps that bring the relation counts up to date with the facts the articles `ids`
 * (a text[] expression) report now, for one statement of their own or inside the writer's
 * co-mention statement (refreshGraphCounts): what each article was counted with before (its
 * ledger row, "relation|fromKey|toKey" per fact) is taken away, what it reports now added, and
 * the ledger rewritten. Pairs are upserted in key order, so writers lock them in one order.
 * The step names start with "relation" so they do not meet the co-mention statement's own.
 */
export function relationCountSteps(ids: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`"relationFacts" AS (
      SELECT r."articleId", 'HOLDS_POSITION|Person:' || p."personId" || '|Institution:' || p."institutionId" AS "item"
        FROM "PositionReport" r JOIN "Position" p ON p."id" = r."positionId"
        WHERE r."articleId" = ANY(${ids}) AND p."institutionId" IS NOT NULL
      UNION SELECT "articleId", 'TOOK_PART|Person:' || "personId" || '|Event:' || "eventId"
        FROM "EventParticipant" WHERE "articleId" = ANY(${ids})
      UNION SELECT "articleId", 'TOOK_PART|Institution:' || "institutionId" || '|Event:' || "eventId"
        FROM "EventGroupParticipant" WHERE "articleId" = ANY(${ids}) AND "institutionId" IS NOT NULL
      UNION SELECT "articleId", 'REPORTED_IN|Event:' || "eventId" || '|Event:' || "eventId"
        FROM "EventReport" WHERE "articleId" = ANY(${ids})
      UNION SELECT "articleId", 'REPORTED_IN|Product:' || "productId" || '|Product:' || "productId"
        FROM "ProductMention" WHERE "articleId" = ANY(${ids})
    ), "relationDelta" AS (
      SELECT "item", sum(d)::int AS d FROM (
        SELECT "item", 1 AS d FROM "relationFacts"
        UNION ALL SELECT i."item", -1 FROM "RelationCountLedger" l CROSS JOIN unnest(l."items") AS i("item")
          WHERE l."articleId" = ANY(${ids})
      ) facts
      GROUP BY "item" HAVING sum(d) <> 0
    ), "relationLedger" AS (
      -- grouped, not a sub-select per article: that one read every fact once per article
      INSERT INTO "RelationCountLedger" ("articleId", "items")
      SELECT id, coalesce(array_agg(f."item" ORDER BY f."item") FILTER (WHERE f."item" IS NOT NULL), ARRAY[]::text[])
      FROM unnest(${ids}) AS id LEFT JOIN "relationFacts" f ON f."articleId" = id
      GROUP BY id
      ON CONFLICT ("articleId") DO UPDATE SET "items" = excluded."items"
    ), "relationCounts" AS (
      INSERT INTO "RelationCount" ("entityKey", "relation", "otherKey", "articles")
      SELECT e."entityKey", e."relation", e."otherKey", sum(c.d)::int
      FROM "relationDelta" c CROSS JOIN LATERAL (
        SELECT split_part(c."item", '|', 2) AS "entityKey", split_part(c."item", '|', 1) AS "relation", split_part(c."item", '|', 3) AS "otherKey"
        UNION SELECT split_part(c."item", '|', 3), split_part(c."item", '|', 1), split_part(c."item", '|', 2)
      ) e
      GROUP BY e."entityKey", e."relation", e."otherKey"
      ORDER BY e."entityKey", e."relation", e."otherKey"
      ON CONFLICT ("entityKey", "relation", "otherKey") DO UPDATE SET "articles" = "RelationCount"."articles" + excluded."articles"
    )`;
}

/**
 * Brings the relation counts up to date with the facts the given articles report now, in one
 * statement; for changes that touch relation facts only (a rejected or restored fact). The
 * writer, a merge and a split keep them with the co-mentions (refreshGraphCounts).
 */
export async function refreshRelationCounts(db: Db, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const ids = Prisma.sql`${[...new Set(articleIds)]}::text[]`;
  await db.$executeRaw(Prisma.sql`WITH ${relationCountSteps(ids)} SELECT 1`);
}
