import { Prisma, type PrismaClient } from "../store/index.ts";
import { inSqlTransaction } from "./bulkSql.ts";
import { relationCountSteps } from "./relationCounts.ts";

type Db = Pick<Prisma.TransactionClient, "$executeRaw">;

/** The key an entity has in CoMention: "Person:<id>", "Institution:<id>", "Place:<id>", "Topic:<id>". */
export type CoMentionKey = `${"Person" | "Institution" | "Place" | "Topic"}:${string}`;

/**
 * How many articles a co-mention pair keeps as evidence (the newest); the migration that
 * backfilled them (20261203083000_co_mention_evidence) used the same number.
 */
export const CO_MENTION_EVIDENCE_MAX = 10;

/** The kinds of entity whose pairs keep evidence: the ones a graph walk visits. */
const EVIDENCE_KINDS = Prisma.sql`ARRAY['Person', 'Institution', 'Place']`;

/**
 * The newest CO_MENTION_EVIDENCE_MAX articles naming the entity `key` that also meet `condition`
 * on `m."articleId"`, as ("articleId", "listedAt"), for a LATERAL join: each kind's branch walks
 * its (entity, listedAt, articleId) index backwards and stops at the limit.
 */
function newestMentionsOf(key: Prisma.Sql, condition: (articleId: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  const kind = Prisma.sql`split_part(${key}, ':', 1)`;
  const id = Prisma.sql`substr(${key}, strpos(${key}, ':') + 1)`;
  const branch = (table: string, column: string, typename: string) =>
    Prisma.sql`(SELECT m."articleId", m."listedAt" FROM ${Prisma.raw(`"${table}"`)} m
      WHERE ${kind} = ${typename} AND m.${Prisma.raw(`"${column}"`)} = ${id} AND ${condition(Prisma.sql`m."articleId"`)}
      ORDER BY m.${Prisma.raw(`"${column}"`)} DESC, m."listedAt" DESC, m."articleId" DESC LIMIT ${CO_MENTION_EVIDENCE_MAX})`;
  return Prisma.sql`(${branch("PersonMention", "personId", "Person")}
    UNION ALL ${branch("InstitutionMention", "institutionId", "Institution")}
    UNION ALL ${branch("PlaceMention", "placeId", "Place")})`;
}

/** Whether the article names the entity `key`. */
function namesKey(key: Prisma.Sql, articleId: Prisma.Sql): Prisma.Sql {
  const kind = Prisma.sql`split_part(${key}, ':', 1)`;
  const id = Prisma.sql`substr(${key}, strpos(${key}, ':') + 1)`;
  return Prisma.sql`(EXISTS (SELECT 1 FROM "PersonMention" WHERE ${kind} = 'Person' AND "articleId" = ${articleId} AND "personId" = ${id})
    OR EXISTS (SELECT 1 FROM "InstitutionMention" WHERE ${kind} = 'Institution' AND "articleId" = ${articleId} AND "institutionId" = ${id})
    OR EXISTS (SELECT 1 FROM "PlaceMention" WHERE ${kind} = 'Place' AND "articleId" = ${articleId} AND "placeId" = ${id}))`;
}

/**
 * Brings the counts the graph keeps at write time up to date with the facts the given articles
 * have now, in one statement: the relation counts (relationCounts.ts) and the co-mention counts
 * with their evidence. For co-mentions, the pairs each article was counted with before (its
 * ledger row) are taken away, its current pairs added, and the ledger rewritten. Run it in the
 * transaction that changed the articles' facts (the writer after each article, curation after
 * a merge or a split), so the counts commit with the facts they count, after locking the
 * articles' rows (the writer's own update of the row, or lockArticlesForCounting) in an earlier
 * statement. Pairs are upserted in key order, so two writers touching the same pairs lock them in
 * the same order.
 *
 * Evidence (the newest articles naming both ends) is merged, not recomputed: the articles' own
 * newest for each of their pairs join the kept list, which is cut back to the cap. A pair whose
 * kept list already holds one of the articles (it may have left the pair, or moved in time) has
 * its list read again from the mention tables, from its rarer end. The merge happens under the
 * row lock, on the row as committed, so two writers adding to one pair keep both articles.
 *
 * Entity keys are grouped, sorted and joined in the "C" collation: they are ASCII ("Person:<id>"),
 * so only byte equality and byte order matter, and under the database's own collation every
 * comparison of the ~73k pairs a count of 1,000 articles sorts went through the locale (issue 11:
 * 4–5 % of the statement's CPU). Where they meet CoMention's own columns they go back to the
 * default collation, which its primary key is built in. Every writer sorts the same way, so the
 * upserts still lock pairs in one order.
 */
export async function refreshGraphCounts(db: Db, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const ids = Prisma.sql`${[...new Set(articleIds)]}::text[]`;
  await db.$executeRaw(Prisma.sql`
    WITH ${relationCountSteps(ids)}, "current" AS (
      SELECT "articleId", "listedAt", ('Person:' || "personId") COLLATE "C" AS "entity" FROM "PersonMention" WHERE "articleId" = ANY(${ids})
      UNION SELECT "articleId", "listedAt", 'Institution:' || "institutionId" FROM "InstitutionMention" WHERE "articleId" = ANY(${ids})
      UNION SELECT "articleId", "listedAt", 'Place:' || "placeId" FROM "PlaceMention" WHERE "articleId" = ANY(${ids})
      UNION SELECT "articleId", "listedAt", 'Topic:' || "topicId" FROM "ArticleTopic" WHERE "articleId" = ANY(${ids})
    ), "previous" AS (
      SELECT l."articleId", e COLLATE "C" AS "entity" FROM "CoMentionLedger" l, unnest(l."entities") AS e
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
      SELECT id, coalesce(array_agg(c."entity" ORDER BY c."entity") FILTER (WHERE c."entity" IS NOT NULL), ARRAY[]::text[])
      FROM unnest(${ids}) AS id LEFT JOIN "current" c ON c."articleId" = id
      GROUP BY id
      ON CONFLICT ("articleId") DO UPDATE SET "entities" = excluded."entities"
    ), "added" AS (
      -- each pair's newest articles among these, the candidates to join its kept evidence
      SELECT x, y, array_agg("articleId" ORDER BY n) AS "ids", array_agg("listedAt" ORDER BY n) AS "ats" FROM (
        SELECT a."entity" AS x, b."entity" AS y, a."articleId", a."listedAt",
          row_number() OVER (PARTITION BY a."entity", b."entity" ORDER BY a."listedAt" DESC, a."articleId" DESC) AS n
        FROM "current" a JOIN "current" b ON b."articleId" = a."articleId" AND b."entity" <> a."entity"
        WHERE split_part(a."entity", ':', 1) = ANY(${EVIDENCE_KINDS}) AND split_part(b."entity", ':', 1) = ANY(${EVIDENCE_KINDS})
      ) ranked
      WHERE n <= ${CO_MENTION_EVIDENCE_MAX}
      GROUP BY x, y
    ), "stale" AS (
      -- only a pair an article was counted in before can hold it as evidence
      SELECT c."entityKey" COLLATE "C" AS x, c."otherKey" COLLATE "C" AS y,
        CASE WHEN coalesce(da."articles", 0) <= coalesce(db."articles", 0) THEN c."entityKey" ELSE c."otherKey" END AS "driver",
        CASE WHEN coalesce(da."articles", 0) <= coalesce(db."articles", 0) THEN c."otherKey" ELSE c."entityKey" END AS "probe"
      FROM (SELECT DISTINCT a."entity" AS x, b."entity" AS y
            FROM "previous" a JOIN "previous" b ON b."articleId" = a."articleId" AND b."entity" <> a."entity"
            WHERE split_part(a."entity", ':', 1) = ANY(${EVIDENCE_KINDS}) AND split_part(b."entity", ':', 1) = ANY(${EVIDENCE_KINDS})) p
      JOIN "CoMention" c ON c."entityKey" = p.x COLLATE "default" AND c."otherKey" = p.y COLLATE "default" AND c."evidence" && ${ids}
      LEFT JOIN "CoMention" da ON da."entityKey" = c."entityKey" AND da."otherKey" = c."entityKey"
      LEFT JOIN "CoMention" db ON db."entityKey" = c."otherKey" AND db."otherKey" = c."otherKey"
    ), "reread" AS (
      SELECT s.x, s.y, coalesce(e."ids", ARRAY[]::text[]) AS "ids", coalesce(e."ats", ARRAY[]::timestamp(3)[]) AS "ats"
      FROM "stale" s CROSS JOIN LATERAL (
        SELECT array_agg(d."articleId" ORDER BY d."listedAt" DESC, d."articleId" DESC) AS "ids",
               array_agg(d."listedAt" ORDER BY d."listedAt" DESC, d."articleId" DESC) AS "ats"
        FROM ${newestMentionsOf(Prisma.sql`s."driver"`, (articleId) => namesKey(Prisma.sql`s."probe"`, articleId))} d
      ) e
    )
    INSERT INTO "CoMention" ("entityKey", "otherKey", "articles", "evidence", "evidenceAt")
    SELECT x, y, coalesce(delta.d, 0),
      coalesce(reread."ids", added."ids", ARRAY[]::text[]), coalesce(reread."ats", added."ats", ARRAY[]::timestamp(3)[])
    FROM "delta" FULL JOIN "added" USING (x, y) FULL JOIN "reread" USING (x, y)
    ORDER BY x, y
    ON CONFLICT ("entityKey", "otherKey") DO UPDATE SET "articles" = "CoMention"."articles" + excluded."articles",
      ("evidence", "evidenceAt") = (
        SELECT coalesce(array_agg(k.id ORDER BY k.at DESC, k.id DESC), ARRAY[]::text[]),
               coalesce(array_agg(k.at ORDER BY k.at DESC, k.id DESC), ARRAY[]::timestamp(3)[])
        FROM (
          SELECT id, at FROM unnest("CoMention"."evidence", "CoMention"."evidenceAt") AS kept(id, at) WHERE id <> ALL(${ids})
          UNION SELECT id, at FROM unnest(excluded."evidence", excluded."evidenceAt") AS fresh(id, at)
          ORDER BY at DESC, id DESC LIMIT ${CO_MENTION_EVIDENCE_MAX}
        ) k
      )`);
}

/**
 * Locks the rows of the given articles, in id order, in one statement, and returns the ids of
 * those that exist. Any transaction that recounts articles another process may count at the same
 * time (countUncountedArticles, a curation change) calls it before changing their facts and
 * before refreshGraphCounts: the count then runs in a later statement, which under READ COMMITTED
 * reads each article's ledger as the other committed it. Without it both read the ledger as it
 * was, both add the article's pairs, and the article is counted twice. Article rows are locked
 * before any count row, in one order everywhere, so two such transactions wait instead of
 * deadlocking.
 */
export async function lockArticlesForCounting(
  db: Pick<Prisma.TransactionClient, "$queryRaw">,
  articleIds: readonly string[],
): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Article" WHERE id = ANY(${[...new Set(articleIds)]}::text[]) ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/**
 * Articles counted per transaction by countUncountedArticles: a statement over many articles
 * writes a pair that recurs among them once, where one per batch rewrote it every batch.
 */
const UNCOUNTED_PER_TRANSACTION = 1_000;

/**
 * Counts every article the graph counts do not include yet, those without a ledger row: the
 * ones a bulk write committed and left to count after its batches (writeArticleDrafts), and any
 * that a run which stopped between its batches and its count left behind. Returns how many.
 *
 * Each transaction first locks its articles' rows, in id order, and then counts them in a
 * statement of its own: under READ COMMITTED that statement reads the ledger as another process
 * counting the same articles at the same time committed it, so an article is never counted twice.
 * The transactions run on the store's driver (inSqlTransaction), as the bulk writer's do: through
 * Prisma's client the statement and its thousand ids went through the query compiler, and the
 * first count of a `wartagraph ingest` started the compiler for nothing else.
 */
export async function countUncountedArticles(prisma: PrismaClient): Promise<number> {
  let counted = 0;
  for (;;) {
    const ids = await inSqlTransaction(
      prisma,
      async (tx) => {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT a.id FROM "Article" a
          WHERE NOT EXISTS (SELECT 1 FROM "CoMentionLedger" l WHERE l."articleId" = a.id)
          ORDER BY a.id LIMIT ${UNCOUNTED_PER_TRANSACTION}
          FOR UPDATE OF a`;
        const ids = rows.map((row) => row.id);
        await refreshGraphCounts(tx, ids);
        return ids;
      },
      { timeoutMs: 300_000, maxWaitMs: 30_000 },
    );
    counted += ids.length;
    if (ids.length < UNCOUNTED_PER_TRANSACTION) return counted;
  }
}
