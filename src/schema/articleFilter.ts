import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { keptIdSql } from "../curation/redirects.ts";
import { normalizeName } from "../ingest/normalize.ts";
import { Prisma, type PrismaClient } from "../store/index.ts";
import { decodeNodeId } from "./lookup.ts";
import { decodeCursor, encodeCursor } from "./pagination.ts";

/**
 * The one place article filters become SQL: `articles`, its `totalCount` and `articleFacets` all
 * read the same condition on `"Article" a`, so a filter means the same thing everywhere.
 */

/** How the entries of one list field combine: the article names at least one of them, or all. */
export type ListMatch = "ANY" | "ALL";
export type ArticleOrder = "NEWEST" | "OLDEST" | "RELEVANCE";

/** An ArticleFilter as GraphQL hands it over. */
export interface ArticleFilterInput {
  institution?: string | number | null;
  person?: string | number | null;
  place?: string | number | null;
  topic?: string | null;
  institutions?: readonly (string | number)[] | null;
  people?: readonly (string | number)[] | null;
  places?: readonly (string | number)[] | null;
  topics?: readonly string[] | null;
  match?: ListMatch | null;
  source?: string | null;
  author?: string | null;
  search?: string | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
  publishedFrom?: Date | null;
  publishedUntil?: Date | null;
}

/** At most this many entries in one list field: each is a condition of the statement. */
export const MAX_FILTER_LIST = 20;

/**
 * The graph's calendar is Western Indonesian Time (UTC+7): a date in a filter and a month in a
 * facet are days and months as the newsrooms printed them.
 */
export const CALENDAR_OFFSET_HOURS = 7;
const DAY_MS = 86_400_000;

/** Node types a global ID can name; anything else given where an ID or a name fits is a name. */
const NODE_TYPES = new Set(["Article", "Person", "Institution", "Place", "Event", "Product", "Quote", "Position"]);

export type EntityRef = { id: string } | { normalized: string };

/**
 * Reads a value that is either the global ID of a `typename` node or a name (any alias, any case).
 * A global ID of another type is an error the client can act on.
 */
export function entityRef(value: string | number, typename: string, argument: string): EntityRef {
  const text = String(value);
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(text);
  } catch {
    decoded = undefined;
  }
  if (decoded && NODE_TYPES.has(decoded.typename) && decoded.id) {
    if (decoded.typename !== typename) {
      throw new GraphQLError(`${argument} must be the ID of a ${typename}, not of a ${decoded.typename} (or a name)`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    // an ID that decodes to bytes the database cannot compare is refused like node(id:) refuses it
    return { id: decodeNodeId(text, argument).id };
  }
  return { normalized: normalizeName(text) };
}

interface MentionKind {
  typename: string;
  mentionTable: string;
  entityColumn: string;
  aliasTable: string;
}

const MENTION_KINDS = {
  institution: {
    typename: "Institution",
    mentionTable: "InstitutionMention",
    entityColumn: "institutionId",
    aliasTable: "InstitutionAlias",
  },
  person: { typename: "Person", mentionTable: "PersonMention", entityColumn: "personId", aliasTable: "PersonAlias" },
  place: { typename: "Place", mentionTable: "PlaceMention", entityColumn: "placeId", aliasTable: "PlaceAlias" },
} as const satisfies Record<string, MentionKind>;

/** "The article names this entity", by ID or through any of its aliases. */
function namesEntity(kind: MentionKind, ref: EntityRef): Prisma.Sql {
  const mentions = Prisma.raw(`"${kind.mentionTable}"`);
  const column = Prisma.raw(`"${kind.entityColumn}"`);
  if ("id" in ref) {
    // an ID merged away by curation stands for the node it was merged into
    return Prisma.sql`EXISTS (SELECT 1 FROM ${mentions} m WHERE m."articleId" = a."id" AND m.${column} = ${keptIdSql(ref.id)})`;
  }
  if (!ref.normalized) return Prisma.sql`FALSE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM ${mentions} m JOIN ${Prisma.raw(`"${kind.aliasTable}"`)} al ON al.${column} = m.${column}
    WHERE m."articleId" = a."id" AND al."normalized" = ${ref.normalized})`;
}

function isAboutTopic(topic: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTopic" at JOIN "Topic" t ON t."id" = at."topicId"
    WHERE at."articleId" = a."id" AND t."normalizedName" = ${normalizeName(topic)})`;
}

function combine(conditions: Prisma.Sql[], match: ListMatch): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(conditions, match === "ALL" ? " AND " : " OR ")})`;
}

