/**
 * Events on one instance on PostgreSQL: N concurrent SSE subscribers of articleAdded, the time
 * from an article's commit (written by another process, as the CLI or a second server would) to
 * its arrival at each subscriber, and the store's transactions per second while everyone idles
 * (pg_stat_database.xact_commit of the scratch database, the bench's own two reads subtracted).
 * Run: `npx tsx bench/events.ts [subscribers=1000] [ingests=30]` (TEST_POSTGRES_URL names the
 * PostgreSQL server, default postgresql://postgres@127.0.0.1:5432/postgres). With
 * BENCH_SERVER_CPU_PROF=<dir> the server writes a V8 CPU profile there when it exits.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import pg from "pg";
import { writeArticleDraft } from "../src/graph/index.ts";
import { parseArticleDraft } from "../src/ingest/draft.ts";
import { openStore } from "../src/store/index.ts";
import { syntheticDraft } from "../test/support/drafts.ts";
import { printTable } from "./support.ts";

const subscriberCount = Number(process.argv[2] ?? 1000);
const ingestCount = Number(process.argv[3] ?? 30);
const IDLE_SECONDS = 30;
const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
/** BENCH_SERVER_ROOT=<dir>: serve from another checkout (an earlier commit, to compare) */
const serverRoot = process.env.BENCH_SERVER_ROOT ?? new URL("..", import.meta.url).pathname;
const cli = `${serverRoot.replace(/\/$/, "")}/src/cli/main.ts`;
const profileDir = process.env.BENCH_SERVER_CPU_PROF;
/** `article`: every subscriber selects the article's title and url too, not only the cursor */
const selection = process.env.BENCH_EVENTS_SELECTION === "article" ? "cursor article { title url }" : "cursor";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** CPU time (user + system) a process has used so far, in ms, from /proc; undefined elsewhere. */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const profiling = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const serve = [...profiling, "--import", "tsx", cli, "serve", "--port", String(port), "--no-seed"];
  const child = spawn(process.execPath, serve, {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
      WARTAGRAPH_MAX_SUBSCRIPTIONS: String(subscriberCount + 10),
      WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "0",
      REDIS_URL: "",
      NATS_URL: "",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const started = performance.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok)
        return { url: `http://127.0.0.1:${port}/graphql`, child };
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error("the server did not start in 2 minutes");
    await sleep(100);
  }
}

/** One SSE subscriber on a connection of its own: records when each article (the n-th event) arrives. */
function subscribe(url: string, arrivals: Map<number, number[]>, opened: () => void) {
  let count = 0;
  let buffer = "";
  const body = JSON.stringify({ query: `subscription { articleAdded { ${selection} } }` });
  const req = request(url, {
    method: "POST",
    agent: false,
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      "content-length": Buffer.byteLength(body),
    },
  });
  req.on("response", (response) => {
    opened();
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => {
      const now = performance.now();
      buffer += chunk;
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.includes('"articleAdded"')) continue;
        count++;
        const list = arrivals.get(count) ?? [];
        list.push(now);
        arrivals.set(count, list);
      }
    });
  });
  req.on("error", () => {});
  req.end(body);
  return { close: () => req.destroy() };
}

