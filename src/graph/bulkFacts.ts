import type { Provenance } from "../ingest/draft.ts";
import { normalizeName } from "../ingest/normalize.ts";
import { Prisma } from "../store/index.ts";
import { newId } from "./bulkIds.ts";
import { type BulkColumn, insertColumns } from "./bulkInsert.ts";
import type { SqlTx } from "./bulkSql.ts";
import { must, type ResolvedDraft } from "./facts.ts";

type Tx = SqlTx;

/*
 * The facts of a whole batch of new articles, each kind in a few statements for the batch.
 * Nodes that facts create (positions, events, products) are found and made in draft order, in
 * memory, with the same matching and the same "the later article wins" rules as facts.ts
 * applies article by article, so a batch leaves the graph its drafts would one by one.
 */

const spanJson = (mentions: readonly Provenance[]) =>
  mentions.map(({ field, start, end }) => ({ field, start, end })) as Prisma.InputJsonValue;
const meanConfidence = (mentions: readonly Provenance[]) =>
  mentions.length === 0 ? 1 : mentions.reduce((sum, m) => sum + m.confidence, 0) / mentions.length;
const spanOf = (p: Provenance) => ({ field: p.field, spanStart: p.start, spanEnd: p.end, confidence: p.confidence });
const eventDateOf = (date: string | undefined) => (date ? new Date(`${date}T00:00:00Z`) : null);
const skipDuplicates = Prisma.sql`ON CONFLICT DO NOTHING`;

type SpanRow = ReturnType<typeof spanOf> & { extractor: string };
/** The provenance columns every fact row has, as insertColumns takes them. */
const spanColumns = (rows: readonly SpanRow[]): Record<string, BulkColumn> => ({
  field: { type: "text", enumType: "SpanField", values: rows.map((row) => row.field) },
  spanStart: { type: "int", values: rows.map((row) => row.spanStart) },
  spanEnd: { type: "int", values: rows.map((row) => row.spanEnd) },
  confidence: { type: "float8", values: rows.map((row) => row.confidence) },
  extractor: { type: "text", values: rows.map((row) => row.extractor) },
});

/** One statement per kind of mention for the batch. */
export async function writeBatchMentions(tx: Tx, batch: readonly ResolvedDraft[]): Promise<void> {
  const rowsOf = (
    entities: (r: ResolvedDraft) => readonly { key: string; mentions: readonly Provenance[] }[],
    idOf: (r: ResolvedDraft) => ReadonlyMap<string, string>,
  ): MentionRow[] =>
    batch.flatMap((r) =>
      entities(r).map((entity) => ({
        entityId: must(idOf(r), entity.key),
        articleId: r.articleId,
        listedAt: r.listedAt,
        spans: JSON.stringify(spanJson(entity.mentions)),
        confidence: meanConfidence(entity.mentions),
        extractor: r.draft.extractorVersion,
      })),
    );
  await insertMentions(
    tx,
    "PersonMention",
    "personId",
    rowsOf(
      (r) => r.draft.people,
      (r) => r.personIds,
    ),
  );
  await insertMentions(
    tx,
    "InstitutionMention",
    "institutionId",
    rowsOf(
      (r) => r.draft.institutions,
      (r) => r.institutionIds,
    ),
  );
  await insertMentions(
    tx,
    "PlaceMention",
    "placeId",
    rowsOf(
      (r) => r.draft.places,
      (r) => r.placeIds,
    ),
  );
}

interface MentionRow {
  entityId: string;
  articleId: string;
  listedAt: Date;
  /** the spans as JSON text */
  spans: string;
  confidence: number;
  extractor: string;
}

/** A batch's mentions of one kind as one insert of column arrays (insertColumns); duplicates are skipped, as createMany's skipDuplicates did. */
async function insertMentions(
  tx: Tx,
  table: "PersonMention" | "InstitutionMention" | "PlaceMention",
  entityColumn: "personId" | "institutionId" | "placeId",
  rows: readonly MentionRow[],
): Promise<void> {
  await insertColumns(
    tx,
    table,
    {
      id: { type: "text", values: rows.map(() => newId()) },
      [entityColumn]: { type: "text", values: rows.map((row) => row.entityId) },
      articleId: { type: "text", values: rows.map((row) => row.articleId) },
      listedAt: { type: "timestamp(3)", values: rows.map((row) => row.listedAt) },
      spans: { type: "jsonb", values: rows.map((row) => row.spans) },
      confidence: { type: "float8", values: rows.map((row) => row.confidence) },
      extractor: { type: "text", values: rows.map((row) => row.extractor) },
    },
    skipDuplicates,
  );
}

