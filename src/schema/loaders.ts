import DataLoader from "dataloader";
import { Prisma, type PrismaClient } from "../store/index.ts";

/** How many co-appearing people one person lists at most. */
export const CO_APPEARANCE_LIMIT = 100;

export interface CoAppearance {
  personId: string;
  otherPersonId: string;
  sharedArticles: number;
}

/**
 * Per-request loaders for what is not a plain relation. Co-appearance is an aggregate over the
 * mention table: all the people of one response are counted in one statement.
 */
export interface PositionTimeline {
  firstReportedAt: Date;
  lastReportedAt: Date;
  reports: number;
}

export interface Loaders {
  readonly coAppearances: DataLoader<string, CoAppearance[]>;
  /** when a position was first and last reported, over all its reports */
  readonly positionTimeline: DataLoader<string, PositionTimeline | null>;
  /** how many articles name a person, an institution or a place, keyed "Person:<id>" … (totalCount of their article lists) */
  readonly mentionedArticleCount: DataLoader<`${MentionedKind}:${string}`, number>;
}

export type MentionedKind = "Person" | "Institution" | "Place";

/**
 * How each of a request's loaders is built. The request's Loaders call these on first use, so a
 * request that never reads a count, a timeline or co-appearances builds no loader (most requests;
 * { __typename } spent 2-3% of the server's CPU on three it did not use). Tests count the calls.
 */
export const loaderFactories = {
  mentionedArticleCount: (prisma: PrismaClient): Loaders["mentionedArticleCount"] =>
    new DataLoader(async (keys) => {
      const idsOf = (kind: MentionedKind) =>
        keys.filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
      // one statement for every kind; an empty array matches nothing
      const rows = await prisma.$queryRaw<{ key: string; count: number }[]>(Prisma.sql`
        SELECT 'Person:' || "personId" AS "key", count(*)::int AS "count" FROM "PersonMention"
          WHERE "personId" = ANY(${idsOf("Person")}::text[]) GROUP BY "personId"
        UNION ALL
        SELECT 'Institution:' || "institutionId", count(*)::int FROM "InstitutionMention"
          WHERE "institutionId" = ANY(${idsOf("Institution")}::text[]) GROUP BY "institutionId"
        UNION ALL
        SELECT 'Place:' || "placeId", count(*)::int FROM "PlaceMention"
          WHERE "placeId" = ANY(${idsOf("Place")}::text[]) GROUP BY "placeId"`);
      const counts = new Map(rows.map((row) => [row.key, row.count]));
      return keys.map((key) => counts.get(key) ?? 0);
    }),
  positionTimeline: (prisma: PrismaClient): Loaders["positionTimeline"] =>
    new DataLoader(async (positionIds) => {
      const rows = await prisma.positionReport.groupBy({
        by: ["positionId"],
        where: { positionId: { in: [...positionIds] } },
        _min: { reportedAt: true },
        _max: { reportedAt: true },
        _count: { _all: true },
      });
      const byPosition = new Map(rows.map((row) => [row.positionId, row]));
      return positionIds.map((id) => {
        const row = byPosition.get(id);
        if (!row?._min.reportedAt || !row._max.reportedAt) return null;
        return { firstReportedAt: row._min.reportedAt, lastReportedAt: row._max.reportedAt, reports: row._count._all };
      });
    }),
  coAppearances: (prisma: PrismaClient): Loaders["coAppearances"] =>
    new DataLoader(async (personIds) => {
      const rows = await prisma.$queryRaw<CoAppearance[]>(Prisma.sql`
        SELECT "personId", "otherPersonId", "sharedArticles" FROM (
          SELECT a."personId", b."personId" AS "otherPersonId", count(*)::int AS "sharedArticles",
                 row_number() OVER (PARTITION BY a."personId" ORDER BY count(*) DESC, b."personId") AS "rank"
          FROM "PersonMention" a
          JOIN "PersonMention" b ON b."articleId" = a."articleId" AND b."personId" <> a."personId"
          WHERE a."personId" IN (${Prisma.join(personIds)})
          GROUP BY a."personId", b."personId"
        ) ranked
        WHERE "rank" <= ${CO_APPEARANCE_LIMIT}
        ORDER BY "personId", "rank"`);
      const byPerson = new Map<string, CoAppearance[]>();
      for (const row of rows) {
        const list = byPerson.get(row.personId) ?? [];
        list.push(row);
        byPerson.set(row.personId, list);
      }
      return personIds.map((id) => byPerson.get(id) ?? []);
    }),
};

