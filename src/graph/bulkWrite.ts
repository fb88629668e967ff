import { type ArticleDraft, publishedDateOf, publishedPrecisionOf } from "../ingest/draft.ts";
import { normalizeName, slugify } from "../ingest/normalize.ts";
import { Prisma, type PrismaClient } from "../store/index.ts";
import { contentHashOf } from "./article.ts";
import {
  writeBatchEvents,
  writeBatchLabelledQuotes,
  writeBatchMentions,
  writeBatchPositions,
  writeBatchProducts,
  writeBatchQuotes,
} from "./bulkFacts.ts";
import { newId } from "./bulkIds.ts";
import { insertColumns } from "./bulkInsert.ts";
import { resolveBatchEntities } from "./bulkResolve.ts";
import { inSqlTransaction, type SqlTx } from "./bulkSql.ts";
import { FEED_CHANNEL, FEED_LOCK } from "./changeFeed.ts";
import { countUncountedArticles } from "./coMentions.ts";
import { institutions, people, places } from "./entityKinds.ts";
import { lockInOrder } from "./entityLocks.ts";
import { factLockKeysOf, type ResolvedDraft } from "./facts.ts";
import { lockKeysOf } from "./resolveByAlias.ts";
import { retryOnConflict } from "./retry.ts";
import { type WriteResult, writeArticleDraft } from "./writeArticle.ts";

type Tx = SqlTx;

/** What became of one draft of a bulk write: its result, or why it was not written. */
export type BulkOutcome = { ok: true; result: WriteResult } | { ok: false; error: unknown };

export interface BulkWriteOptions {
  /** drafts per transaction at most */
  batchSize?: number;
  /** told of each conflict that is retried */
  onRetry?: (error: unknown, attempt: number) => void;
  /** told after each draft is settled, in draft order */
  onSettled?: (index: number, outcome: BulkOutcome) => void;
  /**
   * Leave the graph counts of the batches' articles to the caller, who runs
   * countUncountedArticles after this call or after several: counted together, a co-mention
   * pair that recurs across calls is written once. Without it the call counts them before it
   * returns.
   */
  deferGraphCounts?: boolean;
}

export const DEFAULT_BATCH_SIZE = 100;
/**
 * Name locks one batch takes at most. Advisory locks live in PostgreSQL's shared lock table
 * (max_locks_per_transaction × connections, 6,400 by default, shared by every session), so a
 * batch naming many different entities is cut short rather than risk "out of shared memory".
 */
const MAX_LOCKS_PER_BATCH = 1_000;
const WRITE_ATTEMPTS = 5;
const FIRST_RETRY_PAUSE_MS = 25;

/**
 * Writes many drafts, in order, with the graph they leave the same as writeArticleDraft one
 * after another would: new articles go in batches, each batch one transaction of a few dozen
 * statements however many articles it holds (multi-row inserts, one lookup per kind of node,
 * all name locks in one statement). A draft that updates a stored article (same url or content,
 * or one earlier in the batch) is written on its own, at its place in the order.
 *
 * Each article stays all or nothing: a batch that fails for another reason than a conflict is
 * written again article by article, so one bad draft fails alone and the others land. Safe
 * beside concurrent writers for the same reasons as writeArticleDraft (entityLocks.ts).
 *
 * The co-mention and relation counts (coMentions.ts) are derived from the facts, and a batch's
 * share of them was the largest part of its time: most pairs it touched were rewritten by the
 * next batch again. So the batches commit their articles uncounted (no ledger row) and the
 * counts follow in one pass over all of them at the end of the call (or the caller's, with
 * deferGraphCounts). Between the two, readers see the new articles with the counts of before;
 * a run that stops in between leaves them for the next pass (countUncountedArticles).
 */
