import { GraphQLError } from "graphql";
import { ApiKeyError, type ApiKeyInfo, createApiKey, revokeApiKey } from "../../graph/apiKeys.ts";
import { builder } from "../builder.ts";
import { ApiKeyRef } from "../types/ApiKey.ts";
import { ApiKeyScopeRef } from "../types/ApiKeyScope.ts";

/**
 * Key management through the API, for the admin scope: while a server holds the embedded store,
 * this is how `wartagraph apikey` reaches it (no second process may open that store).
 */

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  description: "A new API key: a unique name and what it allows.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Who or what the key is for; must be new." }),
    scopes: t.field({
      type: [ApiKeyScopeRef],
      required: true,
      description: "What the key allows; an empty list makes a key that only reads.",
    }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ apiKey: ApiKeyInfo; key: string }>("CreateApiKeyPayload").implement({
  description: "The new key: send it as Authorization: Bearer <key>. It is stored only as a hash and shown only now.",
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, description: "The key's record.", resolve: (payload) => payload.apiKey }),
    key: t.exposeString("key", { description: "The key itself, shown this once." }),
  }),
});

function userError(error: unknown): never {
  if (error instanceof ApiKeyError) {
    throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT", reason: error.reason } });
  }
  throw error;
}

builder.mutationField("createApiKey", (t) =>
  t.field({
    type: CreateApiKeyPayload,
    description: "Creates an API key and returns it once. Needs an API key with the admin scope.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      try {
        const { key, ...apiKey } = await createApiKey(context.prisma, input.name, input.scopes);
        return { apiKey, key };
      } catch (error) {
        return userError(error);
      }
    },
  }),
);

builder.mutationField("revokeApiKey", (t) =>
  t.field({
    type: ApiKeyRef,
    description:
      "Revokes one API key by its id; requests with it fail from now on. Revoking a revoked key changes nothing. Needs an API key with the admin scope.",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true, description: "The key's id (ApiKey.id)." }) },
    resolve: async (_root, { id }, context) => {
      try {
        return await revokeApiKey(context.prisma, String(id));
      } catch (error) {
        return userError(error);
      }
    },
  }),
);
