/**
 * EXPLAIN ANALYZE of every SQL statement one analyst request sends, on the kept corpus database:
 * `npx tsx bench/explainAnalyst.ts [articles=10000] [request=neighbors] [--database=NAME]`, the
 * request one of bench/analyst.ts's by name ("neighbors" for "neighbors depth 2", "path" for
 * "path ≤ 4 hops", …: the first whose name starts with it), for reading plans, not timing.
 */
import pg from "pg";
import { onSqlStatement, openStore } from "../src/store/index.ts";
import { corpusUrl } from "./corpus.ts";
import { analystQueries, benchYoga, graphqlRunner } from "./support.ts";

const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const [articleArg, which = "neighbors"] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const articleCount = Number(articleArg ?? 10000);
const database = flags.find((flag) => flag.startsWith("--database="))?.slice("--database=".length);
const url = database ? corpusUrl(articleCount).replace(/[^/]*$/, database) : corpusUrl(articleCount);
const { ids: idsQuery, requests } = analystQueries(articleCount);
const request = Object.entries(requests).find(([name]) => name.startsWith(which));
if (!request) {
  console.error(`no request named ${which}: one of ${Object.keys(requests).join(", ")}`);
  process.exit(2);
}

const store = await openStore({ databaseUrl: url, role: "bench", migrate: "always" });
const yoga = benchYoga(store);
const client = new pg.Client({ connectionString: url });
try {
  const run = graphqlRunner(yoga);
  const ids = await run(idsQuery);
  const statements: { sql: string; args: unknown[] }[] = [];
  const stop = onSqlStatement((q) => statements.push({ sql: q.sql, args: q.args }));
  await run(request[1], { rutan: ids.rutan?.id, first: ids.first?.id, last: ids.last?.id, hemu: ids.hemu?.id });
  stop();
  await client.connect();
  for (const statement of statements) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.args as never[]);
    console.log(`\n==== ${statement.sql.replace(/\s+/g, " ").slice(0, 200)}`);
    for (const row of rows) console.log(row["QUERY PLAN"]);
  }
} finally {
  await client.end();
  await yoga.dispose();
  await store.close();
}
