import { copyFile, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../src/ingest/extract/index.ts";
import { inspectStore, runCli, SEED_TEXT_FILE, useSeedInputs } from "./cliHarness.ts";

const seed = useSeedInputs("inputs");

async function freshStore(): Promise<string> {
  return `file:${await seed.template.copy()}`;
}

/** Another article from the seed draft: a word added to the title makes other content and keeps the title spans valid. */
function variantOf(draft: { article: { title: string } }, url: string) {
  return {
    ...draft,
    article: { ...draft.article, title: `${draft.article.title} ${new URL(url).pathname.slice(1)}`, url },
  };
}

const articleCount = (databaseUrl: string) => inspectStore(databaseUrl, (store) => store.prisma.article.count());

describe("wartagraph ingest on an embedded store", () => {
  it("ingests a JSONL of drafts, and the same file again only updates", async () => {
    const databaseUrl = await freshStore();
    const file = path.join(seed.inputs, "drafts.jsonl");
    await writeFile(file, `${seed.seedDraftLine}\n\n`);

    const first = await runCli(["ingest", file], { databaseUrl });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`${file}: 1 created, 0 updated, 0 failed`);

    const second = await runCli(["ingest", file], { databaseUrl });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("total: 0 created, 1 updated, 0 failed");
    expect(await articleCount(databaseUrl)).toBe(1);
  });

  it("writes the good lines of a JSONL, names the bad line, and exits 1", async () => {
    const databaseUrl = await freshStore();
    const file = path.join(seed.inputs, "mixed.jsonl");
    const draft = JSON.parse(seed.seedDraftLine);
    const other = variantOf(draft, "https://example.org/2");
    const broken = { ...draft, article: { ...draft.article, url: "https://example.org/broken", title: "" } };
    await writeFile(
      file,
      [JSON.stringify(draft), JSON.stringify(broken), "{not json", JSON.stringify(other)].join("\n"),
    );

    const run = await runCli(["ingest", "--json", file], { databaseUrl });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:2: invalid article draft: article.title: must not be blank`);
    expect(run.stderr).toMatch(new RegExp(`${file}:3: not valid JSON`));
    expect(JSON.parse(run.stdout).total).toEqual({ created: 2, updated: 0, failed: 2 });

    const urls = await inspectStore(databaseUrl, (store) =>
      store.prisma.article.findMany({ select: { url: true }, orderBy: { url: "asc" } }),
    );
    expect(urls.map((a) => a.url)).toEqual(["https://example.org/2", null]);
  });

  it("writes a long JSONL in rounds, every line once, naming a bad line in a later round, and counts the graph", async () => {
    const databaseUrl = await freshStore();
    const file = path.join(seed.inputs, "long.jsonl");
    const draft = JSON.parse(seed.seedDraftLine);
    const lines = Array.from({ length: 90 }, (_, i) =>
      JSON.stringify(variantOf(draft, `https://example.org/long-${i}`)),
    );
    lines[70] = "{not json";
    await writeFile(file, lines.join("\n"));

    const run = await runCli(["ingest", "--json", file], { databaseUrl });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${file}:71: not valid JSON`));
    expect(JSON.parse(run.stdout).total).toEqual({ created: 89, updated: 0, failed: 1 });
    const stored = await inspectStore(databaseUrl, async (store) => ({
      urls: (await store.prisma.article.findMany({ select: { url: true } })).map((a) => a.url).sort(),
      // the counts followed the articles before the command returned: every article is in the ledger
      counted: await store.prisma.coMentionLedger.count(),
    }));
    const expected = lines.flatMap((_, i) => (i === 70 ? [] : [`https://example.org/long-${i}`])).sort();
    expect(stored.urls).toEqual(expected);
    expect(stored.counted).toBe(89);
  });

  it("reads a plain-text file through the extractor", async () => {
    const databaseUrl = await freshStore();
    const dir = await mkdtemp(path.join(seed.inputs, "txt-"));
    const file = path.join(dir, "seed-article.txt");
    await copyFile(SEED_TEXT_FILE, file);

    const run = await runCli(["ingest", file], { databaseUrl });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${file}: 1 created, 0 updated, 0 failed`);
    const articles = await inspectStore(databaseUrl, (store) =>
      store.prisma.article.findMany({ select: { title: true, extractorVersion: true } }),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toMatch(/^Kepala UPT Pemasyarakatan/);
    expect(articles[0]?.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it("reads stdin: JSONL of raw articles when it starts with {, plain text otherwise", async () => {
    const databaseUrl = await freshStore();
    const jsonl = `${JSON.stringify({ text: seed.seedText, url: "https://demak.example.org/blora", source: "WARTAWAN" })}\n`;
    const asJsonl = await runCli(["ingest", "-"], { databaseUrl, input: jsonl });
    expect(asJsonl.code, asJsonl.stderr).toBe(0);
    expect(asJsonl.stdout).toContain("<stdin>: 1 created");

    // the same text without a url is the same content: updated, not added
    const asText = await runCli(["ingest", "-"], { databaseUrl, input: seed.seedText });
    expect(asText.code, asText.stderr).toBe(0);
    expect(asText.stdout).toContain("<stdin>: 0 created, 1 updated");
    expect(await articleCount(databaseUrl)).toBe(1);
  });

  it("reads a directory recursively, .txt .jsonl and .json, and skips other files", async () => {
    const databaseUrl = await freshStore();
    const dir = await mkdtemp(path.join(seed.inputs, "dir-"));
    await mkdir(path.join(dir, "nested"));
    await copyFile(SEED_TEXT_FILE, path.join(dir, "nested", "seed.txt"));
    const draft = JSON.parse(seed.seedDraftLine);
    await writeFile(path.join(dir, "one.json"), JSON.stringify(variantOf(draft, "https://example.org/json")));
    await writeFile(path.join(dir, "notes.md"), "# not an article");

    const run = await runCli(["ingest", dir], { databaseUrl });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${path.join(dir, "nested", "seed.txt")}: 1 created`);
    expect(run.stdout).toContain(`${path.join(dir, "one.json")}: 1 created`);
    expect(run.stdout).toContain("total: 2 created, 0 updated, 0 failed (2 inputs)");
    expect(await articleCount(databaseUrl)).toBe(2);
  });

  it("exits 2 for a path that does not exist, writing nothing", async () => {
    const databaseUrl = await freshStore();
    const run = await runCli(["ingest", path.join(seed.inputs, "missing.txt")], { databaseUrl });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing.txt: no such file or directory");
  });
});
