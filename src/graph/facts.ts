import type { ArticleDraft, Provenance } from "../ingest/draft.ts";
import { normalizeName } from "../ingest/normalize.ts";
import type { Prisma } from "../store/index.ts";

type Tx = Prisma.TransactionClient;

/** The nodes a draft's keys resolved to, and the article its facts are written for. */
export interface ResolvedDraft {
  draft: ArticleDraft;
  articleId: string;
  /** the article's sort key, copied into facts that list articles in order */
  listedAt: Date;
  placeIds: ReadonlyMap<string, string>;
  institutionIds: ReadonlyMap<string, string>;
  personIds: ReadonlyMap<string, string>;
  /** topic ids by normalized topic name */
  topicIds: ReadonlyMap<string, string>;
}

export function must(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`draft key "${key}" was not resolved`); // validated drafts never get here
  return id;
}

const spanJson = (mentions: readonly Provenance[]) =>
  mentions.map(({ field, start, end }) => ({ field, start, end })) as Prisma.InputJsonValue;
const meanConfidence = (mentions: readonly Provenance[]) =>
  mentions.length === 0 ? 1 : mentions.reduce((sum, m) => sum + m.confidence, 0) / mentions.length;
const spanOf = (p: Provenance) => ({ field: p.field, spanStart: p.start, spanEnd: p.end, confidence: p.confidence });
const eventDateOf = (date: string | undefined) => (date ? new Date(`${date}T00:00:00Z`) : null);

/**
 * The lock keys of the nodes that facts create, found by what identifies them once the
 * entities are resolved: positions by person, role and institution, products by name and
 * producer, events by name and day, and by kind, day and host. Writers of the same fact node
 * take turns (as for entities, see entityLocks.ts), also where a null makes a unique index blind.
 */
export function factLockKeysOf(r: Omit<ResolvedDraft, "articleId" | "listedAt" | "topicIds">): string[] {
  const { draft } = r;
  return [
    ...draft.positions.map(
      (p) =>
        `position:${must(r.personIds, p.person)}:${normalizeName(p.role)}:${p.institution ? must(r.institutionIds, p.institution) : ""}`,
    ),
    ...draft.products.map(
      (p) => `product:${normalizeName(p.name)}:${p.producer ? must(r.institutionIds, p.producer) : ""}`,
    ),
    ...draft.events.flatMap((e) => [
      `event-name:${normalizeName(e.name)}:${e.date ?? ""}`,
      ...(e.date && e.host ? [`event-host:${e.kind}:${e.date}:${must(r.institutionIds, e.host)}`] : []),
    ]),
  ];
}

/** One statement per kind of mention. Two entries resolved to one node keep the first one's spans. */
export async function writeMentions(tx: Tx, r: ResolvedDraft): Promise<void> {
  const { draft, articleId, listedAt } = r;
  const extractor = draft.extractorVersion;
  const common = (mentions: readonly Provenance[]) => ({
    articleId,
    listedAt,
    spans: spanJson(mentions),
    confidence: meanConfidence(mentions),
    extractor,
  });
  const keep = { skipDuplicates: true } as const;
  if (draft.people.length > 0) {
    await tx.personMention.createMany({
      ...keep,
      data: draft.people.map((p) => ({ personId: must(r.personIds, p.key), ...common(p.mentions) })),
    });
  }
  if (draft.institutions.length > 0) {
    await tx.institutionMention.createMany({
      ...keep,
      data: draft.institutions.map((i) => ({ institutionId: must(r.institutionIds, i.key), ...common(i.mentions) })),
    });
  }
  if (draft.places.length > 0) {
    await tx.placeMention.createMany({
      ...keep,
      data: draft.places.map((p) => ({ placeId: must(r.placeIds, p.key), ...common(p.mentions) })),
    });
  }
}

/**
 * Positions: one lookup for all, one insert for the new ones, one for the reports; a stored
 * position's title is rewritten only when the article writes it differently. Returns, per person
 * key, the position the article reports first (the one a quote is tied to).
 */
