import { recordArticleChanges, snapshotArticle } from "../graph/changeFeed.ts";
import { lockArticlesForCounting, refreshGraphCounts } from "../graph/coMentions.ts";
import { zoneOffset } from "../ingest/extract/dates.ts";
import type { Prisma, PrismaClient } from "../store/index.ts";
import { type Actor, CurationError, globalIdOf, inTransaction, type Tx } from "./common.ts";
import { recordCuration } from "./log.ts";

export type DatePrecision = "DAY" | "MINUTE";

/** A publication date as the Article row keeps it. */
export interface PublishedDate {
  /** the instant: midnight of the day in its zone at DAY precision */
  publishedAt: Date;
  /** the calendar day as the article's own zone has it, at midnight UTC (a DATE column) */
  publishedDate: Date;
  precision: DatePrecision;
}

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_AND_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads a curator's date: "YYYY-MM-DD" at DAY precision, "YYYY-MM-DDTHH:MM" with an optional
 * offset ("+08:00", "Z") at MINUTE precision. Without an offset the time is the extractor's
 * default zone (WIB), as for a date line that names none. Anything else is a CurationError.
 */
export function parsePublishedDate(text: string, precision: DatePrecision): PublishedDate {
  const example = precision === "DAY" ? "2026-03-05" : "2026-03-05T09:30 or 2026-03-05T09:30+08:00";
  const match = precision === "DAY" ? DAY_ONLY.exec(text) : DAY_AND_TIME.exec(text);
  if (!match) {
    const hint =
      precision === "DAY" && DAY_AND_TIME.test(text)
        ? "; a time needs precision MINUTE"
        : precision === "MINUTE" && DAY_ONLY.test(text)
          ? "; a day without a time needs precision DAY"
          : "";
    throw new CurationError(`date must be written like ${example} for precision ${precision}, got "${text}"${hint}`);
  }
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((group) => Number(match[group] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const publishedDate = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1 ||
    publishedDate.getUTCFullYear() !== year ||
    publishedDate.getUTCMonth() !== month - 1 ||
    publishedDate.getUTCDate() !== day
  ) {
    throw new CurationError(`date: ${text.slice(0, 10)} is not a day of the calendar`);
  }
  if (hour > 23 || minute > 59) throw new CurationError(`date: ${text.slice(11, 16)} is not a time of day`);
  const offset = match[6] === "Z" ? "+00:00" : (match[6] ?? zoneOffset(undefined));
  const offsetHours = Number(offset.slice(1, 3));
  const offsetMinutes = Number(offset.slice(4, 6));
  if (offsetHours > 14 || offsetMinutes > 59) throw new CurationError(`date: ${offset} is not a UTC offset`);
  const offsetMs = (offset.startsWith("-") ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const publishedAt = new Date(publishedDate.getTime() + (hour * 60 + minute) * 60_000 - offsetMs);
  return { publishedAt, publishedDate, precision };
}

/** What the curation log keeps of an article's date. */
function dateSnapshot(
  articleId: string,
  row: { publishedAt: Date | null; publishedDate: Date | null; publishedPrecision: DatePrecision | null },
): Prisma.InputJsonObject {
  return {
    id: globalIdOf("Article", articleId),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedDate: row.publishedDate?.toISOString().slice(0, 10) ?? null,
    publishedDatePrecision: row.publishedPrecision,
  };
}

/**
 * Sets an article's publication date and its precision, in one transaction: the article lists
 * by it (listedAt, and the copies of it beside each mention, topic and quote that keep the
 * per-entity lists in order), the co-mention evidence is re-ordered, the curation log records the
 * date before and after, and the change feed gets ARTICLE_UPDATED with publishedAt changed.
 */
export async function correctPublishedDate(
  prisma: PrismaClient,
  actor: Actor,
  articleId: string,
  date: PublishedDate,
): Promise<{ articleId: string }> {
  return inTransaction(prisma, async (tx) => {
    // the row lock a recount takes, so a count of this article running elsewhere finishes first
    const locked = await lockArticlesForCounting(tx, [articleId]);
    if (locked.length === 0) throw new CurationError(`id: no Article has the ID ${globalIdOf("Article", articleId)}`);
    const before = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { publishedAt: true, publishedDate: true, publishedPrecision: true },
    });
    const feedBefore = await snapshotArticle(tx, articleId);
    await writeListedDate(tx, articleId, date);
    await refreshGraphCounts(tx, [articleId]);
    await recordCuration(tx, {
      actor,
      action: "CORRECT_PUBLISHED_DATE",
      target: globalIdOf("Article", articleId),
      before: dateSnapshot(articleId, before),
      after: dateSnapshot(articleId, { ...date, publishedPrecision: date.precision }),
    });
    await recordArticleChanges(tx, { articleId, created: false, before: feedBefore, personIds: [] });
    return { articleId };
  });
}

/** The article's date, and listedAt (the date lists sort by) everywhere the article is listed. */
async function writeListedDate(tx: Tx, articleId: string, date: PublishedDate): Promise<void> {
  await tx.article.update({
    where: { id: articleId },
    data: {
      publishedAt: date.publishedAt,
      publishedDate: date.publishedDate,
      publishedPrecision: date.precision,
      publishedDateCurated: true,
      listedAt: date.publishedAt,
    },
  });
  // one statement for every copy, each read from the row just written (no client time zone in between)
  await tx.$executeRaw`
    WITH article AS (SELECT "listedAt" FROM "Article" WHERE id = ${articleId}),
      people AS (UPDATE "PersonMention" SET "listedAt" = (TABLE article) WHERE "articleId" = ${articleId} RETURNING 1),
      institutions AS (UPDATE "InstitutionMention" SET "listedAt" = (TABLE article) WHERE "articleId" = ${articleId} RETURNING 1),
      places AS (UPDATE "PlaceMention" SET "listedAt" = (TABLE article) WHERE "articleId" = ${articleId} RETURNING 1),
      topics AS (UPDATE "ArticleTopic" SET "listedAt" = (TABLE article) WHERE "articleId" = ${articleId} RETURNING 1),
      quotes AS (UPDATE "Quote" SET "listedAt" = (TABLE article) WHERE "articleId" = ${articleId} RETURNING 1)
    SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM institutions) + (SELECT count(*) FROM places)
      + (SELECT count(*) FROM topics) + (SELECT count(*) FROM quotes)`;
}
