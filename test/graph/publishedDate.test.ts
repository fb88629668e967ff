import { expect, it } from "vitest";
import { collectExportGraph, writeExport } from "../../src/export/index.ts";
import { writeArticleDrafts } from "../../src/graph/bulkWrite.ts";
import { composeArticleText, reextractArticles, timestampOnItsDay } from "../../src/graph/reextract.ts";
import { writeArticleDraft } from "../../src/graph/writeArticle.ts";
import { type ArticleDraftInput, DraftValidationError, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { seedAsArticle } from "../support/drafts.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/** The seed article under its own url and title, published as `publishedAt` says. */
function datedDraft(name: string, publishedAt: string | undefined, precision?: "DAY" | "MINUTE"): ArticleDraftInput {
  return seedAsArticle("tanggal", name, { publishedAt, publishedPrecision: precision });
}

interface DatedArticle {
  article: { publishedAt: string | null; publishedDate: string | null; publishedDatePrecision: string | null } | null;
}
const DATED_ARTICLE = /* GraphQL */ `
  query DatedArticle($url: URL!) {
    article(url: $url) { publishedAt publishedDate publishedDatePrecision }
  }
`;
const readDated = async (url: string) => (await execute<DatedArticle, { url: string }>(DATED_ARTICLE, { url })).data;

describeEachStore("Article.publishedDate and its precision", (fixture) => {
  it("keeps a day-only date as that day with DAY precision, and a morning in WIB on its own day", async () => {
    const { prisma } = fixture.store;
    // 06:30 WIB is 23:30 UTC the day before: the day is the one the article gives
    await writeArticleDraft(prisma, parseArticleDraft(datedDraft("pagi", "2025-11-29T06:30:00+07:00", "MINUTE")));
    await writeArticleDraft(prisma, parseArticleDraft(datedDraft("hari", "2025-11-29T00:00:00+07:00", "DAY")));
    await writeArticleDraft(prisma, parseArticleDraft(datedDraft("tanpa", undefined)));
    // a timestamp given without a precision is taken to the minute
    await writeArticleDraft(prisma, parseArticleDraft(datedDraft("polos", "2025-11-29T19:36:00+07:00")));
    expect(await readDated("https://news.example.test/tanggal/pagi")).toEqual({
      article: {
        publishedAt: "2025-11-28T23:30:00.000Z",
        publishedDate: "2025-11-29",
        publishedDatePrecision: "MINUTE",
      },
    });
    expect(await readDated("https://news.example.test/tanggal/hari")).toEqual({
      article: { publishedAt: "2025-11-28T17:00:00.000Z", publishedDate: "2025-11-29", publishedDatePrecision: "DAY" },
    });
    expect(await readDated("https://news.example.test/tanggal/tanpa")).toEqual({
      article: { publishedAt: null, publishedDate: null, publishedDatePrecision: null },
    });
    expect((await readDated("https://news.example.test/tanggal/polos"))?.article?.publishedDatePrecision).toBe(
      "MINUTE",
    );
  });

  it("writes the same day and precision in bulk as one by one", async () => {
    const { prisma } = fixture.store;
    const outcomes = await writeArticleDrafts(prisma, [
      parseArticleDraft(datedDraft("bulk-pagi", "2025-11-29T06:30:00+07:00", "MINUTE")),
      parseArticleDraft(datedDraft("bulk-hari", "2025-11-29T00:00:00+08:00", "DAY")),
    ]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await readDated("https://news.example.test/tanggal/bulk-pagi")).toEqual({
      article: {
        publishedAt: "2025-11-28T23:30:00.000Z",
        publishedDate: "2025-11-29",
        publishedDatePrecision: "MINUTE",
      },
    });
    expect(await readDated("https://news.example.test/tanggal/bulk-hari")).toEqual({
      article: { publishedAt: "2025-11-28T16:00:00.000Z", publishedDate: "2025-11-29", publishedDatePrecision: "DAY" },
    });
  });

  it("rejects a precision without a date, and a day-only date with a time, writing nothing", async () => {
    const { prisma } = fixture.store;
    const before = await prisma.article.count();
    expect(() => parseArticleDraft(datedDraft("x", undefined, "DAY"))).toThrow(
      /article\.publishedPrecision: a precision needs the publishedAt/,
    );
    expect(() => parseArticleDraft(datedDraft("y", "2025-11-29T10:15:00+07:00", "DAY"))).toThrow(DraftValidationError);
    expect(() => parseArticleDraft(datedDraft("y", "2025-11-29T10:15:00+07:00", "DAY"))).toThrow(
      /article\.publishedAt: with DAY precision the time must be midnight/,
    );
    expect(await prisma.article.count()).toBe(before);
  });

  it("exports a day-only date to JSON-LD as an xsd:date, a timed one as an xsd:dateTime", async () => {
    const { prisma } = fixture.store;
    const graph = await collectExportGraph(prisma, { limits: { maxNodes: 10_000, maxEdges: 100_000 } });
    let text = "";
    for await (const chunk of writeExport(prisma, graph, "jsonld")) text += chunk;
    const published = new Map<string, unknown>(
      (JSON.parse(text)["@graph"] as { url?: string; datePublished?: unknown }[]).map((n) => [
        n.url ?? "",
        n.datePublished,
      ]),
    );
    expect(published.get("https://news.example.test/tanggal/hari")).toEqual({
      "@value": "2025-11-29",
      "@type": "xsd:date",
    });
    expect(published.get("https://news.example.test/tanggal/pagi")).toBe("2025-11-28T23:30:00.000Z");
  });

  it("keeps the day and the precision when the article is re-extracted", async () => {
    const { prisma } = fixture.store;
    const text =
      "Bupati Blora Tinjau Banjir di Desa Kunden\nSenin, 1 Desember 2025\n\nBupati Blora meninjau banjir di desa.";
    const url = "https://news.example.test/tanggal/reextract";
    const draft = parseArticleDraft(extractArticle(text, { url }));
    await writeArticleDraft(prisma, { ...draft, extractorVersion: "rules-0" });
    const written = await readDated(url);
    expect(written?.article).toMatchObject({ publishedDate: "2025-12-01", publishedDatePrecision: "DAY" });
    const { id } = await prisma.article.findUniqueOrThrow({ where: { url }, select: { id: true } });
    // the seed copies written above read back under other titles and are left alone: not this one
    const result = await reextractArticles(prisma);
    expect(result.failures.map((f) => f.articleId)).not.toContain(id);
    expect(await readDated(url)).toEqual(written);
    const row = await prisma.article.findUniqueOrThrow({ where: { url }, select: { extractorVersion: true } });
    expect(row.extractorVersion).not.toBe("rules-0");
  });
});

it("writes a stored instant in an offset that keeps its stored day", () => {
  const day = new Date("2025-11-29T00:00:00Z");
  // midnight WITA (UTC+8) of the 29th, day precision: written back as that midnight
  expect(timestampOnItsDay(new Date("2025-11-28T16:00:00Z"), day, "DAY")).toBe("2025-11-29T00:00:00+08:00");
  // 06:30 WIB of the 29th: in UTC it is still the 28th
  expect(timestampOnItsDay(new Date("2025-11-28T23:30:00Z"), day, "MINUTE")).toBe("2025-11-29T06:30:00+07:00");
  expect(timestampOnItsDay(new Date("2025-11-28T23:30:00Z"), null, null)).toBe("2025-11-28T23:30:00.000Z");
});

it("gives a day-only article a date line without a time when it is read again", () => {
  const dayOnly = {
    title: "Judul",
    body: "Isi.",
    publishedAt: new Date("2025-11-30T17:00:00Z"),
    publishedDate: new Date("2025-12-01T00:00:00Z"),
    publishedPrecision: "DAY" as const,
  };
  expect(composeArticleText(dayOnly)).toBe("Judul\nSenin, 1 Desember 2025\n\nIsi.\n");
  const story = {
    ...dayOnly,
    title: "Bupati Blora Tinjau Banjir di Desa Kunden",
    body: "Bupati Blora meninjau banjir di desa.",
  };
  expect(parseArticleDraft(extractArticle(composeArticleText(story))).article).toMatchObject({
    publishedAt: "2025-12-01T00:00:00+07:00",
    publishedPrecision: "DAY",
  });
  expect(composeArticleText({ ...dayOnly, publishedPrecision: "MINUTE" })).toMatch(
    /^Judul\nSenin, 1 Desember 2025 - 00:00 WIB\n/,
  );
});
