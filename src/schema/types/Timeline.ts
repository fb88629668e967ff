import { GraphQLError } from "graphql";
import { Prisma, type PrismaClient } from "../../store/index.ts";
import { builder, DEFAULT_PAGE_SIZE } from "../builder.ts";
import type { Context } from "../context.ts";
import { decodeCursor, encodeCursor } from "../pagination.ts";
import { ArticleRef } from "./Article.ts";
import { EventRef } from "./Event.ts";
import { EventRoleEnum } from "./enums.ts";
import { checkedPageSize } from "./roots/where.ts";

/**
 * A person's life as the articles tell it, oldest first: each position at its first report, each
 * event they took part in on its day, each quote with its article. One statement pages the
 * entries of every kind together on (at, kind, id); then one statement per kind loads what the
 * page names, whatever its length.
 */

type EntryKind = "POSITION" | "EVENT" | "QUOTE";

interface EntryRow {
  kind: EntryKind;
  id: string;
  at: Date;
  articleId: string | null;
  roles: string[] | null;
}

interface TimelineEntryShape extends EntryRow {
  page: TimelinePage;
}

/** The rows of one page and, loaded on first use, the nodes and articles they name. */
class TimelinePage {
  private loaded?: Promise<Map<string, unknown>>;

  constructor(
    private readonly db: PrismaClient,
    readonly rows: readonly EntryRow[],
  ) {}

  get(key: string): Promise<unknown> {
    this.loaded ??= this.load();
    return this.loaded.then((all) => all.get(key) ?? null);
  }

  private async load(): Promise<Map<string, unknown>> {
    const ids = (kind: EntryKind) => this.rows.filter((row) => row.kind === kind).map((row) => row.id);
    const articleIds = [...new Set(this.rows.flatMap((row) => (row.articleId ? [row.articleId] : [])))];
    const [positions, events, quotes, articles] = await Promise.all([
      ids("POSITION").length ? this.db.position.findMany({ where: { id: { in: ids("POSITION") } } }) : [],
      ids("EVENT").length ? this.db.event.findMany({ where: { id: { in: ids("EVENT") } } }) : [],
      ids("QUOTE").length ? this.db.quote.findMany({ where: { id: { in: ids("QUOTE") } } }) : [],
      articleIds.length ? this.db.article.findMany({ where: { id: { in: articleIds } } }) : [],
    ]);
    return new Map<string, unknown>([
      ...positions.map((row) => [`POSITION:${row.id}`, row] as const),
      ...events.map((row) => [`EVENT:${row.id}`, row] as const),
      ...quotes.map((row) => [`QUOTE:${row.id}`, row] as const),
      ...articles.map((row) => [`ARTICLE:${row.id}`, row] as const),
    ]);
  }
}

const KIND_ORDER = ["POSITION", "EVENT", "QUOTE"] as const;

async function timelineRows(
  db: PrismaClient,
  personId: string,
  first: number,
  after: { at: Date; kind: string; id: string } | undefined,
): Promise<EntryRow[]> {
  return db.$queryRaw<EntryRow[]>(Prisma.sql`
    SELECT "kind", "id", "at", "articleId", "roles" FROM (
      SELECT 'POSITION' AS "kind", p."id", min(r."reportedAt") AS "at",
             (array_agg(r."articleId" ORDER BY r."reportedAt", r."articleId"))[1] AS "articleId", NULL::text[] AS "roles"
        FROM "Position" p JOIN "PositionReport" r ON r."positionId" = p."id"
        WHERE p."personId" = ${personId} GROUP BY p."id"
      UNION ALL
      SELECT 'EVENT', ep."eventId",
             coalesce(min(e."date")::timestamp - interval '7 hours', min(a."listedAt")),
             (array_agg(ep."articleId" ORDER BY a."listedAt", ep."articleId"))[1],
             array_agg(DISTINCT ep."role"::text ORDER BY ep."role"::text)
        FROM "EventParticipant" ep JOIN "Event" e ON e."id" = ep."eventId" JOIN "Article" a ON a."id" = ep."articleId"
        WHERE ep."personId" = ${personId} GROUP BY ep."eventId"
      UNION ALL
      SELECT 'QUOTE', q."id", q."listedAt", q."articleId", NULL
        FROM "Quote" q WHERE q."speakerId" = ${personId}
    ) entries
    ${after ? Prisma.sql`WHERE ("at", "kind", "id") > (${after.at}, ${after.kind}, ${after.id})` : Prisma.empty}
    ORDER BY "at", "kind", "id"
    LIMIT ${first + 1}`);
}