export async function writeArticleDrafts(
  prisma: PrismaClient,
  drafts: readonly ArticleDraft[],
  options: BulkWriteOptions = {},
): Promise<BulkOutcome[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const outcomes: BulkOutcome[] = [];
  const settle = (outcome: BulkOutcome) => {
    outcomes.push(outcome);
    options.onSettled?.(outcomes.length - 1, outcome);
  };
  const writeAlone = async (draft: ArticleDraft) => {
    try {
      settle({ ok: true, result: await writeArticleDraft(prisma, draft, { onRetry: options.onRetry }) });
    } catch (error) {
      settle({ ok: false, error });
    }
  };
  let batchesWrote = false;
  while (outcomes.length < drafts.length) {
    const chunk = nextChunk(drafts, outcomes.length, batchSize);
    let written: WriteResult[];
    try {
      written = await retryOnConflict(
        () => inSqlTransaction(prisma, (tx) => writeBatch(tx, chunk), { timeoutMs: 120_000, maxWaitMs: 30_000 }),
        { attempts: WRITE_ATTEMPTS, baseDelayMs: FIRST_RETRY_PAUSE_MS, onRetry: options.onRetry },
      );
    } catch {
      // some draft of the batch cannot be written: each on its own, so only that one fails
      for (const draft of chunk) await writeAlone(draft);
      continue;
    }
    for (const result of written) settle({ ok: true, result });
    // the batch stopped before a draft that rewrites a stored article: that one alone
    const stoppedAt = drafts[outcomes.length];
    if (written.length < chunk.length && stoppedAt) await writeAlone(stoppedAt);
    batchesWrote ||= written.length > 0;
  }
  if (batchesWrote && !options.deferGraphCounts) await countUncountedArticles(prisma);
  return outcomes;
}

/** The drafts from `start` that one batch takes: up to `batchSize`, and up to MAX_LOCKS_PER_BATCH names. */
function nextChunk(drafts: readonly ArticleDraft[], start: number, batchSize: number): ArticleDraft[] {
  const chunk: ArticleDraft[] = [];
  const keys = new Set<string>();
  for (let i = start; i < drafts.length && chunk.length < batchSize; i++) {
    const draft = drafts[i] as ArticleDraft;
    for (const key of entityLockKeysOf(draft)) keys.add(key);
    if (chunk.length > 0 && keys.size > MAX_LOCKS_PER_BATCH) break;
    chunk.push(draft);
  }
  return chunk;
}

const entityLockKeysOf = (draft: ArticleDraft) => [
  ...lockKeysOf(places, draft.places),
  ...lockKeysOf(institutions, draft.institutions),
  ...lockKeysOf(people, draft.people),
];

/**
 * Writes the longest run of new articles at the start of `chunk` (stopping before a draft whose
 * url or content is stored, or taken by an earlier draft of the run) and returns their results.
 */
async function writeBatch(tx: Tx, chunk: readonly ArticleDraft[]): Promise<WriteResult[]> {
  const hashes = chunk.map((d) => contentHashOf(d.article.title, d.article.body));
  const urls = chunk.flatMap((d) => (d.article.url ? [d.article.url] : []));
  const stored = await tx.$queryRaw<{ url: string | null; contentHash: string }[]>`
    SELECT url, "contentHash" FROM "Article" WHERE url = ANY(${urls}::text[]) OR "contentHash" = ANY(${hashes}::text[])`;
  const takenUrls = new Set(stored.flatMap((row) => (row.url ? [row.url] : [])));
  const takenHashes = new Set(stored.map((row) => row.contentHash));
  let length = 0;
  for (const [index, draft] of chunk.entries()) {
    const url = draft.article.url;
    const hash = hashes[index] as string;
    if ((url && takenUrls.has(url)) || takenHashes.has(hash)) break;
    if (url) takenUrls.add(url);
    takenHashes.add(hash);
    length++;
  }
  if (length === 0) return [];
  const drafts = chunk.slice(0, length);

  const sourceIds = await upsertSources(tx, drafts);
  // every name the batch resolves by, locked at once in one order, before any is looked up
  await lockInOrder(tx, drafts.flatMap(entityLockKeysOf));
  const entities = await resolveBatchEntities(tx, drafts);
  const topicIds = await resolveBatchTopics(tx, drafts);

  const articles = await insertArticles(tx, drafts, hashes, sourceIds, entities.placeIds);
  await writeBatchAuthors(tx, drafts, articles);
  const batch: ResolvedDraft[] = drafts.map((draft, index) => ({
    draft,
    articleId: articles[index]?.id as string,
    listedAt: articles[index]?.listedAt as Date,
    placeIds: entities.placeIds[index] as Map<string, string>,
    institutionIds: entities.institutionIds[index] as Map<string, string>,
    personIds: entities.personIds[index] as Map<string, string>,
    topicIds,
  }));
  await writeBatchArticleTopics(tx, batch);

  // positions, events and products are nodes too: their writers take turns like the entities'
  await lockInOrder(tx, batch.flatMap(factLockKeysOf));
  await writeBatchMentions(tx, batch);
  const positions = await writeBatchPositions(tx, batch);
  const eventIds = await writeBatchEvents(tx, batch);
  await writeBatchProducts(tx, batch, eventIds);
  await writeBatchQuotes(tx, batch, positions.firstByPerson);
  await writeBatchLabelledQuotes(tx, batch);
  // no rejected facts to drop (dropRejectedFacts): curation decides about stored articles, these are new
  // and no graph counts: writeArticleDrafts counts the batches' articles together when they are in
  const articleIds = batch.map((r) => r.articleId);

  // the last step: writers take turns on the feeds' commit-order lock (changeFeed.ts)
  await recordBatchChanges(tx, articleIds, entities.peopleCreatedBy, positions.reported);
  return articleIds.map((articleId) => ({ articleId, created: true }));
}

