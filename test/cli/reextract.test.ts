import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { composeArticleText, jakartaDateLine, reextractArticles } from "../../src/graph/reextract.ts";
import { type ArticleDraftInput, parseArticleDraft } from "../../src/ingest/draft.ts";
import { EXTRACTOR_VERSION } from "../../src/ingest/extract/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { SEED_DRAFT_FILE } from "./cliHarness.ts";

let store: Store;
let seed: ArticleDraftInput & { article: { title: string } };

beforeAll(async () => {
  store = await openStore({ databaseUrl: "memory:", role: "test" });
  seed = JSON.parse(await readFile(SEED_DRAFT_FILE, "utf8"));
});

afterAll(async () => {
  await store?.close();
});

describe("composeArticleText", () => {
  it("writes the date line Indonesian outlets print, in Jakarta time", () => {
    expect(jakartaDateLine(new Date("2025-11-29T12:36:00Z"))).toBe("Sabtu, 29 November 2025 - 19:36 WIB");
    expect(composeArticleText({ title: "Judul", body: "Isi.", publishedAt: new Date("2025-01-05T20:00:00Z") })).toBe(
      "Judul\nSenin, 6 Januari 2025 - 03:00 WIB\n\nIsi.\n",
    );
  });
});

describe("reextractArticles", () => {
  it("keeps curated facts when --include-curated re-reads a curated article, and reports what it cannot read back", async () => {
    await writeArticleDraft(store.prisma, parseArticleDraft(seed));
    // a title that reads like a sentence is taken for body text: the article must be left alone, not duplicated
    const prose = {
      ...seed,
      extractorVersion: "rules-0",
      article: { ...seed.article, title: `${seed.article.title} (lama).` },
    };
    await writeArticleDraft(store.prisma, parseArticleDraft(prose));
    const curatedQuotes = () => store.prisma.quote.count({ where: { extractor: "curated" } });
    const quotesBefore = await curatedQuotes();
    expect(quotesBefore).toBeGreaterThan(0);

    const skipped = await reextractArticles(store.prisma);
    expect(skipped).toMatchObject({ total: 1, reextracted: 0, skippedCurated: 1 });
    expect(skipped.failures[0]?.message).toContain("reads the stored title and body back differently");

    const progress: number[] = [];
    const result = await reextractArticles(store.prisma, {
      includeCurated: true,
      onProgress: ({ done }) => progress.push(done),
    });
    expect(result).toMatchObject({ total: 2, reextracted: 1, skippedCurated: 0 });
    expect(progress).toEqual([0, 1, 2]);
    expect(await store.prisma.article.count()).toBe(2);
    expect(await curatedQuotes()).toBe(quotesBefore);
    const versions = await store.prisma.article.findMany({
      select: { extractorVersion: true },
      orderBy: { title: "asc" },
    });
    expect(versions.map((v) => v.extractorVersion)).toEqual([EXTRACTOR_VERSION, "rules-0"]);
  });
});
