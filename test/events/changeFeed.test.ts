import { describe, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { type ArticleDraftInput, parseArticleDraft } from "../../src/ingest/draft.ts";
import type { PrismaClient } from "../../src/store/index.ts";
import { seedDraft, syntheticDraft } from "../support/drafts.ts";
import { describeEachStore } from "../support/stores.ts";

/** The feed entries after `after`, oldest first, as the tests compare them. */
async function feedAfter(prisma: PrismaClient, after: bigint) {
  const rows = await prisma.changeEvent.findMany({
    where: { sequence: { gt: after } },
    orderBy: { sequence: "asc" },
    include: { person: { select: { name: true } }, position: { select: { title: true } } },
  });
  return rows;
}

async function lastSequence(prisma: PrismaClient): Promise<bigint> {
  return (await prisma.changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n;
}

describeEachStore("the change feed of article writes", (fixture) => {
  it("announces a new article, the people it introduces and the positions it reports first", async () => {
    const { prisma } = fixture.store;
    const written = await writeArticleDraft(prisma, parseArticleDraft(seedDraft()));
    const events = await feedAfter(prisma, 0n);
    expect(events[0]).toMatchObject({ kind: "ARTICLE_ADDED", articleId: written.articleId, changedFields: [] });
    const people = events.filter((e) => e.kind === "PERSON_ADDED").map((e) => e.person?.name);
    expect(people).toEqual(expect.arrayContaining(["Hemu", "Mardi Santoso"]));
    expect(new Set(people).size).toBe(people.length);
    const positions = events.filter((e) => e.kind === "POSITION_REPORTED");
    expect(positions.length).toBe(seedDraft().positions?.length);
    for (const event of positions) {
      expect(event.personId).toEqual(expect.any(String));
      expect(event.articleId).toBe(written.articleId);
    }
    // the articleAdded feed goes on as before
    expect(await prisma.articleEvent.count({ where: { articleId: written.articleId } })).toBe(1);
  });

  it("announces only what a further article adds to the graph", async () => {
    const { prisma } = fixture.store;
    const start = await lastSequence(prisma);
    const written = await writeArticleDraft(prisma, parseArticleDraft(syntheticDraft(1)));
    const events = await feedAfter(prisma, start);
    expect(events.map((e) => e.kind)).toEqual(["ARTICLE_ADDED", "PERSON_ADDED", "POSITION_REPORTED"]);
    expect(events[1]?.person?.name).toBe("Petugas Nomor 1");
    expect(events[2]).toMatchObject({ articleId: written.articleId, position: { title: "Petugas Rutan Blora" } });
    expect(events[2]?.institutionId).toEqual(expect.any(String));
    // sequences follow the order of the writes
    expect(events.every((e, i) => i === 0 || e.sequence > (events[i - 1]?.sequence ?? 0n))).toBe(true);
  });

  it("writes nothing when an article comes again unchanged", async () => {
    const { prisma } = fixture.store;
    const start = await lastSequence(prisma);
    const again = await writeArticleDraft(prisma, parseArticleDraft(syntheticDraft(1)));
    expect(again.created).toBe(false);
    expect(await feedAfter(prisma, start)).toEqual([]);
  });

  it("reports ARTICLE_UPDATED with exactly the fields that changed", async () => {
    const { prisma } = fixture.store;
    const start = await lastSequence(prisma);
    const corrected = syntheticDraft(1);
    if (!corrected.article) throw new Error("the synthetic draft has an article");
    // appended, so the title spans the draft gives stay inside it
    corrected.article.title = `${corrected.article.title} (koreksi)`;
    const written = await writeArticleDraft(prisma, parseArticleDraft(corrected));
    expect(written.created).toBe(false);
    const events = await feedAfter(prisma, start);
    expect(events.map((e) => ({ kind: e.kind, articleId: e.articleId, changedFields: e.changedFields }))).toEqual([
      { kind: "ARTICLE_UPDATED", articleId: written.articleId, changedFields: ["title"] },
    ]);
    // no second articleAdded for an update
    expect(await prisma.articleEvent.count({ where: { articleId: written.articleId } })).toBe(1);
  });

  it("names the facts when a re-ingest changes what the article reports", async () => {
    const { prisma } = fixture.store;
    const start = await lastSequence(prisma);
    const fewer = syntheticDraft(1);
    if (!fewer.article) throw new Error("the synthetic draft has an article");
    fewer.article.title = `${fewer.article.title} (koreksi)`;
    fewer.quotes = [];
    await writeArticleDraft(prisma, parseArticleDraft(fewer));
    const events = await feedAfter(prisma, start);
    expect(events.map((e) => [e.kind, e.changedFields])).toEqual([["ARTICLE_UPDATED", ["facts"]]]);
  });

  describe("facts and date lines task H added", () => {
    /**
     * An article of its own: a labelled quote, the seed's groups of participants and a date line at
     * a WIB midnight, so that precision DAY is a valid draft for the same instant.
     */
    function factsDraft(change: (draft: ArticleDraftInput) => void = () => {}): ArticleDraftInput {
      const draft = syntheticDraft(900);
      if (!draft.article) throw new Error("the synthetic draft has an article");
      draft.article.publishedAt = "2025-11-30T00:00:00+07:00";
      const said = draft.article.body.slice(0, 40);
      draft.labelledQuotes = [{ text: said, speakerLabel: "salah seorang warga", provenance: { start: 0, end: 40 } }];
      change(draft);
      return draft;
    }
    const firstGroup = (draft: ArticleDraftInput) => {
      const group = draft.events?.[0]?.groupParticipants?.[0];
      if (!group) throw new Error("the seed names a group of participants");
      return group;
    };

    async function changedBy(prisma: PrismaClient, draft: ArticleDraftInput) {
      const start = await lastSequence(prisma);
      const written = await writeArticleDraft(prisma, parseArticleDraft(draft));
      expect(written.created).toBe(false);
      return (await feedAfter(prisma, start)).map((e) => [e.kind, e.changedFields]);
    }

    it("writes nothing when the article comes again with the same labelled quote, groups and precision", async () => {
      const { prisma } = fixture.store;
      expect((await writeArticleDraft(prisma, parseArticleDraft(factsDraft()))).created).toBe(true);
      expect(await changedBy(prisma, factsDraft())).toEqual([]);
    });

    it("names the facts when only a labelled quote changes", async () => {
      const { prisma } = fixture.store;
      const relabelled = (draft: ArticleDraftInput) => {
        const quote = draft.labelledQuotes?.[0];
        if (quote) quote.speakerLabel = "seorang pedagang";
      };
      expect(await changedBy(prisma, factsDraft(relabelled))).toEqual([["ARTICLE_UPDATED", ["facts"]]]);
      // and back, the text this time
      expect(await changedBy(prisma, factsDraft())).toEqual([["ARTICLE_UPDATED", ["facts"]]]);
      const reworded = (draft: ArticleDraftInput) => {
        const quote = draft.labelledQuotes?.[0];
        if (quote) quote.text = `${quote.text}.`;
      };
      expect(await changedBy(prisma, factsDraft(reworded))).toEqual([["ARTICLE_UPDATED", ["facts"]]]);
      expect(await changedBy(prisma, factsDraft())).toEqual([["ARTICLE_UPDATED", ["facts"]]]);
    });

    it("names the facts when only a group of participants changes", async () => {
      const { prisma } = fixture.store;
      const host = (draft: ArticleDraftInput) => {
        firstGroup(draft).role = "HOST";
      };
      expect(await changedBy(prisma, factsDraft(host))).toEqual([["ARTICLE_UPDATED", ["facts"]]]);
      expect(await changedBy(prisma, factsDraft())).toEqual([["ARTICLE_UPDATED", ["facts"]]]);
      const ofRutanBlora = (draft: ArticleDraftInput) => {
        firstGroup(draft).institution = "rutan-blora";
      };
      expect(await changedBy(prisma, factsDraft(ofRutanBlora))).toEqual([["ARTICLE_UPDATED", ["facts"]]]);
      expect(await changedBy(prisma, factsDraft())).toEqual([["ARTICLE_UPDATED", ["facts"]]]);
    });

    it("names publishedAt when only the date line's precision changes, at the same instant", async () => {
      const { prisma } = fixture.store;
      const dayOnly = (draft: ArticleDraftInput) => {
        if (draft.article) draft.article.publishedPrecision = "DAY";
      };
      expect(await changedBy(prisma, factsDraft(dayOnly))).toEqual([["ARTICLE_UPDATED", ["publishedAt"]]]);
      expect(await changedBy(prisma, factsDraft(dayOnly))).toEqual([]);
      expect(await changedBy(prisma, factsDraft())).toEqual([["ARTICLE_UPDATED", ["publishedAt"]]]);
    });
  });
});
