import { expect, it } from "vitest";
import { LIST_DEFAULT, LIST_MAX } from "../../src/schema/lists.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/** More participants and reporting articles than a list may hold (issue 11). */
const ROWS = LIST_MAX + 25;

interface EventLists {
  events: {
    edges: {
      node: {
        all: { person: { id: string }; role: string }[];
        unasked: { role: string }[];
        few: { role: string }[];
        allArticles: { id: string }[];
        unaskedArticles: { id: string }[];
        fewArticles: { id: string }[];
      };
    }[];
  };
}

describeEachStore("the participants and articles of an event are lists with a cap", (fixture) => {
  it("returns `first` of them, LIST_DEFAULT when not asked, never more than LIST_MAX, one per person and role", async () => {
    const { prisma } = fixture.store;
    await prisma.person.createMany({
      data: Array.from({ length: ROWS }, (_, i) => ({ name: `Peserta ${i}`, normalizedName: `peserta ${i}` })),
    });
    await prisma.article.createMany({
      data: Array.from({ length: ROWS }, (_, i) => ({
        slug: `peserta-${i}`,
        contentHash: `peserta-${i}`,
        title: `Peserta ${i}`,
        body: "Isi.",
        listedAt: new Date("2025-06-01T00:00:00Z"),
        extractorVersion: "test",
      })),
    });
    const people = await prisma.person.findMany({ where: { normalizedName: { startsWith: "peserta " } } });
    const articles = await prisma.article.findMany({ where: { slug: { startsWith: "peserta-" } } });
    const event = await prisma.event.create({
      data: { name: "Rapat Besar", normalizedName: "rapat besar", kind: "MEETING" },
    });
    const span = { field: "body" as const, spanStart: 0, spanEnd: 4, confidence: 1, extractor: "test" };
    await prisma.eventReport.createMany({
      data: articles.map((article) => ({ eventId: event.id, articleId: article.id, ...span })),
    });
    // every person reported taking part by two articles: one participation each
    await prisma.eventParticipant.createMany({
      data: people.flatMap((person, i) =>
        [articles[i], articles[(i + 1) % ROWS]].map((article) => ({
          eventId: event.id,
          personId: person.id,
          role: "PARTICIPANT" as const,
          articleId: article?.id as string,
          ...span,
        })),
      ),
    });

    const result = await execute<EventLists, Record<string, never>>(`{ events(first: 1) { edges { node {
      all: participants(first: ${2 * LIST_MAX}) { person { id } role }
      unasked: participants { role }
      few: participants(first: 3) { role }
      allArticles: articles(first: ${2 * LIST_MAX}) { id }
      unaskedArticles: articles { id }
      fewArticles: articles(first: 3) { id }
    } } } }`);
    expect(result.errors).toBeUndefined();
    const lists = result.data?.events.edges[0]?.node;
    expect(lists?.all).toHaveLength(LIST_MAX);
    expect(new Set(lists?.all.map((participant) => participant.person.id)).size).toBe(LIST_MAX);
    expect(lists?.unasked).toHaveLength(LIST_DEFAULT);
    expect(lists?.few).toHaveLength(3);
    expect(lists?.allArticles).toHaveLength(LIST_MAX);
    expect(new Set(lists?.allArticles.map((article) => article.id)).size).toBe(LIST_MAX);
    expect(lists?.unaskedArticles).toHaveLength(LIST_DEFAULT);
    expect(lists?.fewArticles).toHaveLength(3);
  });
});