const cursorOf = (row: EntryRow) => encodeCursor([row.at.toISOString(), row.kind, row.id]);

const TimelineEntryRef = builder.interfaceRef<TimelineEntryShape>("TimelineEntry").implement({
  description: "One dated entry of a person's timeline, with the article that reports it.",
  resolveType: (entry) =>
    ({ POSITION: "TimelinePosition", EVENT: "TimelineEvent", QUOTE: "TimelineQuote" })[entry.kind],
  fields: (t) => ({
    at: t.field({
      type: "DateTime",
      description: "When: the first report of a position, the day of an event, the article of a quote.",
      resolve: (entry) => entry.at,
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The article behind the entry (for a position, the one that first reported it).",
      resolve: (entry) => (entry.articleId ? entry.page.get(`ARTICLE:${entry.articleId}`) : null) as never,
    }),
  }),
});

builder.objectRef<TimelineEntryShape>("TimelinePosition").implement({
  description: "A position, dated by the first article that reports the person holding it.",
  interfaces: [TimelineEntryRef],
  isTypeOf: (entry) => (entry as TimelineEntryShape).kind === "POSITION",
  fields: (t) => ({
    position: t.field({
      type: "Position" as never,
      description: "The position.",
      resolve: (entry) => entry.page.get(`POSITION:${entry.id}`) as never,
    }),
  }),
});

builder.objectRef<TimelineEntryShape>("TimelineEvent").implement({
  description: "An event the person took part in, dated by its day (or by its first report when undated).",
  interfaces: [TimelineEntryRef],
  isTypeOf: (entry) => (entry as TimelineEntryShape).kind === "EVENT",
  fields: (t) => ({
    event: t.field({
      type: EventRef,
      description: "The event.",
      resolve: (entry) => entry.page.get(`EVENT:${entry.id}`) as never,
    }),
    roles: t.field({
      type: [EventRoleEnum],
      description: "The parts the person had in it.",
      resolve: (entry) => (entry.roles ?? []) as never,
    }),
  }),
});

builder.objectRef<TimelineEntryShape>("TimelineQuote").implement({
  description: "Something the person was quoted saying, dated by its article.",
  interfaces: [TimelineEntryRef],
  isTypeOf: (entry) => (entry as TimelineEntryShape).kind === "QUOTE",
  fields: (t) => ({
    quote: t.field({
      type: "Quote" as never,
      description: "The quote.",
      resolve: (entry) => entry.page.get(`QUOTE:${entry.id}`) as never,
    }),
  }),
});

function readAfter(after: string | null | undefined) {
  if (!after) return undefined;
  const [at, kind, id] = decodeCursor(after, ["string", "string", "string"]) as [string, string, string];
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime()) || !(KIND_ORDER as readonly string[]).includes(kind)) {
    throw new GraphQLError("after is not a cursor this connection returned", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return { at: instant, kind, id };
}

builder.prismaObjectField("Person", "timeline", (t) =>
  t.connection({
    type: TimelineEntryRef,
    description:
      "The person's positions (at their first report), events and quotes in date order, oldest first, each with its article.",
    select: { id: true },
    resolve: async (person, args, context: Context) => {
      checkedPageSize(args);
      if (args.last != null || args.before != null) {
        throw new GraphQLError("timeline pages forward only: use first and after", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      const rows = await timelineRows(context.prisma, person.id, first, readAfter(args.after));
      const page = new TimelinePage(context.prisma, rows.slice(0, first));
      const edges = page.rows.map((row) => ({ cursor: cursorOf(row), node: { ...row, page } }));
      return {
        edges,
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: Boolean(args.after),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
);