/** Sources by normalized name, one statement; a later draft's domain wins, as one by one. */
async function upsertSources(tx: Tx, drafts: readonly ArticleDraft[]): Promise<(string | null)[]> {
  const byName = new Map<string, { name: string; domain: string | null }>();
  for (const { article } of drafts) {
    if (!article.source) continue;
    const normalizedName = normalizeName(article.source.name);
    const known = byName.get(normalizedName);
    byName.set(normalizedName, {
      name: known?.name ?? article.source.name,
      domain: article.source.domain || known?.domain || null,
    });
  }
  if (byName.size === 0) return drafts.map(() => null);
  const names = [...byName.keys()].sort();
  const rows = await tx.$queryRaw<{ id: string; normalizedName: string }[]>`
    INSERT INTO "Source" (id, name, "normalizedName", domain)
    SELECT * FROM unnest(${names.map(() => newId())}::text[], ${names.map((n) => byName.get(n)?.name)}::text[],
                         ${names}::text[], ${names.map((n) => byName.get(n)?.domain ?? null)}::text[])
    ON CONFLICT ("normalizedName") DO UPDATE SET domain = coalesce(excluded.domain, "Source".domain)
    RETURNING id, "normalizedName"`;
  const ids = new Map(rows.map((row) => [row.normalizedName, row.id]));
  return drafts.map(({ article }) => (article.source ? (ids.get(normalizeName(article.source.name)) ?? null) : null));
}

/** Every topic the batch names (articles and events), created where new: two statements. */
async function resolveBatchTopics(tx: Tx, drafts: readonly ArticleDraft[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const draft of drafts) {
    for (const name of [...draft.topics.map((t) => t.name), ...draft.events.flatMap((e) => e.topics)]) {
      const normalizedName = normalizeName(name);
      if (normalizedName && !names.has(normalizedName)) names.set(normalizedName, name);
    }
  }
  if (names.size === 0) return new Map();
  return idsByNormalizedName(tx, "Topic", names);
}

/**
 * Ids of the topics or authors named (normalized name → name as first written), created where
 * new: two statements, the second in a snapshot of its own so it also finds a row a concurrent
 * writer committed while the first skipped it. Inserted in name order, the same for every
 * writer, so two writers creating the same rows never wait for each other in a cycle.
 */
async function idsByNormalizedName(
  tx: Tx,
  table: "Topic" | "Author",
  names: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const sorted = [...names.keys()].sort();
  await insertColumns(
    tx,
    table,
    {
      id: { type: "text", values: sorted.map(() => newId()) },
      name: { type: "text", values: sorted.map((normalizedName) => names.get(normalizedName) ?? normalizedName) },
      normalizedName: { type: "text", values: sorted },
    },
    Prisma.sql`ON CONFLICT DO NOTHING`,
  );
  const rows = await tx.$queryRaw<{ id: string; normalizedName: string }[]>`
    SELECT id, "normalizedName" FROM ${Prisma.raw(`"${table}"`)} WHERE "normalizedName" = ANY(${sorted}::text[])`;
  return new Map(rows.map((row) => [row.normalizedName, row.id]));
}

