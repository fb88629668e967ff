/**
 * Ingest throughput of raw articles (text + url, extraction and entity resolution included) on
 * both stores: one by one (extract, then one transaction per article, as before bulk writes),
 * bulk in this process (extract, then writeArticleDrafts), and `wartagraph ingest file.jsonl`
 * end to end (its own process: start-up, extraction threads, bulk writes). Besides wall-clock
 * rates it gives articles per CPU second of the Node process (PostgreSQL's own CPU not counted),
 * which a busy machine disturbs far less than the wall clock.
 *
 *   npx tsx bench/ingest.ts [--articles 1000] [--one-by-one 200] [--stores pglite,postgres] [--from-source] [--json out.json]
 *
 * The end-to-end run uses the JavaScript bundle that `npm install` builds (scripts/build-server.mjs),
 * built afresh from this checkout into a folder of its own, as an installed copy runs it; with
 * --from-source it runs bin/wartagraph.js on the TypeScript sources instead (through tsx, about a
 * second more of start-up).
 *
 * The articles are the evaluation articles (eval/articles, 90 kinds of story), each variant with
 * its own note and url, so the store grows with new and recurring people, institutions, places.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeArticleDraft, writeArticleDrafts } from "../src/graph/index.ts";
import { parseArticleDraft } from "../src/ingest/draft.ts";
import { extractArticle } from "../src/ingest/extract/index.ts";
import { openStore } from "../src/store/index.ts";
import { createScratchDatabase } from "../test/support/stores.ts";
import { printTable } from "./support.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    "one-by-one": { type: "string", default: "200" },
    stores: { type: "string", default: "pglite,postgres" },
    json: { type: "string" },
    "from-source": { type: "boolean", default: false },
  },
});
const articleCount = Number(values.articles);
const oneByOneCount = Math.min(articleCount, Number(values["one-by-one"]));
const stores = (values.stores ?? "").split(",").filter(Boolean) as ("pglite" | "postgres")[];
const repoRoot = path.resolve(import.meta.dirname, "..");
const evalDir = path.join(repoRoot, "eval/articles");

/** Raw article `index`: an evaluation article with a note of its own (new content) and its own url. */
function rawArticle(index: number): { text: string; url: string } {
  const files = readdirSync(evalDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const file = files[index % files.length] as string;
  const text = readFileSync(path.join(evalDir, file), "utf8");
  return {
    text: `${text.trimEnd()}\n\nCatatan redaksi nomor ${index}.`,
    url: `https://bench.example.test/${file.replace(/\.txt$/, "")}/${index}`,
  };
}

const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

const rate = (count: number, seconds: number) => Number((count / seconds).toFixed(1));

/** The bundle's folder: like dist/cli, two levels below the repository root, so its relative paths hold. */
const bundleDir = path.join(repoRoot, "dist", `bench-ingest-${process.pid}`);
const cliEntry = values["from-source"] ? path.join(repoRoot, "bin/wartagraph.js") : path.join(bundleDir, "main.mjs");

function buildBundle(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "scripts/build-server.mjs"), bundleDir], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`build-server.mjs exited with ${code}`))));
  });
}

