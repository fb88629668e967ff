import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { GraphQLError } from "graphql";
import { DateResolver, DateTimeResolver, JSONResolver, URLResolver } from "graphql-scalars";
import { config } from "../config.ts";
import type PrismaTypes from "../generated/pothos-types.ts";
import { getDatamodel } from "../generated/pothos-types.ts";
import { API_SCOPES, type ApiScope } from "../graph/apiKeys.ts";
import type { Context } from "./context.ts";
import { decodeNodeId, resolveNodeOrNull } from "./lookup.ts";

/** Page sizes of every connection and capped list. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: Context;
  AuthScopes: Record<ApiScope, boolean>;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    URL: { Input: URL; Output: URL | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) =>
      Object.fromEntries(API_SCOPES.map((scope) => [scope, context.scopes.has(scope)])) as Record<ApiScope, boolean>,
    unauthorizedError: (_parent, context, _info, result) =>
      new GraphQLError(
        context.apiKeyName === null
          ? "this operation needs an API key: send Authorization: Bearer <key>"
          : `the API key "${context.apiKeyName}" lacks the scope this operation needs (${result.message})`,
        { extensions: { code: context.apiKeyName === null ? "UNAUTHENTICATED" : "FORBIDDEN" } },
      ),
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // an ID that is not "Type:id" in base64 is the client's mistake (BAD_USER_INPUT)
    decodeGlobalID: (globalId) => decodeNodeId(globalId),
    nodeQueryOptions: {
      description: "Fetches any node by its global ID.",
      resolve: (_root, args, context, info, resolveNode) =>
        resolveNodeOrNull(args.id, info.schema, resolveNode, { context, info }),
    },
    nodesQueryOptions: false,
  },
  prisma: {
    // the store the server was started on, handed to the yoga factory and carried by each request's context
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    onUnusedQuery: config().production ? null : "error",
  },
});

builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("Date", DateResolver);
builder.addScalarType("URL", URLResolver);
builder.addScalarType("JSON", JSONResolver);

builder.queryType({
  description: "Read the content graph: articles and the people, institutions and places they report.",
});
builder.mutationType({ description: "Write to the content graph. Needs an API key with the matching scope." });
