import type { Prisma } from "../store/index.ts";

type Tx = Prisma.TransactionClient;

/**
 * The advisory lock key that orders additions to the feeds (ArticleEvent and ChangeEvent).
 * Writers take turns for the step that appends to them, so sequences are handed out in commit
 * order and a reader that has seen sequence n never later finds a smaller one committed.
 */
export const FEED_LOCK = 7_274_201;

/**
 * The LISTEN/NOTIFY channel that tells feed readers in other processes (src/events/feedReader.ts)
 * to read the feeds: notified in the writing transaction, so it is delivered at commit, never before.
 */
export const FEED_CHANNEL = "wartagraph_feed";

/** What an article looked like before a write, as far as ARTICLE_UPDATED reports changes. */
export interface ArticleSnapshot {
  title: string;
  lede: string | null;
  body: string;
  url: string | null;
  /**
   * the instant with the day and precision written beside it: a date line that now gives only
   * the day (or now the time) changes what publishedDate and publishedDatePrecision answer, at
   * the same instant
   */
  publishedAt: string | null;
  source: string | null;
  /** author ids in byline order */
  authors: string;
  /** a digest of every fact the article reports (mentions, positions, quotes, events and who took part, topics) */
  facts: string;
}

/** The names ARTICLE_UPDATED lists in changedFields, in this order. */
export const ARTICLE_FIELDS = [
  "title",
  "lede",
  "body",
  "url",
  "publishedAt",
  "source",
  "authors",
  "facts",
] as const satisfies readonly (keyof ArticleSnapshot)[];

/**
 * One statement: the article's fields and a digest of its facts. Fact rows are listed by what
 * they say (who, which position and title, which quote), not by their row ids, which a re-ingest
 * renews even when nothing changed.
 */
export async function snapshotArticle(tx: Tx, articleId: string): Promise<ArticleSnapshot | undefined> {
  const rows = await tx.$queryRaw<ArticleSnapshot[]>`
    SELECT a.title, a.lede, a.body, a.url,
      nullif(concat_ws(' ', to_char(a."publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS'), a."publishedDate"::text,
                       a."publishedPrecision"::text), '') AS "publishedAt",
      a."sourceId" AS source,
      coalesce((SELECT string_agg(aa."authorId", ',' ORDER BY aa.ordinal, aa."authorId")
                FROM "ArticleAuthor" aa WHERE aa."articleId" = a.id), '') AS authors,
      md5(concat_ws('|',
        (SELECT string_agg(DISTINCT m."personId", ',') FROM "PersonMention" m WHERE m."articleId" = a.id),
        (SELECT string_agg(DISTINCT m."institutionId", ',') FROM "InstitutionMention" m WHERE m."articleId" = a.id),
        (SELECT string_agg(DISTINCT m."placeId", ',') FROM "PlaceMention" m WHERE m."articleId" = a.id),
        (SELECT string_agg(DISTINCT m."productId", ',') FROM "ProductMention" m WHERE m."articleId" = a.id),
        (SELECT string_agg(DISTINCT r."positionId" || ':' || r.title, ',') FROM "PositionReport" r WHERE r."articleId" = a.id),
        (SELECT string_agg(DISTINCT q."speakerId" || ':' || q.text, ',') FROM "Quote" q WHERE q."articleId" = a.id),
        (SELECT string_agg(DISTINCT e."eventId", ',') FROM "EventReport" e WHERE e."articleId" = a.id),
        (SELECT string_agg(DISTINCT p."eventId" || ':' || p."personId" || ':' || p.role::text, ',')
           FROM "EventParticipant" p WHERE p."articleId" = a.id),
        (SELECT string_agg(DISTINCT g."eventId" || ':' || g.role::text || ':' || coalesce(g."institutionId", '') || ':' || g.label, ',')
           FROM "EventGroupParticipant" g WHERE g."articleId" = a.id),
        (SELECT string_agg(DISTINCT l."speakerLabel" || ':' || l.text, ',') FROM "LabelledQuote" l WHERE l."articleId" = a.id),
        (SELECT string_agg(DISTINCT t."topicId", ',') FROM "ArticleTopic" t WHERE t."articleId" = a.id)
      )) AS facts
    FROM "Article" a WHERE a.id = ${articleId}`;
  return rows[0];
}

