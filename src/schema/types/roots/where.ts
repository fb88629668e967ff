import { GraphQLError } from "graphql";
import { normalizeName } from "../../../ingest/normalize.ts";
import { type EntityRef, entityRef } from "../../articleFilter.ts";
import { MAX_PAGE_SIZE } from "../../builder.ts";

/**
 * Prisma conditions for the root lists' filters: an entity given by its global ID or by any
 * written form of its name (as in ArticleFilter), and the page size check every root list shares.
 */

/** Refuses a page size past the cap (or negative) before any statement runs. */
export function checkedPageSize(args: { first?: number | null; last?: number | null }): void {
  for (const [name, value] of [
    ["first", args.first],
    ["last", args.last],
  ] as const) {
    if (value === null || value === undefined) continue;
    if (value < 0 || value > MAX_PAGE_SIZE) {
      throw new GraphQLError(`${name} must be between 0 and ${MAX_PAGE_SIZE}`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
  }
}

/** `{ id }` or `{ aliases: some normalized }`: the condition on a Person, Institution or Place row. */
export function entityWhere(value: string | number, typename: "Person" | "Institution" | "Place", argument: string) {
  const ref: EntityRef = entityRef(value, typename, argument);
  return "id" in ref ? { id: ref.id } : { aliases: { some: { normalized: ref.normalized } } };
}

/** The condition "the normalized name contains the search text"; none for an empty search. */
export function nameContains(search: string | null | undefined) {
  const normalized = search ? normalizeName(search) : "";
  return normalized ? { normalizedName: { contains: normalized } } : {};
}

/** A day range on a `Date` column: on or after `after`, before `before`. */
export function dayRange(after: Date | null | undefined, before: Date | null | undefined) {
  if (!after && !before) return undefined;
  return { ...(after ? { gte: after } : {}), ...(before ? { lt: before } : {}) };
}
