/**
 * Where a page's cost grows with the store: each SQL statement the institution page and the
 * person page send (captured at the driver, as bench/pages.ts does), run again under
 * EXPLAIN (ANALYZE, BUFFERS) on the bench corpora of each size, with its time, buffers touched
 * and rows read, side by side. The corpora are the PostgreSQL databases bench/corpus.ts builds.
 *
 *   npx tsx bench/explainPages.ts [--sizes 1000,10000] [--operations institution,person] [--repeat 20] [--plans]
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { onSqlStatement, openStore } from "../src/store/index.ts";
import { benchYoga, median, servedPagesConfig } from "./support.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    operations: { type: "string", default: "institution,person" },
    repeat: { type: "string", default: "20" },
    plans: { type: "boolean", default: false },
  },
});
const PAGES: Record<string, string> = {
  institution: `{ institution(name: "rutan blora") { name people { name } articles(first: 20) { edges { node {
      title publishedAt people { name positions { title institution { name } } } } } } } }`,
  person: `{ person(name: "Mardi Santoso") { name aliases positions { title institution { name } }
      articles(first: 20) { edges { node { title publishedAt } } } events { name date } quotes { text } } }`,
};
const BOOKKEEPING = /^\s*(begin|commit|rollback|select set_config|set |reset )/i;
const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const corpusUrl = (size: number) => {
  const url = new URL(adminUrl);
  url.pathname = `/wg_bench_corpus_${size}`;
  return url.toString();
};

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Actual Total Time": number;
  "Shared Hit Blocks": number;
  "Shared Read Blocks": number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

/** Each scan of the plan: relation, index, rows it returned over all loops, and the loops. */
function scans(node: PlanNode, into: string[] = []): string[] {
  if (node["Relation Name"]) {
    const removed = node["Rows Removed by Filter"]
      ? ` (-${node["Rows Removed by Filter"] * node["Actual Loops"]})`
      : "";
    into.push(
      `${node["Node Type"]} ${node["Relation Name"]}${node["Index Name"] ? ` via ${node["Index Name"]}` : ""}: ${node["Actual Rows"] * node["Actual Loops"]} rows${removed} in ${node["Actual Loops"]} loops`,
    );
  }
  for (const child of node.Plans ?? []) scans(child, into);
  return into;
}

const collected: { size: number; key: string; sql: string; args: unknown[]; url: string }[] = [];
for (const size of values.sizes.split(",").map(Number)) {
  const databaseUrl = corpusUrl(size);
  const store = await openStore({ databaseUrl, role: "bench" });
  const yoga = benchYoga(store, servedPagesConfig());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const key of values.operations.split(",")) {
      const run = async () =>
        (
          await yoga.fetch("http://bench.test/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: PAGES[key] }),
          })
        ).text();
      const answer = await run();
      const captured: { sql: string; args: unknown[] }[] = [];
      const stop = onSqlStatement((query) => captured.push({ sql: query.sql, args: [...query.args] }));
      await run();
      stop();
      const statements = captured.filter((s) => !BOOKKEEPING.test(s.sql));
      for (const s of statements) collected.push({ size, key, ...s, url: databaseUrl });
      console.log(
        `\n## ${key} page at ${size} articles: ${statements.length} statements, answer ${answer.length} bytes`,
      );
      for (const [index, statement] of statements.entries()) {
        const times: number[] = [];
        let plan: PlanNode | undefined;
        let planning = 0;
        for (let i = 0; i < Number(values.repeat); i++) {
          const { rows } = await client.query(
            `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`,
            statement.args,
          );
          const result = rows[0]["QUERY PLAN"][0];
          plan = result.Plan;
          planning = result["Planning Time"];
          times.push(result["Execution Time"]);
        }
        if (!plan) continue;
        console.log(
          `statement ${index + 1}: execution ${median(times).toFixed(3)} ms (median of ${times.length}), planning ${planning.toFixed(3)} ms, ` +
            `shared hit ${plan["Shared Hit Blocks"]} read ${plan["Shared Read Blocks"]}, rows out ${plan["Actual Rows"]}`,
        );
        console.log(`  ${statement.sql.replace(/\s+/g, " ").slice(0, 160)}`);
        for (const line of scans(plan)) console.log(`    ${line}`);
        if (values.plans) {
          const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.args);
          for (const row of rows) console.log(`      ${row["QUERY PLAN"]}`);
        }
      }
    }
  } finally {
    await client.end();
    await yoga.dispose();
    await store.close();
  }
}

// interleaved: each statement at every size in turn, so machine drift hits all sizes alike
const clients = new Map<string, pg.Client>();
for (const c of collected)
  if (!clients.has(c.url)) {
    const cl = new pg.Client({ connectionString: c.url });
    await cl.connect();
    clients.set(c.url, cl);
  }
const times = new Map<(typeof collected)[number], number[]>();
for (let i = 0; i < Number(values.repeat) * 3; i++) {
  for (const c of collected) {
    const { rows } = await (clients.get(c.url) as pg.Client).query(`EXPLAIN (ANALYZE, FORMAT JSON) ${c.sql}`, c.args);
    times.set(c, [...(times.get(c) ?? []), rows[0]["QUERY PLAN"][0]["Execution Time"]]);
  }
}
console.log("\n## interleaved execution times (median, p25, p75 ms)");
for (const [c, t] of times) {
  const s = [...t].sort((a, b) => a - b);
  console.log(
    `${c.key} at ${c.size}: ${median(t).toFixed(3)} (${s[Math.floor(s.length / 4)]?.toFixed(3)}-${s[Math.floor((3 * s.length) / 4)]?.toFixed(3)}), n=${t.length}`,
  );
}
for (const cl of clients.values()) await cl.end();
