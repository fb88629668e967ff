import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticleText, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { openStore, type PrismaClient, type Store } from "../../src/store/index.ts";
import { seedText as readSeedText, seedDraft } from "../support/drafts.ts";

const seedText = readSeedText();
const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();

/** The graph as a client sees it: every node by its names, without ids, spans or extractor names. */
async function graphOf(prisma: PrismaClient) {
  const [articles, people, institutions, places, positions, events, products, quotes, topics] = await Promise.all([
    prisma.article.findMany({ include: { source: true, authors: { include: { author: true } } } }),
    prisma.person.findMany({ include: { aliases: true } }),
    prisma.institution.findMany({ include: { aliases: true, parent: true, place: true } }),
    prisma.place.findMany({ include: { parent: true } }),
    prisma.position.findMany({ include: { person: true, institution: true } }),
    prisma.event.findMany({
      include: {
        host: true,
        place: true,
        participants: { include: { person: true } },
        topics: { include: { topic: true } },
      },
    }),
    prisma.product.findMany({ include: { producer: true, shownAt: true } }),
    prisma.quote.findMany({ include: { speaker: true, position: true } }),
    prisma.topic.findMany(),
  ]);
  return {
    articles: sorted(
      articles.map((a) => ({
        title: a.title,
        body: a.body,
        publishedAt: a.publishedAt?.toISOString(),
        source: [a.source?.name, a.source?.domain],
        authors: a.authors.map((x) => x.author.name),
      })),
    ),
    people: sorted(people.map((p) => ({ name: p.name, aliases: p.aliases.map((a) => a.normalized).sort() }))),
    institutions: sorted(
      institutions.map((i) => ({
        name: i.name,
        shortName: i.shortName,
        type: i.type,
        parent: i.parent?.name,
        place: i.place?.name,
        aliases: i.aliases.map((a) => a.normalized).sort(),
      })),
    ),
    places: sorted(places.map((p) => ({ name: p.name, kind: p.kind, code: p.code, parent: p.parent?.name }))),
    positions: sorted(
      positions.map((p) => ({ person: p.person.name, role: p.role, title: p.title, institution: p.institution?.name })),
    ),
    events: sorted(
      events.map((e) => ({
        kind: e.kind,
        date: e.date?.toISOString(),
        host: e.host?.name,
        place: e.place?.name,
        participants: sorted(e.participants.map((p) => ({ person: p.person.name, role: p.role }))),
        topics: e.topics.map((t) => t.topic.name).sort(),
      })),
    ),
    products: sorted(
      products.map((p) => ({
        name: p.name.toLowerCase(),
        category: p.category,
        producer: p.producer?.name,
        shown: Boolean(p.shownAt),
      })),
    ),
    quotes: sorted(quotes.map((q) => ({ text: q.text, speaker: q.speaker.name, position: q.position?.title }))),
    topics: sorted(topics.map((t) => t.normalizedName)),
  };
}

describe("reading the seed article", () => {
  let fromText: Store;
  let fromDraft: Store;

  beforeAll(async () => {
    [fromText, fromDraft] = await Promise.all([
      openStore({ databaseUrl: "memory:", role: "test" }),
      openStore({ databaseUrl: "memory:", role: "test" }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([fromText?.close(), fromDraft?.close()]);
  });

  it("into an empty store yields the same graph as the hand-checked seed draft", async () => {
    await ingestArticleText(fromText.prisma, seedText);
    await writeArticleDraft(fromDraft.prisma, parseArticleDraft(seedDraft()));
    const extracted = await graphOf(fromText.prisma);
    const curated = await graphOf(fromDraft.prisma);
    // the event's name is the curated paraphrase on one side and the text span on the other
    expect(extracted).toEqual(curated);
  });
});
