/**
 * Start-up of `wartagraph serve` (what `npm start` runs) until /health answers: on an empty
 * embedded store (migrations and the seed), on the same store again (loaded), and on a store
 * holding many articles. Run: `npx tsx bench/startup.ts [articles]`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeArticleDraft } from "../src/graph/index.ts";
import { parseArticleDraft } from "../src/ingest/draft.ts";
import { openStore } from "../src/store/index.ts";
import { syntheticDraft } from "../test/support/drafts.ts";
import { printTable } from "./support.ts";

const articleCount = Number(process.argv[2] ?? 300);
const cli = new URL("../src/cli/main.ts", import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", cli, "serve", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: `file:${dataDir}`, LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  try {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 120_000) throw new Error("the server did not start in 2 minutes");
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "wartagraph-startup-"));
const dataDir = path.join(dir, "store");
try {
  const empty = await timeStart(dataDir);
  const seeded = await timeStart(dataDir);
  const store = await openStore({ databaseUrl: `file:${dataDir}`, role: "bench" });
  for (let i = 0; i < articleCount; i++) await writeArticleDraft(store.prisma, parseArticleDraft(syntheticDraft(i)));
  await store.close();
  const loaded = await timeStart(dataDir);
  printTable("Start-up of wartagraph serve until /health answers (embedded store in a directory)", [
    { store: "empty (migrate + load seed)", "start-up ms": Math.round(empty) },
    { store: "seed only (reopen)", "start-up ms": Math.round(seeded) },
    { store: `${articleCount + 1} articles (reopen)`, "start-up ms": Math.round(loaded) },
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