/** A position a batch reports, as the change feed needs it. */
export interface ReportedPosition {
  id: string;
  personId: string;
  institutionId: string | null;
}

/**
 * Positions: one lookup, one insert for the new ones, one update for changed titles, one insert
 * for the reports. Returns per draft the position each person key is first reported in (for
 * quotes), and per draft the positions it reports, in report order.
 */
export async function writeBatchPositions(
  tx: Tx,
  batch: readonly ResolvedDraft[],
): Promise<{ firstByPerson: Map<string, string>[]; reported: ReportedPosition[][] }> {
  const wantedOf = batch.map((r) =>
    r.draft.positions.map((position) => {
      const personId = must(r.personIds, position.person);
      const institutionId = position.institution ? must(r.institutionIds, position.institution) : null;
      const normalizedRole = normalizeName(position.role);
      return {
        position,
        personId,
        institutionId,
        normalizedRole,
        key: `${personId}:${normalizedRole}:${institutionId}`,
      };
    }),
  );
  const all = wantedOf.flat();
  const firstByPerson = batch.map(() => new Map<string, string>());
  const reported = batch.map((): ReportedPosition[] => []);
  if (all.length === 0) return { firstByPerson, reported };
  // the title a position keeps is the last one written, by the last article that reports it
  const lastTitle = new Map(all.map((w) => [w.key, w.position.title]));
  // a new position takes its role as first written, as when it is created by the first article
  const firstOfKey = new Map<string, (typeof all)[number]>();
  for (const w of all) if (!firstOfKey.has(w.key)) firstOfKey.set(w.key, w);
  const unique = [...firstOfKey.values()];
  const stored = await tx.$queryRaw<{ id: string; key: string; title: string }[]>`
    SELECT p.id, p."personId" || ':' || p."normalizedRole" || ':' || coalesce(p."institutionId", 'null') AS key, p.title
    FROM "Position" p
    JOIN unnest(${unique.map((w) => w.personId)}::text[], ${unique.map((w) => w.normalizedRole)}::text[],
                ${unique.map((w) => w.institutionId)}::text[]) AS w("personId", role, "institutionId")
      ON p."personId" = w."personId" AND p."normalizedRole" = w.role
     AND p."institutionId" IS NOT DISTINCT FROM w."institutionId"`;
  const byKey = new Map<string, ReportedPosition>();
  const retitled: { id: string; title: string }[] = [];
  for (const row of stored) {
    const w = unique.find((u) => u.key === row.key);
    if (!w) continue;
    byKey.set(row.key, { id: row.id, personId: w.personId, institutionId: w.institutionId });
    const title = lastTitle.get(row.key) as string;
    if (title !== row.title) retitled.push({ id: row.id, title });
  }
  const toCreate = unique.filter((w) => !byKey.has(w.key));
  if (toCreate.length > 0) {
    const rows = toCreate.map((w) => ({
      id: newId(),
      personId: w.personId,
      role: w.position.role,
      normalizedRole: w.normalizedRole,
      institutionId: w.institutionId,
      title: lastTitle.get(w.key) ?? w.position.title,
    }));
    await insertColumns(tx, "Position", {
      id: { type: "text", values: rows.map((row) => row.id) },
      personId: { type: "text", values: rows.map((row) => row.personId) },
      role: { type: "text", values: rows.map((row) => row.role) },
      normalizedRole: { type: "text", values: rows.map((row) => row.normalizedRole) },
      institutionId: { type: "text", values: rows.map((row) => row.institutionId) },
      title: { type: "text", values: rows.map((row) => row.title) },
    });
    for (const row of rows) byKey.set(`${row.personId}:${row.normalizedRole}:${row.institutionId}`, row);
  }
  if (retitled.length > 0) {
    await tx.$executeRaw`UPDATE "Position" p SET title = u.title
      FROM unnest(${retitled.map((r) => r.id)}::text[], ${retitled.map((r) => r.title)}::text[]) AS u(id, title)
      WHERE p.id = u.id`;
  }
  const positionOf = (key: string) => byKey.get(key) as ReportedPosition;
  const reports = batch.flatMap((r, index) =>
    (wantedOf[index] ?? []).map((w) => ({
      positionId: positionOf(w.key).id,
      articleId: r.articleId,
      title: w.position.title,
      reportedAt: r.listedAt,
      ...spanOf(w.position.provenance),
      extractor: r.draft.extractorVersion,
    })),
  );
  await insertColumns(tx, "PositionReport", {
    id: { type: "text", values: reports.map(() => newId()) },
    positionId: { type: "text", values: reports.map((row) => row.positionId) },
    articleId: { type: "text", values: reports.map((row) => row.articleId) },
    title: { type: "text", values: reports.map((row) => row.title) },
    reportedAt: { type: "timestamp(3)", values: reports.map((row) => row.reportedAt) },
    ...spanColumns(reports),
  });
  wantedOf.forEach((wanted, index) => {
    const first = firstByPerson[index] as Map<string, string>;
    for (const w of wanted) {
      if (!first.has(w.position.person)) first.set(w.position.person, positionOf(w.key).id);
      const position = positionOf(w.key);
      if (!reported[index]?.includes(position)) reported[index]?.push(position);
    }
  });
  return { firstByPerson, reported };
}