function checkedList<T>(values: readonly T[] | null | undefined, field: string): readonly T[] {
  if (!values) return [];
  if (values.length > MAX_FILTER_LIST) {
    throw new GraphQLError(`filter.${field} takes at most ${MAX_FILTER_LIST} entries`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return values;
}

/** The start of a calendar day (UTC+7) as an instant; `Date` scalars arrive as UTC midnight. */
function startOfCalendarDay(day: Date, plusDays = 0): Date {
  return new Date(day.getTime() + plusDays * DAY_MS - CALENDAR_OFFSET_HOURS * 3_600_000);
}

export interface BuiltArticleFilter {
  /** the condition on `"Article" a` */
  where: Prisma.Sql;
  /** the full-text query when the filter searches */
  search?: Prisma.Sql;
}

/**
 * The one entity a filter names when it names exactly one institution, person or place and sets
 * nothing else (match aside): the articles it selects are then the articles naming that entity,
 * which the co-mention counts already count (src/schema/types/Facets.ts).
 */
export function singleEntityOf(
  filter: ArticleFilterInput | null | undefined,
): { typename: "Institution" | "Person" | "Place"; aliasTable: string; column: string; ref: EntityRef } | null {
  if (!filter) return null;
  const given = Object.entries(filter).filter(
    ([field, value]) => field !== "match" && value !== null && value !== undefined,
  );
  if (given.length !== 1) return null;
  const [field, value] = given[0] as [string, unknown];
  const kinds = { institution: MENTION_KINDS.institution, person: MENTION_KINDS.person, place: MENTION_KINDS.place };
  if (!(field in kinds) || (typeof value !== "string" && typeof value !== "number")) return null;
  const kind = kinds[field as keyof typeof kinds];
  return {
    typename: kind.typename as "Institution" | "Person" | "Place",
    aliasTable: kind.aliasTable,
    column: kind.entityColumn,
    ref: entityRef(value, kind.typename, `filter.${field}`),
  };
}

/** Builds the condition of an ArticleFilter; every given field must hold. */
export function buildArticleFilter(filter: ArticleFilterInput | null | undefined): BuiltArticleFilter {
  const conditions: Prisma.Sql[] = [];
  if (!filter) return { where: Prisma.sql`TRUE` };
  const match: ListMatch = filter.match ?? "ANY";

  for (const [field, listField, kind] of [
    ["institution", "institutions", MENTION_KINDS.institution],
    ["person", "people", MENTION_KINDS.person],
    ["place", "places", MENTION_KINDS.place],
  ] as const) {
    const single = filter[field];
    if (single !== null && single !== undefined) {
      conditions.push(namesEntity(kind, entityRef(single, kind.typename, `filter.${field}`)));
    }
    const list = checkedList(filter[listField], listField);
    if (list.length > 0) {
      conditions.push(
        combine(
          list.map((value, index) =>
            namesEntity(kind, entityRef(value, kind.typename, `filter.${listField}[${index}]`)),
          ),
          match,
        ),
      );
    }
  }
  if (filter.topic !== null && filter.topic !== undefined) conditions.push(isAboutTopic(filter.topic));
  const topics = checkedList(filter.topics, "topics");
  if (topics.length > 0) conditions.push(combine(topics.map(isAboutTopic), match));

  if (filter.source !== null && filter.source !== undefined) {
    // a publication by its name (WARTAWAN) or its web domain (demak.wartawan.org)
    conditions.push(Prisma.sql`a."sourceId" IN (SELECT s."id" FROM "Source" s
      WHERE s."normalizedName" = ${normalizeName(filter.source)} OR lower(s."domain") = ${filter.source.trim().toLowerCase()})`);
  }
  if (filter.author !== null && filter.author !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId"
      WHERE aa."articleId" = a."id" AND au."normalizedName" = ${normalizeName(filter.author)})`);
  }

  if (filter.publishedAfter) conditions.push(Prisma.sql`a."publishedAt" >= ${filter.publishedAfter}`);
  if (filter.publishedBefore) conditions.push(Prisma.sql`a."publishedAt" < ${filter.publishedBefore}`);
  if (filter.publishedFrom) conditions.push(Prisma.sql`a."publishedAt" >= ${startOfCalendarDay(filter.publishedFrom)}`);
  if (filter.publishedUntil) {
    conditions.push(Prisma.sql`a."publishedAt" < ${startOfCalendarDay(filter.publishedUntil, 1)}`);
  }

  const searchText = filter.search?.trim();
  const search = searchText ? Prisma.sql`websearch_to_tsquery('indonesian', ${searchText})` : undefined;
  if (search) conditions.push(Prisma.sql`a."searchVector" @@ ${search}`);

  return { where: conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`, search };
}

/**
 * How many of the newest matching articles a relevance-ordered search ranks: the pages of a
 * search by relevance hold the best of these, and end with them.
 */
export const SEARCH_CANDIDATES = 500;

export interface ArticlePage {
  edges: { id: string; cursor: string }[];
  hasNextPage: boolean;
}

/** The order a list asked for: relevance when searching unless told otherwise, newest first otherwise. */
export function articleOrder(requested: ArticleOrder | null | undefined, built: BuiltArticleFilter): ArticleOrder {
  if (requested === "RELEVANCE" && !built.search) {
    throw new GraphQLError("orderBy RELEVANCE needs filter.search", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return requested ?? (built.search ? "RELEVANCE" : "NEWEST");
}

/**
 * One page of article ids in a single statement, keyset-paged on (listedAt, id) or, by
 * relevance, on (ts_rank, id), so no page costs more than its size. Cursors name their order:
 * a cursor of one order is refused by another.
 */
export async function selectArticlePage(
  db: PrismaClient,
  built: BuiltArticleFilter,
  order: ArticleOrder,
  first: number,
  after: string | null | undefined,
): Promise<ArticlePage> {
  const cursor = after ? readCursor(after, order) : undefined;
  if (order === "RELEVANCE" && built.search) {
    // ranked within the newest matches only: ts_rank reads each candidate's whole tsvector, so
    // ranking every match of a common word would cost in proportion to the archive
    const rows = await db.$queryRaw<{ id: string; rank: number }[]>(Prisma.sql`SELECT "id", "rank" FROM (
        SELECT c."id", ts_rank(c."searchVector", ${built.search})::float8 AS "rank" FROM (
          SELECT a."id", a."searchVector" FROM "Article" a WHERE ${built.where}
          ORDER BY a."listedAt" DESC, a."id" DESC LIMIT ${SEARCH_CANDIDATES}
        ) c
      ) ranked
      ${cursor ? Prisma.sql`WHERE ("rank" < ${cursor.key} OR ("rank" = ${cursor.key} AND "id" < ${cursor.id}))` : Prisma.empty}
      ORDER BY "rank" DESC, "id" DESC
      LIMIT ${first + 1}`);
    return pageOf(rows, first, (r) => encodeCursor([order, r.rank, r.id]));
  }
  const newest = order === "NEWEST";
  const keyset = cursor
    ? newest
      ? Prisma.sql` AND (a."listedAt", a."id") < (${new Date(String(cursor.key))}, ${cursor.id})`
      : Prisma.sql` AND (a."listedAt", a."id") > (${new Date(String(cursor.key))}, ${cursor.id})`
    : Prisma.empty;
  const direction = Prisma.raw(newest ? "DESC" : "ASC");
  const rows = await db.$queryRaw<{ id: string; listedAt: Date }[]>(
    Prisma.sql`SELECT a."id", a."listedAt" FROM "Article" a WHERE ${built.where}${keyset}
      ORDER BY a."listedAt" ${direction}, a."id" ${direction} LIMIT ${first + 1}`,
  );
  return pageOf(rows, first, (r) => encodeCursor([order, r.listedAt.toISOString(), r.id]));
}

/** How many articles meet the filter: one statement, run only when a client asks for it. */
export async function countArticles(db: PrismaClient, built: BuiltArticleFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>(
    Prisma.sql`SELECT count(*)::int AS "count" FROM "Article" a WHERE ${built.where}`,
  );
  return row?.count ?? 0;
}

function readCursor(after: string, order: ArticleOrder): { key: string | number; id: string } {
  const [cursorOrder, key, id] = decodeCursor(after, ["string", order === "RELEVANCE" ? "number" : "string", "string"]);
  if (cursorOrder !== order) {
    throw new GraphQLError(`after is a cursor of the ${cursorOrder} order, not of ${order}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return { key: key as string | number, id: String(id) };
}

function pageOf<Row extends { id: string }>(rows: Row[], first: number, cursor: (row: Row) => string): ArticlePage {
  return {
    edges: rows.slice(0, first).map((row) => ({ id: row.id, cursor: cursor(row) })),
    hasNextPage: rows.length > first,
  };
}
