import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder } from "./builder.ts";

/**
 * Article connections of a person, an institution or a place page: the mention rows are paged
 * newest first on their (listedAt, articleId) key, so cursors stay stable as articles arrive.
 */
// Prisma takes a list of orderings; the helper's type names only the single-object form
const newestFirst = { orderBy: [{ listedAt: "desc" }, { articleId: "desc" }] as never };

/**
 * The article selection when a client asks only for totalCount: Prisma refuses an empty select.
 * Typed as the empty selection so node shapes stay those of the full Article.
 */
const idWhenNothingSelected = { select: { id: true } } as unknown as Record<string, never>;

interface MentionKey {
  listedAt: Date | string;
  articleId: string;
}

/**
 * A page after (or before) a cursor as a keyset condition in SQL instead of Prisma's `cursor`:
 * with a cursor Prisma 6.19's client engine reads every row past it without a LIMIT and finds
 * the cursor row again in memory, comparing the timestamp the driver returns
 * ("2025-12-28T03:59:00+00:00") with the one it sent ("2025-12-28T03:59:00.000Z") as strings,
 * which never match, so every page after the first came back empty.
 */
function keysetPaged<Helpers extends { getQuery: (...args: never[]) => unknown }>(helpers: Helpers) {
  const getQuery = ((...args: Parameters<Helpers["getQuery"]>) => {
    const query = helpers.getQuery(...args) as Record<string, unknown> & { take: number };
    // the cursor is the connection's one compound unique key (owner, listedAt, articleId)
    const [cursor] = Object.values((query.cursor as Record<string, MentionKey> | undefined) ?? {});
    if (!cursor) return query;
    const { cursor: _cursor, skip: _skip, ...rest } = query;
    const listedAt = new Date(cursor.listedAt);
    // newest first: a forward page reads older keys, a backward one (negative take) newer keys
    const beyond = query.take < 0 ? "gt" : "lt";
    return {
      ...rest,
      where: {
        OR: [{ listedAt: { [beyond]: listedAt } }, { listedAt, articleId: { [beyond]: cursor.articleId } }],
      },
    };
  }) as Helpers["getQuery"];
  return { ...helpers, getQuery };
}

export const personArticles = keysetPaged(
  prismaConnectionHelpers(builder, "PersonMention", {
    cursor: "personId_listedAt_articleId",
    query: newestFirst,
    select: (nodeSelection) => ({ article: nodeSelection(idWhenNothingSelected) }),
    resolveNode: (mention) => mention.article,
  }),
);

export const institutionArticles = keysetPaged(
  prismaConnectionHelpers(builder, "InstitutionMention", {
    cursor: "institutionId_listedAt_articleId",
    query: newestFirst,
    select: (nodeSelection) => ({ article: nodeSelection(idWhenNothingSelected) }),
    resolveNode: (mention) => mention.article,
  }),
);

export const placeArticles = keysetPaged(
  prismaConnectionHelpers(builder, "PlaceMention", {
    cursor: "placeId_listedAt_articleId",
    query: newestFirst,
    select: (nodeSelection) => ({ article: nodeSelection(idWhenNothingSelected) }),
    resolveNode: (mention) => mention.article,
  }),
);