/** Runs the CLI under /usr/bin/time, which reports its CPU seconds (all its threads) on the last stderr line. */
function runCliIngest(
  file: string,
  databaseUrl: string,
): Promise<{ code: number | null; stderr: string; cpuSeconds: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "cpu %U %S", process.execPath, cliEntry, "ingest", "--json", file], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const [, user, system] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr) ?? [];
      resolve({ code, stderr, cpuSeconds: Number(user) + Number(system) });
    });
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "wartagraph-ingest-bench-"));
const rows: Record<string, string | number>[] = [];
if (!values["from-source"]) await buildBundle();
try {
  const jsonl = path.join(dir, "articles.jsonl");
  writeFileSync(jsonl, `${Array.from({ length: articleCount }, (_, i) => JSON.stringify(rawArticle(i))).join("\n")}\n`);
  for (const kind of stores) {
    // one by one, in this process: extraction then one transaction per article
    {
      const database = kind === "postgres" ? await createScratchDatabase("wg_ingest_bench") : undefined;
      const url = database?.url ?? `file:${path.join(dir, "one-by-one")}`;
      const store = await openStore({ databaseUrl: url, role: "bench", migrate: "always" });
      try {
        const started = performance.now();
        const cpuStarted = cpuSeconds();
        for (let i = 0; i < oneByOneCount; i++) {
          const { text, url: articleUrl } = rawArticle(i);
          await writeArticleDraft(store.prisma, parseArticleDraft(extractArticle(text, { url: articleUrl })));
        }
        const seconds = (performance.now() - started) / 1000;
        rows.push({
          store: kind,
          way: "one by one (in process)",
          articles: oneByOneCount,
          seconds: Number(seconds.toFixed(1)),
          "articles/s": rate(oneByOneCount, seconds),
          "articles per node CPU s": rate(oneByOneCount, cpuSeconds() - cpuStarted),
        });
      } finally {
        await store.close();
        await database?.drop();
      }
    }
    // bulk, in this process: extraction on this thread, then writeArticleDrafts
    {
      const database = kind === "postgres" ? await createScratchDatabase("wg_ingest_bench") : undefined;
      const url = database?.url ?? `file:${path.join(dir, "bulk-in-process")}`;
      const store = await openStore({ databaseUrl: url, role: "bench", migrate: "always" });
      try {
        const started = performance.now();
        const cpuStarted = cpuSeconds();
        const drafts = Array.from({ length: articleCount }, (_, i) => {
          const { text, url: articleUrl } = rawArticle(i);
          return parseArticleDraft(extractArticle(text, { url: articleUrl }));
        });
        const outcomes = await writeArticleDrafts(store.prisma, drafts);
        if (outcomes.some((o) => !o.ok)) throw new Error("a bulk write failed");
        const seconds = (performance.now() - started) / 1000;
        rows.push({
          store: kind,
          way: "bulk (in process, writeArticleDrafts)",
          articles: articleCount,
          seconds: Number(seconds.toFixed(1)),
          "articles/s": rate(articleCount, seconds),
          "articles per node CPU s": rate(articleCount, cpuSeconds() - cpuStarted),
        });
      } finally {
        await store.close();
        await database?.drop();
      }
    }
    // `wartagraph ingest articles.jsonl`, its own process: start, extraction threads, bulk writes
    {
      const database = kind === "postgres" ? await createScratchDatabase("wg_ingest_bench") : undefined;
      const url = database?.url ?? `file:${path.join(dir, "bulk")}`;
      // migrated (and for PGlite created) beforehand: the run measures ingest, not the first migration
      await (await openStore({ databaseUrl: url, role: "bench", migrate: "always" })).close();
      try {
        const started = performance.now();
        const run = await runCliIngest(jsonl, url);
        const seconds = (performance.now() - started) / 1000;
        if (run.code !== 0) throw new Error(`wartagraph ingest exited with ${run.code}: ${run.stderr.slice(-2000)}`);
        const check = await openStore({ databaseUrl: url, role: "bench" });
        const stored = await check.prisma.article.count();
        await check.close();
        if (stored !== articleCount) throw new Error(`${stored} articles stored of ${articleCount}`);
        rows.push({
          store: kind,
          way: `wartagraph ingest file.jsonl (end to end, ${values["from-source"] ? "sources" : "bundle"})`,
          articles: articleCount,
          seconds: Number(seconds.toFixed(1)),
          "articles/s": rate(articleCount, seconds),
          "articles per node CPU s": rate(articleCount, run.cpuSeconds),
        });
      } finally {
        await database?.drop();
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
}
printTable(`Ingest of raw articles (extraction and entity resolution included), ${articleCount} articles`, rows);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ articles: articleCount, rows }, null, 2)}\n`);