const name = `wg_bench_events_${randomBytes(4).toString("hex")}`;
await withAdmin(async (client) => {
  await client.query(`CREATE DATABASE "${name}"`);
  // BENCH_EVENTS_LOG_STATEMENTS=1: PostgreSQL logs every statement on this database (to see what runs while idle)
  if (process.env.BENCH_EVENTS_LOG_STATEMENTS === "1")
    await client.query(`ALTER DATABASE "${name}" SET log_statement = 'all'`);
});
console.error(`bench database ${name}`);
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
const writer = await openStore({ databaseUrl, role: "bench", migrate: "always", poolSize: 2 });
const { url, child } = await startServer(databaseUrl);
const subscribers: ReturnType<typeof subscribe>[] = [];
try {
  const arrivals = new Map<number, number[]>();
  let open = 0;
  const openedAt = performance.now();
  for (let i = 0; i < subscriberCount; i++) subscribers.push(subscribe(url, arrivals, () => open++));
  while (open < subscriberCount) {
    if (performance.now() - openedAt > 120_000) throw new Error(`only ${open} subscribers opened`);
    await sleep(50);
  }
  const openMs = performance.now() - openedAt;
  // every subscriber takes its starting position as its stream starts
  await sleep(2000);

  // the fresh database's tables and catalogs (written by the migrations) are vacuumed and analysed
  // now: otherwise autovacuum may do it inside the idle window, one transaction per table, which
  // is PostgreSQL's work, not the server's (it made this figure jump between 0.4 and 2.3)
  // (each on a connection of its own that ends at once: a session reports its transactions when
  // it ends, an idle one up to 10 s later, which would count them inside the window)
  const onBenchDatabase = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  await onBenchDatabase((client) => client.query("VACUUM ANALYZE"));
  const autovacuumRuns = () =>
    onBenchDatabase(async (client) =>
      Number(
        (
          await client.query(
            "SELECT COALESCE(sum(autovacuum_count + autoanalyze_count), 0) AS runs FROM pg_stat_all_tables",
          )
        ).rows[0].runs,
      ),
    );
  const runsBefore = await autovacuumRuns();
  const commits = await withAdmin(async (client) => {
    const read = async () =>
      Number(
        (await client.query("SELECT xact_commit FROM pg_stat_database WHERE datname = $1", [name])).rows[0].xact_commit,
      );
    // a busy session reports its transactions at most once a second and an idle one up to 10 s
    // later: wait until what the subscribers' opening did is reported, or it lands in the window
    await sleep(11_000);
    const before = await read();
    console.error(`idle window from ${new Date().toISOString()}`);
    await sleep(IDLE_SECONDS * 1000);
    const after = await read();
    return after - before - 1;
  });
  const idleQueriesPerSecond = commits / IDLE_SECONDS;
  const autovacuumInWindow = (await autovacuumRuns()) - runsBefore;

  const cpuBefore = cpuMsOf(child.pid);
  const latencies: number[] = [];
  const firstArrivals: number[] = [];
  const lastArrivals: number[] = [];
  for (let index = 1; index <= ingestCount; index++) {
    await writeArticleDraft(writer.prisma, parseArticleDraft(syntheticDraft(index)));
    const committed = performance.now();
    const deadline = committed + 10_000;
    while ((arrivals.get(index)?.length ?? 0) < subscriberCount && performance.now() < deadline) await sleep(5);
    const times = arrivals.get(index) ?? [];
    if (times.length < subscriberCount)
      console.error(`article ${index}: ${times.length} of ${subscriberCount} subscribers received it in 10 s`);
    for (const time of times) latencies.push(time - committed);
    firstArrivals.push(Math.min(...times) - committed);
    lastArrivals.push(Math.max(...times) - committed);
    await sleep(200);
  }
  const cpuAfter = cpuMsOf(child.pid);
  const cpuPerIngest =
    cpuBefore === undefined || cpuAfter === undefined ? "—" : ((cpuAfter - cpuBefore) / ingestCount).toFixed(0);

  printTable(
    `Events: ${subscriberCount} SSE subscribers of { ${selection} } on one instance (PostgreSQL), ${ingestCount} ingests`,
    [
      { measure: "subscribers open (ms)", value: Math.round(openMs) },
      { measure: "commit → delivery p50 (ms)", value: percentile(latencies, 50).toFixed(1) },
      { measure: "commit → delivery p99 (ms)", value: percentile(latencies, 99).toFixed(1) },
      {
        measure: "commit → first subscriber, median over ingests (ms)",
        value: percentile(firstArrivals, 50).toFixed(1),
      },
      { measure: "commit → last subscriber, median over ingests (ms)", value: percentile(lastArrivals, 50).toFixed(1) },
      { measure: "deliveries measured", value: latencies.length },
      { measure: "server CPU per ingest, all subscribers (ms)", value: cpuPerIngest },
      { measure: `store transactions/s while idle (${IDLE_SECONDS} s)`, value: idleQueriesPerSecond.toFixed(2) },
      { measure: "autovacuum/autoanalyze runs in that window (included above)", value: autovacuumInWindow },
    ],
  );
} finally {
  for (const subscriber of subscribers) subscriber.close();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  await writer.close();
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
