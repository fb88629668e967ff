import { normalizeName } from "../ingest/normalize.ts";
import type { PrismaClient } from "../store/index.ts";

/** The kinds of node an export holds; each is also the GraphQL type its global ID names. */
export const NODE_KINDS = ["Article", "Person", "Institution", "Place", "Event", "Topic", "Product"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * The kinds of edge, each pointing from the first-named kind to the second:
 * MENTIONS article → person | institution | place | product (weight: how often the article names it),
 * HAS_TOPIC article → topic (weight: the extractor's confidence), REPORTS article → event,
 * HOLDS_POSITION person → institution (weight: articles reporting it; label: the title),
 * TOOK_PART_IN person | institution → event (weight: articles reporting it; label: the role),
 * PART_OF institution → parent institution and place → parent place, LOCATED_IN institution → place,
 * HOSTED_BY event → institution, HELD_AT event → place, PRODUCED_BY product → institution,
 * SHOWN_AT product → event.
 */
export type EdgeKind =
  | "MENTIONS"
  | "HAS_TOPIC"
  | "REPORTS"
  | "HOLDS_POSITION"
  | "TOOK_PART_IN"
  | "PART_OF"
  | "LOCATED_IN"
  | "HOSTED_BY"
  | "HELD_AT"
  | "PRODUCED_BY"
  | "SHOWN_AT";

export interface ExportNode {
  /** the Relay global ID, the same one GraphQL's `node(id:)` takes */
  id: string;
  kind: NodeKind;
  label: string;
  /** institution type, place kind, event kind or product category */
  subtype: string | null;
  /** an article's publication time or an event's date, ISO 8601 */
  date: string | null;
  url: string | null;
}

export interface ExportEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
  label: string | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** true when a cap stopped the export before the whole neighbourhood or store was in it */
  truncated: boolean;
  focus: ExportNode | null;
}

export interface ExportLimits {
  maxNodes: number;
  maxEdges: number;
}

export interface ExportOptions {
  /** a global ID, or a name (any alias) of an institution, person, place or topic */
  around?: string;
  /** how many hops from `around` (default 1) */
  depth?: number;
  limits: ExportLimits;
}

/** Raised for an `around` that names nothing, or a depth out of range: the caller's mistake. */
export class ExportRequestError extends Error {}

export const MAX_EXPORT_DEPTH = 4;

/** ids per `IN (…)` list: keeps every statement's parameter list bounded whatever the graph size. */
const BATCH = 1000;

type NodeKey = `${NodeKind}:${string}`;

const keyOf = (kind: NodeKind, id: string): NodeKey => `${kind}:${id}`;

function splitKey(key: NodeKey): { kind: NodeKind; id: string } {
  const colon = key.indexOf(":");
  return { kind: key.slice(0, colon) as NodeKind, id: key.slice(colon + 1) };
}

/** Pothos' default global ID: base64 of `Type:id`. */
export function globalIdOf(kind: NodeKind, id: string): string {
  return Buffer.from(`${kind}:${id}`).toString("base64");
}

function decodeGlobalId(text: string): { kind: NodeKind; id: string } | undefined {
  if (!/^[A-Za-z0-9+/]+=*$/.test(text)) return undefined;
  const decoded = Buffer.from(text, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  const kind = decoded.slice(0, colon);
  if (!(NODE_KINDS as readonly string[]).includes(kind)) return undefined;
  return { kind: kind as NodeKind, id: decoded.slice(colon + 1) };
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * Finds the node `around` names: a global ID of an existing node, or else the institution,
 * person, place or topic (in that order) one of whose aliases is that name.
 */
export async function resolveFocus(prisma: PrismaClient, around: string): Promise<NodeKey> {
  const decoded = decodeGlobalId(around.trim());
  if (decoded) {
    const found = (await loadNodes(prisma, [keyOf(decoded.kind, decoded.id)])).length > 0;
    if (found) return keyOf(decoded.kind, decoded.id);
  }
  const normalized = normalizeName(around);
  if (normalized) {
    const institution = await prisma.institutionAlias.findUnique({
      where: { normalized },
      select: { institutionId: true },
    });
    if (institution) return keyOf("Institution", institution.institutionId);
    const person = await prisma.personAlias.findUnique({ where: { normalized }, select: { personId: true } });
    if (person) return keyOf("Person", person.personId);
    const place = await prisma.placeAlias.findFirst({
      where: { normalized },
      orderBy: { placeId: "asc" },
      select: { placeId: true },
    });
    if (place) return keyOf("Place", place.placeId);
    const topic = await prisma.topic.findUnique({ where: { normalizedName: normalized }, select: { id: true } });
    if (topic) return keyOf("Topic", topic.id);
  }
  throw new ExportRequestError(`no node has the ID or name "${around}"`);
}

/**
 * The graph to export: the whole store, or the neighbourhood `depth` hops around one node, with
 * every edge between the nodes it holds. Reads go in batches of ids, so the number of statements
 * grows with the depth and the graph size divided by the batch size, never with one per node; the
 * caps bound memory and time.
 */
export async function collectExportGraph(prisma: PrismaClient, options: ExportOptions): Promise<ExportGraph> {
  const { limits } = options;
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_EXPORT_DEPTH) {
    throw new ExportRequestError(`depth must be a whole number from 0 to ${MAX_EXPORT_DEPTH}`);
  }
  let truncated = false;
  const included = new Set<NodeKey>();
  let focusKey: NodeKey | undefined;

  if (options.around !== undefined) {
    focusKey = await resolveFocus(prisma, options.around);
    included.add(focusKey);
    let frontier: NodeKey[] = [focusKey];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const next: NodeKey[] = [];
      for (const edge of await edgesTouching(prisma, frontier, limits.maxEdges, "touching")) {
        for (const end of [edge.source, edge.target]) {
          if (included.has(end)) continue;
          if (included.size >= limits.maxNodes) {
            truncated = true;
            continue;
          }
          included.add(end);
          next.push(end);
        }
      }
      frontier = next;
    }
  } else {
    truncated = await includeWholeStore(prisma, included, limits.maxNodes);
  }

  // the edges among the included nodes, read from the side of each relation with a small fan-out
  // (an article's mentions, a person's positions) so a node linked to everything costs nothing extra
  const edges = new Map<string, RawEdge>();
  for (const edge of await edgesTouching(prisma, [...included], Number.POSITIVE_INFINITY, "owned")) {
    if (!included.has(edge.source) || !included.has(edge.target)) continue;
    const id = `${edge.kind}|${edge.source}|${edge.target}`;
    if (edges.has(id)) continue;
    if (edges.size >= limits.maxEdges) {
      truncated = true;
      break;
    }
    edges.set(id, edge);
  }

  const nodes = await loadNodes(prisma, [...included]);
  const focusId = focusKey ? globalIdOf(splitKey(focusKey).kind, splitKey(focusKey).id) : undefined;
  return {
    nodes,
    edges: [...edges.values()].map((edge) => ({
      source: globalIdOf(splitKey(edge.source).kind, splitKey(edge.source).id),
      target: globalIdOf(splitKey(edge.target).kind, splitKey(edge.target).id),
      kind: edge.kind,
      weight: edge.weight,
      label: edge.label,
    })),
    truncated,
    focus: nodes.find((node) => node.id === focusId) ?? null,
  };
}

/** Adds every node of the store, kind by kind in id order, until the cap; true when it was hit. */
async function includeWholeStore(prisma: PrismaClient, included: Set<NodeKey>, maxNodes: number): Promise<boolean> {
  const pageOf: Record<NodeKind, (after: string | undefined, take: number) => Promise<{ id: string }[]>> = {
    Article: (after, take) => prisma.article.findMany({ ...page(after, take), select: { id: true } }),
    Person: (after, take) => prisma.person.findMany({ ...page(after, take), select: { id: true } }),
    Institution: (after, take) => prisma.institution.findMany({ ...page(after, take), select: { id: true } }),
    Place: (after, take) => prisma.place.findMany({ ...page(after, take), select: { id: true } }),
    Event: (after, take) => prisma.event.findMany({ ...page(after, take), select: { id: true } }),
    Topic: (after, take) => prisma.topic.findMany({ ...page(after, take), select: { id: true } }),
    Product: (after, take) => prisma.product.findMany({ ...page(after, take), select: { id: true } }),
  };
  for (const kind of NODE_KINDS) {
    let after: string | undefined;
    for (;;) {
      const room = maxNodes - included.size;
      if (room <= 0) {
        // one more row means the cap cut something off
        return (await pageOf[kind](after, 1)).length > 0 || (await anyKindAfter(kind, pageOf));
      }
      const rows = await pageOf[kind](after, Math.min(BATCH, room));
      for (const row of rows) included.add(keyOf(kind, row.id));
      if (rows.length < Math.min(BATCH, room)) break;
      after = rows[rows.length - 1]?.id;
    }
  }
  return false;
}

async function anyKindAfter(
  kind: NodeKind,
  pageOf: Record<NodeKind, (after: string | undefined, take: number) => Promise<{ id: string }[]>>,
): Promise<boolean> {
  for (const later of NODE_KINDS.slice(NODE_KINDS.indexOf(kind) + 1)) {
    if ((await pageOf[later](undefined, 1)).length > 0) return true;
  }
  return false;
}

function page(after: string | undefined, take: number) {
  return { orderBy: { id: "asc" as const }, take, ...(after ? { where: { id: { gt: after } } } : {}) };
}

interface RawEdge {
  source: NodeKey;
  target: NodeKey;
  kind: EdgeKind;
  weight: number;
  label: string | null;
}

function spanCount(spans: unknown): number {
  return Array.isArray(spans) && spans.length > 0 ? spans.length : 1;
}

/**
 * Edges of the given nodes, in batched statements per kind of relation. "touching": every edge
 * with either end among them (to find neighbours), each statement bounded by `take` so a node
 * with a huge fan-out (a topic on every article) cannot load the whole store. "owned": only the
 * edges read from their owning side (article → mentions, person → positions, institution →
 * parent), enough to find every edge between nodes that are all given.
 */
async function edgesTouching(
  prisma: PrismaClient,
  keys: NodeKey[],
  take: number,
  mode: "touching" | "owned",
): Promise<RawEdge[]> {
  const touching = mode === "touching";
  const ids: Record<NodeKind, string[]> = {
    Article: [],
    Person: [],
    Institution: [],
    Place: [],
    Event: [],
    Topic: [],
    Product: [],
  };
  for (const key of keys) {
    const { kind, id } = splitKey(key);
    ids[kind].push(id);
  }
  const limit = Number.isFinite(take) ? take : undefined;
  const edges: RawEdge[] = [];
  const add = (source: NodeKey, target: NodeKey, kind: EdgeKind, weight = 1, label: string | null = null) =>
    edges.push({ source, target, kind, weight, label });

  const either = <K extends string>(a: K, aIds: string[], b: K, bIds: string[]) => {
    const or: Record<string, { in: string[] }>[] = [];
    if (aIds.length > 0) or.push({ [a]: { in: aIds } });
    if (touching && bIds.length > 0) or.push({ [b]: { in: bIds } });
    return or;
  };

  // mentions: article ↔ person, institution, place, product
  for (const [articleIds, personIds] of pairs(ids.Article, ids.Person)) {
    const or = either("articleId", articleIds, "personId", personIds);
    if (or.length === 0) continue;
    for (const row of await prisma.personMention.findMany({
      where: { OR: or },
      select: { articleId: true, personId: true, spans: true },
      orderBy: { id: "asc" },
      take: limit,
    }))
      add(keyOf("Article", row.articleId), keyOf("Person", row.personId), "MENTIONS", spanCount(row.spans));
  }
  for (const [articleIds, institutionIds] of pairs(ids.Article, ids.Institution)) {
    const or = either("articleId", articleIds, "institutionId", institutionIds);
    if (or.length === 0) continue;
    for (const row of await prisma.institutionMention.findMany({
      where: { OR: or },
      select: { articleId: true, institutionId: true, spans: true },
      orderBy: { id: "asc" },
      take: limit,
    }))
      add(keyOf("Article", row.articleId), keyOf("Institution", row.institutionId), "MENTIONS", spanCount(row.spans));
  }
  for (const [articleIds, placeIds] of pairs(ids.Article, ids.Place)) {
    const or = either("articleId", articleIds, "placeId", placeIds);
    if (or.length === 0) continue;
    for (const row of await prisma.placeMention.findMany({
      where: { OR: or },
      select: { articleId: true, placeId: true, spans: true },
      orderBy: { id: "asc" },
      take: limit,
    }))
      add(keyOf("Article", row.articleId), keyOf("Place", row.placeId), "MENTIONS", spanCount(row.spans));
  }
  for (const [articleIds, productIds] of pairs(ids.Article, ids.Product)) {
    const or = either("articleId", articleIds, "productId", productIds);
    if (or.length === 0) continue;
    for (const row of await prisma.productMention.findMany({
      where: { OR: or },
      select: { articleId: true, productId: true, spans: true },
      orderBy: { id: "asc" },
      take: limit,
    }))
      add(keyOf("Article", row.articleId), keyOf("Product", row.productId), "MENTIONS", spanCount(row.spans));
  }
  for (const [articleIds, topicIds] of pairs(ids.Article, ids.Topic)) {
    const or = either("articleId", articleIds, "topicId", topicIds);
    if (or.length === 0) continue;
    for (const row of await prisma.articleTopic.findMany({
      where: { OR: or },
      select: { articleId: true, topicId: true, confidence: true },
      orderBy: [{ articleId: "asc" }, { topicId: "asc" }],
      take: limit,
    }))
      add(keyOf("Article", row.articleId), keyOf("Topic", row.topicId), "HAS_TOPIC", row.confidence);
  }
  for (const [articleIds, eventIds] of pairs(ids.Article, ids.Event)) {
    const or = either("articleId", articleIds, "eventId", eventIds);
    if (or.length === 0) continue;
    for (const row of await prisma.eventReport.findMany({
      where: { OR: or },
      select: { articleId: true, eventId: true },
      orderBy: { id: "asc" },
      take: limit,
    }))
      add(keyOf("Article", row.articleId), keyOf("Event", row.eventId), "REPORTS");
  }

  // positions: person → institution, weighted by the articles that report them
  for (const [personIds, institutionIds] of pairs(ids.Person, ids.Institution)) {
    const or = either("personId", personIds, "institutionId", institutionIds);
    if (or.length === 0) continue;
    for (const row of await prisma.position.findMany({
      where: { AND: [{ OR: or }, { institutionId: { not: null } }] },
      select: { personId: true, institutionId: true, title: true, _count: { select: { reports: true } } },
      orderBy: { id: "asc" },
      take: limit,
    })) {
      if (!row.institutionId) continue;
      add(
        keyOf("Person", row.personId),
        keyOf("Institution", row.institutionId),
        "HOLDS_POSITION",
        Math.max(1, row._count.reports),
        row.title,
      );
    }
  }

  // participations: person → event, one edge per role, weighted by reporting articles
  for (const [personIds, eventIds] of pairs(ids.Person, ids.Event)) {
    const or = either("personId", personIds, "eventId", eventIds);
    if (or.length === 0) continue;
    const grouped = await prisma.eventParticipant.groupBy({
      by: ["personId", "eventId", "role"],
      where: { OR: or },
      _count: { articleId: true },
      orderBy: [{ personId: "asc" }, { eventId: "asc" }, { role: "asc" }],
      take: limit,
    });
    for (const row of grouped)
      add(keyOf("Person", row.personId), keyOf("Event", row.eventId), "TOOK_PART_IN", row._count.articleId, row.role);
  }

  // institutions taking part as groups: institution → event, one edge per role, weighted by reporting articles
  for (const [institutionIds, eventIds] of pairs(ids.Institution, ids.Event)) {
    const or = either("institutionId", institutionIds, "eventId", eventIds);
    if (or.length === 0) continue;
    const grouped = await prisma.eventGroupParticipant.groupBy({
      by: ["institutionId", "eventId", "role"],
      where: { AND: [{ OR: or }, { institutionId: { not: null } }] },
      _count: { articleId: true },
      orderBy: [{ institutionId: "asc" }, { eventId: "asc" }, { role: "asc" }],
      take: limit,
    });
    for (const row of grouped) {
      if (!row.institutionId) continue;
      add(
        keyOf("Institution", row.institutionId),
        keyOf("Event", row.eventId),
        "TOOK_PART_IN",
        row._count.articleId,
        row.role,
      );
    }
  }

  // institutions: parent and place, from either end
  for (const [institutionIds, placeIds] of pairs(ids.Institution, ids.Place)) {
    const or: object[] = [];
    if (institutionIds.length > 0) or.push({ id: { in: institutionIds } });
    if (touching && institutionIds.length > 0) or.push({ parentId: { in: institutionIds } });
    if (touching && placeIds.length > 0) or.push({ placeId: { in: placeIds } });
    if (or.length === 0) continue;
    for (const row of await prisma.institution.findMany({
      where: { OR: or },
      select: { id: true, parentId: true, placeId: true },
      orderBy: { id: "asc" },
      take: limit,
    })) {
      if (row.parentId) add(keyOf("Institution", row.id), keyOf("Institution", row.parentId), "PART_OF");
      if (row.placeId) add(keyOf("Institution", row.id), keyOf("Place", row.placeId), "LOCATED_IN");
    }
  }

  for (const placeIds of chunks(ids.Place)) {
    for (const row of await prisma.place.findMany({
      where: touching ? { OR: [{ id: { in: placeIds } }, { parentId: { in: placeIds } }] } : { id: { in: placeIds } },
      select: { id: true, parentId: true },
      orderBy: { id: "asc" },
      take: limit,
    }))
      if (row.parentId) add(keyOf("Place", row.id), keyOf("Place", row.parentId), "PART_OF");
  }

  // events: host and place
  for (const [eventIds, institutionIds, placeIds] of triples(ids.Event, ids.Institution, ids.Place)) {
    const or: object[] = [];
    if (eventIds.length > 0) or.push({ id: { in: eventIds } });
    if (touching && institutionIds.length > 0) or.push({ hostId: { in: institutionIds } });
    if (touching && placeIds.length > 0) or.push({ placeId: { in: placeIds } });
    if (or.length === 0) continue;
    for (const row of await prisma.event.findMany({
      where: { OR: or },
      select: { id: true, hostId: true, placeId: true },
      orderBy: { id: "asc" },
      take: limit,
    })) {
      if (row.hostId) add(keyOf("Event", row.id), keyOf("Institution", row.hostId), "HOSTED_BY");
      if (row.placeId) add(keyOf("Event", row.id), keyOf("Place", row.placeId), "HELD_AT");
    }
  }

  // products: producer and where they were shown
  for (const [productIds, institutionIds, eventIds] of triples(ids.Product, ids.Institution, ids.Event)) {
    const or: object[] = [];
    if (productIds.length > 0) or.push({ id: { in: productIds } });
    if (touching && institutionIds.length > 0) or.push({ producerId: { in: institutionIds } });
    if (touching && eventIds.length > 0) or.push({ shownAtId: { in: eventIds } });
    if (or.length === 0) continue;
    for (const row of await prisma.product.findMany({
      where: { OR: or },
      select: { id: true, producerId: true, shownAtId: true },
      orderBy: { id: "asc" },
      take: limit,
    })) {
      if (row.producerId) add(keyOf("Product", row.id), keyOf("Institution", row.producerId), "PRODUCED_BY");
      if (row.shownAtId) add(keyOf("Product", row.id), keyOf("Event", row.shownAtId), "SHOWN_AT");
    }
  }
  return edges;
}

/** Batches of two id lists walked side by side: one statement per batch covers both ends. */
function pairs(a: string[], b: string[]): [string[], string[]][] {
  const aChunks = chunks(a);
  const bChunks = chunks(b);
  const count = Math.max(aChunks.length, bChunks.length);
  return Array.from({ length: count }, (_, i) => [aChunks[i] ?? [], bChunks[i] ?? []]);
}

function triples(a: string[], b: string[], c: string[]): [string[], string[], string[]][] {
  const [aChunks, bChunks, cChunks] = [chunks(a), chunks(b), chunks(c)];
  const count = Math.max(aChunks.length, bChunks.length, cChunks.length);
  return Array.from({ length: count }, (_, i) => [aChunks[i] ?? [], bChunks[i] ?? [], cChunks[i] ?? []]);
}

/** The attributes of the given nodes, one batched statement per kind; nodes that do not exist are left out. */
async function loadNodes(prisma: PrismaClient, keys: NodeKey[]): Promise<ExportNode[]> {
  const ids = new Map<NodeKind, string[]>();
  for (const key of keys) {
    const { kind, id } = splitKey(key);
    ids.set(kind, [...(ids.get(kind) ?? []), id]);
  }
  const nodes: ExportNode[] = [];
  const node = (kind: NodeKind, id: string, label: string, extra: Partial<ExportNode> = {}) =>
    nodes.push({ id: globalIdOf(kind, id), kind, label, subtype: null, date: null, url: null, ...extra });
  // uuid-shaped ids only: a decoded global ID can hold anything, and PostgreSQL refuses a bad uuid
  const of = (kind: NodeKind) => chunks((ids.get(kind) ?? []).filter((id) => UUID.test(id)));

  for (const batch of of("Article"))
    for (const row of await prisma.article.findMany({
      where: { id: { in: batch } },
      select: { id: true, title: true, publishedAt: true, url: true },
      orderBy: { id: "asc" },
    }))
      node("Article", row.id, row.title, { date: row.publishedAt?.toISOString() ?? null, url: row.url });
  for (const batch of of("Person"))
    for (const row of await prisma.person.findMany({
      where: { id: { in: batch } },
      select: { id: true, name: true },
      orderBy: { id: "asc" },
    }))
      node("Person", row.id, row.name);
  for (const batch of of("Institution"))
    for (const row of await prisma.institution.findMany({
      where: { id: { in: batch } },
      select: { id: true, name: true, type: true },
      orderBy: { id: "asc" },
    }))
      node("Institution", row.id, row.name, { subtype: row.type });
  for (const batch of of("Place"))
    for (const row of await prisma.place.findMany({
      where: { id: { in: batch } },
      select: { id: true, name: true, kind: true },
      orderBy: { id: "asc" },
    }))
      node("Place", row.id, row.name, { subtype: row.kind });
  for (const batch of of("Event"))
    for (const row of await prisma.event.findMany({
      where: { id: { in: batch } },
      select: { id: true, name: true, kind: true, date: true },
      orderBy: { id: "asc" },
    }))
      node("Event", row.id, row.name, { subtype: row.kind, date: row.date?.toISOString().slice(0, 10) ?? null });
  for (const batch of of("Topic"))
    for (const row of await prisma.topic.findMany({
      where: { id: { in: batch } },
      select: { id: true, name: true },
      orderBy: { id: "asc" },
    }))
      node("Topic", row.id, row.name);
  for (const batch of of("Product"))
    for (const row of await prisma.product.findMany({
      where: { id: { in: batch } },
      select: { id: true, name: true, category: true },
      orderBy: { id: "asc" },
    }))
      node("Product", row.id, row.name, { subtype: row.category });
  return nodes;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
