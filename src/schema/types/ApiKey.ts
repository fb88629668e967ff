import { type ApiKeyInfo, listApiKeys } from "../../graph/apiKeys.ts";
import { builder } from "../builder.ts";
import { ApiKeyScopeRef } from "./ApiKeyScope.ts";

/** An API key as an admin sees it: never the key itself, which is shown once when created. */
export const ApiKeyRef = builder.objectRef<ApiKeyInfo>("ApiKey").implement({
  description: "An API key: who it is for and what it allows. The key itself is only shown once, by createApiKey.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The key's id, what revokeApiKey and `wartagraph apikey revoke` take." }),
    name: t.exposeString("name", { description: "Who or what the key is for; unique." }),
    scopes: t.field({
      type: [ApiKeyScopeRef],
      description: "What the key allows.",
      resolve: (key) => key.scopes as never,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the key was created." }),
    revokedAt: t.expose("revokedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the key was revoked; null while it is valid.",
    }),
  }),
});

builder.queryField("apiKeys", (t) =>
  t.field({
    type: [ApiKeyRef],
    description: "Every API key, valid and revoked, oldest first. Needs an API key with the admin scope.",
    authScopes: { admin: true },
    resolve: (_root, _args, context) => listApiKeys(context.prisma),
  }),
);
