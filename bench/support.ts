import { readFileSync } from "node:fs";
import path from "node:path";
import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { type Config, loadConfig } from "../src/config.ts";
import { createMetrics } from "../src/server/metrics.ts";
import { createWartagraphYoga, type WartagraphYoga } from "../src/server/yoga.ts";
import type { ServedStore } from "../src/store/index.ts";

/**
 * The Node options `npm start` gives the server in a checkout (its package.json "start" script,
 * e.g. the young generation's size): the benches start the bundle with the same ones, so they
 * measure the server as it runs. A checkout whose start script sets none gives none.
 */
export function serverNodeOptions(checkout: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(checkout, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const start = manifest.scripts?.start ?? "";
  // the words between `node` and the script it runs
  const words = start.split(/\s+/);
  const script = words.findIndex((word) => /\.m?js$/.test(word));
  return words.slice(words.indexOf("node") + 1, script < 0 ? words.length : script).filter((w) => w.startsWith("--"));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}

/** A yoga over the given store for the read benches: silent, its own metrics and pubsub. */
export function benchYoga(store: ServedStore, config?: Config): WartagraphYoga {
  return createWartagraphYoga({
    logger: pino({ level: "silent" }),
    metrics: createMetrics(),
    pubsub: createPubSub(),
    store,
    ...(config ? { config } : {}),
  });
}

/** The settings a deployed server reads pages with, without the per-address limit a bench would hit. */
export const servedPagesConfig = (): Config =>
  loadConfig({ NODE_ENV: "production", WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "0" });

/** Runs one operation through yoga.fetch (no network) and returns its data; an error in the response throws. */
export function graphqlRunner(yoga: WartagraphYoga) {
  return async (query: string, variables?: Record<string, unknown>): Promise<Record<string, { id: string } | null>> => {
    const response = await yoga.fetch("http://bench.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, { id: string } | null>; errors?: unknown[] };
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
    return body.data ?? {};
  };
}

/** The analyst requests both analyst benches send, by name; variables from ANALYST_IDS. */
export function analystQueries(articleCount: number) {
  return {
    ids: /* GraphQL */ `query {
      hemu: person(name: "Hemu") { id }
      first: person(name: "Petugas Nomor 0") { id }
      last: person(name: "Petugas Nomor ${articleCount - 1}") { id }
      rutan: institution(name: "rutan blora") { id }
    }`,
    requests: {
      "neighbors depth 2": /* GraphQL */ `query($rutan: ID!) { neighbors(id: $rutan, depth: 2) {
        nodes { id __typename } edges { from { id } to { id } relation weight evidence(first: 2) { title } } } }`,
      "path ≤ 4 hops": /* GraphQL */ `query($first: ID!, $last: ID!) { path(from: $first, to: $last, maxHops: 4) {
        hops { from { id } to { id } relation evidence(first: 1) { title } } } }`,
      facets: /* GraphQL */ `{ articleFacets(filter: { institution: "rutan blora" }) { total
        institutions { node { name } count } people { node { name } count } topics { node { name } count } months { month count } } }`,
      // A filter no kept count answers: the facets of three months count the articles themselves.
      "facets of a date range": /* GraphQL */ `{ articleFacets(filter: { publishedFrom: "2025-03-01", publishedUntil: "2025-05-31" }) {
        total institutions { node { name } count } people { node { name } count } topics { node { name } count } months { month count } } }`,
      // The broad filters: no condition (the kept per-entity totals), a search and a two-name list
      // (both count the articles they select; in the generated corpus they select every article).
      "facets of everything": /* GraphQL */ `{ articleFacets {
        total institutions { node { name } count } people { node { name } count } topics { node { name } count } months { month count } } }`,
      "facets of a search": /* GraphQL */ `{ articleFacets(filter: { search: "ketahanan pangan" }) {
        total institutions { node { name } count } people { node { name } count } topics { node { name } count } months { month count } } }`,
      "facets of two institutions": /* GraphQL */ `{ articleFacets(filter: { institutions: ["rutan blora", "lapas pati"], match: ANY }) {
        total institutions { node { name } count } people { node { name } count } topics { node { name } count } months { month count } } }`,
      "institution page": /* GraphQL */ `{ institution(name: "rutan blora") { name articles(first: 20) { totalCount edges { node { title
        people { name positions { title institution { name } } } } } } } }`,
      "person coMentioned": /* GraphQL */ `{ person(name: "Hemu") { coMentioned(first: 20) { node { __typename } weight score } } }`,
      "related institutions": /* GraphQL */ `{ institution(name: "rutan blora") { relatedInstitutions(first: 20) {
        node { ... on Institution { name } } weight score } } }`,
      "person timeline": /* GraphQL */ `{ person(name: "Hemu") { timeline(first: 20) { edges { node { at article { title } } } } } }`,
    } as Record<string, string>,
  };
}

/** How long one /health probe may take: a server that accepted the connection and hangs must not stall a bench. */
export const HEALTH_PROBE_TIMEOUT_MS = 2000;

/**
 * Whether the server at `url` answers its health check with 200 within `timeoutMs`; false when
 * it does not listen yet, answers otherwise, or does not answer in time.
 */
export async function healthAnswers(url: string, timeoutMs = HEALTH_PROBE_TIMEOUT_MS): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
