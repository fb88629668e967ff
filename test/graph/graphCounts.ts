import type { PrismaClient } from "../../src/store/index.ts";

/**
 * The counts the graph keeps at write time (CoMention, RelationCount) and the same counts
 * recomputed from the fact tables, for tests that check the two agree after some change.
 */

/** A key per kept pair (its ends, and the relation for relation counts) → articles. */
export type GraphCounts = Record<string, number>;

/** The kept co-mention counts, "x y" → articles (a pair that fell to none is left out). */
export async function keptCoMentions(prisma: PrismaClient): Promise<GraphCounts> {
  const rows = await prisma.coMention.findMany({ where: { articles: { not: 0 } } });
  return Object.fromEntries(rows.map((row) => [`${row.entityKey} ${row.otherKey}`, row.articles]));
}

/** The same counts straight from the mention tables: every ordered pair named in one article, the diagonal included. */
export async function coMentionsFromFacts(prisma: PrismaClient): Promise<GraphCounts> {
  const rows = await prisma.$queryRawUnsafe<{ x: string; y: string; n: number }[]>(`
    WITH named AS (
      SELECT "articleId", 'Person:' || "personId" AS k FROM "PersonMention"
      UNION SELECT "articleId", 'Institution:' || "institutionId" FROM "InstitutionMention"
      UNION SELECT "articleId", 'Place:' || "placeId" FROM "PlaceMention"
      UNION SELECT "articleId", 'Topic:' || "topicId" FROM "ArticleTopic"
    )
    SELECT a.k AS x, b.k AS y, count(*)::int AS n FROM named a JOIN named b USING ("articleId") GROUP BY a.k, b.k`);
  return Object.fromEntries(rows.map((row) => [`${row.x} ${row.y}`, row.n]));
}

/** The kept counts, "entityKey relation otherKey" → articles (a pair that fell to none is left out). */
export async function keptRelationCounts(prisma: PrismaClient): Promise<GraphCounts> {
  const rows = await prisma.$queryRawUnsafe<
    { entityKey: string; relation: string; otherKey: string; articles: number }[]
  >(`SELECT "entityKey", "relation", "otherKey", "articles" FROM "RelationCount" WHERE "articles" <> 0`);
  return Object.fromEntries(rows.map((row) => [`${row.entityKey} ${row.relation} ${row.otherKey}`, row.articles]));
}

/** The same counts straight from the fact tables, each pair from both ends. */
export async function relationCountsFromFacts(prisma: PrismaClient): Promise<GraphCounts> {
  const rows = await prisma.$queryRawUnsafe<{ a: string; relation: string; b: string; n: number }[]>(`
    SELECT 'Person:' || p."personId" AS a, 'HOLDS_POSITION' AS relation, 'Institution:' || p."institutionId" AS b,
        count(DISTINCT r."articleId")::int AS n
      FROM "PositionReport" r JOIN "Position" p ON p.id = r."positionId" WHERE p."institutionId" IS NOT NULL
      GROUP BY p."personId", p."institutionId"
    UNION ALL SELECT 'Person:' || "personId", 'TOOK_PART', 'Event:' || "eventId", count(DISTINCT "articleId")::int
      FROM "EventParticipant" GROUP BY "personId", "eventId"
    UNION ALL SELECT 'Institution:' || "institutionId", 'TOOK_PART', 'Event:' || "eventId", count(DISTINCT "articleId")::int
      FROM "EventGroupParticipant" WHERE "institutionId" IS NOT NULL GROUP BY "institutionId", "eventId"
    UNION ALL SELECT 'Event:' || "eventId", 'REPORTED_IN', 'Event:' || "eventId", count(*)::int FROM "EventReport" GROUP BY "eventId"
    UNION ALL SELECT 'Product:' || "productId", 'REPORTED_IN', 'Product:' || "productId", count(*)::int
      FROM "ProductMention" GROUP BY "productId"`);
  const counts: GraphCounts = {};
  for (const row of rows) {
    counts[`${row.a} ${row.relation} ${row.b}`] = row.n;
    counts[`${row.b} ${row.relation} ${row.a}`] = row.n;
  }
  return counts;
}
