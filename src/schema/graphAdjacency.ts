import { CO_MENTION_EVIDENCE_MAX } from "../graph/coMentions.ts";
import { Prisma, type PrismaClient } from "../store/index.ts";

/**
 * The graph analysts walk: entities (people, institutions, places, events, products) joined by
 * weighted relations, each backed by the articles that report it. One SQL statement returns
 * every edge touching a set of nodes, so a walk costs one statement per step, whatever the rows.
 */

export const GRAPH_NODE_TYPES = ["Person", "Institution", "Place", "Event", "Product"] as const;
export type GraphNodeType = (typeof GRAPH_NODE_TYPES)[number];

export const RELATIONS = [
  "CO_MENTIONED",
  "HOLDS_POSITION",
  "TOOK_PART",
  "HOSTED",
  "PRODUCED_BY",
  "SHOWN_AT",
  "LOCATED_IN",
  "PART_OF",
] as const;
export type Relation = (typeof RELATIONS)[number];

/** How many articles of evidence an edge carries at most (newest first): what a co-mention pair keeps. */
export const EVIDENCE_MAX = CO_MENTION_EVIDENCE_MAX;
/** How many edges one step reads at most: a hub node cannot flood a walk. */
export const STEP_EDGE_LIMIT = 5000;

export interface GraphNodeKey {
  type: GraphNodeType;
  id: string;
}

export interface GraphEdgeRow {
  fromType: GraphNodeType;
  fromId: string;
  toType: GraphNodeType;
  toId: string;
  relation: Relation;
  weight: number;
  /** null until edgeEvidence has read it (structural relations have none) */
  evidence: string[] | null;
}

export const nodeKey = (node: GraphNodeKey) => `${node.type}:${node.id}`;

type KeptPair = "HOLDS_POSITION" | "TOOK_PART";
/** The relations counted per pair at write time (src/graph/relationCounts.ts), with their from and to kinds. */
const KEPT_PAIRS: readonly [KeptPair, GraphNodeType, GraphNodeType][] = [
  ["HOLDS_POSITION", "Person", "Institution"],
  ["TOOK_PART", "Person", "Event"],
  ["TOOK_PART", "Institution", "Event"],
];

/** The edge columns of a kept pair row c, read from its from end ("entity") or its to end ("other"). */
function pairColumns(
  relation: KeptPair,
  fromType: GraphNodeType,
  toType: GraphNodeType,
  frontierEnd: "entity" | "other",
) {
  const idOf = (column: string) => Prisma.raw(`substr(c."${column}", strpos(c."${column}", ':') + 1)`);
  const [from, to] = frontierEnd === "entity" ? ["entityKey", "otherKey"] : ["otherKey", "entityKey"];
  return Prisma.sql`${fromType}::text, ${idOf(from)}, ${toType}::text, ${idOf(to)}, ${relation}::text, c."articles", NULL::text[]`;
}

/**
 * What a capped walk can still use of a step: the nodes it has reached (the frontier among them),
 * how many more it may admit, and of which kinds. A node's co-mention partners are then read from
 * the top of its range only (a new node comes in through one of its `maxNodes` heaviest partners
 * of those kinds, or not at all), and once the walk is full only edges between reached nodes.
 */
export interface WalkScope {
  reached: readonly GraphNodeKey[];
  room: number;
  maxNodes: number;
  kinds: ReadonlySet<GraphNodeType>;
}

/**
 * What a search without a node cap (path) reads of a host's events: the `eventsPerHost` recorded
 * last, from the top of the host's (hostId, id) index range, and any of `sought` (the nodes the
 * other end of the search has reached, where the two sides can meet) that the host hosted, each
 * probed by its id however far down the range it is.
 */
export interface HostedBound {
  eventsPerHost: number;
  sought: readonly GraphNodeKey[];
}

