import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { GraphiQLOptions } from "graphql-yoga";
import { GRAPHIQL_TABS } from "./graphiqlTabs.ts";

/**
 * The headers editor starts with this hint. GraphiQL reads headers as JSON with comments, so the
 * commented-out line sends nothing until the analyst pastes a key and removes the slashes (a
 * placeholder key would be refused as UNAUTHENTICATED on every request).
 */
export const API_KEY_HEADERS_HINT = `{
  // Writing (ingestArticle) needs an API key: npx wartagraph apikey create <name> --scope ingest
  // "Authorization": "Bearer <key>"
}`;

/** GraphiQL's options: the example tabs, each with the API key hint in its headers editor. */
export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: "wartagraph",
  subscriptionsProtocol: "WS",
  defaultHeaders: API_KEY_HEADERS_HINT,
  defaultEditorToolsVisibility: "headers",
  defaultTabs: GRAPHIQL_TABS.map((tab) => ({ ...tab, headers: API_KEY_HEADERS_HINT })),
};

/**
 * GraphiQL's page with its scripts, styles and editor workers inlined from the installed
 * `@graphql-yoga/render-graphiql` package. yoga's default page loads them from a CDN, which an
 * intranet or air-gapped machine cannot reach.
 */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  // the page is about 9 MB and yoga passes a fresh copy of the same options on every request:
  // build it once per distinct options
  const key = JSON.stringify(options);
  if (lastRendered?.key !== key) lastRendered = { key, page: renderGraphiQL(options) };
  return lastRendered.page;
}

let lastRendered: { key: string; page: string } | undefined;
