import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../src/ingest/extract/index.ts";
import { createPostgresDatabase, inspectStore, makeTempDir, runCli, SEED_DRAFT_FILE } from "./cliHarness.ts";

let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
let inputs: string;
let seedDraft: { extractorVersion: string; article: { title: string; url?: string } };

beforeAll(async () => {
  database = await createPostgresDatabase();
  inputs = await makeTempDir("pg-inputs");
  seedDraft = JSON.parse(await readFile(SEED_DRAFT_FILE, "utf8"));
});

afterAll(async () => {
  if (inputs) await rm(inputs, { recursive: true, force: true });
  await database?.drop();
});

/** Another article from the seed draft: a word added to the title makes other content and keeps the title spans valid. */
function variantOf(url: string, extractorVersion = seedDraft.extractorVersion) {
  return {
    ...seedDraft,
    extractorVersion,
    article: { ...seedDraft.article, title: `${seedDraft.article.title} ${new URL(url).pathname.slice(1)}`, url },
  };
}

// One database for the file: the tests run in order and each builds on what the previous wrote.
describe("wartagraph on PostgreSQL", () => {
  it("migrate applies the migrations once", async () => {
    const first = await runCli(["migrate"], { databaseUrl: database.url });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.trim().split("\n").length).toBeGreaterThan(0);
    expect(first.stdout).toMatch(/^\d{14}_\w+$/m);

    const again = await runCli(["migrate"], { databaseUrl: database.url });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe("");
    expect(again.stderr).toContain("no migration was pending");
  });

  it("ingests a JSONL of drafts twice: the second run only updates", async () => {
    const file = path.join(inputs, "drafts.jsonl");
    await writeFile(file, `${JSON.stringify(seedDraft)}\n`);
    const first = await runCli(["ingest", file], { databaseUrl: database.url });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("total: 1 created, 0 updated, 0 failed");
    const second = await runCli(["ingest", file], { databaseUrl: database.url });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("total: 0 created, 1 updated, 0 failed");
    expect(await inspectStore(database.url, (store) => store.prisma.article.count())).toBe(1);
  });

  it("rolls back a failing line only", async () => {
    const file = path.join(inputs, "mixed.jsonl");
    const unknownKey = {
      ...variantOf("https://example.org/bad"),
      quotes: [{ text: "x", speaker: "nobody", provenance: { start: 0, end: 1 } }],
    };
    await writeFile(file, `${JSON.stringify(variantOf("https://example.org/good"))}\n${JSON.stringify(unknownKey)}\n`);
    const run = await runCli(["ingest", file], { databaseUrl: database.url });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:2: invalid article draft: quotes.0.speaker: unknown person key "nobody"`);
    const urls = await inspectStore(database.url, (store) =>
      store.prisma.article.findMany({ where: { url: { not: null } }, select: { url: true } }),
    );
    expect(urls).toEqual([{ url: "https://example.org/good" }]);
  });

  it("reextract re-reads articles an older extractor wrote, and skips curated ones", async () => {
    const file = path.join(inputs, "old.jsonl");
    await writeFile(file, `${JSON.stringify(variantOf("https://example.org/old", "rules-0"))}\n`);
    expect((await runCli(["ingest", file], { databaseUrl: database.url })).code).toBe(0);

    const run = await runCli(["reextract", "--json"], { databaseUrl: database.url });
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    // the seed and the "good" variant are curated; only the rules-0 article is read again
    expect(summary).toMatchObject({
      extractorVersion: EXTRACTOR_VERSION,
      total: 1,
      reextracted: 1,
      skippedCurated: 2,
      failures: [],
    });

    const article = await inspectStore(database.url, (store) =>
      store.prisma.article.findUniqueOrThrow({
        where: { url: "https://example.org/old" },
        select: { extractorVersion: true, authors: { select: { author: { select: { name: true } } } } },
      }),
    );
    expect(article.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(article.authors.map((a) => a.author.name)).toEqual(["Sri Setyo Lestari"]);

    const again = await runCli(["reextract", "--json"], { databaseUrl: database.url });
    expect(JSON.parse(again.stdout)).toMatchObject({ total: 0, reextracted: 0 });
  });

  it("apikey create prints a key once, refuses an unknown scope; revoke <id> revokes it", async () => {
    const created = await runCli(["apikey", "create", "pg-bot", "--scope", "ingest"], { databaseUrl: database.url });
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout.trim()).toMatch(/^wg_\S{20,}$/);
    const badScope = await runCli(["apikey", "create", "pg-bot-2", "--scope", "everything"], {
      databaseUrl: database.url,
    });
    expect(badScope.code).toBe(2);
    const listed = await runCli(["apikey", "list", "--json"], { databaseUrl: database.url });
    const [key] = JSON.parse(listed.stdout) as { id: string }[];
    const revoked = await runCli(["apikey", "revoke", key?.id ?? "none"], { databaseUrl: database.url });
    expect(revoked.code, revoked.stderr).toBe(0);
    const keys = await inspectStore(database.url, (store) =>
      store.prisma.apiKey.findMany({ select: { revokedAt: true } }),
    );
    expect(keys).toHaveLength(1);
    expect(keys[0]?.revokedAt).toBeInstanceOf(Date);
  });
});
