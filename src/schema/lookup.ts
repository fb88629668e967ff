import { GraphQLError } from "graphql";
import { normalizeName } from "../ingest/normalize.ts";
import { idOfType } from "./types/Article.ts";

/**
 * Resolves the `(id, name)` arguments of a single-node lookup to a database id: the ID is
 * decoded, a name is matched against every alias through the request's loader.
 */
export async function idFromIdOrName(
  args: { id?: string | number | null; name?: string | null },
  typename: string,
  loadIdByName: (normalizedName: string) => Promise<string | null>,
): Promise<string | null> {
  const hasId = args.id !== null && args.id !== undefined;
  const hasName = args.name !== null && args.name !== undefined;
  if (hasId === hasName) {
    throw new GraphQLError("give exactly one of id and name", { extensions: { code: "BAD_USER_INPUT" } });
  }
  if (hasId) return idOfType(String(args.id), typename, "id");
  const normalized = normalizeName(String(args.name));
  return normalized ? loadIdByName(normalized) : null;
}

/** The condition "one of its aliases contains the search text", or none for an empty search. */
export function aliasContains(search: string | null | undefined) {
  const normalized = search ? normalizeName(search) : "";
  return normalized ? { aliases: { some: { normalized: { contains: normalized } } } } : {};
}
