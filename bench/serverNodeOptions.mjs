/**
 * Server memory on an embedded store under different Node options and malloc settings, one
 * process start each, interleaved rounds: RSS (and PSS, which counts pages shared between a bin
 * and its server child once) when healthy and after 50 institution pages, summed over the
 * server's processes, and CPU to healthy and of the pages. Measures h11-s20-memory.md.
 *
 *   BUNDLE=dist/cli/main.mjs BIN=bin/wartagraph.js STORE=file:<1k PGlite store> \
 *     node bench/serverNodeOptions.mjs <rounds> base pool1 arena2 npmstart npx …
 *
 * The store: 1,000 synthetic articles written by bench/startup.ts's loader (served once first,
 * which seeds it).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

const BUNDLE = process.env.BUNDLE ?? "dist/cli/main.mjs";
const BIN = process.env.BIN ?? "bin/wartagraph.js";
const STORE = process.env.STORE;
if (!STORE) throw new Error("STORE=file:<directory of a loaded PGlite store>");
const PAGES = Number(process.env.PAGES ?? 50);
const VARIANTS = {
  base: { args: [BUNDLE], env: {} },
  arena1: { args: [BUNDLE], env: { MALLOC_ARENA_MAX: "1" } },
  arena2: { args: [BUNDLE], env: { MALLOC_ARENA_MAX: "2" } },
  pool1: { args: ["--v8-pool-size=1", BUNDLE], env: {} },
  pool2: { args: ["--v8-pool-size=2", BUNDLE], env: {} },
  arena2pool2: { args: ["--v8-pool-size=2", BUNDLE], env: { MALLOC_ARENA_MAX: "2" } },
  trim: { args: [BUNDLE], env: { MALLOC_TRIM_THRESHOLD_: "131072", MALLOC_MMAP_THRESHOLD_: "131072" } },
  // the bin as npm start runs it, and as npx wartagraph serve does (no Node options)
  npmstart: { args: ["--v8-pool-size=1", BIN], env: {} },
  npx: { args: [BIN], env: {} },
  pool1arena2: { args: ["--v8-pool-size=1", BUNDLE], env: { MALLOC_ARENA_MAX: "2" } },
};
const PAGE = `query { institution(name: "rutan blora") { name articles(first: 20) { edges { node { title
    people { name positions { title institution { name } } } } } } } }`;
const freePort = () =>
  new Promise((r) => {
    const s = createServer().listen(0, () => {
      const p = s.address().port;
      s.close(() => r(p));
    });
  });
const stat = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
};
const rss = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024);
const pss = (pid) =>
  Math.round(Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))[1]) / 1024);
const children = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
const tree = (pid) => [pid, ...children(pid).flatMap(tree)];
async function run(name) {
  const v = VARIANTS[name];
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...v.args, "serve", "--port", String(port)], {
    env: { ...process.env, ...v.env, DATABASE_URL: STORE, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (chunk) => {
    err += chunk;
  });
  const exited = new Promise((r) => child.once("exit", r));
  try {
    let healthyMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(err);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) {
          healthyMs = performance.now() - t0;
          break;
        }
      } catch {}
      await new Promise((r) => setTimeout(r, 20));
    }
    const pids = tree(child.pid);
    const sum = (f) => pids.reduce((s, p) => s + f(p), 0);
    const out = {
      name,
      healthyMs: Math.round(healthyMs),
      procs: pids.length,
      cpuHealthy: sum(stat),
      rssHealthy: sum(rss),
      rssServerHealthy: rss(pids.at(-1)),
      pssHealthy: sum(pss),
    };
    const c0 = sum(stat);
    for (let i = 0; i < PAGES; i++) {
      const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: PAGE }),
      });
      const t = await r.text();
      if (i === 0 && !t.includes("articles")) throw new Error(t);
    }
    Object.assign(out, {
      cpuPages: sum(stat) - c0,
      rssPages: sum(rss),
      rssServerPages: rss(pids.at(-1)),
      pssPages: sum(pss),
    });
    return out;
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}
const [rounds, ...names] = process.argv.slice(2);
const all = [];
for (let r = 0; r < Number(rounds); r++)
  for (const n of names) {
    const o = await run(n);
    all.push(o);
    console.log(JSON.stringify(o));
  }
console.log("--- medians");
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
for (const n of names) {
  const rs = all.filter((o) => o.name === n);
  const o = { name: n };
  for (const k of Object.keys(rs[0])) if (k !== "name") o[k] = med(rs.map((x) => x[k]));
  console.log(JSON.stringify(o));
}
