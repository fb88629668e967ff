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
  evidence: string[];
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
    arms.push(Prisma.sql`SELECT x."t" AS "fromType", x."id" AS "fromId", y."t" AS "toType", y."id" AS "toId",
        'CO_MENTIONED' AS "relation", count(*)::int AS "weight", (array_agg(y."articleId" ORDER BY y."listedAt" DESC))${evidenceSlice} AS "evidence"
      FROM (
        SELECT 'Person' AS "t", "personId" AS "id", "articleId" FROM "PersonMention" WHERE "personId" = ${any(person)}
        UNION ALL SELECT 'Institution', "institutionId", "articleId" FROM "InstitutionMention" WHERE "institutionId" = ${any(institution)}
        UNION ALL SELECT 'Place', "placeId", "articleId" FROM "PlaceMention" WHERE "placeId" = ${any(place)}
      ) x
      JOIN (
        SELECT 'Person' AS "t", "personId" AS "id", "articleId", "listedAt" FROM "PersonMention"
        UNION ALL SELECT 'Institution', "institutionId", "articleId", "listedAt" FROM "InstitutionMention"
        UNION ALL SELECT 'Place', "placeId", "articleId", "listedAt" FROM "PlaceMention"
      ) y ON y."articleId" = x."articleId" AND (y."t" <> x."t" OR y."id" <> x."id")
      GROUP BY x."t", x."id", y."t", y."id"`);
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
