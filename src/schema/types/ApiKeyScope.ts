import { API_SCOPES, type ApiScope } from "../../graph/apiKeys.ts";
import { builder } from "../builder.ts";

const DESCRIPTIONS: Record<ApiScope, string> = {
  ingest: "Write articles (ingestArticle).",
  curate: "Edit the graph by hand (merges and corrections).",
  webhooks: "Register and manage webhooks.",
  admin: "Manage API keys (apiKeys, createApiKey, revokeApiKey).",
};

/** The GraphQL names are the stored scope names in capitals: INGEST is the `ingest` scope. */
export const ApiKeyScopeRef = builder.enumType("ApiKeyScope", {
  description: "What an API key allows, besides reading, which needs no key.",
  values: Object.fromEntries(
    API_SCOPES.map((scope) => [scope.toUpperCase(), { value: scope, description: DESCRIPTIONS[scope] }]),
  ) as Record<Uppercase<ApiScope>, { value: ApiScope; description: string }>,
});
