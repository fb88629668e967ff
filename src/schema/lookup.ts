import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { normalizeName } from "../ingest/normalize.ts";

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

/** Decodes a global ID given for a filter, checking it names the expected type. */
export function idOfType(globalId: string, typename: string, argument: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new GraphQLError(`${argument} is not a valid ID`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  if (decoded.typename !== typename) {
    throw new GraphQLError(`${argument} must be the ID of a ${typename}, not of a ${decoded.typename}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return decoded.id;
}

type GlobalIdArg = string | number | null | undefined;

/** The database ids behind a filter's institution, person and place IDs, each checked to name its type. */
export function filterIds(filter: { institution?: GlobalIdArg; person?: GlobalIdArg; place?: GlobalIdArg }) {
  const decode = (value: GlobalIdArg, typename: string, field: string) =>
    value === null || value === undefined ? undefined : idOfType(String(value), typename, `filter.${field}`);
  return {
    institutionId: decode(filter.institution, "Institution", "institution"),
    personId: decode(filter.person, "Person", "person"),
    placeId: decode(filter.place, "Place", "place"),
  };
}