/** The batch's articles in one insert, with the slugs one by one would give them; one statement more for taken slugs. */
async function insertArticles(
  tx: Tx,
  drafts: readonly ArticleDraft[],
  hashes: readonly string[],
  sourceIds: readonly (string | null)[],
  placeIdsOf: readonly ReadonlyMap<string, string>[],
): Promise<{ id: string; listedAt: Date }[]> {
  const wanted = drafts.map((d) => d.article.slug ?? slugify(d.article.title) ?? "");
  const bases = wanted.map((slug) => slug || "article");
  const taken = new Set(
    (
      await tx.$queryRaw<{ slug: string }[]>`
        SELECT slug FROM "Article" WHERE slug = ANY(${[...new Set(bases)]}::text[])`
    ).map((row) => row.slug),
  );
  const rows = drafts.map(({ article, extractorVersion }, index) => {
    const base = bases[index] as string;
    const hash = hashes[index] as string;
    const slug = taken.has(base) ? `${base.slice(0, 180)}-${hash.slice(0, 8)}` : base;
    taken.add(base).add(slug);
    const publishedAt = article.publishedAt ? new Date(article.publishedAt) : null;
    return {
      id: newId(),
      slug,
      title: article.title,
      lede: article.lede ?? null,
      body: article.body,
      url: article.url ?? null,
      contentHash: hash,
      language: article.language,
      publishedAt,
      publishedDate: publishedDateOf(article) ?? null,
      publishedPrecision: publishedPrecisionOf(article) ?? null,
      listedAt: publishedAt ?? new Date(),
      sourceId: sourceIds[index] ?? null,
      datelinePlaceId: article.dateline ? (placeIdsOf[index]?.get(article.dateline) ?? null) : null,
      extractorVersion,
    };
  });
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  const text = (key: keyof (typeof rows)[number]) => ({ type: "text", values: column(key) }) as const;
  const writtenAt = new Date();
  await insertColumns(tx, "Article", {
    id: text("id"),
    slug: text("slug"),
    title: text("title"),
    lede: text("lede"),
    body: text("body"),
    url: text("url"),
    contentHash: text("contentHash"),
    language: text("language"),
    publishedAt: { type: "timestamp(3)", values: column("publishedAt") },
    publishedDate: { type: "date", values: column("publishedDate") },
    publishedPrecision: { type: "text", enumType: "DatePrecision", values: column("publishedPrecision") },
    listedAt: { type: "timestamp(3)", values: column("listedAt") },
    sourceId: text("sourceId"),
    datelinePlaceId: text("datelinePlaceId"),
    extractorVersion: text("extractorVersion"),
    updatedAt: { type: "timestamp(3)", values: rows.map(() => writtenAt) },
  });
  return rows;
}

/** Authors of the batch by normalized name, created where new (in name order: no deadlock), and the bylines: three statements. */
async function writeBatchAuthors(
  tx: Tx,
  drafts: readonly ArticleDraft[],
  articles: readonly { id: string }[],
): Promise<void> {
  const written = new Map<string, string>();
  const bylines = drafts.map(({ article }) => {
    const byName = new Map<string, number>();
    for (const [ordinal, author] of article.authors.entries()) {
      const normalizedName = normalizeName(author.name);
      if (!normalizedName || byName.has(normalizedName)) continue;
      byName.set(normalizedName, ordinal);
      if (!written.has(normalizedName)) written.set(normalizedName, author.name);
    }
    return byName;
  });
  if (written.size === 0) return;
  const idOf = await idsByNormalizedName(tx, "Author", written);
  const credits = bylines.flatMap((byName, index) =>
    [...byName].map(([normalizedName, ordinal]) => ({
      articleId: articles[index]?.id as string,
      authorId: idOf.get(normalizedName) as string,
      ordinal,
    })),
  );
  await insertColumns(tx, "ArticleAuthor", {
    articleId: { type: "text", values: credits.map((credit) => credit.articleId) },
    authorId: { type: "text", values: credits.map((credit) => credit.authorId) },
    ordinal: { type: "int", values: credits.map((credit) => credit.ordinal) },
  });
}