type EventNode = {
  id: string;
  kind: string;
  normalizedName: string;
  date: Date | null;
  hostId: string | null;
  placeId: string | null;
};

/**
 * Events: one lookup for the batch, then draft by draft the same matching as writeEvents (same
 * kind, day and host, or same name and day); one insert for new events, one update for filled
 * in places and hosts, one insert each for reports, topics and participants. Returns per draft
 * the event id of each event key.
 */
export async function writeBatchEvents(tx: Tx, batch: readonly ResolvedDraft[]): Promise<Map<string, string>[]> {
  const idsOf = batch.map(() => new Map<string, string>());
  const wantedOf = batch.map((r) =>
    r.draft.events.map((event) => ({
      event,
      normalizedName: normalizeName(event.name),
      date: eventDateOf(event.date),
      hostId: event.host ? must(r.institutionIds, event.host) : null,
      placeId: event.place ? must(r.placeIds, event.place) : null,
    })),
  );
  const all = wantedOf.flat();
  if (all.length === 0) return idsOf;
  const dayOf = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  const hosted = all.filter((w) => w.date && w.hostId);
  // the candidates: same kind, day and host, or same name and day (no day matching no day)
  const stored = await tx.$queryRaw<(Omit<EventNode, "date"> & { day: string | null })[]>`
    SELECT e.id, e.kind, e."normalizedName", to_char(e.date, 'YYYY-MM-DD') AS day, e."hostId", e."placeId"
    FROM "Event" e
    JOIN unnest(${all.map((w) => w.normalizedName)}::text[], ${all.map((w) => dayOf(w.date))}::date[]) AS w(name, day)
      ON e."normalizedName" = w.name AND e.date IS NOT DISTINCT FROM w.day
    UNION
    SELECT e.id, e.kind, e."normalizedName", to_char(e.date, 'YYYY-MM-DD'), e."hostId", e."placeId"
    FROM "Event" e
    JOIN unnest(${hosted.map((w) => w.event.kind)}::text[], ${hosted.map((w) => dayOf(w.date))}::date[],
                ${hosted.map((w) => w.hostId)}::text[]) AS h(kind, day, host)
      ON e."hostId" = h.host AND e.date = h.day AND e.kind = h.kind
    ORDER BY id`;
  const candidates: EventNode[] = stored.map(({ day, ...event }) => ({
    ...event,
    date: eventDateOf(day ?? undefined),
  }));
  const sameDay = (a: Date | null, b: Date | null) =>
    a === null ? b === null : b !== null && a.getTime() === b.getTime();
  const created = new Set<EventNode>();
  const filled = new Set<EventNode>();
  wantedOf.forEach((wanted, index) => {
    for (const w of wanted) {
      const matches = (c: EventNode) =>
        (w.date !== null &&
          w.hostId !== null &&
          c.kind === w.event.kind &&
          sameDay(c.date, w.date) &&
          c.hostId === w.hostId) ||
        (c.normalizedName === w.normalizedName && sameDay(c.date, w.date));
      let found = candidates.find(matches);
      if (!found) {
        found = {
          id: newId(),
          kind: w.event.kind,
          normalizedName: w.normalizedName,
          date: w.date,
          hostId: w.hostId,
          placeId: w.placeId,
        };
        (found as EventNode & { name?: string }).name = w.event.name;
        candidates.push(found);
        created.add(found);
      } else if ((found.placeId === null && w.placeId) || (found.hostId === null && w.hostId)) {
        found.placeId ??= w.placeId;
        found.hostId ??= w.hostId;
        if (!created.has(found)) filled.add(found);
      }
      idsOf[index]?.set(w.event.key, found.id);
    }
  });
  if (created.size > 0) {
    const rows = [...created];
    await insertColumns(tx, "Event", {
      id: { type: "text", values: rows.map((e) => e.id) },
      name: { type: "text", values: rows.map((e) => (e as EventNode & { name: string }).name) },
      normalizedName: { type: "text", values: rows.map((e) => e.normalizedName) },
      kind: { type: "text", values: rows.map((e) => e.kind) },
      date: { type: "date", values: rows.map((e) => e.date?.toISOString().slice(0, 10) ?? null) },
      placeId: { type: "text", values: rows.map((e) => e.placeId) },
      hostId: { type: "text", values: rows.map((e) => e.hostId) },
    });
  }
  if (filled.size > 0) {
    const rows = [...filled];
    await tx.$executeRaw`UPDATE "Event" e SET "placeId" = u."placeId", "hostId" = u."hostId"
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.placeId)}::text[],
                  ${rows.map((r) => r.hostId)}::text[]) AS u(id, "placeId", "hostId")
      WHERE e.id = u.id`;
  }
  const reports = batch.flatMap((r, index) =>
    r.draft.events.map((e) => ({
      eventId: must(idsOf[index] as Map<string, string>, e.key),
      articleId: r.articleId,
      ...spanOf(e.provenance),
      extractor: r.draft.extractorVersion,
    })),
  );
  await insertColumns(
    tx,
    "EventReport",
    {
      id: { type: "text", values: reports.map(() => newId()) },
      eventId: { type: "text", values: reports.map((row) => row.eventId) },
      articleId: { type: "text", values: reports.map((row) => row.articleId) },
      ...spanColumns(reports),
    },
    skipDuplicates,
  );
  const eventTopics = new Map<string, { eventId: string; topicId: string }>();
  batch.forEach((r, index) => {
    for (const e of r.draft.events) {
      const eventId = must(idsOf[index] as Map<string, string>, e.key);
      for (const topic of e.topics) {
        const topicId = r.topicIds.get(normalizeName(topic));
        if (topicId) eventTopics.set(`${eventId}:${topicId}`, { eventId, topicId });
      }
    }
  });
  const topics = [...eventTopics.values()];
  await insertColumns(
    tx,
    "EventTopic",
    {
      eventId: { type: "text", values: topics.map((row) => row.eventId) },
      topicId: { type: "text", values: topics.map((row) => row.topicId) },
    },
    skipDuplicates,
  );
  const participants = batch.flatMap((r, index) =>
    r.draft.events.flatMap((e) =>
      e.participants.map((p) => ({
        eventId: must(idsOf[index] as Map<string, string>, e.key),
        personId: must(r.personIds, p.person),
        role: p.role,
        articleId: r.articleId,
        ...spanOf(p.provenance),
        extractor: r.draft.extractorVersion,
      })),
    ),
  );
  await insertColumns(
    tx,
    "EventParticipant",
    {
      id: { type: "text", values: participants.map(() => newId()) },
      eventId: { type: "text", values: participants.map((row) => row.eventId) },
      personId: { type: "text", values: participants.map((row) => row.personId) },
      role: { type: "text", enumType: "EventRole", values: participants.map((row) => row.role) },
      articleId: { type: "text", values: participants.map((row) => row.articleId) },
      ...spanColumns(participants),
    },
    skipDuplicates,
  );
  const groups = batch.flatMap((r, index) =>
    r.draft.events.flatMap((e) =>
      e.groupParticipants.map((g) => ({
        eventId: must(idsOf[index] as Map<string, string>, e.key),
        label: g.label,
        normalizedLabel: normalizeName(g.label),
        institutionId: g.institution ? must(r.institutionIds, g.institution) : null,
        role: g.role,
        articleId: r.articleId,
        ...spanOf(g.provenance),
        extractor: r.draft.extractorVersion,
      })),
    ),
  );
  await insertColumns(
    tx,
    "EventGroupParticipant",
    {
      id: { type: "text", values: groups.map(() => newId()) },
      eventId: { type: "text", values: groups.map((row) => row.eventId) },
      label: { type: "text", values: groups.map((row) => row.label) },
      normalizedLabel: { type: "text", values: groups.map((row) => row.normalizedLabel) },
      institutionId: { type: "text", values: groups.map((row) => row.institutionId) },
      role: { type: "text", enumType: "EventRole", values: groups.map((row) => row.role) },
      articleId: { type: "text", values: groups.map((row) => row.articleId) },
      ...spanColumns(groups),
    },
    skipDuplicates,
  );
  return idsOf;
}