/** One request's loaders, each built on first use and kept for the rest of the request. */
class RequestLoaders implements Loaders {
  readonly #prisma: PrismaClient;
  #mentionedArticleCount: Loaders["mentionedArticleCount"] | undefined;
  #positionTimeline: Loaders["positionTimeline"] | undefined;
  #coAppearances: Loaders["coAppearances"] | undefined;

  constructor(prisma: PrismaClient) {
    this.#prisma = prisma;
  }

  get mentionedArticleCount(): Loaders["mentionedArticleCount"] {
    this.#mentionedArticleCount ??= loaderFactories.mentionedArticleCount(this.#prisma);
    return this.#mentionedArticleCount;
  }

  get positionTimeline(): Loaders["positionTimeline"] {
    this.#positionTimeline ??= loaderFactories.positionTimeline(this.#prisma);
    return this.#positionTimeline;
  }

  get coAppearances(): Loaders["coAppearances"] {
    this.#coAppearances ??= loaderFactories.coAppearances(this.#prisma);
    return this.#coAppearances;
  }
}

export function createLoaders(prisma: PrismaClient): Loaders {
  return new RequestLoaders(prisma);
}

/**
 * Nodes related to many owners through a join table that may name a node several times (the
 * people of an institution through their positions, the events of a person through their
 * participations). Per request and per page size and selection, all owners asked for are read
 * in two statements: the ids of each owner's first `take` related nodes in id order
 * (de-duplicated by SQL, a LIMIT per owner), then those nodes with the client's selection; a
 * lone owner (a page) in one statement, the nodes that have a link to it.
 */
export interface RelatedPage {
  /** SELECT owner, id of the related nodes, `take` per owner at most, for the owners in $ids */
  ids(prisma: PrismaClient, ownerIds: string[], take: number): Promise<{ owner: string; id: string }[]>;
  /** the related nodes with their selection */
  nodes(prisma: PrismaClient, ids: string[], query: object): Promise<{ id: string }[]>;
  /**
   * The page of one owner in one statement, with the selection: the same nodes in the same
   * order as `ids` then `nodes` (a page shows one institution or person, and every statement
   * is a round trip and a Prisma call).
   */
  ofOneOwner?(prisma: PrismaClient, ownerId: string, take: number, query: object): Promise<{ id: string }[]>;
}

const relatedPageLoaders = new WeakMap<object, Map<string, DataLoader<string, { id: string }[]>>>();

export function loadRelatedPage<Node extends { id: string }>(
  context: { prisma: PrismaClient },
  page: RelatedPage,
  name: string,
  ownerId: string,
  take: number,
  query: object,
): Promise<Node[]> {
  let loaders = relatedPageLoaders.get(context);
  if (!loaders) {
    loaders = new Map();
    relatedPageLoaders.set(context, loaders);
  }
  const key = `${name}|${take}|${JSON.stringify(query)}`;
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(async (ownerIds) => {
      if (ownerIds.length === 1 && page.ofOneOwner) {
        return [await page.ofOneOwner(context.prisma, ownerIds[0] as string, take, query)];
      }
      const pairs = await page.ids(context.prisma, [...ownerIds], take);
      const wanted = [...new Set(pairs.map((pair) => pair.id))];
      const nodes = wanted.length === 0 ? [] : await page.nodes(context.prisma, wanted, query);
      const byId = new Map(nodes.map((node) => [node.id, node]));
      return ownerIds.map((owner) =>
        pairs.flatMap((pair) =>
          pair.owner === owner && byId.has(pair.id) ? [byId.get(pair.id) as { id: string }] : [],
        ),
      );
    });
    loaders.set(key, loader);
  }
  return loader.load(ownerId) as Promise<Node[]>;
}

