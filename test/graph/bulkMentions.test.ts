import { expect, it } from "vitest";
import { writeArticleDraft, writeArticleDrafts } from "../../src/graph/index.ts";
import type { PrismaClient } from "../../src/store/index.ts";
import { describeEachStore, openTestStore } from "../support/stores.ts";
import { mixedDrafts } from "./bulkGraph.ts";

/**
 * Every column of every mention row, keyed by article url and entity name, beside the listedAt
 * of its article. A bulk write inserts mentions as column arrays in raw SQL (bulkFacts.ts), so
 * the values Prisma used to convert (dates, JSON, floats) are compared here one by one.
 */
async function mentionRows(prisma: PrismaClient) {
  const article = { select: { url: true, title: true, listedAt: true } } as const;
  const shared = { article, listedAt: true, spans: true, confidence: true, extractor: true } as const;
  const rows = [
    ...(await prisma.personMention.findMany({ select: { ...shared, person: { select: { name: true } } } })).map(
      ({ person, ...row }) => ({ kind: "person", entity: person.name, ...row }),
    ),
    ...(
      await prisma.institutionMention.findMany({ select: { ...shared, institution: { select: { name: true } } } })
    ).map(({ institution, ...row }) => ({ kind: "institution", entity: institution.name, ...row })),
    ...(await prisma.placeMention.findMany({ select: { ...shared, place: { select: { name: true } } } })).map(
      ({ place, ...row }) => ({ kind: "place", entity: place.name, ...row }),
    ),
  ];
  return rows
    .map(({ article: { url, title, listedAt: articleListedAt }, listedAt, ...row }) => ({
      key: `${row.kind} ${row.entity} in ${url ?? title}`,
      listedAtIsTheArticles: listedAt.getTime() === articleListedAt.getTime(),
      ...row,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Every column of every quote (its position by title and institution), beside its article's listedAt. */
async function quoteRows(prisma: PrismaClient) {
  const rows = await prisma.quote.findMany({
    select: {
      text: true,
      speaker: { select: { name: true } },
      position: { select: { title: true, institution: { select: { name: true } } } },
      article: { select: { url: true, title: true, listedAt: true } },
      listedAt: true,
      field: true,
      spanStart: true,
      spanEnd: true,
      confidence: true,
      extractor: true,
    },
  });
  return rows
    .map(({ article: { url, title, listedAt: articleListedAt }, listedAt, speaker, position, ...row }) => ({
      key: `${speaker.name} in ${url ?? title} at ${row.spanStart}`,
      position: position ? `${position.title} ${position.institution?.name ?? ""}` : null,
      listedAtIsTheArticles: listedAt.getTime() === articleListedAt.getTime(),
      ...row,
    }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.text.localeCompare(b.text));
}

describeEachStore("bulk mention and quote rows", (fixture, kind) => {
  it("carry the same values (spans, confidence, extractor, article date, quote text and position) as one by one writes them", async () => {
    const drafts = mixedDrafts();
    for (const draft of drafts) await writeArticleDraft(fixture.store.prisma, draft);
    const oneByOne = await mentionRows(fixture.store.prisma);
    const quotesOneByOne = await quoteRows(fixture.store.prisma);

    const other = await openTestStore(kind);
    try {
      const outcomes = await writeArticleDrafts(other.store.prisma, drafts, { batchSize: 8 });
      expect(outcomes.filter((o) => !o.ok)).toEqual([]);
      const bulk = await mentionRows(other.store.prisma);
      expect(bulk.length).toBeGreaterThan(50);
      expect(bulk.every((row) => row.listedAtIsTheArticles)).toBe(true);
      expect(bulk).toEqual(oneByOne);
      const quotes = await quoteRows(other.store.prisma);
      expect(quotes.length).toBeGreaterThan(5);
      expect(quotes.every((row) => row.listedAtIsTheArticles)).toBe(true);
      expect(quotes).toEqual(quotesOneByOne);
    } finally {
      await other.dispose();
    }
  }, 600_000);
});
