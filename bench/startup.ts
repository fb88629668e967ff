/**
 * Start-up of `wartagraph serve` until /health answers, and the server's memory, on a loaded
 * store: the JavaScript bundle `npm start` runs (dist/cli/main.mjs, rebuilt first) against the
 * TypeScript sources through tsx (how `npm start` ran before), interleaved, median of the rounds.
 * RSS is read from /proc when healthy and after a run of institution pages; so is the CPU the
 * server used until healthy (less sensitive to other load than wall time), and the time from the
 * start to the answer of the first page (which waits for what start-up leaves until after /health).
 * A third way runs bin/wartagraph.js as a program, as `npx wartagraph serve` does: its #! line gives
 * Node the options `npm start` gives (RSS and CPU are summed over a server's processes, in case a
 * bin ever starts the server as a child), from a copy laid out as an installed package (installedBin).
 *
 *   npx tsx bench/startup.ts [--articles 1000 | 1000] [--rounds 3] [--stores pglite,postgres] [--json out.json]
 *     [--baseline <checkout>] [--skip-tsx]
 *
 * --baseline adds the bundle of another checkout (an earlier commit, its node_modules and
 * src/generated in place), built there by its own scripts/build-server.mjs, to the same rounds:
 * before and after side by side on the same store and machine load. --skip-tsx leaves the
 * sources through tsx out (they take seconds a round).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeArticleDrafts } from "../src/graph/index.ts";
import { parseArticleDraft } from "../src/ingest/draft.ts";
import { openStore } from "../src/store/index.ts";
import { syntheticDraft } from "../test/support/drafts.ts";
import { createScratchDatabase } from "../test/support/stores.ts";
import { healthAnswers, median, printTable, serverNodeOptions } from "./support.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true, // `bench/startup.ts 300`: the article count, as bench/run.ts passes it
  options: {
    articles: { type: "string", default: "1000" },
    rounds: { type: "string", default: "3" },
    stores: { type: "string", default: "pglite,postgres" },
    json: { type: "string" },
    baseline: { type: "string" },
    "skip-tsx": { type: "boolean", default: false },
  },
});
const articleCount = Number(positionals[0] ?? values.articles);
const rounds = Number(values.rounds);
const stores = (values.stores ?? "").split(",").filter(Boolean);
const repoRoot = path.resolve(import.meta.dirname, "..");

// the bundle itself: bin/wartagraph.js (npm start) runs it too, once it has checked that no source
// is newer (a few ms), and in a checkout being edited meanwhile that check would send it to tsx
const BUNDLE_WAY = "bundle (dist/cli/main.mjs, as npm start)";
const NPX_WAY = "bin/wartagraph.js run as a program (npx wartagraph serve)";

/**
 * bin/wartagraph.js as an installed copy has it: beside the bundle, with no sources newer than it.
 * Run in this checkout, the bin would take the TypeScript sources whenever anyone edited one
 * during the bench; here a copy sits in a folder whose dist/cli, node_modules and prisma are this
 * checkout's and whose src is empty.
 */
function installedBin(): string {
  const root = mkdtempSync(path.join(tmpdir(), "wartagraph-installed-"));
  mkdirSync(path.join(root, "bin"));
  mkdirSync(path.join(root, "src"));
  mkdirSync(path.join(root, "dist"));
  copyFileSync(path.join(repoRoot, "bin/wartagraph.js"), path.join(root, "bin/wartagraph.js"));
  for (const shared of ["dist/cli", "node_modules", "prisma", "package.json"]) {
    symlinkSync(path.join(repoRoot, shared), path.join(root, shared));
  }
  return path.join(root, "bin/wartagraph.js");
}
const baselineDir = values.baseline ? path.resolve(values.baseline) : undefined;
// each with the Node options its checkout's `npm start` gives the server
const WAYS: Record<string, string[]> = {
  ...(baselineDir
    ? {
        [`bundle of ${baselineDir} (before)`]: [
          ...serverNodeOptions(baselineDir),
          path.join(baselineDir, "dist/cli/main.mjs"),
        ],
      }
    : {}),
  [BUNDLE_WAY]: [...serverNodeOptions(repoRoot), path.join(repoRoot, "dist/cli/main.mjs")],
  // `npx wartagraph serve` executes the bin file itself (its #! line starts Node); it runs the
  // bundle just built while no source is newer
  [NPX_WAY]: [installedBin()],
  ...(values["skip-tsx"]
    ? {}
    : {
        "sources through tsx": [
          ...serverNodeOptions(repoRoot),
          "--import",
          "tsx",
          path.join(repoRoot, "src/cli/main.ts"),
        ],
      }),
};

const INSTITUTION_PAGE = /* GraphQL */ `
  query { institution(name: "rutan blora") { name articles(first: 20) { edges { node { title
    people { name positions { title institution { name } } } } } } } }`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** CPU the process used so far (user and system, every thread), in ms: less sensitive to other load than wall time. */
