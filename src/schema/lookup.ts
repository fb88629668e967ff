import { GraphQLError } from "graphql";
import { normalizeName } from "../ingest/normalize.ts";
import { idOfType } from "./types/Article.ts";

/**
 * The condition of a single-node lookup by `(id, name)`: the decoded ID, or any alias equal to
 * the name once case, spacing and punctuation are folded. One statement either way.
 */
export function whereIdOrAlias(args: { id?: string | number | null; name?: string | null }, typename: string) {
  const hasId = args.id !== null && args.id !== undefined;
  const hasName = args.name !== null && args.name !== undefined;
  if (hasId === hasName) {
    throw new GraphQLError("give exactly one of id and name", { extensions: { code: "BAD_USER_INPUT" } });
  }
  if (hasId) return { id: idOfType(String(args.id), typename, "id") };
  // an empty normalized name matches no alias: aliases are never empty
  return { aliases: { some: { normalized: normalizeName(String(args.name)) } } };
}

/** The condition "one of its aliases contains the search text", or none for an empty search. */
export function aliasContains(search: string | null | undefined) {
  const normalized = search ? normalizeName(search) : "";
  return normalized ? { aliases: { some: { normalized: { contains: normalized } } } } : {};
}
