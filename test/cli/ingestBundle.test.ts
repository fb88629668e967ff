import { execFile, spawn } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
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