/** The process and its descendants (a bin that starts the server as its child counts with it). */
const processTree = (pid: number): number[] => {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // gone
  }
  return [pid, ...children.flatMap(processTree)];
};

const cpuMs = (pid: number) =>
  processTree(pid).reduce((sum, each) => {
    const fields = readFileSync(`/proc/${each}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return sum + (Number(fields[11]) + Number(fields[12])) * 10; // utime and stime, in ticks of 10 ms
  }, 0);

const rssMb = (pid: number) =>
  processTree(pid).reduce((sum, each) => {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${each}/status`, "utf8"))?.[1];
    return sum + Math.round(Number(kb) / 1024);
  }, 0);

async function timeStart(args: readonly string[], databaseUrl: string) {
  const port = await freePort();
  const started = performance.now();
  // the bin way is executed as a file, the others through this Node
  const [command, ...commandArgs] =
    args.length === 1 && args[0]?.endsWith("bin/wartagraph.js") ? args : [process.execPath, ...args];
  const child: ChildProcess = spawn(command as string, [...commandArgs, "serve", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let exitCode: number | null | undefined;
  void exited.then(() => {
    exitCode = child.exitCode;
  });
  try {
    let startupMs = 0;
    for (;;) {
      if (exitCode !== undefined) throw new Error(`${args.join(" ")} exited (${exitCode}) before serving:\n${stderr}`);
      // not listening yet, or starting, or hung: each probe ends within its own timeout
      if (await healthAnswers(`http://127.0.0.1:${port}/health`)) {
        startupMs = performance.now() - started;
        break;
      }
      if (performance.now() - started > 120_000) throw new Error("the server did not start in 2 minutes");
      await new Promise((r) => setTimeout(r, 20));
    }
    const healthyRss = rssMb(child.pid as number);
    const healthyCpuMs = cpuMs(child.pid as number);
    let firstPageMs = 0;
    for (let i = 0; i < 50; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: INSTITUTION_PAGE }),
      });
      await response.text();
      // the first page waits for whatever start-up left until after /health (Prisma's engine)
      if (i === 0) firstPageMs = performance.now() - started;
    }
    return { startupMs, healthyCpuMs, firstPageMs, healthyRss, servingRss: rssMb(child.pid as number) };
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

/** Fills the store with the seed's synthetic articles, in bulk. */
async function load(databaseUrl: string) {
  const store = await openStore({ databaseUrl, role: "bench", migrate: "always" });
  try {
    const drafts = Array.from({ length: articleCount }, (_, i) => parseArticleDraft(syntheticDraft(i)));
    await writeArticleDrafts(store.prisma, drafts);
  } finally {
    await store.close();
  }
}

execFileSync(process.execPath, [path.join(repoRoot, "scripts/build-server.mjs")], { stdio: "inherit" });
if (baselineDir) {
  execFileSync(process.execPath, [path.join(baselineDir, "scripts/build-server.mjs")], { stdio: "inherit" });
}
const dir = mkdtempSync(path.join(tmpdir(), "wartagraph-startup-"));
const rows: Record<string, string | number>[] = [];
try {
  for (const kind of stores) {
    const database = kind === "postgres" ? await createScratchDatabase("wg_startup_bench") : undefined;
    const databaseUrl = database?.url ?? `file:${path.join(dir, "store")}`;
    try {
      await load(databaseUrl);
      const samples = new Map<string, Awaited<ReturnType<typeof timeStart>>[]>();
      await timeStart(WAYS[BUNDLE_WAY] as string[], databaseUrl); // seeds; warms the disk cache
      for (let round = 0; round < rounds; round++) {
        for (const [way, args] of Object.entries(WAYS)) {
          samples.set(way, [...(samples.get(way) ?? []), await timeStart(args, databaseUrl)]);
        }
      }
      for (const [way, runs] of samples) {
        rows.push({
          store: `${kind}, ${articleCount + 1} articles`,
          way,
          "start-up to healthy ms (median)": Math.round(median(runs.map((r) => r.startupMs))),
          "CPU to healthy ms": median(runs.map((r) => r.healthyCpuMs)),
          "start to first page ms": Math.round(median(runs.map((r) => r.firstPageMs))),
          "RSS healthy MB": median(runs.map((r) => r.healthyRss)),
          "RSS after 50 institution pages MB": median(runs.map((r) => r.servingRss)),
        });
      }
    } finally {
      await database?.drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.dirname(path.dirname(WAYS[NPX_WAY]?.[0] ?? dir)), { recursive: true, force: true });
}
printTable(`Start-up of wartagraph serve until /health answers, and its memory (${rounds} rounds)`, rows);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ articles: articleCount, rows }, null, 2)}\n`);