type Category = ResolvedDraft["draft"]["products"][number]["category"];

/**
 * Products: one node per name and producer; one lookup, one insert, one update, one insert of
 * mentions for the batch. Category and showing fold draft by draft as writeProducts applies them.
 */
export async function writeBatchProducts(
  tx: Tx,
  batch: readonly ResolvedDraft[],
  eventIdsOf: readonly ReadonlyMap<string, string>[],
): Promise<void> {
  const wantedOf = batch.map((r, index) =>
    r.draft.products.map((product) => {
      const normalizedName = normalizeName(product.name);
      const producerId = product.producer ? must(r.institutionIds, product.producer) : null;
      const shownAtId = product.shownAt ? must(eventIdsOf[index] as Map<string, string>, product.shownAt) : null;
      return { product, normalizedName, producerId, shownAtId, key: `${normalizedName}:${producerId}` };
    }),
  );
  const all = wantedOf.flat();
  if (all.length === 0) return;
  const stored = await tx.$queryRaw<
    { id: string; normalizedName: string; producerId: string | null; category: Category; shownAtId: string | null }[]
  >`
    SELECT DISTINCT p.id, p."normalizedName", p."producerId", p.category::text AS category, p."shownAtId" FROM "Product" p
    JOIN unnest(${all.map((w) => w.normalizedName)}::text[], ${all.map((w) => w.producerId)}::text[]) AS w(name, producer)
      ON p."normalizedName" = w.name AND p."producerId" IS NOT DISTINCT FROM w.producer`;
  type State = { id: string; category: Category; shownAtId: string | null; isNew: boolean; changed: boolean };
  const byKey = new Map<string, State>();
  for (const row of stored) {
    byKey.set(`${row.normalizedName}:${row.producerId}`, { ...row, isNew: false, changed: false });
  }
  const created: { state: State; w: (typeof all)[number] }[] = [];
  for (const wanted of wantedOf) {
    // within one article the last category and the last known showing win
    const latest = new Map<string, { category: Category; shownAtId: string | null; w: (typeof all)[number] }>();
    for (const w of wanted) {
      const before = latest.get(w.key);
      latest.set(w.key, {
        category: w.product.category,
        shownAtId: w.shownAtId ?? before?.shownAtId ?? null,
        w: before?.w ?? w, // a new product is named as first written
      });
    }
    for (const [key, want] of latest) {
      const state = byKey.get(key);
      if (!state) {
        const fresh: State = {
          id: newId(),
          category: want.category,
          shownAtId: want.shownAtId,
          isNew: true,
          changed: false,
        };
        byKey.set(key, fresh);
        created.push({ state: fresh, w: want.w });
        continue;
      }
      const shownAtChanged = want.shownAtId !== null && want.shownAtId !== state.shownAtId;
      if (want.category !== state.category || shownAtChanged) {
        state.category = want.category;
        if (shownAtChanged) state.shownAtId = want.shownAtId;
        state.changed = true;
      }
    }
  }
  if (created.length > 0) {
    await insertColumns(tx, "Product", {
      id: { type: "text", values: created.map(({ state }) => state.id) },
      name: { type: "text", values: created.map(({ w }) => w.product.name) },
      normalizedName: { type: "text", values: created.map(({ w }) => w.normalizedName) },
      category: { type: "text", enumType: "ProductCategory", values: created.map(({ state }) => state.category) },
      producerId: { type: "text", values: created.map(({ w }) => w.producerId) },
      shownAtId: { type: "text", values: created.map(({ state }) => state.shownAtId) },
    });
  }
  const changed = [...byKey.values()].filter((s) => s.changed && !s.isNew);
  if (changed.length > 0) {
    await tx.$executeRaw`UPDATE "Product" p SET category = u.category::"ProductCategory", "shownAtId" = u."shownAtId"
      FROM unnest(${changed.map((s) => s.id)}::text[], ${changed.map((s) => s.category as string)}::text[],
                  ${changed.map((s) => s.shownAtId)}::text[]) AS u(id, category, "shownAtId")
      WHERE p.id = u.id`;
  }
  const mentions = batch.flatMap((r, index) =>
    (wantedOf[index] ?? []).map((w) => ({
      productId: (byKey.get(w.key) as State).id,
      articleId: r.articleId,
      spans: JSON.stringify(spanJson(w.product.mentions)),
      confidence: meanConfidence(w.product.mentions),
      extractor: r.draft.extractorVersion,
    })),
  );
  await insertColumns(
    tx,
    "ProductMention",
    {
      id: { type: "text", values: mentions.map(() => newId()) },
      productId: { type: "text", values: mentions.map((row) => row.productId) },
      articleId: { type: "text", values: mentions.map((row) => row.articleId) },
      spans: { type: "jsonb", values: mentions.map((row) => row.spans) },
      confidence: { type: "float8", values: mentions.map((row) => row.confidence) },
      extractor: { type: "text", values: mentions.map((row) => row.extractor) },
    },
    skipDuplicates,
  );
}

