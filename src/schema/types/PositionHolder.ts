import { normalizeName } from "../../ingest/normalize.ts";
import { Prisma, type PrismaClient } from "../../store/index.ts";
import { CALENDAR_OFFSET_HOURS } from "../articleFilter.ts";
import { builder } from "../builder.ts";
import { InstitutionRef } from "./Institution.ts";
import { PersonRef } from "./Person.ts";

interface HolderRow {
  positionId: string;
  personId: string;
  title: string;
  role: string;
  normalizedRole: string;
  firstReportedAt: Date;
  lastReportedAt: Date;
}

type Holder = HolderRow & { person: unknown };

/**
 * The holders of the posts at one institution with the dates articles reported them: two
 * statements (the positions with their report range, then the people), whatever the number.
 */
async function holdersAt(db: PrismaClient, institutionId: string, title: string | null | undefined): Promise<Holder[]> {
  const rows = await db.$queryRaw<HolderRow[]>(Prisma.sql`
    SELECT p."id" AS "positionId", p."personId", p."title", p."role", p."normalizedRole",
           min(r."reportedAt") AS "firstReportedAt", max(r."reportedAt") AS "lastReportedAt"
    FROM "Position" p JOIN "PositionReport" r ON r."positionId" = p."id"
    WHERE p."institutionId" = ${institutionId}
    GROUP BY p."id"`);
  const wanted = title ? normalizeName(title) : undefined;
  // a title matches the canonical role ("Kepala Rutan") or the title as written ("Kepala Rutan Blora")
  const matching = wanted
    ? rows.filter((row) => row.normalizedRole === wanted || normalizeName(row.title) === wanted)
    : rows;
  if (matching.length === 0) return [];
  const people = await db.person.findMany({ where: { id: { in: matching.map((row) => row.personId) } } });
  const byId = new Map(people.map((person) => [person.id, person]));
  return matching.map((row) => ({ ...row, person: byId.get(row.personId) }));
}

const PositionHolderRef = builder.objectRef<Holder>("PositionHolder").implement({
  description: "Someone reported holding a post at an institution, with when articles first and last reported it.",
  fields: (t) => ({
    person: t.field({ type: PersonRef, description: "Who held the post.", resolve: (h) => h.person as never }),
    title: t.exposeString("title", { description: "The title as most recently written." }),
    role: t.exposeString("role", { description: "The role in canonical form, e.g. Kepala Rutan." }),
    firstReportedAt: t.field({
      type: "DateTime",
      description: "The date of the earliest article that reports it.",
      resolve: (h) => h.firstReportedAt,
    }),
    lastReportedAt: t.field({
      type: "DateTime",
      description: "The date of the latest article that reports it.",
      resolve: (h) => h.lastReportedAt,
    }),
  }),
});

const DAY_MS = 86_400_000;

builder.prismaObjectFields(InstitutionRef, (t) => ({
  positionHolders: t.field({
    type: [PositionHolderRef],
    args: {
      title: t.arg.string({ description: "Only this post: its role (Kepala Rutan) or its title as written." }),
      at: t.arg({
        type: "Date",
        description:
          "Who held each post on this day, inferred from dated reports: per role, the holder most recently reported taking it up on or before the day.",
      }),
    },
    description:
      "Who holds the posts here, latest first; with `at`, who held them on a day. Each with the first and last report.",
    select: { id: true },
    resolve: async (institution, args, context) => {
      const holders = await holdersAt(context.prisma, institution.id, args.title);
      const latestFirst = holders.sort((a, b) => b.firstReportedAt.getTime() - a.firstReportedAt.getTime());
      if (!args.at) return latestFirst;
      // the end of the day in the graph's calendar (UTC+7)
      const endOfDay = args.at.getTime() + DAY_MS - CALENDAR_OFFSET_HOURS * 3_600_000;
      const byRole = new Map<string, Holder>();
      for (const holder of latestFirst) {
        if (holder.firstReportedAt.getTime() >= endOfDay || byRole.has(holder.normalizedRole)) continue;
        byRole.set(holder.normalizedRole, holder);
      }
      return [...byRole.values()];
    },
  }),
  positionHistory: t.field({
    type: [PositionHolderRef],
    args: { title: t.arg.string({ description: "Only this post: its role or its title as written." }) },
    description: "Everyone reported holding a post here, in the order they were first reported.",
    select: { id: true },
    resolve: async (institution, args, context) =>
      (await holdersAt(context.prisma, institution.id, args.title)).sort(
        (a, b) => a.firstReportedAt.getTime() - b.firstReportedAt.getTime(),
      ),
  }),
}));
