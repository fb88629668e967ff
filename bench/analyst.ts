/**
 * The analyst's questions on a PostgreSQL store of N synthetic articles (test/support/drafts.ts):
 * median latency and SQL statements per request of neighbors (depth 2), path (up to 4 hops),
 * facets, the institution page, co-mentions and a timeline.
 * Run: `npx tsx bench/analyst.ts [articles=10000] [rounds=20]`. Reads the kept corpus database
 * of that size (bench/corpus.ts builds it the first time, which takes minutes) and only reads it.
 */
import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { createMetrics } from "../src/server/metrics.ts";
import { createWartagraphYoga } from "../src/server/yoga.ts";
import { onSqlStatement, openStore } from "../src/store/index.ts";
import { ensureCorpora } from "./corpus.ts";
import { median, printTable } from "./support.ts";

const articleCount = Number(process.argv[2] ?? 10000);
const rounds = Number(process.argv[3] ?? 20);
if (!Number.isInteger(articleCount) || articleCount < 2 || !Number.isInteger(rounds) || rounds < 1) {
  console.error("usage: npx tsx bench/analyst.ts [articles ≥ 2] [rounds ≥ 1]");
  process.exit(2);
}

const IDS = /* GraphQL */ `query {
  hemu: person(name: "Hemu") { id }
  first: person(name: "Petugas Nomor 0") { id }
  last: person(name: "Petugas Nomor ${articleCount - 1}") { id }
  rutan: institution(name: "rutan blora") { id }
}`;

const QUERIES: Record<string, string> = {
  "neighbors depth 2": /* GraphQL */ `query($rutan: ID!) { neighbors(id: $rutan, depth: 2) {
    nodes { id __typename } edges { from { id } to { id } relation weight evidence(first: 2) { title } } } }`,
  "path ≤ 4 hops": /* GraphQL */ `query($first: ID!, $last: ID!) { path(from: $first, to: $last, maxHops: 4) {
    hops { from { id } to { id } relation evidence(first: 1) { title } } } }`,
  facets: /* GraphQL */ `{ articleFacets(filter: { institution: "rutan blora" }) { total
    institutions { node { name } count } people { node { name } count } topics { node { name } count } months { month count } } }`,
  "institution page": /* GraphQL */ `{ institution(name: "rutan blora") { name articles(first: 20) { totalCount edges { node { title
    people { name positions { title institution { name } } } } } } } }`,
  "person coMentioned": /* GraphQL */ `{ person(name: "Hemu") { coMentioned(first: 20) { node { __typename } weight score } } }`,
  "related institutions": /* GraphQL */ `{ institution(name: "rutan blora") { relatedInstitutions(first: 20) {
    node { ... on Institution { name } } weight score } } }`,
  "person timeline": /* GraphQL */ `{ person(name: "Hemu") { timeline(first: 20) { edges { node { at article { title } } } } } }`,
};

const corpus = (await ensureCorpora([articleCount], { log: (line) => console.error(line) })).get(articleCount);
if (!corpus) throw new Error(`no corpus of ${articleCount} articles`);
const store = await openStore({ databaseUrl: corpus, role: "bench", migrate: "always" });
try {
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
    const body = (await response.json()) as { data?: Record<string, { id: string } | null>; errors?: unknown[] };
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
    return body.data ?? {};
  };
  const ids = await run(IDS);
  const variables = { rutan: ids.rutan?.id, first: ids.first?.id, last: ids.last?.id, hemu: ids.hemu?.id };

  const rows = [];
  for (const [name, query] of Object.entries(QUERIES)) {
    for (let i = 0; i < 3; i++) await run(query, variables);
    let statements = 0;
    const stop = onSqlStatement(() => statements++);
    const latencies: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      await run(query, variables);
      latencies.push(performance.now() - t);
    }
    stop();
    rows.push({
      request: name,
      "p50 ms": Number(median(latencies).toFixed(1)),
      "max ms": Number(Math.max(...latencies).toFixed(1)),
      "SQL statements": statements / rounds,
    });
  }
  await yoga.dispose();
  const articles = await store.prisma.article.count();
  printTable(
    `Analyst queries on PostgreSQL, ${articles} articles (${corpus.replace(/^.*\//, "")}), ${rounds} rounds each`,
    rows,
  );
} finally {
  await store.close();
}
