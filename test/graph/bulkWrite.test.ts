import { expect, it } from "vitest";
import { writeArticleDraft, writeArticleDrafts } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { describeEachStore, openTestStore } from "../support/stores.ts";
import { describeGraph, mixedDrafts } from "./bulkGraph.ts";

describeEachStore("bulk writes", (fixture, kind) => {
  it("leave the same graph and feeds as the same drafts written one by one", async () => {
    const drafts = mixedDrafts();
    for (const draft of drafts) await writeArticleDraft(fixture.store.prisma, draft);
    const oneByOne = await describeGraph(fixture.store.prisma);

    const other = await openTestStore(kind);
    try {
      // small batches, so several batches meet nodes that earlier batches created
      const outcomes = await writeArticleDrafts(other.store.prisma, drafts, { batchSize: 8 });
      expect(outcomes.filter((o) => !o.ok)).toEqual([]);
      const bulk = await describeGraph(other.store.prisma);
      for (const key of Object.keys(oneByOne) as (keyof typeof oneByOne)[]) {
        expect({ [key]: bulk[key] }).toEqual({ [key]: oneByOne[key] });
      }
      expect(outcomes.map((o) => o.ok && o.result.created)).toEqual(
        drafts.map((_, index) => index !== 26 && index !== 27),
      );
    } finally {
      await other.dispose();
    }
  }, 600_000);

  it("find a stored event by its kind, day and host when a batch names it otherwise", async () => {
    const prisma = fixture.store.prisma;
    await writeArticleDraft(prisma, parseArticleDraft(syntheticDraft(2000)));
    const events = await prisma.event.count();
    const renamed = syntheticDraft(2001);
    renamed.events = renamed.events?.map((event) => ({ ...event, name: `${event.name} hari kedua` }));
    const outcomes = await writeArticleDrafts(prisma, [parseArticleDraft(renamed)]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await prisma.event.count()).toBe(events);
    const article = await prisma.article.findFirstOrThrow({
      where: { url: renamed.article?.url },
      select: { id: true },
    });
    expect(await prisma.eventReport.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("write the rest of a batch when one article in its middle cannot be written, and report that one", async () => {
    const good = (index: number) => parseArticleDraft(syntheticDraft(1000 + index));
    const bad = parseArticleDraft({
      ...syntheticDraft(1100),
      // PostgreSQL refuses a NUL character in text: the draft is valid, its write fails
      article: { ...syntheticDraft(1100).article, lede: "sebelum\u0000sesudah" },
    });
    const drafts = [good(0), good(1), good(2), bad, good(3), good(4)];
    const before = await fixture.store.prisma.article.count();
    const outcomes = await writeArticleDrafts(fixture.store.prisma, drafts, { batchSize: 10 });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false, true, true]);
    const failure = outcomes[3] as { ok: false; error: unknown };
    expect(String(failure.error)).toMatch(/0x00|invalid byte|null character/i);
    expect(await fixture.store.prisma.article.count()).toBe(before + 5);
    expect(await fixture.store.prisma.article.count({ where: { url: drafts[3]?.article.url } })).toBe(0);
    // the failed article left nothing: its reporter is unknown to the graph
    expect(await fixture.store.prisma.person.count({ where: { name: "Petugas Nomor 1100" } })).toBe(0);
    expect(await fixture.store.prisma.articleEvent.count()).toBe(before + 5);
  });
});