export async function writePositions(tx: Tx, r: ResolvedDraft): Promise<Map<string, string>> {
  const firstByPerson = new Map<string, string>();
  if (r.draft.positions.length === 0) return firstByPerson;
  const wanted = r.draft.positions.map((position) => {
    const personId = must(r.personIds, position.person);
    const institutionId = position.institution ? must(r.institutionIds, position.institution) : null;
    const normalizedRole = normalizeName(position.role);
    return { position, personId, institutionId, normalizedRole, key: `${personId}:${normalizedRole}:${institutionId}` };
  });
  // the latest title an article gives a position is the one kept, as when reported one by one
  const lastTitle = new Map(wanted.map((w) => [w.key, w.position.title]));
  const stored = await tx.position.findMany({
    where: {
      OR: wanted.map(({ personId, normalizedRole, institutionId }) => ({ personId, normalizedRole, institutionId })),
    },
    select: { id: true, personId: true, normalizedRole: true, institutionId: true, title: true },
  });
  const idByKey = new Map<string, string>();
  for (const row of stored) {
    const key = `${row.personId}:${row.normalizedRole}:${row.institutionId}`;
    idByKey.set(key, row.id);
    const title = lastTitle.get(key);
    if (title !== undefined && title !== row.title) {
      await tx.position.update({ where: { id: row.id }, data: { title } });
    }
  }
  const toCreate = new Map<string, (typeof wanted)[number]>();
  for (const w of wanted) if (!idByKey.has(w.key) && !toCreate.has(w.key)) toCreate.set(w.key, w);
  if (toCreate.size > 0) {
    const created = await tx.position.createManyAndReturn({
      data: [...toCreate.values()].map((w) => ({
        personId: w.personId,
        role: w.position.role,
        normalizedRole: w.normalizedRole,
        institutionId: w.institutionId,
        title: lastTitle.get(w.key) ?? w.position.title,
      })),
      select: { id: true, personId: true, normalizedRole: true, institutionId: true },
    });
    for (const row of created) idByKey.set(`${row.personId}:${row.normalizedRole}:${row.institutionId}`, row.id);
  }
  await tx.positionReport.createMany({
    data: wanted.map((w) => ({
      positionId: must(idByKey, w.key),
      articleId: r.articleId,
      title: w.position.title,
      reportedAt: r.listedAt,
      ...spanOf(w.position.provenance),
      extractor: r.draft.extractorVersion,
    })),
  });
  for (const w of wanted)
    if (!firstByPerson.has(w.position.person)) firstByPerson.set(w.position.person, idByKey.get(w.key) as string);
  return firstByPerson;
}

/**
 * Events: one happening reported by several articles is one node, found by the same kind, day
 * and host, or the same name and day. One lookup for all the draft's events, then one insert each
 * for reports, topics and participants.
 */
export async function writeEvents(tx: Tx, r: ResolvedDraft): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const { draft } = r;
  if (draft.events.length === 0) return ids;
  const wanted = draft.events.map((event) => ({
    event,
    normalizedName: normalizeName(event.name),
    date: eventDateOf(event.date),
    hostId: event.host ? must(r.institutionIds, event.host) : null,
    placeId: event.place ? must(r.placeIds, event.place) : null,
  }));
  const conditionOf = (w: (typeof wanted)[number]): Prisma.EventWhereInput[] => [
    ...(w.date && w.hostId ? [{ kind: w.event.kind, date: w.date, hostId: w.hostId }] : []),
    { normalizedName: w.normalizedName, date: w.date },
  ];
  type Candidate = {
    id: string;
    kind: string;
    normalizedName: string;
    date: Date | null;
    hostId: string | null;
    placeId: string | null;
  };
  const candidates: Candidate[] = await tx.event.findMany({
    where: { OR: wanted.flatMap(conditionOf) },
    orderBy: { id: "asc" },
    select: { id: true, kind: true, normalizedName: true, date: true, hostId: true, placeId: true },
  });
  const sameDay = (a: Date | null, b: Date | null) =>
    a === null ? b === null : b !== null && a.getTime() === b.getTime();
  for (const w of wanted) {
    const matches = (c: Candidate) =>
      (w.date !== null &&
        w.hostId !== null &&
        c.kind === w.event.kind &&
        sameDay(c.date, w.date) &&
        c.hostId === w.hostId) ||
      (c.normalizedName === w.normalizedName && sameDay(c.date, w.date));
    let found = candidates.find(matches);
    if (!found) {
      const data = {
        name: w.event.name,
        normalizedName: w.normalizedName,
        kind: w.event.kind,
        date: w.date,
        placeId: w.placeId,
        hostId: w.hostId,
      };
      const created = await tx.event.create({ data, select: { id: true } });
      found = { id: created.id, ...data };
      candidates.push(found); // a later event of the same draft may be the same happening
    } else if ((found.placeId === null && w.placeId) || (found.hostId === null && w.hostId)) {
      found.placeId ??= w.placeId;
      found.hostId ??= w.hostId;
      await tx.event.update({ where: { id: found.id }, data: { placeId: found.placeId, hostId: found.hostId } });
    }
    ids.set(w.event.key, found.id);
  }
  const extractor = draft.extractorVersion;
  await tx.eventReport.createMany({
    skipDuplicates: true,
    data: draft.events.map((e) => ({
      eventId: must(ids, e.key),
      articleId: r.articleId,
      ...spanOf(e.provenance),
      extractor,
    })),
  });
  const eventTopics = new Map<string, { eventId: string; topicId: string }>();
  for (const e of draft.events) {
    for (const topic of e.topics) {
      const topicId = r.topicIds.get(normalizeName(topic));
      if (topicId) eventTopics.set(`${must(ids, e.key)}:${topicId}`, { eventId: must(ids, e.key), topicId });
    }
  }
  if (eventTopics.size > 0) {
    await tx.eventTopic.createMany({ skipDuplicates: true, data: [...eventTopics.values()] });
  }
  const participants = draft.events.flatMap((e) =>
    e.participants.map((p) => ({
      eventId: must(ids, e.key),
      personId: must(r.personIds, p.person),
      role: p.role,
      articleId: r.articleId,
      ...spanOf(p.provenance),
      extractor,
    })),
  );
  if (participants.length > 0) await tx.eventParticipant.createMany({ skipDuplicates: true, data: participants });
  const groups = draft.events.flatMap((e) =>
    e.groupParticipants.map((g) => ({
      eventId: must(ids, e.key),
      label: g.label,
      normalizedLabel: normalizeName(g.label),
      institutionId: g.institution ? must(r.institutionIds, g.institution) : null,
      role: g.role,
      articleId: r.articleId,
      ...spanOf(g.provenance),
      extractor,
    })),
  );
  if (groups.length > 0) await tx.eventGroupParticipant.createMany({ skipDuplicates: true, data: groups });
  return ids;
}

