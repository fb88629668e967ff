import { expect, it } from "vitest";
import { writeArticleDrafts } from "../../src/graph/bulkWrite.ts";
import { writeArticleDraft } from "../../src/graph/writeArticle.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { seedAsArticle } from "../support/drafts.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

const ARTICLE_BY_URL = /* GraphQL */ `
  query ArticleByUrl($url: URL!) {
    article(url: $url) { title url }
  }
`;
const titleAt = async (url: string) =>
  (await execute<{ article: { title: string; url: string } | null }, { url: string }>(ARTICLE_BY_URL, { url })).data
    ?.article;

it("keeps an article's url in the form the API's URL arguments arrive in", () => {
  const draft = (url: string) => parseArticleDraft(seedAsArticle("alamat", "bentuk", { url })).article.url;
  expect(draft("https://Berita.Example.TEST")).toBe("https://berita.example.test/");
  expect(draft("https://berita.example.test:443/a b")).toBe("https://berita.example.test/a%20b");
  expect(draft("https://berita.example.test/2025/berita-1")).toBe("https://berita.example.test/2025/berita-1");
});

describeEachStore("article(url:)", (fixture) => {
  it("finds an article ingested at a site's root or with a capitalised host, however the url is asked for", async () => {
    const { prisma } = fixture.store;
    await writeArticleDraft(
      prisma,
      parseArticleDraft(seedAsArticle("alamat", "akar", { url: "https://akar.example.test" })),
    );
    const outcomes = await writeArticleDrafts(prisma, [
      parseArticleDraft(seedAsArticle("alamat", "huruf", { url: "https://HURUF.example.test/Berita/1" })),
    ]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    for (const asked of ["https://akar.example.test", "https://akar.example.test/", "HTTPS://AKAR.example.test"]) {
      expect(await titleAt(asked)).toMatchObject({ url: "https://akar.example.test/" });
    }
    expect((await titleAt("https://huruf.example.test/Berita/1"))?.title).toMatch(/\(huruf\)$/);
    expect(await titleAt("https://huruf.example.test/berita/1")).toBeNull();
  });

  it("finds a row an earlier version stored without the root's slash", async () => {
    const { prisma } = fixture.store;
    await writeArticleDraft(
      prisma,
      parseArticleDraft(seedAsArticle("alamat", "lama", { url: "https://lama.example.test/x" })),
    );
    await prisma.article.update({
      where: { url: "https://lama.example.test/x" },
      data: { url: "https://lama.example.test" },
    });
    expect((await titleAt("https://lama.example.test"))?.title).toMatch(/\(lama\)$/);
    expect((await titleAt("https://lama.example.test/"))?.title).toMatch(/\(lama\)$/);
  });
});
