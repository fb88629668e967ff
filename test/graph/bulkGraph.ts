import { readdirSync, readFileSync } from "node:fs";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import type { PrismaClient } from "../../src/store/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { racingDraft } from "./concurrentDrafts.ts";

const EVAL_ARTICLES = new URL("../../eval/articles/", import.meta.url);

/**
 * A mixed run of drafts: real articles read by the extractor (many people, institutions, places,
 * positions, events, products and quotes), synthetic ones about the seed's institutions, drafts
 * naming the same new entities in different forms, and articles written again (same url, and
 * same text without a url) in the middle of the run.
 */
export function mixedDrafts(): ArticleDraft[] {
  const files = readdirSync(EVAL_ARTICLES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .filter((_, index) => index % 4 === 0); // a quarter of them, stories of every kind
  const extracted = files.map((file) =>
    parseArticleDraft(
      extractArticle(readFileSync(new URL(file, EVAL_ARTICLES), "utf8"), { url: `https://eval.example.test/${file}` }),
    ),
  );
  const drafts: ArticleDraft[] = [];
  for (let i = 0; i < 8; i++) drafts.push(parseArticleDraft(syntheticDraft(i)));
  drafts.push(...extracted.slice(0, 12));
  for (let i = 0; i < 6; i++) drafts.push(racingDraft(i));
  // written again: a synthetic article under its url with another title, and a racing one by its text
  const again = syntheticDraft(3);
  drafts.push(
    parseArticleDraft({ ...again, article: { ...again.article, title: `${again.article.title} (diperbarui)` } }),
  );
  drafts.push(racingDraft(2));
  drafts.push(...extracted.slice(12));
  for (let i = 8; i < 14; i++) drafts.push(parseArticleDraft(syntheticDraft(i)));
  return drafts;
}

const sorted = <T>(items: T[]) => items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** The whole graph without row ids or write times, each list in a fixed order: equal for equal graphs. */
export async function describeGraph(prisma: PrismaClient) {
  const people = await prisma.person.findMany({
    select: { id: true, name: true, aliases: { select: { alias: true } } },
  });
  const places = await prisma.place.findMany({
    select: { id: true, name: true, kind: true, code: true, parentId: true, aliases: { select: { alias: true } } },
  });
  const institutions = await prisma.institution.findMany({
    select: {
      id: true,
      name: true,
      shortName: true,
      type: true,
      parentId: true,
      placeId: true,
      aliases: { select: { alias: true } },
    },
  });
  const articles = await prisma.article.findMany({
    select: {
      id: true,
      slug: true,
      title: true,
      url: true,
      publishedAt: true,
      publishedDate: true,
      publishedPrecision: true,
      sourceId: true,
      datelinePlaceId: true,
    },
  });
  const events = await prisma.event.findMany({
    select: { id: true, name: true, kind: true, date: true, placeId: true, hostId: true },
  });
  const positions = await prisma.position.findMany({
    select: { id: true, personId: true, role: true, institutionId: true, title: true },
  });
  const name = new Map<string, string>();
  for (const p of people) name.set(p.id, `person:${p.name}`);
  for (const p of places) name.set(p.id, `place:${p.name}:${p.kind}`);
  for (const i of institutions) name.set(i.id, `institution:${i.name}`);
  for (const a of articles) name.set(a.id, `article:${a.url ?? a.title}`);
  for (const e of events) name.set(e.id, `event:${e.name}:${e.date?.toISOString()}`);
  for (const s of await prisma.source.findMany()) name.set(s.id, `source:${s.name}:${s.domain}`);
  for (const t of await prisma.topic.findMany()) name.set(t.id, `topic:${t.name}`);
  for (const a of await prisma.author.findMany()) name.set(a.id, `author:${a.name}`);
  for (const p of positions)
    name.set(p.id, `position:${name.get(p.personId)}:${p.role}:${name.get(p.institutionId ?? "")}`);
  const n = (id: string | null) => (id === null ? null : (name.get(id) ?? `unknown ${id}`));
  const aliases = (rows: { alias: string }[]) => rows.map((a) => a.alias).sort();
  const facts = async <T extends Record<string, unknown>>(rows: Promise<T[]>) =>
    sorted(
      (await rows).map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k.endsWith("Id") ? n(v as string | null) : v])),
      ),
    );
  const provenance = { field: true, spanStart: true, spanEnd: true, confidence: true, extractor: true } as const;
  return {
    people: sorted(people.map((p) => ({ name: p.name, aliases: aliases(p.aliases) }))),
    places: sorted(places.map((p) => ({ ...p, id: undefined, parentId: n(p.parentId), aliases: aliases(p.aliases) }))),
    institutions: sorted(
      institutions.map((i) => ({
        ...i,
        id: undefined,
        parentId: n(i.parentId),
        placeId: n(i.placeId),
        aliases: aliases(i.aliases),
      })),
    ),
    articles: sorted(
      articles.map((a) => ({ ...a, id: undefined, sourceId: n(a.sourceId), datelinePlaceId: n(a.datelinePlaceId) })),
    ),
    positions: sorted(
      positions.map((p) => ({ ...p, id: undefined, personId: n(p.personId), institutionId: n(p.institutionId) })),
    ),
    events: sorted(events.map((e) => ({ ...e, id: undefined, placeId: n(e.placeId), hostId: n(e.hostId) }))),
    products: await facts(
      prisma.product.findMany({ select: { name: true, category: true, producerId: true, shownAtId: true } }),
    ),
    reports: await facts(
      prisma.positionReport.findMany({ select: { positionId: true, articleId: true, title: true, ...provenance } }),
    ),
    quotes: await facts(
      prisma.quote.findMany({
        select: { text: true, speakerId: true, positionId: true, articleId: true, ...provenance },
      }),
    ),
    labelledQuotes: await facts(
      prisma.labelledQuote.findMany({ select: { text: true, speakerLabel: true, articleId: true, ...provenance } }),
    ),
    personMentions: await facts(
      prisma.personMention.findMany({ select: { personId: true, articleId: true, spans: true, confidence: true } }),
    ),
    institutionMentions: await facts(
      prisma.institutionMention.findMany({ select: { institutionId: true, articleId: true, spans: true } }),
    ),
    placeMentions: await facts(
      prisma.placeMention.findMany({ select: { placeId: true, articleId: true, spans: true } }),
    ),
    productMentions: await facts(
      prisma.productMention.findMany({
        select: { product: { select: { name: true } }, articleId: true, spans: true },
      }),
    ),
    eventReports: await facts(
      prisma.eventReport.findMany({ select: { eventId: true, articleId: true, ...provenance } }),
    ),
    eventTopics: await facts(prisma.eventTopic.findMany({ select: { eventId: true, topicId: true } })),
    participants: await facts(
      prisma.eventParticipant.findMany({ select: { eventId: true, personId: true, role: true, articleId: true } }),
    ),
    groupParticipants: await facts(
      prisma.eventGroupParticipant.findMany({
        select: { eventId: true, label: true, institutionId: true, role: true, articleId: true, ...provenance },
      }),
    ),
    articleTopics: await facts(
      prisma.articleTopic.findMany({ select: { articleId: true, topicId: true, confidence: true, extractor: true } }),
    ),
    authors: await facts(prisma.articleAuthor.findMany({ select: { articleId: true, authorId: true, ordinal: true } })),
    coMentions: sorted(
      (await prisma.coMention.findMany()).map((c) => [
        n(c.entityKey.slice(c.entityKey.indexOf(":") + 1)),
        n(c.otherKey.slice(c.otherKey.indexOf(":") + 1)),
        c.articles,
      ]),
    ),
    // the feeds in sequence order
    articleFeed: (
      await prisma.articleEvent.findMany({ orderBy: { sequence: "asc" }, select: { articleId: true } })
    ).map((e) => n(e.articleId)),
    changeFeed: (
      await prisma.changeEvent.findMany({
        orderBy: { sequence: "asc" },
        select: {
          kind: true,
          articleId: true,
          personId: true,
          institutionId: true,
          positionId: true,
          changedFields: true,
        },
      })
    ).map((c) => [c.kind, n(c.articleId), n(c.personId), n(c.institutionId), n(c.positionId), c.changedFields.join()]),
  };
}
