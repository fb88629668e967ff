/**
 * Read throughput of the public pages against PostGraphile 4.14 on the same PostgreSQL tables:
 * for each store size, both servers run as their own processes, autocannon (another process)
 * drives each operation with 10 connections, and the rounds interleave the servers so drift on a
 * shared machine hits both alike. SQL statements and rows read per request come from one
 * request of each operation captured in this process and run again under EXPLAIN ANALYZE.
 * Writes bench/results/latest.md and latest.json (or --out <name>).
 * Run: `npx tsx bench/pages.ts [--quick] [--sizes 1000,10000] [--operations institution,person,search,typename]
 * [--cached] [--rebuild] [--baseline <checkout>] [--from-source]`.
 *
 * wartagraph runs as `npm start` runs it: the JavaScript bundle of scripts/build-server.mjs, built
 * here from each checkout's sources into its dist/bench/ (so a stale dist/cli is never measured).
 * --from-source runs the TypeScript sources through tsx instead, as earlier tables did: the same
 * code once loaded, but more memory (tsx and the unbundled packages) and a slower start.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import pg from "pg";
import { onSqlStatement, openStore } from "../src/store/index.ts";
import { ensureCorpora } from "./corpus.ts";
import { benchYoga, median, servedPagesConfig, serverNodeOptions } from "./support.ts";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const flagValue = (name: string) => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
};
const sizes = (flagValue("--sizes") ?? "1000,10000").split(",").map(Number);
const outName = flagValue("--out") ?? "latest";
const withCache = argv.includes("--cached");
const durationSeconds = Number(flagValue("--duration") ?? (quick ? 4 : 10));
const ROUNDS = 3;
const CONNECTIONS = 10;

interface Operation {
  key: string;
  title: string;
  wartagraph: string;
  /** the equivalent PostGraphile query; none where PostGraphile has no counterpart (full-text search) */
  postgraphile?: string;
}

const ALL_OPERATIONS: Operation[] = [
  {
    key: "institution",
    title: "institution page",
    wartagraph: `{ institution(name: "rutan blora") { name people { name } articles(first: 20) { edges { node {
      title publishedAt people { name positions { title institution { name } } } } } } } }`,
    postgraphile: `{ allInstitutionAliases(condition: { normalized: "rutan blora" }, first: 1) { nodes {
      institutionByInstitutionId { name
        positionsByInstitutionId(first: 50, orderBy: ID_ASC) { nodes { personByPersonId { name } } }
        institutionMentionsByInstitutionId(first: 20, orderBy: [LISTED_AT_DESC, ARTICLE_ID_DESC]) { nodes {
          articleByArticleId { title publishedAt
            personMentionsByArticleId(first: 50, orderBy: ID_ASC) { nodes { personByPersonId { name
              positionsByPersonId(first: 50, orderBy: ID_ASC) { nodes { title institutionByInstitutionId { name } } } } } } } } } } } } }`,
  },
  {
    key: "person",
    title: "person page",
    wartagraph: `{ person(name: "Mardi Santoso") { name aliases positions { title institution { name } }
      articles(first: 20) { edges { node { title publishedAt } } } events { name date } quotes { text } } }`,
    postgraphile: `{ allPersonAliases(condition: { normalized: "mardi santoso" }, first: 1) { nodes {
      personByPersonId { name
        personAliasesByPersonId(first: 100, orderBy: ID_ASC) { nodes { alias } }
        positionsByPersonId(first: 50, orderBy: ID_ASC) { nodes { title institutionByInstitutionId { name } } }
        personMentionsByPersonId(first: 20, orderBy: [LISTED_AT_DESC, ARTICLE_ID_DESC]) { nodes { articleByArticleId { title publishedAt } } }
        eventParticipantsByPersonId(first: 50, orderBy: ID_ASC) { nodes { eventByEventId { name date } } }
        quotesBySpeakerId(first: 50, orderBy: [LISTED_AT_DESC, ID_DESC]) { nodes { text } } } } } }`,
  },
  {
    key: "search",
    title: 'search "ketahanan pangan"',
    wartagraph: `{ articles(first: 20, filter: { search: "ketahanan pangan" }) { edges { node { title publishedAt } } } }`,
  },
  { key: "typename", title: "{ __typename }", wartagraph: "{ __typename }", postgraphile: "{ __typename }" },
];

