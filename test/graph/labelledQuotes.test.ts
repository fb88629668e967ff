import { expect, it } from "vitest";
import { writeArticleDrafts } from "../../src/graph/bulkWrite.ts";
import { reextractArticles } from "../../src/graph/reextract.ts";
import { writeArticleDraft } from "../../src/graph/writeArticle.ts";
import { type ArticleDraftInput, DraftValidationError, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { seedAsArticle, seedDraft } from "../support/drafts.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/** The seed article under its own url, quoting two people it names only by a label. */
function labelledDraft(name: string): ArticleDraftInput & { article: { body: string } } {
  const draft = seedDraft();
  const body = `${draft.article.body}\n\nEr (40), warga binaan, mengaku senang. “Saya bisa membuka usaha sendiri,” ujarnya. Salah seorang petugas menambahkan, “Pelatihan berlanjut tahun depan.”`;
  const first = "Saya bisa membuka usaha sendiri";
  const second = "Pelatihan berlanjut tahun depan.";
  const span = (text: string) => ({
    start: body.indexOf(text),
    end: body.indexOf(text) + text.length,
    confidence: 0.9,
  });
  return {
    ...seedAsArticle("label", name, { body }),
    labelledQuotes: [
      { text: second, speakerLabel: "salah seorang petugas", provenance: span(second) },
      { text: first, speakerLabel: "Er (40)", provenance: span(first) },
    ],
  };
}

interface LabelledQuotes {
  article: {
    all: {
      text: string;
      speakerLabel: string;
      article: { url: string };
      provenance: { field: string; start: number; extractor: string };
    }[];
    one: { speakerLabel: string }[];
  } | null;
}
const LABELLED_QUOTES = /* GraphQL */ `
  query LabelledQuotesOf($url: URL!) {
    article(url: $url) {
      all: labelledQuotes { text speakerLabel article { url } provenance { field start extractor } }
      one: labelledQuotes(first: 1) { speakerLabel }
    }
  }
`;
const readLabelled = async (url: string) =>
  (await execute<LabelledQuotes, { url: string }>(LABELLED_QUOTES, { url })).data?.article;

describeEachStore("Article.labelledQuotes", (fixture) => {
  it("keeps a quote by a speaker known only by a label, in reading order, capped by first", async () => {
    const { prisma } = fixture.store;
    const draft = labelledDraft("satu");
    await writeArticleDraft(prisma, parseArticleDraft(draft));
    const read = await readLabelled(draft.article.url as string);
    expect(read?.all.map((q) => [q.speakerLabel, q.text])).toEqual([
      ["Er (40)", "Saya bisa membuka usaha sendiri"],
      ["salah seorang petugas", "Pelatihan berlanjut tahun depan."],
    ]);
    expect(read?.all[0]).toMatchObject({
      article: { url: draft.article.url },
      provenance: { field: "body", start: draft.article.body.indexOf("Saya bisa"), extractor: "test" },
    });
    expect(read?.one).toEqual([{ speakerLabel: "Er (40)" }]);
  });

  it("replaces them when the article is written again, and writes the same rows in bulk", async () => {
    const { prisma } = fixture.store;
    const draft = labelledDraft("satu");
    await writeArticleDraft(prisma, parseArticleDraft({ ...draft, labelledQuotes: draft.labelledQuotes?.slice(1) }));
    expect((await readLabelled(draft.article.url as string))?.all.map((q) => q.speakerLabel)).toEqual(["Er (40)"]);

    const bulk = labelledDraft("dua");
    const [outcome] = await writeArticleDrafts(prisma, [parseArticleDraft(bulk)]);
    expect(outcome?.ok).toBe(true);
    const rows = async (url: string) =>
      prisma.labelledQuote.findMany({
        where: { article: { url } },
        orderBy: { spanStart: "asc" },
        select: {
          text: true,
          speakerLabel: true,
          field: true,
          spanStart: true,
          spanEnd: true,
          confidence: true,
          extractor: true,
        },
      });
    await writeArticleDraft(prisma, parseArticleDraft(draft));
    expect(await rows(bulk.article.url as string)).toEqual(await rows(draft.article.url as string));
    expect(await rows(bulk.article.url as string)).toHaveLength(2);
  });

  it("rejects a labelled quote outside the text or without a label, writing nothing", async () => {
    const { prisma } = fixture.store;
    const before = await prisma.labelledQuote.count();
    const draft = labelledDraft("buruk");
    const outside = {
      text: "x",
      speakerLabel: "Er (40)",
      provenance: { start: 0, end: draft.article.body.length + 5 },
    };
    expect(() => parseArticleDraft({ ...draft, labelledQuotes: [outside] })).toThrow(
      /labelledQuotes\.0\.provenance: span 0-\d+ lies outside the article body/,
    );
    expect(() =>
      parseArticleDraft({
        ...draft,
        labelledQuotes: [{ ...outside, speakerLabel: " ", provenance: { start: 0, end: 1 } }],
      }),
    ).toThrow(DraftValidationError);
    expect(await prisma.labelledQuote.count()).toBe(before);
    expect(await prisma.article.count({ where: { url: draft.article.url } })).toBe(0);
  });

  it("re-extraction replaces an article's labelled quotes with the ones the extractor reads now", async () => {
    const { prisma } = fixture.store;
    const url = "https://news.example.test/label/extracted";
    const text =
      "Warga Binaan Rutan Blora Ikuti Pelatihan Usaha\nSenin, 1 Desember 2025\n\nKepala Rutan Blora, Hemu, meninjau dapur.\n\nEr (40), menilai pelatihan itu berguna. “Saya bisa membuka usaha sendiri nanti,” ujarnya.";
    const draft = parseArticleDraft(extractArticle(text, { url }));
    expect(draft.labelledQuotes.map((q) => q.speakerLabel)).toEqual(["Er (40)"]);
    // an older extractor's reading: a wrong label, which re-extraction must not keep beside the right one
    const stale = draft.labelledQuotes.map((q) => ({ ...q, speakerLabel: "warga" }));
    await writeArticleDraft(prisma, { ...draft, extractorVersion: "rules-0", labelledQuotes: stale });
    expect((await readLabelled(url))?.all.map((q) => q.speakerLabel)).toEqual(["warga"]);
    await reextractArticles(prisma);
    expect((await readLabelled(url))?.all.map((q) => [q.speakerLabel, q.text])).toEqual([
      ["Er (40)", "Saya bisa membuka usaha sendiri nanti"],
    ]);
  });
});