async function writeBatchArticleTopics(tx: Tx, batch: readonly ResolvedDraft[]): Promise<void> {
  const data = batch.flatMap((r) => {
    const byTopic = new Map<string, number>();
    for (const topic of r.draft.topics) {
      const id = r.topicIds.get(normalizeName(topic.name));
      if (id) byTopic.set(id, Math.max(byTopic.get(id) ?? 0, topic.confidence));
    }
    return [...byTopic].map(([topicId, confidence]) => ({
      articleId: r.articleId,
      topicId,
      listedAt: r.listedAt,
      confidence,
      extractor: r.draft.extractorVersion,
    }));
  });
  await insertColumns(
    tx,
    "ArticleTopic",
    {
      articleId: { type: "text", values: data.map((row) => row.articleId) },
      topicId: { type: "text", values: data.map((row) => row.topicId) },
      listedAt: { type: "timestamp(3)", values: data.map((row) => row.listedAt) },
      confidence: { type: "float8", values: data.map((row) => row.confidence) },
      extractor: { type: "text", values: data.map((row) => row.extractor) },
    },
    Prisma.sql`ON CONFLICT DO NOTHING`,
  );
}

/**
 * The feeds for a batch of new articles, in article order, as recordArticleChanges writes them
 * one by one: per article its ArticleEvent, ARTICLE_ADDED, PERSON_ADDED for each person it
 * created, and POSITION_REPORTED for each position it is the first to report (the first article
 * of the batch that reports it, when no article outside the batch does and the feed has not
 * announced it). Two statements under the feeds' commit-order lock, and the wake-up.
 */
async function recordBatchChanges(
  tx: Tx,
  articleIds: readonly string[],
  peopleCreatedBy: readonly (readonly string[])[],
  reported: readonly (readonly { id: string; personId: string; institutionId: string | null }[])[],
): Promise<void> {
  type Change = {
    n: number;
    part: number;
    kind: string;
    articleId: string;
    personId: string | null;
    institutionId: string | null;
    positionId: string | null;
  };
  const changes: Change[] = [];
  const announced = new Set<string>();
  articleIds.forEach((articleId, n) => {
    const common = { n, articleId, institutionId: null, positionId: null };
    changes.push({ ...common, part: 0, kind: "ARTICLE_ADDED", personId: null });
    for (const personId of peopleCreatedBy[n] ?? [])
      changes.push({ ...common, part: 1, kind: "PERSON_ADDED", personId });
    for (const position of reported[n] ?? []) {
      if (announced.has(position.id)) continue;
      announced.add(position.id);
      changes.push({
        n,
        articleId,
        part: 2,
        kind: "POSITION_REPORTED",
        personId: position.personId,
        institutionId: position.institutionId,
        positionId: position.id,
      });
    }
  });
  const column = <K extends keyof Change>(key: K) => changes.map((c) => c[key]);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FEED_LOCK})`;
  await tx.$executeRaw`
    WITH added AS (
      INSERT INTO "ArticleEvent" ("articleId")
      SELECT a FROM unnest(${articleIds}::text[]) WITH ORDINALITY AS t(a, n) ORDER BY n
    ),
    candidates AS (
      SELECT * FROM unnest(${column("n")}::int[], ${column("part")}::int[], ${column("kind")}::text[],
                           ${column("articleId")}::text[], ${column("personId")}::text[],
                           ${column("institutionId")}::text[], ${column("positionId")}::text[])
        AS c(n, part, kind, "articleId", "personId", "institutionId", "positionId")
    ),
    changes AS (
      SELECT c.*, coalesce(c."positionId", c."personId", '') AS sort FROM candidates c
      WHERE c.part <> 2 OR (
        NOT EXISTS (SELECT 1 FROM "PositionReport" o
                    WHERE o."positionId" = c."positionId" AND NOT (o."articleId" = ANY(${articleIds}::text[])))
        AND NOT EXISTS (SELECT 1 FROM "ChangeEvent" e WHERE e.kind = 'POSITION_REPORTED' AND e."positionId" = c."positionId"))
    ),
    written AS (
      INSERT INTO "ChangeEvent" (kind, "articleId", "personId", "institutionId", "positionId", "changedFields")
      SELECT kind::"ChangeKind", "articleId", "personId", "institutionId", "positionId", ARRAY[]::text[]
      FROM changes ORDER BY n, part, sort
    )
    SELECT pg_notify(${FEED_CHANNEL}, '')`;
}
