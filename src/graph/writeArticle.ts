import { dropRejectedFacts } from "../curation/decisions.ts";
import { type ArticleDraft, publishedDateOf, publishedPrecisionOf } from "../ingest/draft.ts";
import { slugify } from "../ingest/normalize.ts";
import { Prisma, type PrismaClient } from "../store/index.ts";
import {
  CURATED_EXTRACTOR,
  contentHashOf,
  findExistingArticle,
  removeReplaceableFacts,
  resolveTopics,
  uniqueSlug,
  upsertSource,
  writeArticleTopics,
  writeAuthors,
} from "./article.ts";
import { recordArticleChanges, snapshotArticle } from "./changeFeed.ts";
import { refreshGraphCounts } from "./coMentions.ts";
import { institutions, people, places } from "./entityKinds.ts";
import { lockInOrder } from "./entityLocks.ts";
import {
  factLockKeysOf,
  type ResolvedDraft,
  writeEvents,
  writeLabelledQuotes,
  writeMentions,
  writePositions,
  writeProducts,
  writeQuotes,
} from "./facts.ts";
import { lockKeysOf, resolveByAlias } from "./resolveByAlias.ts";
import { retryOnConflict } from "./retry.ts";

export { CURATED_EXTRACTOR, contentHashOf } from "./article.ts";

type Tx = Prisma.TransactionClient;

export interface WriteResult {
  articleId: string;
  /** false when the article existed (same url or same content) and was updated */
  created: boolean;
}

/** A write that conflicted is run again this many times in all, after 25, 50, 100 … ms (± half). */
const WRITE_ATTEMPTS = 5;
const FIRST_RETRY_PAUSE_MS = 25;

/**
 * Writes one validated draft into the graph in a single transaction: resolves every entity to an
 * existing node by any normalized name or alias (or creates it), records new aliases, and
 * replaces the article's earlier facts. Idempotent per article: the same url or the same content
 * updates the article instead of adding another.
 *
 * Safe beside any number of concurrent writers (other connections, servers, the CLI): a writer
 * locks every name its draft resolves by before it looks them up (entityLocks.ts), so one node is
 * created per entity. A transaction that still loses a race (two new articles with one url, a
 * writer that bypassed the locks: a unique violation) or that PostgreSQL aborts to break a
 * deadlock is run again after a short pause, and then finds what the other one committed.
 */
export async function writeArticleDraft(
  prisma: PrismaClient,
  draft: ArticleDraft,
  options: { onRetry?: (error: unknown, attempt: number) => void } = {},
): Promise<WriteResult> {
  return retryOnConflict(
    () =>
      prisma.$transaction((tx) => writeInTransaction(tx, draft), {
        timeout: 60_000,
        maxWait: 30_000,
        isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted,
      }),
    { attempts: WRITE_ATTEMPTS, baseDelayMs: FIRST_RETRY_PAUSE_MS, onRetry: options.onRetry },
  );
}

/** A calendar day as a DATE column takes it: midnight UTC of that day. */
export const dayOf = (date: string | undefined): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);

async function writeInTransaction(tx: Tx, draft: ArticleDraft): Promise<WriteResult> {
  const { article } = draft;
  const extractor = draft.extractorVersion;
  const contentHash = contentHashOf(article.title, article.body);
  const publishedAt = article.publishedAt ? new Date(article.publishedAt) : null;

  const existing = await findExistingArticle(tx, article.url, contentHash);
  // a curator's date (correctPublishedDate) outlives the text being extracted again; a curated draft replaces it
  const keptDate = existing?.publishedDateCurated && extractor !== CURATED_EXTRACTOR ? existing : undefined;
  const listedAt = keptDate ? keptDate.listedAt : (publishedAt ?? existing?.listedAt ?? new Date());
  const sourceId = article.source ? await upsertSource(tx, article.source) : null;

  // every name resolved below, locked at once in one order, before any is looked up
  await lockInOrder(tx, [
    ...lockKeysOf(places, draft.places),
    ...lockKeysOf(institutions, draft.institutions),
    ...lockKeysOf(people, draft.people),
  ]);
  const placeIds = await resolveByAlias(tx, draft.places, places, undefined);
  const institutionIds = await resolveByAlias(tx, draft.institutions, institutions, placeIds);
  const personIds = await resolveByAlias(tx, draft.people, people, undefined);

  const fields = {
    title: article.title,
    lede: article.lede ?? null,
    body: article.body,
    // text given again without its url keeps the url it was published at
    url: article.url ?? existing?.url ?? null,
    contentHash,
    language: article.language,
    ...(keptDate
      ? {
          publishedAt: keptDate.publishedAt,
          publishedDate: keptDate.publishedDate,
          publishedPrecision: keptDate.publishedPrecision,
        }
      : {
          publishedAt,
          publishedDate: dayOf(publishedDateOf(article)),
          publishedPrecision: publishedPrecisionOf(article) ?? null,
        }),
    listedAt,
    sourceId,
    datelinePlaceId: article.dateline ? (placeIds.get(article.dateline) ?? null) : null,
    extractorVersion: extractor,
  };

  let articleId: string;
  // what the article was, for ARTICLE_UPDATED to say what changed (read before anything is rewritten)
  const before = existing ? await snapshotArticle(tx, existing.id) : undefined;
  if (existing) {
    articleId = existing.id;
    await tx.article.update({ where: { id: articleId }, data: fields });
    await removeReplaceableFacts(tx, articleId, extractor);
  } else {
    const slug = await uniqueSlug(tx, article.slug ?? slugify(article.title), contentHash);
    articleId = (await tx.article.create({ data: { ...fields, slug }, select: { id: true } })).id;
  }

  await writeAuthors(tx, articleId, article.authors);
  const topicIds = await resolveTopics(tx, draft);
  await writeArticleTopics(tx, articleId, listedAt, draft, topicIds);

  const resolved: ResolvedDraft = { draft, articleId, listedAt, placeIds, institutionIds, personIds, topicIds };
  // positions, events and products are nodes too: their writers take turns like the entities'
  await lockInOrder(tx, factLockKeysOf(resolved));
  await writeMentions(tx, resolved);
  const positionByPerson = await writePositions(tx, resolved);
  const eventIds = await writeEvents(tx, resolved);
  await writeProducts(tx, resolved, eventIds);
  await writeQuotes(tx, resolved, positionByPerson);
  await writeLabelledQuotes(tx, resolved);
  // facts a curator rejected stay rejected when the article is written again (src/curation/decisions.ts)
  await dropRejectedFacts(tx, articleId);
  await refreshGraphCounts(tx, [articleId]);

  // the last step: writers take turns on the feeds' commit-order lock (changeFeed.ts)
  await recordArticleChanges(tx, { articleId, created: !existing, before, personIds: [...personIds.values()] });
  return { articleId, created: !existing };
}