/** --operations typename,person: only these (by key), e.g. to measure one fixed cost without the pages before it */
const chosen = flagValue("--operations")?.split(",");
const OPERATIONS = chosen ? ALL_OPERATIONS.filter((operation) => chosen.includes(operation.key)) : ALL_OPERATIONS;
if (OPERATIONS.length === 0) throw new Error(`--operations: none of ${chosen} (${ALL_OPERATIONS.map((o) => o.key)})`);

/** a checkout of an earlier commit to measure beside this one (before → after in one run) */
const baselineDir = flagValue("--baseline");
const fromSource = argv.includes("--from-source");

/**
 * The server's entry in a checkout: its bundle, built now from its sources, or the sources through
 * tsx; with the Node options the checkout's `npm start` gives the server.
 */
function serverEntry(checkout: string): string[] {
  if (fromSource) return [...serverNodeOptions(checkout), "--import", "tsx", "src/cli/main.ts"];
  // two levels below the checkout's root, as dist/cli: the bundle finds migrations and workers by relative paths
  const built = spawnSync(process.execPath, ["scripts/build-server.mjs", "dist/bench"], {
    cwd: checkout,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (built.status !== 0) throw new Error(`could not bundle the server in ${checkout}`);
  return [...serverNodeOptions(checkout), "dist/bench/main.mjs"];
}

type ServerKind = "wartagraph" | "wartagraph (cached)" | "wartagraph before" | "PostGraphile";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createNetServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

interface RunningServer {
  kind: ServerKind;
  url: string;
  child: ChildProcess;
  peakRssMb: number;
}

function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error(`${url} did not answer in 2 minutes`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function startServer(kind: ServerKind, databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  const checkout = kind === "wartagraph before" ? (baselineDir as string) : process.cwd();
  const child =
    kind === "PostGraphile"
      ? spawn(
          process.execPath,
          [
            "bench/postgraphile/node_modules/postgraphile/cli.js",
            "-c",
            databaseUrl,
            "--port",
            String(port),
            "--host",
            "127.0.0.1",
            "--disable-query-log",
            "--disable-graphiql",
            "--max-pool-size",
            "10",
          ],
          { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production" } },
        )
      : spawn(process.execPath, [...serverEntry(checkout), "serve", "--port", String(port), "--no-seed"], {
          cwd: checkout,
          stdio: ["ignore", "ignore", "inherit"],
          env: {
            ...process.env,
            DATABASE_URL: databaseUrl,
            HOST: "127.0.0.1",
            NODE_ENV: "production",
            LOG_LEVEL: "warn",
            // one address sends every request here: the per-address limit would answer 429
            WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "0",
            WARTAGRAPH_RATE_LIMIT_PER_KEY: "0",
            WARTAGRAPH_RESPONSE_CACHE: kind === "wartagraph (cached)" ? "on" : "off",
          },
        });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitUntilAnswering(url, child);
  return { kind, url, child, peakRssMb: rssMb(child.pid) };
}

async function stopServer(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;
}

/** One POST, failing loudly on a GraphQL error: a benchmark of error responses measures nothing. */
async function checkAnswers(url: string, query: string, retry = true): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  }).catch((error: unknown) => {
    // a kept-alive socket the server closed meanwhile: once more on a new one
    if (retry) return null;
    throw error;
  });
  if (!response) return checkAnswers(url, query, false);
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: unknown[] };
  if (!response.ok || body.errors?.length) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** requests autocannon completed */
  requests: number;
  /** CPU time of the server process (user + system) per completed request, in ms */
  cpuMsPerRequest: number;
}

/**
 * CPU time a process has used so far, in ms (user + system, from /proc). Per request, it is far
 * less at the mercy of other load on a shared machine than requests per second are.
 */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the fields after the command name, which is in parentheses and may hold spaces
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

