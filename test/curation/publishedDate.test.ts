import { beforeAll, describe, expect, it } from "vitest";
import { parsePublishedDate } from "../../src/curation/index.ts";
import { createApiKey } from "../../src/graph/apiKeys.ts";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { type CurationArticle, curationDraft, RUTAN, writeCurationArticles } from "./fixtures.ts";

/**
 * A curator corrects the day (or the time) an article was published: the article moves to that
 * place in every list, the curation log keeps the date before and after, and the change feed
 * says the article's publishedAt changed. A date that is not one changes nothing.
 */

type Result = Awaited<ReturnType<typeof execute>>;
// biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
const data = (result: Result): any => {
  expect(result.errors).toBeUndefined();
  return result.data;
};

const CORRECT = `mutation($id: ID!, $date: String!, $precision: DatePrecision!) {
  correctPublishedDate(id: $id, date: $date, precision: $precision) {
    article { slug publishedAt publishedDate publishedDatePrecision }
  }
}`;
const DATED = `query($url: URL!) { article(url: $url) { id publishedAt publishedDate publishedDatePrecision } }`;
const LISTS = `query {
  institution(name: "Rutan Blora") { articles(first: 10) { edges { node { slug } } } }
  person(name: "Mardi Santoso") { articles(first: 10) { edges { node { slug } } } }
}`;
const LOG = `query { curationLog(first: 50) { edges { node { action actor target before after } } } }`;
const UPDATES = `query { changes(kinds: [ARTICLE_UPDATED], first: 50) { edges { node { changedFields article { slug } } } } }`;

const urlOf = (slug: string) => `https://news.example.test/${slug}`;
const slugs = (list: { articles: { edges: { node: { slug: string } }[] } }) =>
  list.articles.edges.map((e) => e.node.slug);

describe("reading a curator's date", () => {
  it("takes a day at midnight in WIB, and a time in its own offset or WIB", () => {
    expect(parsePublishedDate("2026-02-27", "DAY")).toEqual({
      publishedAt: new Date("2026-02-26T17:00:00Z"),
      publishedDate: new Date("2026-02-27T00:00:00Z"),
      precision: "DAY",
    });
    expect(parsePublishedDate("2026-03-05T01:30+08:00", "MINUTE")).toEqual({
      publishedAt: new Date("2026-03-04T17:30:00Z"),
      publishedDate: new Date("2026-03-05T00:00:00Z"),
      precision: "MINUTE",
    });
    expect(parsePublishedDate("2026-03-05T09:30", "MINUTE").publishedAt).toEqual(new Date("2026-03-05T02:30:00Z"));
    expect(parsePublishedDate("2026-03-05T09:30Z", "MINUTE").publishedAt).toEqual(new Date("2026-03-05T09:30:00Z"));
    expect(parsePublishedDate("2024-02-29", "DAY").publishedDate).toEqual(new Date("2024-02-29T00:00:00Z"));
  });

  it.each([
    ["2026-02-30", "DAY", /2026-02-30 is not a day of the calendar/],
    ["2025-02-29", "DAY", /not a day of the calendar/],
    ["2026-13-01", "DAY", /not a day of the calendar/],
    ["2026-03-05T09:30", "DAY", /a time needs precision MINUTE/],
    ["2026-03-05", "MINUTE", /a day without a time needs precision DAY/],
    ["2026-03-05T24:10", "MINUTE", /24:10 is not a time of day/],
    ["2026-03-05T09:30+15:00", "MINUTE", /\+15:00 is not a UTC offset/],
    ["kemarin", "DAY", /date must be written like 2026-03-05 for precision DAY, got "kemarin"/],
  ] as const)("refuses %s at precision %s", (text, precision, message) => {
    expect(() => parsePublishedDate(text, precision)).toThrow(message);
  });
});

