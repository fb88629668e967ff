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

/** How many articles of evidence an edge carries at most (newest first). */
export const EVIDENCE_MAX = 10;
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
  /** null for a co-mention until coMentionEvidence has read it */
  evidence: string[] | null;
}

export const nodeKey = (node: GraphNodeKey) => `${node.type}:${node.id}`;

/** The edges that touch any node of `frontier`, heaviest first, at least `minWeight` heavy. */
export async function edgesTouching(
  db: PrismaClient,
  frontier: readonly GraphNodeKey[],
  relations: ReadonlySet<Relation>,
  minWeight: number,
): Promise<GraphEdgeRow[]> {
  const ids = (type: GraphNodeType) => frontier.filter((node) => node.type === type).map((node) => node.id);
  const person = ids("Person");
  const institution = ids("Institution");
  const place = ids("Place");
  const event = ids("Event");
  const product = ids("Product");
  const any = (values: string[]) => Prisma.sql`ANY(${values}::text[])`;
  const evidenceSlice = Prisma.raw(`[1:${EVIDENCE_MAX}]`);
  // the newest articles of an edge; articles are counted once however often they report it
  const newest = (column: string) =>
    Prisma.sql`(array_agg(DISTINCT ${Prisma.raw(column)} ORDER BY ${Prisma.raw(column)} DESC) FILTER (WHERE ${Prisma.raw(column)} IS NOT NULL))${evidenceSlice}`;
  const noEvidence = Prisma.sql`ARRAY[]::text[]`;

  const arms: Prisma.Sql[] = [];
  if (relations.has("CO_MENTIONED") && person.length + institution.length + place.length > 0) {
    // the counts the writer keeps (src/graph/coMentions.ts); the evidence is read later, for the
    // edges a walk keeps only (coMentionEvidence), so a hub's thousands of partners cost one index range
    const keys = [
      ...person.map((id) => `Person:${id}`),
      ...institution.map((id) => `Institution:${id}`),
      ...place.map((id) => `Place:${id}`),
    ];
    arms.push(Prisma.sql`SELECT split_part(c."entityKey", ':', 1), substr(c."entityKey", strpos(c."entityKey", ':') + 1),
        split_part(c."otherKey", ':', 1), substr(c."otherKey", strpos(c."otherKey", ':') + 1),
        'CO_MENTIONED', c."articles", NULL::text[]
      FROM "CoMention" c
      WHERE c."entityKey" = ANY(${keys}::text[]) AND c."otherKey" <> c."entityKey" AND c."articles" > 0
        AND split_part(c."otherKey", ':', 1) IN ('Person', 'Institution', 'Place')`);
  }
  if (relations.has("HOLDS_POSITION") && person.length + institution.length > 0) {
    arms.push(Prisma.sql`SELECT 'Person', p."personId", 'Institution', p."institutionId", 'HOLDS_POSITION',
        count(DISTINCT r."articleId")::int, ${newest('r."articleId"')}
      FROM "Position" p JOIN "PositionReport" r ON r."positionId" = p."id"
      WHERE p."institutionId" IS NOT NULL AND (p."personId" = ${any(person)} OR p."institutionId" = ${any(institution)})
      GROUP BY p."personId", p."institutionId"`);
  }
  if (relations.has("TOOK_PART") && person.length + event.length > 0) {
    arms.push(Prisma.sql`SELECT 'Person', ep."personId", 'Event', ep."eventId", 'TOOK_PART',
        count(DISTINCT ep."articleId")::int, ${newest('ep."articleId"')}
      FROM "EventParticipant" ep
      WHERE ep."personId" = ${any(person)} OR ep."eventId" = ${any(event)}
      GROUP BY ep."personId", ep."eventId"`);
  }
  if (relations.has("HOSTED") && institution.length + event.length > 0) {
    arms.push(Prisma.sql`SELECT 'Institution', e."hostId", 'Event', e."id", 'HOSTED',
        greatest(count(r."articleId"), 1)::int, coalesce(${newest('r."articleId"')}, ${noEvidence})
      FROM "Event" e LEFT JOIN "EventReport" r ON r."eventId" = e."id"
      WHERE e."hostId" IS NOT NULL AND (e."hostId" = ${any(institution)} OR e."id" = ${any(event)})
      GROUP BY e."hostId", e."id"`);
  }
  if (relations.has("PRODUCED_BY") && product.length + institution.length > 0) {
    arms.push(Prisma.sql`SELECT 'Product', p."id", 'Institution', p."producerId", 'PRODUCED_BY',
        greatest(count(pm."articleId"), 1)::int, coalesce(${newest('pm."articleId"')}, ${noEvidence})
      FROM "Product" p LEFT JOIN "ProductMention" pm ON pm."productId" = p."id"
      WHERE p."producerId" IS NOT NULL AND (p."id" = ${any(product)} OR p."producerId" = ${any(institution)})
      GROUP BY p."id", p."producerId"`);
  }
  if (relations.has("SHOWN_AT") && product.length + event.length > 0) {
    arms.push(Prisma.sql`SELECT 'Product', p."id", 'Event', p."shownAtId", 'SHOWN_AT',
        greatest(count(pm."articleId"), 1)::int, coalesce(${newest('pm."articleId"')}, ${noEvidence})
      FROM "Product" p LEFT JOIN "ProductMention" pm ON pm."productId" = p."id"
      WHERE p."shownAtId" IS NOT NULL AND (p."id" = ${any(product)} OR p."shownAtId" = ${any(event)})
      GROUP BY p."id", p."shownAtId"`);
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
    ORDER BY "weight" DESC, "relation", "fromId", "toId"
    LIMIT ${STEP_EDGE_LIMIT}`);
}

/** The undirected identity of an edge: one relation between two nodes is one edge. */
export function edgeKey(row: GraphEdgeRow): string {
  const a = `${row.fromType}:${row.fromId}`;
  const b = `${row.toType}:${row.toId}`;
  return a < b ? `${row.relation}|${a}|${b}` : `${row.relation}|${b}|${a}`;
}

/**
 * The newest EVIDENCE_MAX articles naming the entity `key` ("Person:<id>" …) that also meet
 * `condition` on `m."articleId"`, as (articleId, listedAt), for a LATERAL join: each kind's branch
 * walks its (entity, listedAt, articleId) index backwards and stops at the limit.
 */
function newestMentionsOf(key: Prisma.Sql, condition: (articleId: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  const kind = Prisma.sql`split_part(${key}, ':', 1)`;
  const id = Prisma.sql`substr(${key}, strpos(${key}, ':') + 1)`;
  const branch = (table: string, column: string, typename: string) =>
    Prisma.sql`(SELECT m."articleId", m."listedAt" FROM ${Prisma.raw(`"${table}"`)} m
      WHERE ${kind} = ${typename} AND m.${Prisma.raw(`"${column}"`)} = ${id} AND ${condition(Prisma.sql`m."articleId"`)}
      ORDER BY m.${Prisma.raw(`"${column}"`)} DESC, m."listedAt" DESC, m."articleId" DESC LIMIT ${EVIDENCE_MAX})`;
  return Prisma.sql`(${branch("PersonMention", "personId", "Person")}
    UNION ALL ${branch("InstitutionMention", "institutionId", "Institution")}
    UNION ALL ${branch("PlaceMention", "placeId", "Place")})`;
}

function namesKey(key: Prisma.Sql, articleId: Prisma.Sql): Prisma.Sql {
  const kind = Prisma.sql`split_part(${key}, ':', 1)`;
  const id = Prisma.sql`substr(${key}, strpos(${key}, ':') + 1)`;
  return Prisma.sql`(EXISTS (SELECT 1 FROM "PersonMention" WHERE ${kind} = 'Person' AND "articleId" = ${articleId} AND "personId" = ${id})
    OR EXISTS (SELECT 1 FROM "InstitutionMention" WHERE ${kind} = 'Institution' AND "articleId" = ${articleId} AND "institutionId" = ${id})
    OR EXISTS (SELECT 1 FROM "PlaceMention" WHERE ${kind} = 'Place' AND "articleId" = ${articleId} AND "placeId" = ${id}))`;
}

/**
 * Fills in the evidence of co-mention edges (the newest articles that name both ends), in one
 * statement for all of them: each pair is read from the end named in fewer articles, newest
 * first, probing the other end's mention of each article until EVIDENCE_MAX are found.
 */
export async function coMentionEvidence(db: PrismaClient, rows: readonly GraphEdgeRow[]): Promise<void> {
  const pending = rows.filter((row) => row.evidence === null);
  if (pending.length === 0) return;
  const from = pending.map((row) => `${row.fromType}:${row.fromId}`);
  const to = pending.map((row) => `${row.toType}:${row.toId}`);
  const evidence = await db.$queryRaw<{ pair: number; ids: string[] | null }[]>(Prisma.sql`
    SELECT p."pair"::int AS "pair", e."ids"
    FROM unnest(${from}::text[], ${to}::text[]) WITH ORDINALITY AS p("a", "b", "pair")
    LEFT JOIN "CoMention" da ON da."entityKey" = p."a" AND da."otherKey" = p."a"
    LEFT JOIN "CoMention" db ON db."entityKey" = p."b" AND db."otherKey" = p."b"
    CROSS JOIN LATERAL (SELECT CASE WHEN coalesce(da."articles", 0) <= coalesce(db."articles", 0) THEN p."a" ELSE p."b" END AS "driver",
                               CASE WHEN coalesce(da."articles", 0) <= coalesce(db."articles", 0) THEN p."b" ELSE p."a" END AS "probe") s
    CROSS JOIN LATERAL (
      SELECT array_agg(d."articleId" ORDER BY d."listedAt" DESC, d."articleId" DESC) AS "ids"
      FROM ${newestMentionsOf(Prisma.sql`s."driver"`, (articleId) => namesKey(Prisma.sql`s."probe"`, articleId))} d
    ) e`);
  for (const row of evidence) {
    const edge = pending[row.pair - 1];
    if (edge) edge.evidence = row.ids ?? [];
  }
  for (const edge of pending) edge.evidence ??= [];
}
