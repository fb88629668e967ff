import { queryFromInfo } from "@pothos/plugin-prisma";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError, type GraphQLResolveInfo, type GraphQLSchema, isObjectType } from "graphql";
import { findRedirect, idOrMergedInto } from "../curation/redirects.ts";
import { normalizeName } from "../ingest/normalize.ts";
import { Prisma } from "../store/index.ts";
import type { Context } from "./context.ts";

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
  // an ID merged into another node by curation finds the node it was merged into
  if (hasId) return idOrMergedInto(idOfType(String(args.id), typename, "id"));
  // an empty normalized name matches no alias: aliases are never empty
  return { aliases: { some: { normalized: normalizeName(String(args.name)) } } };
}

/** The condition "one of its aliases contains the search text", or none for an empty search. */
export function aliasContains(search: string | null | undefined) {
  const normalized = search ? normalizeName(search) : "";
  return normalized ? { aliases: { some: { normalized: { contains: normalized } } } } : {};
}

/**
 * Decodes a global ID a client sends (base64 of "Type:id"). Anything else is BAD_USER_INPUT, the
 * client's mistake, rather than an uncoded validation error or, once it reached the database
 * with a NUL in it, an internal one.
 */
export function decodeNodeId(globalId: string, argument = "id"): { typename: string; id: string } {
  try {
    const decoded = decodeGlobalID(globalId);
    // a NUL the database cannot compare, or bytes that were not UTF-8 (decoded as U+FFFD)
    if (!decoded.id.includes("\u0000") && !decoded.id.includes("\ufffd")) return decoded;
  } catch {
    // not base64, or no "Type:" in it: refused below
  }
  throw new GraphQLError(`${argument} is not a valid ID`, { extensions: { code: "BAD_USER_INPUT" } });
}

/** Decodes a global ID given for a filter, checking it names the expected type. */
export function idOfType(globalId: string, typename: string, argument: string): string {
  const decoded = decodeNodeId(globalId, argument);
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

/**
 * `node(id:)`: null for a well-formed ID of a node that is not in the graph (never was, or was
 * merged away), as the Relay spec has it; BAD_USER_INPUT for an ID that names no node type.
 */
export async function resolveNodeOrNull(
  id: { typename: string; id: string },
  schema: GraphQLSchema,
  resolveNode: (id: { typename: string; id: string }) => unknown,
  redirect?: { context: Context; info: GraphQLResolveInfo },
): Promise<unknown> {
  const type = schema.getType(id.typename);
  if (!isObjectType(type) || !type.getInterfaces().some((face) => face.name === "Node")) {
    throw new GraphQLError(`id names a ${id.typename}, which is not a kind of node`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  let node: unknown = null;
  try {
    node = await resolveNode(id);
  } catch (error) {
    // the prisma plugin loads a node with findUniqueOrThrow: P2025 is "no such row"
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")) throw error;
  }
  if (node !== null && node !== undefined) return node;
  // merged away by curation: the node it was merged into answers for it
  // (resolveNode always loads the ID asked for, so the kept node is loaded here)
  const kept = redirect ? await findRedirect(redirect.context.prisma, id.id) : null;
  if (!redirect || !kept || kept.typename !== id.typename) return null;
  const { context, info } = redirect;
  // with the selections the query asks of the node, as the prisma plugin loads nodes
  const load = { ...queryFromInfo({ context, info, typeName: kept.typename }), where: { id: kept.id } };
  const row =
    kept.typename === "Person"
      ? await context.prisma.person.findUnique(load)
      : kept.typename === "Institution"
        ? await context.prisma.institution.findUnique(load)
        : await context.prisma.place.findUnique(load);
  return row ? { ...row, __typename: kept.typename } : null;
}

/**
 * The stored forms an article's address can have: the WHATWG form drafts keep (articleDraftSchema),
 * and, for an address at a site's root, the same without its "/", as rows written before drafts
 * kept that form may hold it ("https://example.org").
 */
export function urlSpellings(url: URL | string): string[] {
  const parsed = typeof url === "string" ? new URL(url) : url;
  const spellings = [parsed.href];
  if (parsed.pathname === "/" && !parsed.search && !parsed.hash) spellings.push(parsed.href.slice(0, -1));
  return spellings;
}