/**
 * Products: one node per name and producer. One lookup, one insert for the new ones, one for
 * the mentions; a stored product is updated only when the article changes its category or
 * where it was shown.
 */
export async function writeProducts(tx: Tx, r: ResolvedDraft, eventIds: ReadonlyMap<string, string>): Promise<void> {
  const { draft } = r;
  if (draft.products.length === 0) return;
  const wanted = draft.products.map((product) => {
    const normalizedName = normalizeName(product.name);
    const producerId = product.producer ? must(r.institutionIds, product.producer) : null;
    const shownAtId = product.shownAt ? must(eventIds, product.shownAt) : null;
    return { product, normalizedName, producerId, shownAtId, key: `${normalizedName}:${producerId}` };
  });
  // several entries for one product: the last category and the last known showing win, as one by one
  const latest = new Map<
    string,
    { category: (typeof wanted)[number]["product"]["category"]; shownAtId: string | null }
  >();
  for (const w of wanted) {
    const before = latest.get(w.key);
    latest.set(w.key, { category: w.product.category, shownAtId: w.shownAtId ?? before?.shownAtId ?? null });
  }
  const stored = await tx.product.findMany({
    where: { OR: wanted.map(({ normalizedName, producerId }) => ({ normalizedName, producerId })) },
    select: { id: true, normalizedName: true, producerId: true, category: true, shownAtId: true },
  });
  const idByKey = new Map<string, string>();
  for (const row of stored) {
    const key = `${row.normalizedName}:${row.producerId}`;
    idByKey.set(key, row.id);
    const want = latest.get(key);
    if (!want) continue;
    const shownAtChanged = want.shownAtId !== null && want.shownAtId !== row.shownAtId;
    if (want.category !== row.category || shownAtChanged) {
      await tx.product.update({
        where: { id: row.id },
        data: { category: want.category, ...(shownAtChanged ? { shownAtId: want.shownAtId } : {}) },
      });
    }
  }
  const toCreate = new Map<string, (typeof wanted)[number]>();
  for (const w of wanted) if (!idByKey.has(w.key) && !toCreate.has(w.key)) toCreate.set(w.key, w);
  if (toCreate.size > 0) {
    const created = await tx.product.createManyAndReturn({
      data: [...toCreate.values()].map((w) => ({
        name: w.product.name,
        normalizedName: w.normalizedName,
        category: latest.get(w.key)?.category ?? w.product.category,
        producerId: w.producerId,
        shownAtId: latest.get(w.key)?.shownAtId ?? null,
      })),
      select: { id: true, normalizedName: true, producerId: true },
    });
    for (const row of created) idByKey.set(`${row.normalizedName}:${row.producerId}`, row.id);
  }
  await tx.productMention.createMany({
    skipDuplicates: true,
    data: wanted.map((w) => ({
      productId: must(idByKey, w.key),
      articleId: r.articleId,
      spans: spanJson(w.product.mentions),
      confidence: meanConfidence(w.product.mentions),
      extractor: draft.extractorVersion,
    })),
  });
}

export async function writeQuotes(
  tx: Tx,
  r: ResolvedDraft,
  positionByPerson: ReadonlyMap<string, string>,
): Promise<void> {
  if (r.draft.quotes.length === 0) return;
  await tx.quote.createMany({
    data: r.draft.quotes.map((q) => ({
      text: q.text,
      speakerId: must(r.personIds, q.speaker),
      positionId: positionByPerson.get(q.speaker) ?? null,
      articleId: r.articleId,
      listedAt: r.listedAt,
      ...spanOf(q.provenance),
      extractor: r.draft.extractorVersion,
    })),
  });
}

/** Quotes by a speaker the article names only by a label: kept with the label, in one insert. */
export async function writeLabelledQuotes(tx: Tx, r: ResolvedDraft): Promise<void> {
  if (r.draft.labelledQuotes.length === 0) return;
  await tx.labelledQuote.createMany({
    data: r.draft.labelledQuotes.map((q) => ({
      text: q.text,
      speakerLabel: q.speakerLabel,
      articleId: r.articleId,
      ...spanOf(q.provenance),
      extractor: r.draft.extractorVersion,
    })),
  });
}
