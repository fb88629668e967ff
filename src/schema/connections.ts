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

export const personArticles = prismaConnectionHelpers(builder, "PersonMention", {
  cursor: "personId_listedAt_articleId",
  query: newestFirst,
  select: (nodeSelection) => ({ article: nodeSelection(idWhenNothingSelected) }),
  resolveNode: (mention) => mention.article,
});

export const institutionArticles = prismaConnectionHelpers(builder, "InstitutionMention", {
  cursor: "institutionId_listedAt_articleId",
  query: newestFirst,
  select: (nodeSelection) => ({ article: nodeSelection(idWhenNothingSelected) }),
  resolveNode: (mention) => mention.article,
});

export const placeArticles = prismaConnectionHelpers(builder, "PlaceMention", {
  cursor: "placeId_listedAt_articleId",
  query: newestFirst,
  select: (nodeSelection) => ({ article: nodeSelection(idWhenNothingSelected) }),
  resolveNode: (mention) => mention.article,
});
