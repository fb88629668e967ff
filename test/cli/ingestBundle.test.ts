import { execFile, spawn } from "node:child_process";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  inspectStore,
  makeTempDir,
  migratedStoreTemplate,
  REPO_ROOT,
  SEED_TEXT_FILE,
  startServer,
} from "./cliHarness.ts";

const run = promisify(execFile);

/**
 * The JavaScript bundle `npm start` runs (scripts/build-server.mjs), built into a folder of its
 * own two levels below the repository root as dist/cli is, and driven like a user would: raw
 * articles in a JSONL, read in the extraction threads (the worker is bundled beside main.mjs)
 * and written in bulk. A bundle that cannot find its worker, migrations or seed fails here.
 */
describe("the bundled CLI", () => {
  let template: Awaited<ReturnType<typeof migratedStoreTemplate>>;
  let outDir: string;
  beforeAll(async () => {
    template = await migratedStoreTemplate();
    outDir = path.join(REPO_ROOT, "dist", `bundle-test-${process.pid}`);
    await run(process.execPath, [path.join(REPO_ROOT, "scripts/build-server.mjs"), outDir]);
  }, 120_000);
  afterAll(async () => {
    await template?.remove();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("ingests a JSONL of raw articles, one line of it unreadable, and reports it", async () => {
    const inputs = await makeTempDir("bundle");
    const seed = await readFile(SEED_TEXT_FILE, "utf8");
    const file = path.join(inputs, "raw.jsonl");
    const lines = Array.from({ length: 6 }, (_, i) =>
      JSON.stringify({ text: `${seed}\n\nCatatan redaksi nomor ${i}.`, url: `https://bundle.example.test/${i}` }),
    );
    lines.splice(3, 0, JSON.stringify({ text: "   " }));
    await writeFile(file, `${lines.join("\n")}\n`);
    const databaseUrl = `file:${await template.copy()}`;

    const child = spawn(process.execPath, [path.join(outDir, "main.mjs"), "ingest", "--json", file], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code, stderr).toBe(1);
    expect(stderr).toContain(`${file}:4:`);
    expect(JSON.parse(stdout).total).toEqual({ created: 6, updated: 0, failed: 1 });
    const stored = await inspectStore(databaseUrl, async (store) => ({
      articles: await store.prisma.article.count(),
      feed: await store.prisma.articleEvent.count(),
      // every article was extracted: each names people
      withPeople: (await store.prisma.personMention.findMany({ distinct: ["articleId"], select: { articleId: true } }))
        .length,
    }));
    expect(stored).toEqual({ articles: 6, feed: 6, withPeople: 6 });
    await rm(inputs, { recursive: true, force: true });
  }, 180_000);

  it("starts its extraction thread without tsx: the task is bundled into the worker", async () => {
    // the bundled worker alone, two levels below a folder that holds the seed article it reads at
    // start and no node_modules: importing tsx (whose register() starts a loader thread of its
    // own, 0.3 CPU s of every ingest) would fail here
    const isolated = await makeTempDir("worker");
    try {
      const workerFile = path.join(isolated, "dist", "bundle", "extractionWorker.mjs");
      await mkdir(path.dirname(workerFile), { recursive: true });
      await copyFile(path.join(outDir, "extractionWorker.mjs"), workerFile);
      const seedDraft = path.join("prisma", "seed", "seed-article.draft.json");
      await mkdir(path.join(isolated, path.dirname(seedDraft)), { recursive: true });
      await copyFile(path.join(REPO_ROOT, seedDraft), path.join(isolated, seedDraft));
      const starter = path.join(isolated, "startWorker.mjs");
      await writeFile(
        starter,
        `import { Worker } from "node:worker_threads";
        const worker = new Worker(process.argv[2]);
        worker.on("error", (error) => { console.error(error.message); process.exit(3); });
        worker.on("exit", (code) => process.exit(code));`,
      );
      // the working directory is the checkout's: the gazetteer finds its data files from there
      const started = await run(process.execPath, [starter, workerFile], { cwd: REPO_ROOT }).then(
        () => "started",
        (error: { stderr?: string }) => `failed: ${error.stderr}`,
      );
      expect(started).toBe("started");
    } finally {
      await rm(isolated, { recursive: true, force: true });
    }
  }, 60_000);

  it("serves GraphiQL's page, which the bundle loads from the installed package only when asked", async () => {
    const server = await startServer(`file:${await template.copy()}`, path.join(outDir, "main.mjs"));
    try {
      const response = await fetch(server.url, { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain("<title>wartagraph</title>");
      // the script inlined from the package, not a link to a CDN
      expect(page).toContain("monaco-action-bar");
      expect(page).not.toContain("unpkg.com");
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 60_000);
});