/** The fields of `after` that differ from `before`, in ARTICLE_FIELDS order. */
export function changedFieldsOf(before: ArticleSnapshot, after: ArticleSnapshot): string[] {
  return ARTICLE_FIELDS.filter((field) => before[field] !== after[field]);
}

export interface ArticleWrite {
  articleId: string;
  /** the article did not exist before this transaction */
  created: boolean;
  /** the article before this write (when it existed) */
  before: ArticleSnapshot | undefined;
  /** every person the draft resolved to */
  personIds: readonly string[];
}

/**
 * Appends what one article write changed to the feeds, in the write's own transaction, as its
 * last step: ArticleEvent (articleAdded) for a new article; ChangeEvent rows ARTICLE_ADDED or
 * ARTICLE_UPDATED (with the changed fields; nothing for an unchanged re-ingest), PERSON_ADDED
 * for each person this transaction created, and POSITION_REPORTED for each person–title–
 * institution this article is the first to report. Returns how many ChangeEvents it wrote.
 *
 * People created here are the ones whose row this transaction inserted (its xmin is this
 * transaction's id: people are never updated by a write, so an older person never matches).
 * A position is first reported when no other article reports it and the feed has not announced
 * it yet, so re-ingesting the article that introduced it announces nothing again.
 */
export async function recordArticleChanges(tx: Tx, write: ArticleWrite): Promise<number> {
  let changedFields: string[] = [];
  if (write.before) {
    const after = await snapshotArticle(tx, write.articleId);
    changedFields = after ? changedFieldsOf(write.before, after) : [];
  }
  const articleKind = write.created ? "ARTICLE_ADDED" : changedFields.length > 0 ? "ARTICLE_UPDATED" : null;

  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FEED_LOCK})`;
  // one statement: the article's own event, then its new people and first-reported positions, and the wake-up
  const inserted = await tx.$queryRaw<{ written: bigint }[]>`
    WITH added AS (
      INSERT INTO "ArticleEvent" ("articleId") SELECT ${write.articleId} WHERE ${write.created}
    ),
    changes AS (
      SELECT 0 AS part, ${articleKind}::text AS kind, NULL::text AS "personId", NULL::text AS "institutionId",
             NULL::text AS "positionId", ${JSON.stringify(changedFields)}::json AS fields, '' AS sort
      WHERE ${articleKind}::text IS NOT NULL
      UNION ALL
      SELECT 1, 'PERSON_ADDED', p.id, NULL, NULL, '[]'::json, p.id
      FROM "Person" p
      WHERE p.id IN (SELECT json_array_elements_text(${JSON.stringify(write.personIds)}::json))
        AND p.xmin::text = (pg_current_xact_id()::xid)::text
      UNION ALL
      SELECT 2, 'POSITION_REPORTED', pos."personId", pos."institutionId", pos.id, '[]'::json, pos.id
      FROM "Position" pos
      WHERE pos.id IN (SELECT r."positionId" FROM "PositionReport" r WHERE r."articleId" = ${write.articleId})
        AND NOT EXISTS (SELECT 1 FROM "PositionReport" o WHERE o."positionId" = pos.id AND o."articleId" <> ${write.articleId})
        AND NOT EXISTS (SELECT 1 FROM "ChangeEvent" c WHERE c.kind = 'POSITION_REPORTED' AND c."positionId" = pos.id)
    ),
    written AS (
      INSERT INTO "ChangeEvent" (kind, "articleId", "personId", "institutionId", "positionId", "changedFields")
      SELECT kind::"ChangeKind", ${write.articleId}, "personId", "institutionId", "positionId",
             ARRAY(SELECT json_array_elements_text(fields))
      FROM changes ORDER BY part, sort
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM written)::bigint AS written FROM (SELECT pg_notify(${FEED_CHANNEL}, '')) AS woken`;
  return Number(inserted[0]?.written ?? 0);
}
