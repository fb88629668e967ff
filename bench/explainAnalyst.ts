/**
 * EXPLAIN ANALYZE of every SQL statement one analyst request sends, on the kept corpus database:
 * `npx tsx bench/explainAnalyst.ts <articles> <neighbors|path|facets>`, for reading plans, not timing.
 */
import { createPubSub } from "graphql-yoga";
import pg from "pg";
import { pino } from "pino";
import { createMetrics } from "../src/server/metrics.ts";
import { createWartagraphYoga } from "../src/server/yoga.ts";
import { onSqlStatement, openStore } from "../src/store/index.ts";
import { corpusUrl } from "./corpus.ts";

const articleCount = Number(process.argv[2] ?? 10000);
const which = process.argv[3] ?? "neighbors";
const QUERIES: Record<string, string> = {
  neighbors: `query($rutan: ID!) { neighbors(id: $rutan, depth: 2) {
    nodes { id __typename } edges { from { id } to { id } relation weight evidence(first: 2) { title } } } }`,
  path: `query($first: ID!, $last: ID!) { path(from: $first, to: $last, maxHops: 4) {
    hops { from { id } to { id } relation evidence(first: 1) { title } } } }`,
  facets: `{ articleFacets(filter: { institution: "rutan blora" }) { total
    institutions { node { name } count } people { node { name } count } topics { node { name } count } months { month count } } }`,
};
const store = await openStore({ databaseUrl: corpusUrl(articleCount), role: "bench", migrate: "always" });
const yoga = createWartagraphYoga({
  logger: pino({ level: "silent" }),
  metrics: createMetrics(),
  pubsub: createPubSub(),
  store,
});
const run = async (query: string, variables?: Record<string, unknown>) => {
  const response = await yoga.fetch("http://bench.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: Record<string, { id: string }> }).data;
};
const ids = await run(
  `query { first: person(name: "Petugas Nomor 0") { id } last: person(name: "Petugas Nomor ${articleCount - 1}") { id } rutan: institution(name: "rutan blora") { id } }`,
);
const statements: { sql: string; args: unknown[] }[] = [];
const stop = onSqlStatement((q) => statements.push({ sql: q.sql, args: q.args }));
await run(QUERIES[which] ?? "", { rutan: ids.rutan?.id, first: ids.first?.id, last: ids.last?.id });
stop();
const client = new pg.Client({ connectionString: corpusUrl(articleCount) });
await client.connect();
for (const statement of statements) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.args as never[]);
  console.log(`\n==== ${statement.sql.replace(/\s+/g, " ").slice(0, 200)}`);
  for (const row of rows) console.log(row["QUERY PLAN"]);
}
await client.end();
await yoga.dispose();
await store.close();
