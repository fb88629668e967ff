import { createHash } from "node:crypto";
import type { ArticleDraft, Provenance } from "../ingest/draft.ts";
import { normalizeName, slugify } from "../ingest/normalize.ts";
import { Prisma, type PrismaClient } from "../store/index.ts";
import { namesOf, parentsFirst } from "./resolve.ts";

type Tx = Prisma.TransactionClient;

/** The extractor name of hand-checked facts; re-extraction never replaces them. */
export const CURATED_EXTRACTOR = "curated";

export interface WriteResult {
  articleId: string;
  /** false when the article existed (same url or same content) and was updated */
  created: boolean;
}

/** Identifies an article's content whatever its whitespace: the same text ingested twice is one article. */
export function contentHashOf(title: string, body: string): string {
  const canonical = `${title.replace(/\s+/g, " ").trim()}\n${body.replace(/\s+/g, " ").trim()}`;
  return createHash("sha256").update(canonical).digest("hex");
}

const spanJson = (mentions: readonly Provenance[]) =>
  mentions.map(({ field, start, end }) => ({ field, start, end })) as Prisma.InputJsonValue;
const meanConfidence = (mentions: readonly Provenance[]) =>
  mentions.length === 0 ? 1 : mentions.reduce((sum, m) => sum + m.confidence, 0) / mentions.length;

const MAX_ATTEMPTS = 3;

/** The advisory lock key that orders additions to the article feed. */
const ARTICLE_FEED_LOCK = 7_274_201;

/**
 * Writes one validated draft into the graph in a single transaction: resolves every entity to an
 * existing node by any normalized name or alias (or creates it), records new aliases, and
 * replaces the article's earlier facts. Idempotent per article: the same url or the same content
 * updates the article instead of adding another. Concurrent writers that race to create the same
 * node make one transaction fail on a unique key; it is retried and then finds the node.
 */
export async function writeArticleDraft(prisma: PrismaClient, draft: ArticleDraft): Promise<WriteResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction((tx) => writeInTransaction(tx, draft), {
        timeout: 60_000,
        maxWait: 30_000,
        isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted,
      });
    } catch (error) {
      const uniqueViolation = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!uniqueViolation || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function writeInTransaction(tx: Tx, draft: ArticleDraft): Promise<WriteResult> {
  const { article } = draft;
  const extractor = draft.extractorVersion;
  const contentHash = contentHashOf(article.title, article.body);
  const publishedAt = article.publishedAt ? new Date(article.publishedAt) : null;

  const existing =
    (article.url
      ? await tx.article.findUnique({ where: { url: article.url }, select: { id: true, listedAt: true, url: true } })
      : null) ??
    (await tx.article.findUnique({ where: { contentHash }, select: { id: true, listedAt: true, url: true } }));
  const listedAt = publishedAt ?? existing?.listedAt ?? new Date();

  const sourceId = article.source ? await upsertSource(tx, article.source) : null;
  const placeIds = await resolvePlaces(tx, draft);
  const institutionIds = await resolveInstitutions(tx, draft, placeIds);
  const personIds = await resolvePeople(tx, draft);

  const fields = {
    title: article.title,
    lede: article.lede ?? null,
    body: article.body,
    // text given again without its url keeps the url it was published at
    url: article.url ?? existing?.url ?? null,
    contentHash,
    language: article.language,
    publishedAt,
    listedAt,
    sourceId,
    datelinePlaceId: article.dateline ? (placeIds.get(article.dateline) ?? null) : null,
    extractorVersion: extractor,
  };

  let articleId: string;
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
  await writeTopics(tx, articleId, listedAt, draft, topicIds, extractor);

  const keep = { skipDuplicates: true } as const;
  await tx.personMention.createMany({
    ...keep,
    data: draft.people.map((p) => ({
      personId: must(personIds, p.key),
      articleId,
      listedAt,
      spans: spanJson(p.mentions),
      confidence: meanConfidence(p.mentions),
      extractor,
    })),
  });
  await tx.institutionMention.createMany({
    ...keep,
    data: draft.institutions.map((i) => ({
      institutionId: must(institutionIds, i.key),
      articleId,
      listedAt,
      spans: spanJson(i.mentions),
      confidence: meanConfidence(i.mentions),
      extractor,
    })),
  });
  await tx.placeMention.createMany({
    ...keep,
    data: draft.places.map((p) => ({
      placeId: must(placeIds, p.key),
      articleId,
      listedAt,
      spans: spanJson(p.mentions),
      confidence: meanConfidence(p.mentions),
      extractor,
    })),
  });

  const positionByPerson = await writePositions(tx, draft, articleId, listedAt, personIds, institutionIds);
  const eventIds = await writeEvents(tx, draft, articleId, placeIds, institutionIds, personIds, topicIds);
  await writeProducts(tx, draft, articleId, institutionIds, eventIds);

  if (draft.quotes.length > 0) {
    await tx.quote.createMany({
      data: draft.quotes.map((q) => ({
        text: q.text,
        speakerId: must(personIds, q.speaker),
        positionId: positionByPerson.get(q.speaker) ?? null,
        articleId,
        listedAt,
        field: q.provenance.field,
        spanStart: q.provenance.start,
        spanEnd: q.provenance.end,
        confidence: q.provenance.confidence,
        extractor,
      })),
    });
  }
  if (!existing) {
    // Writers take turns for this last step, so feed sequences are handed out in commit order
    // and a subscriber that has seen sequence n never later finds a smaller one committed.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ARTICLE_FEED_LOCK})`;
    await tx.articleEvent.create({ data: { articleId } });
  }
  return { articleId, created: !existing };
}

function must(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`draft key "${key}" was not resolved`); // validated drafts never get here
  return id;
}