/**
 * The edges that touch any node of `frontier`, heaviest first, at least `minWeight` heavy; with
 * a scope, only those a capped walk can keep (see WalkScope); without one, a host's events as
 * `hosted` bounds them (by default the step's own cap of them).
 */
export async function edgesTouching(
  db: PrismaClient,
  frontier: readonly GraphNodeKey[],
  relations: ReadonlySet<Relation>,
  minWeight: number,
  scope?: WalkScope,
  hosted: HostedBound = { eventsPerHost: STEP_EDGE_LIMIT, sought: [] },
): Promise<GraphEdgeRow[]> {
  const ids = (type: GraphNodeType) => frontier.filter((node) => node.type === type).map((node) => node.id);
  const person = ids("Person");
  const institution = ids("Institution");
  const place = ids("Place");
  const event = ids("Event");
  const product = ids("Product");
  const any = (values: string[]) => Prisma.sql`ANY(${values}::text[])`;
  const keysOf = (type: GraphNodeType) => ids(type).map((id) => `${type}:${id}`);
  const noEvidence = Prisma.sql`ARRAY[]::text[]`;
  // once a walk is full, both ends of an edge must be reached already
  const full = scope !== undefined && scope.room <= 0;
  const reachedOf = (type: GraphNodeType) =>
    scope?.reached.filter((node) => node.type === type).map((node) => node.id) ?? [];
  const alsoReached = (...ends: [string, GraphNodeType][]) =>
    full
      ? Prisma.sql` AND ${Prisma.join(
          ends.map(([column, type]) => Prisma.sql`${Prisma.raw(column)} = ${any(reachedOf(type))}`),
          " AND ",
        )}`
      : Prisma.empty;

  const arms: Prisma.Sql[] = [];
  if (relations.has("CO_MENTIONED") && person.length + institution.length + place.length > 0) {
    // the counts the writer keeps (src/graph/coMentions.ts); the evidence is read later, for the
    // edges a walk keeps only (edgeEvidence)
    const keys = [
      ...person.map((id) => `Person:${id}`),
      ...institution.map((id) => `Institution:${id}`),
      ...place.map((id) => `Place:${id}`),
    ];
    const columnsWith = (
      evidence: Prisma.Sql,
    ) => Prisma.sql`split_part(c."entityKey", ':', 1), substr(c."entityKey", strpos(c."entityKey", ':') + 1),
        split_part(c."otherKey", ':', 1), substr(c."otherKey", strpos(c."otherKey", ':') + 1),
        'CO_MENTIONED', c."articles", ${evidence}`;
    const columns = columnsWith(Prisma.sql`NULL::text[]`);
    if (!scope) {
      arms.push(Prisma.sql`SELECT ${columns}
        FROM "CoMention" c
        WHERE c."entityKey" = ANY(${keys}::text[]) AND c."otherKey" <> c."entityKey" AND c."articles" > 0
          AND split_part(c."otherKey", ':', 1) IN ('Person', 'Institution', 'Place')`);
    } else {
      const partnerKinds = ["Person", "Institution", "Place"].filter((kind) => scope.kinds.has(kind as GraphNodeType));
      if (scope.room > 0 && partnerKinds.length > 0) {
        // each node's heaviest partners of the kinds asked for, from the top of its index range
        arms.push(Prisma.sql`SELECT ${columns}
          FROM unnest(${keys}::text[]) AS k("key") CROSS JOIN LATERAL (
            SELECT * FROM "CoMention" c
            WHERE c."entityKey" = k."key" AND c."otherKey" <> k."key" AND c."articles" >= ${Math.max(1, minWeight)}
              AND split_part(c."otherKey", ':', 1) = ANY(${partnerKinds}::text[])
            ORDER BY c."articles" DESC, c."otherKey" LIMIT ${scope.maxNodes}
          ) c`);
      }
      const reachedKeys = scope.reached
        .filter((node) => node.type === "Person" || node.type === "Institution" || node.type === "Place")
        .map(nodeKey);
      // and every co-mention with a node already reached, each pair probed by its key (OFFSET 0
      // keeps the subquery a probe: flattened, the planner misjudges a hub's thousands of partners
      // as a few dozen and scans its whole range), with its evidence, as the walk keeps these edges
      arms.push(Prisma.sql`SELECT ${columnsWith(Prisma.sql`c."evidence"`)}
        FROM unnest(${keys}::text[]) AS k("key") CROSS JOIN unnest(${reachedKeys}::text[]) AS o("key")
        CROSS JOIN LATERAL (
          SELECT * FROM "CoMention" c WHERE c."entityKey" = k."key" AND c."otherKey" = o."key" OFFSET 0
        ) c
        WHERE o."key" <> k."key" AND c."articles" > 0`);
    }
  }
  // positions and participations are weighed by the counts the writer keeps per pair
  // (src/graph/relationCounts.ts); which articles they are is read later, for the edges a walk
  // keeps only (edgeEvidence), each from its own index, newest first
  for (const [relation, fromType, toType] of KEPT_PAIRS) {
    if (!relations.has(relation)) continue;
    const fromKeys = keysOf(fromType);
    const toKeys = keysOf(toType);
    if (fromKeys.length + toKeys.length === 0) continue;
    // each side of the pair from the frontier's end: a pair with both ends in the frontier is
    // read from its from end only
    const sides = [
      {
        keys: fromKeys,
        partnerType: toType,
        columns: pairColumns(relation, fromType, toType, "entity"),
        skip: [] as string[],
      },
      {
        keys: toKeys,
        partnerType: fromType,
        columns: pairColumns(relation, fromType, toType, "other"),
        skip: fromKeys,
      },
    ].filter((side) => side.keys.length > 0);
    for (const side of sides) {
      const notSkipped = (column: Prisma.Sql) =>
        side.skip.length > 0 ? Prisma.sql` AND NOT (${column} = ANY(${side.skip}::text[]))` : Prisma.empty;
      // an event's TOOK_PART partners are people and institutions: each pair reads its own kind
      const partnerKind = Prisma.sql` AND c."otherKey" LIKE ${`${side.partnerType}:%`}`;
      if (!scope) {
        arms.push(Prisma.sql`SELECT ${side.columns} FROM "RelationCount" c
          WHERE c."entityKey" = ANY(${side.keys}::text[]) AND c."relation" = ${relation}${partnerKind}
            AND c."articles" >= ${Math.max(1, minWeight)}${notSkipped(Prisma.sql`c."otherKey"`)}`);
        continue;
      }
      if (scope.room > 0 && scope.kinds.has(side.partnerType)) {
        // each node's heaviest partners, from the top of its index range: a new node comes in
        // through one of them or not at all (see WalkScope)
        arms.push(Prisma.sql`SELECT ${side.columns}
          FROM unnest(${side.keys}::text[]) AS k("key") CROSS JOIN LATERAL (
            SELECT * FROM "RelationCount" c
            WHERE c."entityKey" = k."key" AND c."relation" = ${relation} AND c."articles" >= ${Math.max(1, minWeight)}${partnerKind}
            ORDER BY c."articles" DESC, c."otherKey" LIMIT ${scope.maxNodes}
          ) c`);
      }
      // and the pairs with a node already reached, each probed by its key (OFFSET 0 keeps it a probe)
      const reachedPartners = reachedOf(side.partnerType).map((id) => `${side.partnerType}:${id}`);
      if (reachedPartners.length > 0) {
        arms.push(Prisma.sql`SELECT ${side.columns}
          FROM unnest(${side.keys}::text[]) AS k("key") CROSS JOIN unnest(${reachedPartners}::text[]) AS o("key")
          CROSS JOIN LATERAL (
            SELECT * FROM "RelationCount" c
            WHERE c."entityKey" = k."key" AND c."relation" = ${relation} AND c."otherKey" = o."key" OFFSET 0
          ) c
          WHERE c."articles" > 0${notSkipped(Prisma.sql`o."key"`)}`);
      }
    }
  }
  // an event's reports and a product's mentions: the diagonal of the kept counts, one probe each
  const reportsOf = Prisma.sql`LEFT JOIN "RelationCount" n ON n."entityKey" = 'Event:' || e."id"
    AND n."relation" = 'REPORTED_IN' AND n."otherKey" = 'Event:' || e."id"`;
  const mentionsOf = Prisma.sql`LEFT JOIN "RelationCount" n ON n."entityKey" = 'Product:' || p."id"
    AND n."relation" = 'REPORTED_IN' AND n."otherKey" = 'Product:' || p."id"`;
  const articlesOf = Prisma.sql`greatest(coalesce(n."articles", 0), 1)`;
  const hostedColumns = Prisma.sql`'Institution', e."hostId", 'Event', e."id", 'HOSTED', ${articlesOf}, NULL::text[]`;
  if (relations.has("HOSTED") && !scope && institution.length + event.length > 0) {
    // the frontier's events (one host each), each frontier host's events recorded last, and the
    // sought events those hosts hosted; UNION: an event found two ways is one edge
    const sought = hosted.sought.filter((node) => node.type === "Event").map((node) => node.id);
    arms.push(Prisma.sql`SELECT ${hostedColumns}
      FROM (
        SELECT e."id", e."hostId" FROM "Event" e WHERE e."id" = ${any(event)} AND e."hostId" IS NOT NULL
        UNION
        SELECT e."id", e."hostId" FROM unnest(${institution}::text[]) AS h("id") CROSS JOIN LATERAL (
          SELECT * FROM "Event" e WHERE e."hostId" = h."id" ORDER BY e."id" DESC LIMIT ${hosted.eventsPerHost}
        ) e
        UNION
        SELECT e."id", e."hostId" FROM "Event" e WHERE e."id" = ${any(sought)} AND e."hostId" = ${any(institution)}
      ) e ${reportsOf}`);
  }
  if (relations.has("HOSTED") && scope) {
    // an event has one host: its edge costs one probe
    if (event.length > 0) {
      arms.push(Prisma.sql`SELECT ${hostedColumns}
        FROM "Event" e ${reportsOf}
        WHERE e."id" = ${any(event)} AND e."hostId" IS NOT NULL
          ${alsoReached(['e."hostId"', "Institution"], ['e."id"', "Event"])}`);
    }
    // a host may have thousands: a new event comes in through one of the host's maxNodes events
    // recorded last, read from the top of its (hostId, id) index range, or not at all
    if (institution.length > 0 && scope.room > 0 && scope.kinds.has("Event")) {
      arms.push(Prisma.sql`SELECT ${hostedColumns}
        FROM unnest(${institution}::text[]) AS h("id") CROSS JOIN LATERAL (
          SELECT * FROM "Event" e WHERE e."hostId" = h."id" ORDER BY e."id" DESC LIMIT ${scope.maxNodes}
        ) e ${reportsOf}`);
    }
    // and the events already reached that a frontier host hosted, each probed by its id
    const reachedEvents = reachedOf("Event");
    if (institution.length > 0 && reachedEvents.length > 0) {
      arms.push(Prisma.sql`SELECT ${hostedColumns}
        FROM "Event" e ${reportsOf}
        WHERE e."id" = ${any(reachedEvents)} AND e."hostId" = ${any(institution)}`);
    }
  }
  if (relations.has("PRODUCED_BY") && product.length + institution.length > 0) {
    arms.push(Prisma.sql`SELECT 'Product', p."id", 'Institution', p."producerId", 'PRODUCED_BY', ${articlesOf}, NULL::text[]
      FROM "Product" p ${mentionsOf}
      WHERE p."producerId" IS NOT NULL AND (p."id" = ${any(product)} OR p."producerId" = ${any(institution)})
        ${alsoReached(['p."id"', "Product"], ['p."producerId"', "Institution"])}`);
  }
  if (relations.has("SHOWN_AT") && product.length + event.length > 0) {
    arms.push(Prisma.sql`SELECT 'Product', p."id", 'Event', p."shownAtId", 'SHOWN_AT', ${articlesOf}, NULL::text[]
      FROM "Product" p ${mentionsOf}
      WHERE p."shownAtId" IS NOT NULL AND (p."id" = ${any(product)} OR p."shownAtId" = ${any(event)})
        ${alsoReached(['p."id"', "Product"], ['p."shownAtId"', "Event"])}`);
  }
  if (relations.has("LOCATED_IN")) {
    if (institution.length + place.length > 0) {
      arms.push(Prisma.sql`SELECT 'Institution', i."id", 'Place', i."placeId", 'LOCATED_IN', 1, ${noEvidence}
        FROM "Institution" i WHERE i."placeId" IS NOT NULL AND (i."id" = ${any(institution)} OR i."placeId" = ${any(place)})`);
    }
    if (event.length + place.length > 0) {
      arms.push(Prisma.sql`SELECT 'Event', e."id", 'Place', e."placeId", 'LOCATED_IN', 1, ${noEvidence}
        FROM "Event" e WHERE e."placeId" IS NOT NULL AND (e."id" = ${any(event)} OR e."placeId" = ${any(place)})`);
    }
  }
  if (relations.has("PART_OF")) {
    if (institution.length > 0) {
      arms.push(Prisma.sql`SELECT 'Institution', i."id", 'Institution', i."parentId", 'PART_OF', 1, ${noEvidence}
        FROM "Institution" i WHERE i."parentId" IS NOT NULL AND (i."id" = ${any(institution)} OR i."parentId" = ${any(institution)})`);
    }
    if (place.length > 0) {
      arms.push(Prisma.sql`SELECT 'Place', p."id", 'Place', p."parentId", 'PART_OF', 1, ${noEvidence}
        FROM "Place" p WHERE p."parentId" IS NOT NULL AND (p."id" = ${any(place)} OR p."parentId" = ${any(place)})`);
    }
  }
  if (arms.length === 0) return [];
  return db.$queryRaw<GraphEdgeRow[]>(Prisma.sql`
    SELECT * FROM (${Prisma.join(arms, " UNION ALL ")}) AS edges("fromType", "fromId", "toType", "toId", "relation", "weight", "evidence")
    WHERE "weight" >= ${minWeight}
    ORDER BY "weight" DESC, "relation", "fromType", "fromId", "toType", "toId"
    LIMIT ${STEP_EDGE_LIMIT}`);
}