export async function writeBatchQuotes(
  tx: Tx,
  batch: readonly ResolvedDraft[],
  positionByPersonOf: readonly ReadonlyMap<string, string>[],
): Promise<void> {
  const rows = batch.flatMap((r, index) =>
    r.draft.quotes.map((q) => ({
      id: newId(),
      text: q.text,
      speakerId: must(r.personIds, q.speaker),
      positionId: positionByPersonOf[index]?.get(q.speaker) ?? null,
      articleId: r.articleId,
      listedAt: r.listedAt.toISOString(),
      ...spanOf(q.provenance),
      extractor: r.draft.extractorVersion,
    })),
  );
  // the quotes are a batch's longest rows: one insert of column arrays, as the mentions
  await insertColumns(tx, "Quote", {
    id: { type: "text", values: rows.map((row) => row.id) },
    text: { type: "text", values: rows.map((row) => row.text) },
    speakerId: { type: "text", values: rows.map((row) => row.speakerId) },
    positionId: { type: "text", values: rows.map((row) => row.positionId) },
    articleId: { type: "text", values: rows.map((row) => row.articleId) },
    listedAt: { type: "timestamp(3)", values: rows.map((row) => row.listedAt) },
    ...spanColumns(rows),
  });
}

/** The batch's quotes by speakers named only by a label, in one insert of column arrays. */
export async function writeBatchLabelledQuotes(tx: Tx, batch: readonly ResolvedDraft[]): Promise<void> {
  const rows = batch.flatMap((r) =>
    r.draft.labelledQuotes.map((q) => ({
      text: q.text,
      speakerLabel: q.speakerLabel,
      articleId: r.articleId,
      ...spanOf(q.provenance),
      extractor: r.draft.extractorVersion,
    })),
  );
  await insertColumns(tx, "LabelledQuote", {
    id: { type: "text", values: rows.map(() => newId()) },
    text: { type: "text", values: rows.map((row) => row.text) },
    speakerLabel: { type: "text", values: rows.map((row) => row.speakerLabel) },
    articleId: { type: "text", values: rows.map((row) => row.articleId) },
    ...spanColumns(rows),
  });
}