const CLOCK_TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** autocannon in its own process, so the load generator's CPU is not the server's. */
function load(url: string, query: string, seconds: number, pid?: number): LoadResult {
  const cpuBefore = cpuMs(pid);
  const result = spawnSync(
    process.execPath,
    [
      "node_modules/autocannon/autocannon.js",
      "-c",
      String(CONNECTIONS),
      "-d",
      String(seconds),
      "-m",
      "POST",
      "-H",
      "content-type=application/json",
      "-b",
      JSON.stringify({ query }),
      "-j",
      "-n",
      url,
    ],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const cpuUsed = cpuMs(pid) - cpuBefore;
  if (result.status !== 0) throw new Error(`autocannon failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    requestsPerSecond: report.requests.average,
    p50: report.latency.p50,
    p99: report.latency.p99,
    errors: report.errors + report.non2xx,
    requests: report.requests.total,
    cpuMsPerRequest: report.requests.total > 0 ? cpuUsed / report.requests.total : Number.NaN,
  };
}

interface StatementCost {
  statements: number;
  rowsRead: number;
  rowsReturned: number;
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

/** Rows the scans of a plan touched: what each scan returned plus what its filters threw away. */
function rowsScanned(node: PlanNode): number {
  const own = node["Relation Name"]
    ? (node["Actual Rows"] + (node["Rows Removed by Filter"] ?? 0) + (node["Rows Removed by Index Recheck"] ?? 0)) *
      node["Actual Loops"]
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsScanned(child), 0);
}

/** EXPLAIN ANALYZE of each captured statement: how many rows the page made PostgreSQL read. */
export async function costOf(
  client: pg.Client,
  statements: { sql: string; args: unknown[] }[],
): Promise<StatementCost> {
  let rowsRead = 0;
  let rowsReturned = 0;
  for (const statement of statements) {
    const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`,
      statement.args as unknown[],
    );
    const plan = rows[0]?.["QUERY PLAN"][0]?.Plan;
    if (!plan) continue;
    rowsRead += rowsScanned(plan);
    rowsReturned += plan["Actual Rows"];
  }
  return { statements: statements.length, rowsRead, rowsReturned };
}

const BOOKKEEPING = /^\s*(begin|commit|rollback|select set_config|set |reset )/i;

/** The statements wartagraph sends for one request, captured at the driver boundary. */
async function wartagraphCost(databaseUrl: string, client: pg.Client): Promise<Map<string, StatementCost>> {
  const store = await openStore({ databaseUrl, role: "bench" });
  const yoga = benchYoga(store, servedPagesConfig());
  const costs = new Map<string, StatementCost>();
  try {
    for (const operation of OPERATIONS) {
      const run = async () =>
        (
          await yoga.fetch("http://bench.test/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: operation.wartagraph }),
          })
        ).text();
      await run();
      const captured: { sql: string; args: unknown[] }[] = [];
      const stop = onSqlStatement((query) => captured.push({ sql: query.sql, args: [...query.args] }));
      await run();
      stop();
      costs.set(
        operation.key,
        await costOf(
          client,
          captured.filter((s) => !BOOKKEEPING.test(s.sql)),
        ),
      );
    }
  } finally {
    await yoga.dispose();
    await store.close();
  }
  return costs;
}