/** The undirected identity of an edge: one relation between two nodes is one edge. */
export function edgeKey(row: GraphEdgeRow): string {
  const a = `${row.fromType}:${row.fromId}`;
  const b = `${row.toType}:${row.toId}`;
  return a < b ? `${row.relation}|${a}|${b}` : `${row.relation}|${b}|${a}`;
}

/**
 * The newest articles behind each kind of edge, for a LATERAL join on p("from", "to"): a
 * co-mention's the writer keeps (src/graph/coMentions.ts, newest listed first); the others' read
 * backwards on an index that ends in the article id, so a pair reported in thousands of articles
 * costs EVIDENCE_MAX index entries.
 */
const EVIDENCE_OF: Record<Exclude<Relation, "LOCATED_IN" | "PART_OF">, Prisma.Sql> = {
  CO_MENTIONED: Prisma.sql`SELECT c."evidence" FROM "CoMention" c WHERE c."entityKey" = p."fromKey" AND c."otherKey" = p."toKey"`,
  // a person may hold several posts at one institution: each post's newest first, then merged
  HOLDS_POSITION: Prisma.sql`SELECT array_agg(x."articleId" ORDER BY x."articleId" DESC) FROM (
      SELECT DISTINCT r."articleId" FROM "Position" ps CROSS JOIN LATERAL (
        SELECT DISTINCT pr."articleId" FROM "PositionReport" pr WHERE pr."positionId" = ps."id"
        ORDER BY pr."articleId" DESC LIMIT ${EVIDENCE_MAX}) r
      WHERE ps."personId" = p."from" AND ps."institutionId" = p."to" ORDER BY r."articleId" DESC LIMIT ${EVIDENCE_MAX}) x`,
  // a person's own participation, or an institution's as a group (ids never meet across the two)
  TOOK_PART: Prisma.sql`SELECT array_agg(x."articleId" ORDER BY x."articleId" DESC) FROM (
      SELECT u."articleId" FROM (
        (SELECT DISTINCT ep."articleId" FROM "EventParticipant" ep
          WHERE ep."eventId" = p."to" AND ep."personId" = p."from" ORDER BY ep."articleId" DESC LIMIT ${EVIDENCE_MAX})
        UNION (SELECT DISTINCT g."articleId" FROM "EventGroupParticipant" g
          WHERE g."eventId" = p."to" AND g."institutionId" = p."from" ORDER BY g."articleId" DESC LIMIT ${EVIDENCE_MAX})
      ) u ORDER BY u."articleId" DESC LIMIT ${EVIDENCE_MAX}) x`,
  HOSTED: Prisma.sql`SELECT array_agg(x."articleId" ORDER BY x."articleId" DESC) FROM (
      SELECT r."articleId" FROM "EventReport" r WHERE r."eventId" = p."to" ORDER BY r."articleId" DESC LIMIT ${EVIDENCE_MAX}) x`,
  PRODUCED_BY: Prisma.sql`SELECT array_agg(x."articleId" ORDER BY x."articleId" DESC) FROM (
      SELECT pm."articleId" FROM "ProductMention" pm WHERE pm."productId" = p."from" ORDER BY pm."articleId" DESC LIMIT ${EVIDENCE_MAX}) x`,
  SHOWN_AT: Prisma.sql`SELECT array_agg(x."articleId" ORDER BY x."articleId" DESC) FROM (
      SELECT pm."articleId" FROM "ProductMention" pm WHERE pm."productId" = p."from" ORDER BY pm."articleId" DESC LIMIT ${EVIDENCE_MAX}) x`,
};

