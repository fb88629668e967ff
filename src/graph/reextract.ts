import { type ArticleDraft, DraftValidationError, parseArticleDraft } from "../ingest/draft.ts";
import { EXTRACTOR_VERSION, ExtractionError, extractArticle } from "../ingest/extract/index.ts";
import type { PrismaClient } from "../store/index.ts";
import { CURATED_EXTRACTOR, contentHashOf, writeArticleDraft } from "./writeArticle.ts";

export interface ReextractOptions {
  /** re-extract every article, not only those an older extractor read */
  all?: boolean;
  /** also re-extract hand-checked ("curated") articles; their curated facts stay, their article fields are replaced */
  includeCurated?: boolean;
  /** stops after the article being written (the result counts what was done) */
  signal?: AbortSignal;
  /** called once the articles to visit are known, and after each article */
  onProgress?: (progress: { done: number; total: number; failure?: ReextractFailure }) => void;
}

export interface ReextractFailure {
  articleId: string;
  slug: string;
  message: string;
}

export interface ReextractResult {
  /** the articles visited (curated ones skipped are not among them) */
  total: number;
  reextracted: number;
  /** curated articles left alone (without includeCurated) */
  skippedCurated: number;
  failures: ReextractFailure[];
}

/** What of a stored article the extractor needs to read it again. */
export interface StoredArticleText {
  title: string;
  body: string;
  publishedAt: Date | null;
  /** with DAY precision the text gave this day and no time, and the date line says just that */
  publishedDate?: Date | null;
  publishedPrecision?: "DAY" | "MINUTE" | null;
}