/** The statements PostGraphile sends for one request, recorded by bench/postgraphile/capture.cjs. */
async function postgraphileCost(databaseUrl: string, client: pg.Client): Promise<Map<string, StatementCost>> {
  const queries = Object.fromEntries(OPERATIONS.flatMap((o) => (o.postgraphile ? [[o.key, o.postgraphile]] : [])));
  const result = spawnSync(process.execPath, ["bench/postgraphile/capture.cjs", databaseUrl, JSON.stringify(queries)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`PostGraphile capture failed: ${result.stderr}`);
  const captured = JSON.parse(result.stdout) as Record<string, { sql: string; args: unknown[] }[]>;
  const costs = new Map<string, StatementCost>();
  for (const [key, statements] of Object.entries(captured)) {
    costs.set(
      key,
      await costOf(
        client,
        statements.filter((s) => !BOOKKEEPING.test(s.sql)),
      ),
    );
  }
  return costs;
}

interface Row {
  size: number;
  articles: number;
  operation: string;
  server: ServerKind;
  rounds: LoadResult[];
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  errors: number;
  statements: number | null;
  rowsRead: number | null;
  rowsReturned: number | null;
  rssMb: number;
}

/** One store size under load: its statement costs, its servers (started, warmed up) and each round's results. */
interface SizeRun {
  size: number;
  articles: number;
  costs: Record<ServerKind, Map<string, StatementCost>>;
  servers: RunningServer[];
  results: Map<string, LoadResult[]>;
}

/** Captures the statement costs of a size and starts its servers; the caller stops them. */
async function prepareSize(size: number, databaseUrl: string, started: RunningServer[]): Promise<SizeRun> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const articles = Number((await client.query('SELECT count(*) AS n FROM "Article"')).rows[0].n);
  const costs: Record<ServerKind, Map<string, StatementCost>> = {
    wartagraph: await wartagraphCost(databaseUrl, client),
    "wartagraph (cached)": new Map(),
    "wartagraph before": new Map(),
    PostGraphile: await postgraphileCost(databaseUrl, client),
  };
  await client.end();

  const kinds: ServerKind[] = [
    ...(baselineDir ? (["wartagraph before"] as const) : []),
    "wartagraph",
    ...(withCache ? (["wartagraph (cached)"] as const) : []),
    "PostGraphile",
  ];
  const servers: RunningServer[] = [];
  for (const kind of kinds) {
    const server = await startServer(kind, databaseUrl);
    started.push(server);
    servers.push(server);
  }
  for (const server of servers) {
    for (const operation of OPERATIONS) {
      const query = server.kind === "PostGraphile" ? operation.postgraphile : operation.wartagraph;
      if (!query) continue;
      await checkAnswers(server.url, query);
      // warm-up: JIT, pools and PostgreSQL's caches
      load(server.url, query, 1);
    }
  }
  return { size, articles, costs, servers, results: new Map() };
}

/**
 * One round of one operation at one size: each server in turn. A round runs every size of an
 * operation back to back (1k, 10k, then the next operation), so the 10k ÷ 1k ratio compares
 * figures taken minutes apart at most, not a first half of the run against its second half.
 */
function loadRound(run: SizeRun, operation: Operation, round: number): void {
  for (const server of run.servers) {
    const query = server.kind === "PostGraphile" ? operation.postgraphile : operation.wartagraph;
    if (!query) continue;
    const result = load(server.url, query, durationSeconds, server.child.pid);
    server.peakRssMb = Math.max(server.peakRssMb, rssMb(server.child.pid));
    const key = `${operation.key}|${server.kind}`;
    run.results.set(key, [...(run.results.get(key) ?? []), result]);
    console.log(
      `  ${run.size} round ${round + 1} ${operation.title} ${server.kind}: ${result.requestsPerSecond.toFixed(0)} req/s, ` +
        `${result.cpuMsPerRequest.toFixed(2)} ms server CPU per request`,
    );
  }
}

function rowsOf(run: SizeRun): Row[] {
  const rows: Row[] = [];
  for (const operation of OPERATIONS) {
    for (const server of run.servers) {
      const rounds = run.results.get(`${operation.key}|${server.kind}`);
      if (!rounds) continue;
      const cost = run.costs[server.kind].get(operation.key);
      rows.push({
        size: run.size,
        articles: run.articles,
        operation: operation.title,
        server: server.kind,
        rounds,
        requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
        p50: median(rounds.map((r) => r.p50)),
        p99: median(rounds.map((r) => r.p99)),
        cpuMsPerRequest: median(rounds.map((r) => r.cpuMsPerRequest)),
        errors: rounds.reduce((sum, r) => sum + r.errors, 0),
        statements: cost?.statements ?? null,
        rowsRead: cost?.rowsRead ?? null,
        rowsReturned: cost?.rowsReturned ?? null,
        rssMb: Math.round(server.peakRssMb),
      });
    }
  }
  return rows;
}