/** The people reported holding a position at an institution, first recorded first. */
export const institutionPeople: RelatedPage = {
  ids: (prisma, ownerIds, take) =>
    prisma.$queryRaw(Prisma.sql`
      SELECT owner."id" AS "owner", p."id" FROM unnest(${ownerIds}::text[]) AS owner("id")
      CROSS JOIN LATERAL (
        SELECT p."id" FROM "Person" p
        WHERE EXISTS (SELECT 1 FROM "Position" x WHERE x."personId" = p."id" AND x."institutionId" = owner."id")
        ORDER BY p."id" LIMIT ${take}
      ) p`),
  nodes: (prisma, ids, query) => prisma.person.findMany({ ...query, where: { id: { in: ids } } }),
  ofOneOwner: (prisma, ownerId, take, query) =>
    prisma.person.findMany({
      ...query,
      where: { positions: { some: { institutionId: ownerId } } },
      orderBy: { id: "asc" },
      take,
    }),
};

/** The events a person took part in, in any role, first recorded first. */
export const personEvents: RelatedPage = {
  ids: (prisma, ownerIds, take) =>
    prisma.$queryRaw(Prisma.sql`
      SELECT owner."id" AS "owner", e."id" FROM unnest(${ownerIds}::text[]) AS owner("id")
      CROSS JOIN LATERAL (
        SELECT e."id" FROM "Event" e
        WHERE EXISTS (SELECT 1 FROM "EventParticipant" x WHERE x."eventId" = e."id" AND x."personId" = owner."id")
        ORDER BY e."id" LIMIT ${take}
      ) e`),
  nodes: (prisma, ids, query) => prisma.event.findMany({ ...query, where: { id: { in: ids } } }),
  ofOneOwner: (prisma, ownerId, take, query) =>
    prisma.event.findMany({
      ...query,
      where: { participants: { some: { personId: ownerId } } },
      orderBy: { id: "asc" },
      take,
    }),
};

/**
 * The participations of an event, one per person and role (every article that reports the
 * event names its participants again: the seed event has 20,000 rows at 10k articles for two
 * people), each as the first article to report it says, in role order. The distinct pairs are
 * walked on the unique index (eventId, personId, role, articleId), one index entry per pair
 * (a loose index scan), so the rows read grow with the people, not with the reports.
 */
export const eventParticipants: RelatedPage = {
  ids: (prisma, ownerIds, take) =>
    prisma.$queryRaw(Prisma.sql`
      SELECT owner."id" AS "owner", page."id" FROM unnest(${ownerIds}::text[]) AS owner("id")
      CROSS JOIN LATERAL (
        WITH RECURSIVE pairs("personId", "role") AS (
          (SELECT x."personId", x."role" FROM "EventParticipant" x
            WHERE x."eventId" = owner."id" ORDER BY x."personId", x."role" LIMIT 1)
          UNION ALL
          SELECT next."personId", next."role" FROM pairs CROSS JOIN LATERAL (
            SELECT x."personId", x."role" FROM "EventParticipant" x
            WHERE x."eventId" = owner."id" AND (x."personId", x."role") > (pairs."personId", pairs."role")
            ORDER BY x."personId", x."role" LIMIT 1
          ) next
        )
        SELECT first."id", pairs."role" FROM pairs CROSS JOIN LATERAL (
          SELECT x."id" FROM "EventParticipant" x
          WHERE x."eventId" = owner."id" AND x."personId" = pairs."personId" AND x."role" = pairs."role"
          ORDER BY x."eventId", x."personId", x."role", x."articleId" LIMIT 1
        ) first
        ORDER BY pairs."role", first."id" LIMIT ${take}
      ) page
      ORDER BY owner."id", page."role", page."id"`),
  nodes: (prisma, ids, query) => prisma.eventParticipant.findMany({ ...query, where: { id: { in: ids } } }),
};