const JAKARTA_DATE_LINE = new Intl.DateTimeFormat("id-ID", {
  timeZone: "Asia/Jakarta",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "Sabtu, 29 November 2025 - 19:36 WIB": the date line Indonesian outlets print under a title. */
export function jakartaDateLine(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    JAKARTA_DATE_LINE.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")}, ${Number(part("day"))} ${part("month")} ${part("year")} - ${part("hour")}:${part("minute")} WIB`;
}

const DAY_LINE = new Intl.DateTimeFormat("id-ID", {
  timeZone: "UTC",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "Senin, 1 Desember 2025": a date line for a day given without a time (a DATE column holds its midnight UTC). */
function dayLine(day: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    DAY_LINE.formatToParts(day).find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")}, ${Number(part("day"))} ${part("month")} ${part("year")}`;
}

/**
 * The stored article as raw text the extractor reads like a pasted article: title line, date
 * line, blank line, body. The outlet and url are handed to the extractor as options, since a
 * masthead line in an outlet's own spelling could be mistaken for the title.
 */
export function composeArticleText(article: StoredArticleText): string {
  const dateLine =
    article.publishedPrecision === "DAY" && article.publishedDate
      ? `${dayLine(article.publishedDate)}\n`
      : article.publishedAt
        ? `${jakartaDateLine(article.publishedAt)}\n`
        : "";
  return `${article.title}\n${dateLine}\n${article.body}\n`;
}

/**
 * Re-runs the current extractor over stored articles (those another extractor version wrote, or
 * all) and writes each result in its own transaction. An article whose text the extractor reads
 * back differently is left as it is and reported: writing it would create a second article or
 * change the stored text under its facts' spans.
 */
export async function reextractArticles(
  prisma: PrismaClient,
  options: ReextractOptions = {},
): Promise<ReextractResult> {
  const versionFilter = options.all ? {} : { extractorVersion: { not: EXTRACTOR_VERSION } };
  const skippedCurated = options.includeCurated
    ? 0
    : await prisma.article.count({ where: { AND: [versionFilter, { extractorVersion: CURATED_EXTRACTOR }] } });
  const where = options.includeCurated
    ? versionFilter
    : { AND: [versionFilter, { extractorVersion: { not: CURATED_EXTRACTOR } }] };
  // ids first: the articles' texts are read one at a time, so a large graph is not held in memory
  const ids = (await prisma.article.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);

  const result: ReextractResult = { total: ids.length, reextracted: 0, skippedCurated, failures: [] };
  options.onProgress?.({ done: 0, total: ids.length });
  for (const [index, id] of ids.entries()) {
    if (options.signal?.aborted) break;
    let failure: ReextractFailure | undefined;
    try {
      const outcome = await reextractArticle(prisma, id);
      if (outcome === "reextracted") result.reextracted++;
    } catch (error) {
      failure = { articleId: id, slug: "", message: error instanceof Error ? error.message : String(error) };
      if (error instanceof ReextractArticleError) failure.slug = error.slug;
      result.failures.push(failure);
    }
    options.onProgress?.({ done: index + 1, total: ids.length, ...(failure ? { failure } : {}) });
    // an embedded store answers without real I/O: a turn of the event loop lets timers and signals through
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}

const offsetText = (minutes: number) => {
  const size = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(size / 60)).padStart(2, "0")}:${String(size % 60).padStart(2, "0")}`;
};
/** Indonesia's zones (WIB, WITA, WIT), the offsets a stored day is most likely written in. */
const INDONESIAN_OFFSETS = [7 * 60, 8 * 60, 9 * 60];

/**
 * The stored instant written in an offset whose calendar day is the stored day, so the writer
 * derives the same publishedDate again (the instant alone, in UTC, can fall on the day before).
 * A day-only date is that day's midnight; a full time is read in the first Indonesian zone that
 * puts it on that day.
 */
export function timestampOnItsDay(instant: Date, day: Date | null, precision: "DAY" | "MINUTE" | null): string {
  if (!day) return instant.toISOString();
  const date = day.toISOString().slice(0, 10);
  const local = (minutes: number) => new Date(instant.getTime() + minutes * 60_000).toISOString().slice(0, 19);
  if (precision === "DAY") {
    const minutes = Math.round((day.getTime() - instant.getTime()) / 60_000);
    return `${local(minutes)}${offsetText(minutes)}`;
  }
  const minutes = INDONESIAN_OFFSETS.find((m) => local(m).startsWith(date));
  return minutes === undefined ? instant.toISOString() : `${local(minutes)}${offsetText(minutes)}`;
}

class ReextractArticleError extends Error {
  constructor(
    readonly slug: string,
    message: string,
  ) {
    super(message);
    this.name = "ReextractArticleError";
  }
}

async function reextractArticle(prisma: PrismaClient, id: string): Promise<"reextracted" | "gone"> {
  const article = await prisma.article.findUnique({
    where: { id },
    select: {
      slug: true,
      title: true,
      body: true,
      url: true,
      contentHash: true,
      publishedAt: true,
      publishedDate: true,
      publishedPrecision: true,
      language: true,
      source: { select: { name: true, domain: true } },
      authors: { select: { author: { select: { name: true } } }, orderBy: { ordinal: "asc" } },
    },
  });
  if (!article) return "gone"; // deleted since the list was read

  let draft: ArticleDraft;
  try {
    const extracted = extractArticle(composeArticleText(article), {
      ...(article.url ? { url: article.url } : {}),
      ...(article.source ? { source: article.source.name } : {}),
    });
    draft = parseArticleDraft(extracted);
  } catch (error) {
    if (error instanceof ExtractionError || error instanceof DraftValidationError) {
      throw new ReextractArticleError(article.slug, error.message);
    }
    throw error;
  }
  if (contentHashOf(draft.article.title, draft.article.body) !== article.contentHash) {
    throw new ReextractArticleError(
      article.slug,
      "the extractor reads the stored title and body back differently; the article was left as it is",
    );
  }
  // What the graph knows about the article beyond its text stays: the composed text carries no byline or domain.
  const stored: Partial<ArticleDraft["article"]> = {
    ...(article.url ? { url: article.url } : {}),
    ...(article.publishedAt
      ? {
          publishedAt: timestampOnItsDay(article.publishedAt, article.publishedDate, article.publishedPrecision),
          ...(article.publishedPrecision ? { publishedPrecision: article.publishedPrecision } : {}),
        }
      : {}),
    ...(article.source
      ? { source: { name: article.source.name, ...(article.source.domain ? { domain: article.source.domain } : {}) } }
      : {}),
    ...(article.authors.length > 0 ? { authors: article.authors.map((a) => ({ name: a.author.name })) } : {}),
    language: article.language,
  };
  await writeArticleDraft(prisma, { ...draft, article: { ...draft.article, ...stored } });
  return "reextracted";
}