describeEachStore("correcting an article's published date", (fixture) => {
  let curator = "";
  let ingestOnly = "";
  const correct = (id: string, date: string, precision: "DAY" | "MINUTE", apiKey = curator) =>
    execute(CORRECT, { id, date, precision }, { apiKey });
  const dated = async (slug: string) => data(await execute(DATED, { url: urlOf(slug) })).article;
  const log = async () => data(await execute(LOG, {}, { apiKey: curator })).curationLog.edges;
  const updates = async () => data(await execute(UPDATES)).changes.edges;

  beforeAll(async () => {
    curator = (await createApiKey(fixture.store.prisma, "date-curator", ["curate"])).key;
    ingestOnly = (await createApiKey(fixture.store.prisma, "date-ingester", ["ingest"])).key;
    // two articles naming one detention centre and one person, a day apart
    await writeCurationArticles(
      fixture.store.prisma,
      ["tanggal-lama", "tanggal-baru"].map((slug, index) => ({
        slug,
        publishedAt: `2026-03-0${index + 1}T10:00:00+07:00`,
        institutions: [RUTAN],
        positions: [["Mardi Santoso", 0, "Kepala Rutan"]],
        quotes: [["Mardi Santoso", `Kegiatan hari ke-${index + 1} berjalan lancar`]],
      })),
    );
  });

  it("refuses a bad date, an unknown article and a caller without the curate scope, changing nothing", async () => {
    const article = await dated("tanggal-lama");
    const logBefore = (await log()).length;
    const updatesBefore = (await updates()).length;
    const refusals = [
      [await correct(article.id, "2026-02-30", "DAY"), /not a day of the calendar/, "BAD_USER_INPUT"],
      [await correct(article.id, "2026-03-05", "MINUTE"), /needs precision DAY/, "BAD_USER_INPUT"],
      [
        await correct(Buffer.from("Article:no-such-article").toString("base64"), "2026-03-05", "DAY"),
        /no Article has the ID/,
        "BAD_USER_INPUT",
      ],
      [
        await correct(Buffer.from("Person:x").toString("base64"), "2026-03-05", "DAY"),
        /ID of a Article/,
        "BAD_USER_INPUT",
      ],
      [await correct(article.id, "2026-03-05", "DAY", ingestOnly), /./, undefined],
    ] as const;
    for (const [result, message, code] of refusals) {
      expect(result.errors?.[0]?.message).toMatch(message);
      if (code) expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(
        (result.data as { correctPublishedDate?: unknown } | null | undefined)?.correctPublishedDate ?? null,
      ).toBeNull();
    }
    expect(await dated("tanggal-lama")).toEqual(article);
    expect((await log()).length).toBe(logBefore);
    expect((await updates()).length).toBe(updatesBefore);
  });

  it("moves the article in every list, logs the dates before and after, and records ARTICLE_UPDATED", async () => {
    expect(slugs(data(await execute(LISTS)).institution)).toEqual(["tanggal-baru", "tanggal-lama"]);
    const article = await dated("tanggal-lama");
    expect(article).toMatchObject({ publishedDate: "2026-03-01", publishedDatePrecision: "MINUTE" });

    const corrected = data(await correct(article.id, "2026-03-05", "DAY")).correctPublishedDate.article;
    expect(corrected).toEqual({
      slug: "tanggal-lama",
      publishedAt: "2026-03-04T17:00:00.000Z",
      publishedDate: "2026-03-05",
      publishedDatePrecision: "DAY",
    });
    // newest first: the corrected article is now the newer one, in the institution's and the person's lists
    const lists = data(await execute(LISTS));
    expect(slugs(lists.institution)).toEqual(["tanggal-lama", "tanggal-baru"]);
    expect(slugs(lists.person)).toEqual(["tanggal-lama", "tanggal-baru"]);
    // every copy of the list date follows the article, and the co-mention evidence is newest first again
    const { prisma } = fixture.store;
    const articleId = Buffer.from(article.id, "base64").toString("utf8").slice("Article:".length);
    const listedAt = new Date("2026-03-04T17:00:00Z");
    const copies = await Promise.all([
      prisma.personMention.findMany({ where: { articleId }, select: { listedAt: true } }),
      prisma.institutionMention.findMany({ where: { articleId }, select: { listedAt: true } }),
      prisma.quote.findMany({ where: { articleId }, select: { listedAt: true } }),
    ]);
    for (const rows of copies) {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.listedAt).toEqual(listedAt);
    }
    const person = await prisma.person.findFirstOrThrow({ where: { name: "Mardi Santoso" }, select: { id: true } });
    const pair = await prisma.coMention.findFirstOrThrow({
      where: { entityKey: `Person:${person.id}`, otherKey: { startsWith: "Institution:" } },
    });
    expect(pair.evidence[0]).toBe(articleId);
    expect(pair.evidenceAt[0]).toEqual(listedAt);

    expect((await log())[0].node).toEqual({
      action: "CORRECT_PUBLISHED_DATE",
      actor: "date-curator",
      target: article.id,
      before: {
        id: article.id,
        publishedAt: "2026-03-01T03:00:00.000Z",
        publishedDate: "2026-03-01",
        publishedDatePrecision: "MINUTE",
      },
      after: {
        id: article.id,
        publishedAt: "2026-03-04T17:00:00.000Z",
        publishedDate: "2026-03-05",
        publishedDatePrecision: "DAY",
      },
    });
    expect((await updates()).map((edge: { node: unknown }) => edge.node)).toContainEqual({
      changedFields: ["publishedAt"],
      article: { slug: "tanggal-lama" },
    });
  });

  it("sets a time in its own offset, and the same date again records no change in the feed", async () => {
    const article = await dated("tanggal-baru");
    const corrected = data(await correct(article.id, "2026-03-02T21:15+09:00", "MINUTE")).correctPublishedDate.article;
    expect(corrected).toMatchObject({
      publishedAt: "2026-03-02T12:15:00.000Z",
      publishedDate: "2026-03-02",
      publishedDatePrecision: "MINUTE",
    });
    const updatesBefore = (await updates()).length;
    data(await correct(article.id, "2026-03-02T21:15+09:00", "MINUTE"));
    expect((await updates()).length).toBe(updatesBefore);
  });

  it("keeps the curator's date when the article is written again, until a curated draft gives another", async () => {
    const spec: CurationArticle = {
      slug: "tanggal-ditulis-ulang",
      publishedAt: "2026-03-03T08:00:00+07:00",
      institutions: [RUTAN],
      positions: [["Mardi Santoso", 0, "Kepala Rutan"]],
      quotes: [["Mardi Santoso", "Kegiatan hari ketiga berjalan lancar"]],
    };
    await writeCurationArticles(fixture.store.prisma, [spec]);
    const article = await dated(spec.slug);
    data(await correct(article.id, "2026-03-09", "DAY"));
    const corrected = {
      publishedAt: "2026-03-08T17:00:00.000Z",
      publishedDate: "2026-03-09",
      publishedDatePrecision: "DAY",
    };

    // the extractor's draft again, with its own (wrong) date and a changed quote: the text changes, the date stays
    await writeArticleDraft(
      fixture.store.prisma,
      parseArticleDraft(curationDraft({ ...spec, quotes: [["Mardi Santoso", "Kegiatan hari ketiga lancar sekali"]] })),
    );
    expect(await dated(spec.slug)).toMatchObject({ id: article.id, ...corrected });
    expect(slugs(data(await execute(LISTS)).institution)[0]).toBe(spec.slug);

    // a hand-checked draft is the curator speaking again: its date replaces the correction
    const curated = curationDraft({ ...spec, publishedAt: "2026-03-04T08:00:00+07:00" });
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft({ ...curated, extractorVersion: "curated" }));
    expect(await dated(spec.slug)).toMatchObject({ publishedDate: "2026-03-04", publishedDatePrecision: "MINUTE" });
  });
});
