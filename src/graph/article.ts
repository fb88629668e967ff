import { createHash } from "node:crypto";
import type { ArticleDraft } from "../ingest/draft.ts";
import { normalizeName } from "../ingest/normalize.ts";
import type { Prisma } from "../store/index.ts";

type Tx = Prisma.TransactionClient;

/** The extractor name of hand-checked facts; re-extraction never replaces them. */
export const CURATED_EXTRACTOR = "curated";

/** Identifies an article's content whatever its whitespace: the same text ingested twice is one article. */
export function contentHashOf(title: string, body: string): string {
  const canonical = `${title.replace(/\s+/g, " ").trim()}\n${body.replace(/\s+/g, " ").trim()}`;
  return createHash("sha256").update(canonical).digest("hex");
}

/** The stored article a draft writes again: the same url, else the same content. */
export async function findExistingArticle(tx: Tx, url: string | undefined, contentHash: string) {
  const select = {
    id: true,
    listedAt: true,
    url: true,
    publishedAt: true,
    publishedDate: true,
    publishedPrecision: true,
    publishedDateCurated: true,
  } as const;
  return (
    (url ? await tx.article.findUnique({ where: { url }, select }) : null) ??
    (await tx.article.findUnique({ where: { contentHash }, select }))
  );
}

/**
 * Facts from an extractor are replaced when the article is written again; hand-checked
 * ("curated") facts are replaced only by another curated draft.
 */
export async function removeReplaceableFacts(tx: Tx, articleId: string, extractor: string): Promise<void> {
  const where = extractor === CURATED_EXTRACTOR ? { articleId } : { articleId, extractor: { not: CURATED_EXTRACTOR } };
  await tx.personMention.deleteMany({ where });
  await tx.institutionMention.deleteMany({ where });
  await tx.placeMention.deleteMany({ where });
  await tx.productMention.deleteMany({ where });
  await tx.positionReport.deleteMany({ where });
  await tx.quote.deleteMany({ where });
  await tx.labelledQuote.deleteMany({ where });
  await tx.eventParticipant.deleteMany({ where });
  await tx.eventGroupParticipant.deleteMany({ where });
  await tx.eventReport.deleteMany({ where });
  await tx.articleTopic.deleteMany({ where });
  await tx.articleAuthor.deleteMany({ where: { articleId } });
}

export async function uniqueSlug(tx: Tx, wanted: string, contentHash: string): Promise<string> {
  const base = wanted || "article";
  const taken = await tx.article.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base.slice(0, 180)}-${contentHash.slice(0, 8)}` : base;
}

export async function upsertSource(tx: Tx, source: NonNullable<ArticleDraft["article"]["source"]>): Promise<string> {
  const normalizedName = normalizeName(source.name);
  const row = await tx.source.upsert({
    where: { normalizedName },
    create: { name: source.name, normalizedName, domain: source.domain ?? null },
    update: source.domain ? { domain: source.domain } : {},
    select: { id: true },
  });
  return row.id;
}

/**
 * Authors by normalized name, created where new: three statements however many. Rows are
 * inserted in name order, so writers adding the same new authors wait for each other in one
 * order and never deadlock.
 */
export async function writeAuthors(tx: Tx, articleId: string, authors: ArticleDraft["article"]["authors"]) {
  const byName = new Map<string, { name: string; ordinal: number }>();
  for (const [ordinal, author] of authors.entries()) {
    const normalizedName = normalizeName(author.name);
    if (normalizedName && !byName.has(normalizedName)) byName.set(normalizedName, { name: author.name, ordinal });
  }
  if (byName.size === 0) return;
  const names = [...byName.keys()].sort();
  await tx.author.createMany({
    skipDuplicates: true,
    data: names.map((normalizedName) => ({ name: byName.get(normalizedName)?.name ?? normalizedName, normalizedName })),
  });
  const rows = await tx.author.findMany({
    where: { normalizedName: { in: names } },
    select: { id: true, normalizedName: true },
  });
  await tx.articleAuthor.createMany({
    data: rows.map((row) => ({ articleId, authorId: row.id, ordinal: byName.get(row.normalizedName)?.ordinal ?? 0 })),
  });
}

/** Every topic the draft names (article and events), created where new: two statements in all. */
export async function resolveTopics(tx: Tx, draft: ArticleDraft): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const name of [...draft.topics.map((t) => t.name), ...draft.events.flatMap((e) => e.topics)]) {
    const normalizedName = normalizeName(name);
    if (normalizedName && !names.has(normalizedName)) names.set(normalizedName, name);
  }
  if (names.size === 0) return new Map();
  const sorted = [...names.keys()].sort(); // one insert order for every writer: no deadlock on new topics
  await tx.topic.createMany({
    skipDuplicates: true,
    data: sorted.map((normalizedName) => ({ name: names.get(normalizedName) ?? normalizedName, normalizedName })),
  });
  const rows = await tx.topic.findMany({
    where: { normalizedName: { in: sorted } },
    select: { id: true, normalizedName: true },
  });
  return new Map(rows.map((row) => [row.normalizedName, row.id]));
}

export async function writeArticleTopics(
  tx: Tx,
  articleId: string,
  listedAt: Date,
  draft: ArticleDraft,
  topicIds: ReadonlyMap<string, string>,
) {
  const byTopic = new Map<string, number>();
  for (const topic of draft.topics) {
    const id = topicIds.get(normalizeName(topic.name));
    if (id) byTopic.set(id, Math.max(byTopic.get(id) ?? 0, topic.confidence));
  }
  if (byTopic.size === 0) return;
  await tx.articleTopic.createMany({
    skipDuplicates: true,
    data: [...byTopic].map(([topicId, confidence]) => ({
      articleId,
      topicId,
      listedAt,
      confidence,
      extractor: draft.extractorVersion,
    })),
  });
}
