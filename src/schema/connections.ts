import { getModel, prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { GraphQLError } from "graphql";
import type { Prisma, PrismaClient } from "../store/index.ts";
import { builder } from "./builder.ts";

/**
 * Pages after (or before) a cursor are a keyset condition in SQL with a LIMIT, never Prisma's
 * `cursor`. With a cursor Prisma 6.19's client engine either reads every row past it with no
 * LIMIT and finds the cursor row again in memory (relations, and orderings with `nulls`; for a
 * timestamp it compared the string the driver returns, "2025-12-28T03:59:00+00:00", with the one
 * it sent, "2025-12-28T03:59:00.000Z", so every page after the first came back empty), or, at the
 * root, compares each sort column with a subquery in an OR that no index can start from, so
 * PostgreSQL reads every row before the cursor to find the page.
 */

/** One `orderBy` entry as Prisma takes it: `{ name: "asc" }` or `{ date: { sort: "desc", nulls: "last" } }`. */
type OrderByEntry = Record<string, "asc" | "desc" | { sort: "asc" | "desc"; nulls?: "first" | "last" }>;

interface SortColumn {
  field: string;
  descending: boolean;
  /** where NULLs stand in the order as written (PostgreSQL puts them last ascending, first descending) */
  nullsLast: boolean;
  nullable: boolean;
  dateTime: boolean;
}

type Where = Record<string, unknown>;
type SortKey = Record<string, unknown>;

function sortColumnsOf(model: string, orderBy: readonly OrderByEntry[]): SortColumn[] {
  const fields = getModel(model, builder).fields;
  return orderBy.map((entry) => {
    const [[field, order]] = Object.entries(entry) as [[string, OrderByEntry[string]]];
    const descending = (typeof order === "string" ? order : order.sort) === "desc";
    const nulls = typeof order === "string" ? undefined : order.nulls;
    const column = fields.find((candidate) => candidate.name === field);
    if (!column) throw new Error(`${model} has no field ${field} to page by`);
    return {
      field,
      descending,
      nullsLast: nulls ? nulls === "last" : !descending,
      nullable: !column.isRequired,
      dateTime: column.type === "DateTime",
    };
  });
}

/**
 * Rows strictly past `key` in the order (strictly before it when `backward`), as a Prisma where:
 * for each column, the columns before it equal and it beyond. NULLs sort as the order says.
 */
function beyondKey(columns: readonly SortColumn[], key: SortKey, backward: boolean): Where {
  const equal = (column: SortColumn): Where => ({ [column.field]: key[column.field] ?? null });
  const beyond = (column: SortColumn): Where | undefined => {
    const value = key[column.field] ?? null;
    // are the NULLs of this column ahead of us in the direction we read?
    const nullsAhead = column.nullable && column.nullsLast !== backward;
    if (value === null) return nullsAhead ? undefined : { [column.field]: { not: null } };
    const comparison = { [column.field]: { [column.descending === backward ? "gt" : "lt"]: value } };
    return nullsAhead ? { OR: [comparison, { [column.field]: null }] } : comparison;
  };
  const alternatives = columns.flatMap((column, index) => {
    const past = beyond(column);
    return past ? [{ AND: [...columns.slice(0, index).map(equal), past] }] : [];
  });
  const [leading] = columns;
  const leadingValue = leading ? key[leading.field] : null;
  // the same rows, with a range on the leading column an index can start from: without it
  // PostgreSQL cannot read an OR from an index position and scans every row before the page
  const range =
    leading && leadingValue != null && !(leading.nullable && leading.nullsLast !== backward)
      ? [{ [leading.field]: { [leading.descending === backward ? "gte" : "lte"]: leadingValue } }]
      : [];
  return { AND: [...range, { OR: alternatives }] };
}

/** The sort key a Pothos cursor holds: `{ id }`, or a compound unique's `{ normalizedName_id: { … } }` flattened. */
function keyOfCursor(cursor: Record<string, unknown>): SortKey {
  return Object.fromEntries(
    Object.entries(cursor).flatMap(([name, value]) =>
      value !== null && typeof value === "object" && !(value instanceof Date) ? Object.entries(value) : [[name, value]],
    ),
  );
}

/** Cursors of compound keys written before Pothos tagged dates hold them as strings. */
function withDates(columns: readonly SortColumn[], key: SortKey): SortKey {
  const dated = { ...key };
  for (const column of columns) {
    const value = dated[column.field];
    if (column.dateTime && (typeof value === "string" || typeof value === "number")) {
      dated[column.field] = new Date(value);
    }
  }
  return dated;
}

/** What Pothos hands a connection's resolver: the selection, `take` (negative for `last`), and a cursor. */
interface ConnectionQuery {
  take: number;
  skip?: number;
  cursor?: Record<string, unknown>;
}

type Paged<Query, W, O> = Omit<Query, "cursor" | "skip"> & { where: W; orderBy: O };

/**
 * The findMany arguments of one page of a root `prismaConnection`: its filter, its order, and after
 * (or before) a cursor the rows past the cursor's key, read with a LIMIT. A cursor that names only
 * the row (`id`) while the order has other columns costs one statement that reads that row's key;
 * a cursor whose row is gone is BAD_USER_INPUT rather than a silently empty page.
 */
export async function keysetPage<Query extends ConnectionQuery, W extends object, O extends OrderByEntry[]>(
  prisma: PrismaClient,
  model: Prisma.ModelName,
  query: Query,
  page: { where?: W; orderBy: O },
): Promise<Paged<Query, W, O>> {
  const { cursor, skip: _skip, ...rest } = query;
  const where = (page.where ?? {}) as W;
  if (!cursor) return { ...rest, where, orderBy: page.orderBy };
  const columns = sortColumnsOf(model, page.orderBy);
  let key = keyOfCursor(cursor);
  if (!columns.every((column) => column.field in key)) {
    const delegate = (prisma as unknown as Record<string, { findUnique(args: object): Promise<SortKey | null> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ];
    const row = await delegate?.findUnique({
      where: cursor,
      select: Object.fromEntries(columns.map((column) => [column.field, true])),
    });
    if (!row) {
      const argument = query.take < 0 ? "before" : "after";
      throw new GraphQLError(
        `${argument} names a row this connection no longer holds: start again from the first page`,
        {
          extensions: { code: "BAD_USER_INPUT", argument },
        },
      );
    }
    key = row;
  }
  const past = beyondKey(columns, withDates(columns, key), query.take < 0);
  return { ...rest, where: { AND: [where, past] } as unknown as W, orderBy: page.orderBy };
}

/**
 * The same for a nested connection built with prismaConnectionHelpers, whose cursor is a compound
 * unique key holding every sort column: its getQuery gives the relation's keyset page.
 */
function keysetPaged<Helpers extends { getQuery: (...args: never[]) => unknown }>(
  model: Prisma.ModelName,
  orderBy: readonly OrderByEntry[],
  helpers: Helpers,
) {
  const columns = sortColumnsOf(model, orderBy);
  const getQuery = ((...args: Parameters<Helpers["getQuery"]>) => {
    const query = helpers.getQuery(...args) as Record<string, unknown> & ConnectionQuery;
    const { cursor, skip: _skip, ...rest } = query;
    if (!cursor) return query;
    return { ...rest, where: beyondKey(columns, withDates(columns, keyOfCursor(cursor)), query.take < 0) };
  }) as Helpers["getQuery"];
  return { ...helpers, getQuery };
}

/**
 * Article connections of a person, an institution or a place page: the mention rows are paged
 * newest first on their (listedAt, articleId) key, so cursors stay stable as articles arrive.
 */
const newestFirst = [{ listedAt: "desc" }, { articleId: "desc" }] as const satisfies readonly OrderByEntry[];
// Prisma takes a list of orderings; the helper's type names only the single-object form
const newestFirstQuery = { orderBy: newestFirst as never };

/**
 * The article selection when a client asks only for totalCount: Prisma refuses an empty select.
 * Typed as the empty selection so node shapes stay those of the full Article.
 */
const idWhenNothingSelected = { select: { id: true } } as unknown as Record<string, never>;

export const personArticles = keysetPaged(
  "PersonMention",
  newestFirst,
  prismaConnectionHelpers(builder, "PersonMention", {
    cursor: "personId_listedAt_articleId",
    query: newestFirstQuery,
    select: (nodeSelection) => ({ article: nodeSelection(idWhenNothingSelected) }),
    resolveNode: (mention) => mention.article,
  }),
);

export const institutionArticles = keysetPaged(
  "InstitutionMention",
  newestFirst,
  prismaConnectionHelpers(builder, "InstitutionMention", {
    cursor: "institutionId_listedAt_articleId",
    query: newestFirstQuery,
    select: (nodeSelection) => ({ article: nodeSelection(idWhenNothingSelected) }),
    resolveNode: (mention) => mention.article,
  }),
);

export const placeArticles = keysetPaged(
  "PlaceMention",
  newestFirst,
  prismaConnectionHelpers(builder, "PlaceMention", {
    cursor: "placeId_listedAt_articleId",
    query: newestFirstQuery,
    select: (nodeSelection) => ({ article: nodeSelection(idWhenNothingSelected) }),
    resolveNode: (mention) => mention.article,
  }),
);