/**
 * Facts from an extractor are replaced when the article is written again; hand-checked
 * ("curated") facts are replaced only by another curated draft.
 */
async function removeReplaceableFacts(tx: Tx, articleId: string, extractor: string) {
  const where = extractor === CURATED_EXTRACTOR ? { articleId } : { articleId, extractor: { not: CURATED_EXTRACTOR } };
  await tx.personMention.deleteMany({ where });
  await tx.institutionMention.deleteMany({ where });
  await tx.placeMention.deleteMany({ where });
  await tx.productMention.deleteMany({ where });
  await tx.positionReport.deleteMany({ where });
  await tx.quote.deleteMany({ where });
  await tx.eventParticipant.deleteMany({ where });
  await tx.eventReport.deleteMany({ where });
  await tx.articleTopic.deleteMany({ where });
  await tx.articleAuthor.deleteMany({ where: { articleId } });
}

async function uniqueSlug(tx: Tx, wanted: string, contentHash: string): Promise<string> {
  const base = wanted || "article";
  const taken = await tx.article.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base.slice(0, 180)}-${contentHash.slice(0, 8)}` : base;
}

async function upsertSource(tx: Tx, source: NonNullable<ArticleDraft["article"]["source"]>) {
  const normalizedName = normalizeName(source.name);
  const row = await tx.source.upsert({
    where: { normalizedName },
    create: { name: source.name, normalizedName, domain: source.domain ?? null },
    update: source.domain ? { domain: source.domain } : {},
    select: { id: true },
  });
  return row.id;
}

async function writeAuthors(tx: Tx, articleId: string, authors: ArticleDraft["article"]["authors"]) {
  const seen = new Set<string>();
  for (const [ordinal, author] of authors.entries()) {
    const normalizedName = normalizeName(author.name);
    if (!normalizedName || seen.has(normalizedName)) continue;
    seen.add(normalizedName);
    const row = await tx.author.upsert({
      where: { normalizedName },
      create: { name: author.name, normalizedName },
      update: {},
      select: { id: true },
    });
    await tx.articleAuthor.create({ data: { articleId, authorId: row.id, ordinal } });
  }
}

/** Every topic the draft names (article and events), created where new: two statements in all. */
async function resolveTopics(tx: Tx, draft: ArticleDraft): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const name of [...draft.topics.map((t) => t.name), ...draft.events.flatMap((e) => e.topics)]) {
    const normalizedName = normalizeName(name);
    if (normalizedName && !names.has(normalizedName)) names.set(normalizedName, name);
  }
  if (names.size === 0) return new Map();
  await tx.topic.createMany({
    skipDuplicates: true,
    data: [...names].map(([normalizedName, name]) => ({ name, normalizedName })),
  });
  const rows = await tx.topic.findMany({
    where: { normalizedName: { in: [...names.keys()] } },
    select: { id: true, normalizedName: true },
  });
  return new Map(rows.map((row) => [row.normalizedName, row.id]));
}

async function writeTopics(
  tx: Tx,
  articleId: string,
  listedAt: Date,
  draft: ArticleDraft,
  topicIds: Map<string, string>,
  extractor: string,
) {
  const byTopic = new Map<string, number>();
  for (const topic of draft.topics) {
    const id = topicIds.get(normalizeName(topic.name));
    if (id) byTopic.set(id, Math.max(byTopic.get(id) ?? 0, topic.confidence));
  }
  await tx.articleTopic.createMany({
    skipDuplicates: true,
    data: [...byTopic].map(([topicId, confidence]) => ({ articleId, topicId, listedAt, confidence, extractor })),
  });
}

/** The distinct normalized names of a list of entities with aliases. */
function normalizedNamesOf(entities: readonly { name: string; aliases: readonly string[] }[]): string[] {
  return [...new Set(entities.flatMap((e) => namesOf(e.name, e.aliases).map((n) => n.normalized)))];
}

/**
 * Places resolve by Kemendagri code, else by an alias of a place of the same kind. All
 * candidates are read at once; places created for this draft join them, so two entries of one
 * draft that share a name become one node, as they would one by one.
 */
async function resolvePlaces(tx: Tx, draft: ArticleDraft): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (draft.places.length === 0) return ids;
  const codes = [...new Set(draft.places.flatMap((p) => (p.code ? [p.code] : [])))];
  const candidates = await tx.place.findMany({
    where: {
      OR: [{ code: { in: codes } }, { aliases: { some: { normalized: { in: normalizedNamesOf(draft.places) } } } }],
    },
    orderBy: { id: "asc" },
    select: { id: true, kind: true, code: true, parentId: true, aliases: { select: { normalized: true } } },
  });
  type Candidate = { id: string; kind: string; code: string | null; parentId: string | null; names: Set<string> };
  const known: Candidate[] = candidates.map((c) => ({ ...c, names: new Set(c.aliases.map((a) => a.normalized)) }));
  const aliasRows: { placeId: string; alias: string; normalized: string }[] = [];

  for (const place of parentsFirst(draft.places)) {
    const names = namesOf(place.name, place.aliases);
    const parentId = place.parent ? (ids.get(place.parent) ?? null) : null;
    let found = place.code ? known.find((c) => c.code === place.code) : undefined;
    found ??= known.find((c) => c.kind === place.kind && names.some((n) => c.names.has(n.normalized)));
    if (!found) {
      const created = await tx.place.create({
        data: {
          name: place.name,
          normalizedName: normalizeName(place.name),
          kind: place.kind,
          code: place.code ?? null,
          parentId,
        },
        select: { id: true },
      });
      found = { id: created.id, kind: place.kind, code: place.code ?? null, parentId, names: new Set() };
      known.push(found);
    } else if ((found.parentId === null && parentId) || (found.code === null && place.code)) {
      found.parentId ??= parentId;
      found.code ??= place.code ?? null;
      await tx.place.update({ where: { id: found.id }, data: { parentId: found.parentId, code: found.code } });
    }
    for (const n of names) {
      found.names.add(n.normalized);
      aliasRows.push({ placeId: found.id, alias: n.written, normalized: n.normalized });
    }
    ids.set(place.key, found.id);
  }
  await tx.placeAlias.createMany({ skipDuplicates: true, data: aliasRows });
  return ids;
}

/**
 * Institutions resolve by any alias; the draft's canonical name is tried first. All aliases are
 * looked up in one statement and written in one; an alias already naming another institution
 * stays with it (aliases identify one node).
 */
async function resolveInstitutions(
  tx: Tx,
  draft: ArticleDraft,
  placeIds: Map<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (draft.institutions.length === 0) return ids;
  const known = await tx.institutionAlias.findMany({
    where: { normalized: { in: normalizedNamesOf(draft.institutions) } },
    select: {
      normalized: true,
      institution: { select: { id: true, parentId: true, placeId: true, shortName: true, type: true } },
    },
  });
  const byAlias = new Map(known.map((row) => [row.normalized, row.institution]));
  const aliasRows: { institutionId: string; alias: string; normalized: string }[] = [];

  for (const institution of parentsFirst(draft.institutions)) {
    const names = namesOf(institution.name, institution.aliases);
    const parentId = institution.parent ? (ids.get(institution.parent) ?? null) : null;
    const placeId = institution.place ? (placeIds.get(institution.place) ?? null) : null;
    let found = names.map((n) => byAlias.get(n.normalized)).find((row) => row !== undefined);
    if (found) {
      const fill = {
        ...(found.parentId === null && parentId && parentId !== found.id ? { parentId } : {}),
        ...(found.placeId === null && placeId ? { placeId } : {}),
        ...(found.shortName === null && institution.shortName ? { shortName: institution.shortName } : {}),
        ...(found.type === "OTHER" && institution.type !== "OTHER" ? { type: institution.type } : {}),
      };
      if (Object.keys(fill).length > 0) {
        await tx.institution.update({ where: { id: found.id }, data: fill });
        Object.assign(found, fill);
      }
    } else {
      found = await tx.institution.create({
        data: {
          name: institution.name,
          normalizedName: normalizeName(institution.name),
          shortName: institution.shortName || null,
          type: institution.type,
          parentId,
          placeId,
        },
        select: { id: true, parentId: true, placeId: true, shortName: true, type: true },
      });
    }
    for (const n of names) {
      if (!byAlias.has(n.normalized)) byAlias.set(n.normalized, found);
      aliasRows.push({ institutionId: found.id, alias: n.written, normalized: n.normalized });
    }
    ids.set(institution.key, found.id);
  }
  await tx.institutionAlias.createMany({ skipDuplicates: true, data: aliasRows });
  return ids;
}

/** People resolve by any alias, like institutions: one lookup and one alias write per draft. */
async function resolvePeople(tx: Tx, draft: ArticleDraft): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (draft.people.length === 0) return ids;
  const known = await tx.personAlias.findMany({
    where: { normalized: { in: normalizedNamesOf(draft.people) } },
    select: { normalized: true, personId: true },
  });
  const byAlias = new Map(known.map((row) => [row.normalized, row.personId]));
  const aliasRows: { personId: string; alias: string; normalized: string }[] = [];

  for (const person of draft.people) {
    const names = namesOf(person.name, person.aliases);
    const id =
      names.map((n) => byAlias.get(n.normalized)).find((found) => found !== undefined) ??
      (
        await tx.person.create({
          data: { name: person.name, normalizedName: normalizeName(person.name) },
          select: { id: true },
        })
      ).id;
    for (const n of names) {
      if (!byAlias.has(n.normalized)) byAlias.set(n.normalized, id);
      aliasRows.push({ personId: id, alias: n.written, normalized: n.normalized });
    }
    ids.set(person.key, id);
  }
  await tx.personAlias.createMany({ skipDuplicates: true, data: aliasRows });
  return ids;
}

/** Returns, per person key, the position the article reports first (the one a quote is tied to). */
async function writePositions(
  tx: Tx,
  draft: ArticleDraft,
  articleId: string,
  reportedAt: Date,
  personIds: Map<string, string>,
  institutionIds: Map<string, string>,
): Promise<Map<string, string>> {
  const firstByPerson = new Map<string, string>();
  for (const position of draft.positions) {
    const personId = must(personIds, position.person);
    const institutionId = position.institution ? must(institutionIds, position.institution) : null;
    const normalizedRole = normalizeName(position.role);
    const found = await tx.position.findFirst({
      where: { personId, normalizedRole, institutionId },
      select: { id: true },
    });
    const positionId = found
      ? (await tx.position.update({ where: { id: found.id }, data: { title: position.title }, select: { id: true } }))
          .id
      : (
          await tx.position.create({
            data: { personId, role: position.role, normalizedRole, institutionId, title: position.title },
            select: { id: true },
          })
        ).id;
    await tx.positionReport.create({
      data: {
        positionId,
        articleId,
        title: position.title,
        reportedAt,
        field: position.provenance.field,
        spanStart: position.provenance.start,
        spanEnd: position.provenance.end,
        confidence: position.provenance.confidence,
        extractor: draft.extractorVersion,
      },
    });
    if (!firstByPerson.has(position.person)) firstByPerson.set(position.person, positionId);
  }
  return firstByPerson;
}

async function writeEvents(
  tx: Tx,
  draft: ArticleDraft,
  articleId: string,
  placeIds: Map<string, string>,
  institutionIds: Map<string, string>,
  personIds: Map<string, string>,
  topicIds: Map<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const event of draft.events) {
    const normalizedName = normalizeName(event.name);
    const date = event.date ? new Date(`${event.date}T00:00:00Z`) : null;
    const hostId = event.host ? must(institutionIds, event.host) : null;
    const placeId = event.place ? must(placeIds, event.place) : null;
    // one happening reported by several articles: same kind, day and host, or same name and day
    const found = await tx.event.findFirst({
      where:
        date && hostId
          ? {
              OR: [
                { kind: event.kind, date, hostId },
                { normalizedName, date },
              ],
            }
          : { normalizedName, date },
      select: { id: true, placeId: true, hostId: true },
      orderBy: { id: "asc" },
    });
    const id =
      found?.id ??
      (
        await tx.event.create({
          data: { name: event.name, normalizedName, kind: event.kind, date, placeId, hostId },
          select: { id: true },
        })
      ).id;
    if (found && ((found.placeId === null && placeId) || (found.hostId === null && hostId))) {
      await tx.event.update({
        where: { id },
        data: { placeId: found.placeId ?? placeId, hostId: found.hostId ?? hostId },
      });
    }
    await tx.eventReport.createMany({
      skipDuplicates: true,
      data: [
        {
          eventId: id,
          articleId,
          field: event.provenance.field,
          spanStart: event.provenance.start,
          spanEnd: event.provenance.end,
          confidence: event.provenance.confidence,
          extractor: draft.extractorVersion,
        },
      ],
    });
    const eventTopicIds = new Set(event.topics.flatMap((topic) => topicIds.get(normalizeName(topic)) ?? []));
    await tx.eventTopic.createMany({
      skipDuplicates: true,
      data: [...eventTopicIds].map((topicId) => ({ eventId: id, topicId })),
    });
    await tx.eventParticipant.createMany({
      skipDuplicates: true,
      data: event.participants.map((p) => ({
        eventId: id,
        personId: must(personIds, p.person),
        role: p.role,
        articleId,
        field: p.provenance.field,
        spanStart: p.provenance.start,
        spanEnd: p.provenance.end,
        confidence: p.provenance.confidence,
        extractor: draft.extractorVersion,
      })),
    });
    ids.set(event.key, id);
  }
  return ids;
}

async function writeProducts(
  tx: Tx,
  draft: ArticleDraft,
  articleId: string,
  institutionIds: Map<string, string>,
  eventIds: Map<string, string>,
) {
  for (const product of draft.products) {
    const normalizedName = normalizeName(product.name);
    const producerId = product.producer ? must(institutionIds, product.producer) : null;
    const shownAtId = product.shownAt ? must(eventIds, product.shownAt) : null;
    const found = await tx.product.findFirst({ where: { normalizedName, producerId }, select: { id: true } });
    const id = found
      ? (
          await tx.product.update({
            where: { id: found.id },
            data: { category: product.category, ...(shownAtId ? { shownAtId } : {}) },
            select: { id: true },
          })
        ).id
      : (
          await tx.product.create({
            data: { name: product.name, normalizedName, category: product.category, producerId, shownAtId },
            select: { id: true },
          })
        ).id;
    await tx.productMention.createMany({
      skipDuplicates: true,
      data: [
        {
          productId: id,
          articleId,
          spans: spanJson(product.mentions),
          confidence: meanConfidence(product.mentions),
          extractor: draft.extractorVersion,
        },
      ],
    });
  }
}
