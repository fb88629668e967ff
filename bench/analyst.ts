/**
 * The analyst's questions on a PostgreSQL store of N synthetic articles (test/support/drafts.ts):
 * median latency and SQL statements per request of neighbors (depth 2), path (up to 4 hops),
 * facets, the institution page, co-mentions and a timeline.
 * Run: `npx tsx bench/analyst.ts [articles=10000] [rounds=20] [--database=NAME]`. Reads the kept
 * corpus database of that size (bench/corpus.ts builds it the first time, which takes minutes),
 * or the named copy of it, and only reads it (after migrating it).
 */
import { onSqlStatement, openStore } from "../src/store/index.ts";
import { corpusUrl, ensureCorpora } from "./corpus.ts";
import { analystQueries, benchYoga, graphqlRunner, median, printTable } from "./support.ts";

const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const [articleArg, roundsArg] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const articleCount = Number(articleArg ?? 10000);
const rounds = Number(roundsArg ?? 20);
const database = flags.find((flag) => flag.startsWith("--database="))?.slice("--database=".length);
if (!Number.isInteger(articleCount) || articleCount < 2 || !Number.isInteger(rounds) || rounds < 1) {
  console.error("usage: npx tsx bench/analyst.ts [articles ≥ 2] [rounds ≥ 1] [--database=NAME]");
  process.exit(2);
}

const corpus = database
  ? corpusUrl(articleCount).replace(/[^/]*$/, database)
  : (await ensureCorpora([articleCount], { log: (line) => console.error(line) })).get(articleCount);
if (!corpus) throw new Error(`no corpus of ${articleCount} articles`);
const store = await openStore({ databaseUrl: corpus, role: "bench", migrate: "always" });
try {
  const yoga = benchYoga(store);
  const run = graphqlRunner(yoga);
  const { ids: idsQuery, requests } = analystQueries(articleCount);
  const ids = await run(idsQuery);
  const variables = { rutan: ids.rutan?.id, first: ids.first?.id, last: ids.last?.id, hemu: ids.hemu?.id };

  const rows = [];
  for (const [name, query] of Object.entries(requests)) {
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