function markdown(rows: Row[]): string {
  const find = (size: number, operation: string, server: ServerKind) =>
    rows.find((r) => r.size === size && r.operation === operation && r.server === server);
  const lines = [
    `# Read bench: wartagraph and PostGraphile 4.14 on the same PostgreSQL tables`,
    "",
    `${new Date().toISOString()}, ${quick ? "--quick, " : ""}${ROUNDS} interleaved rounds of ${durationSeconds} s, ` +
      `${CONNECTIONS} connections (autocannon), medians of the rounds. Command: \`npm run bench${quick ? " -- --quick" : ""}\`.`,
    fromSource
      ? "wartagraph ran its TypeScript sources through tsx (--from-source)."
      : "wartagraph ran as `npm start` runs it: the JavaScript bundle (scripts/build-server.mjs) of each checkout.",
    "Statements and rows read: one request captured and run again under EXPLAIN ANALYZE (rows the scans touched).",
    "Server CPU: user + system time of the server process (not PostgreSQL's) per request, median of the rounds;",
    "÷ PostGraphile per round: the ratio of requests per second within each round (the servers take turns in a round).",
    "10k ÷ 1k: the ratio of the medians, then of each round (the sizes take turns within a round, every size's servers running).",
    "",
    "| articles | operation | server | req/s | p50 ms | p99 ms | SQL statements | rows read | rows returned | peak RSS MB | ÷ PostGraphile | 10k ÷ 1k | server CPU ms/req | ÷ PostGraphile per round |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  const smallest = Math.min(...rows.map((r) => r.size));
  for (const row of rows) {
    const baseline = find(row.size, row.operation, "PostGraphile");
    const vsPostgraphile =
      baseline && row.server !== "PostGraphile" ? (row.requestsPerSecond / baseline.requestsPerSecond).toFixed(2) : "";
    const small = find(smallest, row.operation, row.server);
    // the median ratio, then each round's (the sizes take turns within a round)
    const growth =
      small && row.size !== smallest
        ? `${(row.requestsPerSecond / small.requestsPerSecond).toFixed(2)} (${row.rounds
            .map((round, index) => {
              const other = small.rounds[index];
              return other ? (round.requestsPerSecond / other.requestsPerSecond).toFixed(2) : "—";
            })
            .join(" / ")})`
        : "";
    const perRound =
      baseline && row.server !== "PostGraphile"
        ? row.rounds
            .map((round, index) => {
              const other = baseline.rounds[index];
              return other ? (round.requestsPerSecond / other.requestsPerSecond).toFixed(2) : "—";
            })
            .join(" / ")
        : "";
    lines.push(
      `| ${row.articles} | ${row.operation} | ${row.server} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ` +
        `${row.statements ?? "—"} | ${row.rowsRead ?? "—"} | ${row.rowsReturned ?? "—"} | ${row.rssMb} | ${vsPostgraphile} | ${growth} | ` +
        `${row.cpuMsPerRequest.toFixed(2)} | ${perRound} |` +
        (row.errors ? ` ${row.errors} errors` : ""),
    );
  }
  return `${lines.join("\n")}\n`;
}

// PostGraphile lives in its own package (graphql 15): installed on first use with the ordinary client
if (!existsSync(new URL("postgraphile/node_modules/postgraphile/package.json", import.meta.url))) {
  const installed = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--prefix", "bench/postgraphile"], {
    stdio: "inherit",
  });
  if (installed.status !== 0) throw new Error("could not install bench/postgraphile (PostGraphile 4.14)");
}
const corpora = await ensureCorpora(sizes, { rebuild: argv.includes("--rebuild") });
// every size's servers run at once and the rounds alternate between sizes (loadRound)
const runs: SizeRun[] = [];
const started: RunningServer[] = [];
try {
  for (const size of sizes) {
    console.log(`\n${size} articles: statement costs, servers, warm-up`);
    runs.push(await prepareSize(size, corpora.get(size) as string, started));
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const operation of OPERATIONS) {
      for (const run of runs) loadRound(run, operation, round);
    }
  }
} finally {
  for (const server of started) await stopServer(server);
}
const rows = runs.flatMap(rowsOf);
const table = markdown(rows);
console.log(`\n${table}`);
writeFileSync(new URL(`results/${outName}.md`, import.meta.url), table);
writeFileSync(
  new URL(`results/${outName}.json`, import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), quick, durationSeconds, rounds: ROUNDS, connections: CONNECTIONS, rows }, null, 2)}\n`,
);
