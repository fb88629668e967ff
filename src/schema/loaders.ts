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
  coAppearances: DataLoader<string, CoAppearance[]>;
  /** when a position was first and last reported, over all its reports */
  positionTimeline: DataLoader<string, PositionTimeline | null>;
  /** how many articles name a person, an institution or a place, keyed "Person:<id>" … (totalCount of their article lists) */
  mentionedArticleCount: DataLoader<`${MentionedKind}:${string}`, number>;
}

export type MentionedKind = "Person" | "Institution" | "Place";

export function createLoaders(prisma: PrismaClient): Loaders {
  return {
    mentionedArticleCount: new DataLoader(async (keys) => {
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
    positionTimeline: new DataLoader(async (positionIds) => {
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
    coAppearances: new DataLoader(async (personIds) => {
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
}