/**
 * Fills in the evidence of the given edges (those a walk keeps), in one statement for all of
 * them whatever their relations; structural edges (LOCATED_IN, PART_OF) have none.
 */
export async function edgeEvidence(db: PrismaClient, rows: readonly GraphEdgeRow[]): Promise<void> {
  const pending = rows.filter((row) => row.evidence === null);
  const arms = Object.entries(EVIDENCE_OF).flatMap(([relation, evidence]) => {
    const indexes = pending.flatMap((row, index) => (row.relation === relation ? [index + 1] : []));
    if (indexes.length === 0) return [];
    const edges = indexes.map((index) => pending[index - 1] as GraphEdgeRow);
    return [
      Prisma.sql`SELECT p."pair"::int AS "pair", (${evidence}) AS "ids"
        FROM unnest(${indexes}::int[], ${edges.map((row) => row.fromId)}::text[], ${edges.map((row) => row.toId)}::text[],
          ${edges.map((row) => `${row.fromType}:${row.fromId}`)}::text[], ${edges.map((row) => `${row.toType}:${row.toId}`)}::text[])
          AS p("pair", "from", "to", "fromKey", "toKey")`,
    ];
  });
  if (arms.length > 0) {
    const evidence = await db.$queryRaw<{ pair: number; ids: string[] | null }[]>(Prisma.join(arms, " UNION ALL "));
    for (const row of evidence) {
      const edge = pending[row.pair - 1];
      if (edge) edge.evidence = row.ids ?? [];
    }
  }
  for (const edge of pending) edge.evidence ??= [];
}
