import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  createExtractionPool,
  ExtractionBusyError,
  type ExtractionPool,
  ExtractionTimeoutError,
} from "../../src/graph/extractionPool.ts";
import { draftOf, type GroupOutcome, runExtractionGroup } from "../../src/graph/extractionTask.ts";
import { DraftValidationError, parseArticleDraft } from "../../src/ingest/draft.ts";
import { ExtractionError, extractArticle } from "../../src/ingest/extract/index.ts";
import { seedText } from "../support/drafts.ts";

/** The seed article with its body repeated to about `size` characters: seconds of extraction. */
function longArticle(size: number): string {
  const seed = seedText();
  const body = seed.split("\n\n").slice(1).join("\n\n");
  let text = seed;
  while (text.length + body.length + 2 < size) text += `\n\n${body}`;
  return text;
}

describe("the extraction pool", () => {
  const pools: ExtractionPool[] = [];
  const pool = (threads: number, timeoutMs: number) => {
    const created = createExtractionPool({ threads, timeoutMs });
    pools.push(created);
    return created;
  };
  afterAll(async () => {
    await Promise.all(pools.map((created) => created.close()));
  });

  it("answers with the draft the extractor makes on this thread", async () => {
    const url = "https://news.example.test/artikel/di-thread-lain";
    const draft = await pool(1, 60_000).extract(seedText(), { url });
    expect(draft).toEqual(parseArticleDraft(extractArticle(seedText(), { url })));
  });

  it("raises the extractor's errors as their own classes on this side of the thread", async () => {
    const extraction = pool(1, 60_000);
    await expect(extraction.extract("   ")).rejects.toBeInstanceOf(ExtractionError);
    await expect(extraction.extract(seedText(), { url: "ftp://x.example" })).rejects.toThrow(/not an http\(s\) URL/);
    // no text the extractor writes fails validation, so the mapping itself is checked
    const issues = [{ path: "article.title", message: "too long" }];
    expect(() => draftOf({ ok: false, kind: "draft", issues })).toThrow(DraftValidationError);
    expect(() => draftOf({ ok: false, kind: "extraction", message: "no title found" })).toThrow(ExtractionError);
  });

  it("leaves the event loop free while it reads a long article", async () => {
    const extraction = pool(1, 120_000);
    // the thread is started (and the extractor loaded) before the turn that is watched
    await extraction.extract(seedText());
    let timerFired = false;
    const read = extraction.extract(longArticle(400_000)).then(() => timerFired);
    setTimeout(() => {
      timerFired = true;
    }, 0);
    // on this thread, extraction would hold the loop until it finished: the timer after it
    expect(await read).toBe(true);
  });

  it("cancels an extraction that runs past the limit, and reads the next article on a fresh thread", async () => {
    // the limit is a ratio, not a speed: each thread reads the seed article while it starts (not
    // counted), after which the seed takes a few milliseconds; 1.95 MB of text (the extractor's
    // limit is 2 MB), four hundred times more, takes most of a second even on a fast machine
    const extraction = pool(1, 200);
    // a thread starved of CPU by other work can miss even a seed-sized limit now and then: what is
    // checked is that the pool reads again after a cancellation, so a timed-out seed is retried
    const readsTheSeed = async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await extraction.extract(seedText());
        } catch (error) {
          if (!(error instanceof ExtractionTimeoutError) || attempt === 3) throw error;
        }
      }
    };
    await expect(readsTheSeed()).resolves.toMatchObject({ article: { title: expect.any(String) } });
    const cancelled = extraction.extract(longArticle(1_950_000));
    await expect(cancelled).rejects.toBeInstanceOf(ExtractionTimeoutError);
    await expect(cancelled).rejects.toThrow(/longer than 200 ms and was cancelled/);
    await expect(readsTheSeed()).resolves.toMatchObject({ article: { title: expect.any(String) } });
  });

  it("reads many articles several per task of a thread, each settled in input order as extract would", async () => {
    const extraction = pool(1, 60_000);
    const inputs = Array.from({ length: 20 }, (_, i) => ({
      text: i === 7 ? "   " : `${seedText()}\n\nCatatan redaksi nomor ${i}.`,
      options: { url: `https://news.example.test/banyak/${i}` },
    }));
    const tasks = vi.spyOn(Piscina.prototype, "run");
    let settled: Awaited<ReturnType<ExtractionPool["extractAll"]>>;
    let taskCount: number;
    try {
      settled = await extraction.extractAll(inputs);
      taskCount = tasks.mock.calls.length;
    } finally {
      tasks.mockRestore();
    }
    // two tasks (16 and 4 articles), not one per article: the thread reads a group without
    // waiting for this thread between its articles
    expect(taskCount).toBe(2);
    expect(settled).toHaveLength(20);
    settled.forEach((outcome, i) => {
      if (i === 7) {
        // the unreadable one fails alone, with the extractor's own error class
        expect(outcome.ok).toBe(false);
        expect(!outcome.ok && outcome.error).toBeInstanceOf(ExtractionError);
        return;
      }
      const input = inputs[i] as (typeof inputs)[number];
      expect(outcome).toEqual({ ok: true, draft: parseArticleDraft(extractArticle(input.text, input.options)) });
    });
  });

  it("cancels the one article of a group that runs past its own limit, and reads the others of the group", async () => {
    // each article has its own clock from the moment the thread starts on it: the seeds before
    // and after the long article are read (again, after the cancelled thread) and answered
    const extraction = pool(1, 400);
    await extraction.extract(seedText()).catch(() => {}); // a started thread
    const inputs = [seedText(), longArticle(1_950_000), seedText(), seedText()].map((text, i) => ({
      text: `${text}\n\nCatatan ${i}.`,
    }));
    const settled = await extraction.extractAll(inputs);
    expect(settled.map((outcome) => outcome.ok)).toEqual([true, false, true, true]);
    expect(!settled[1]?.ok && settled[1]?.error).toBeInstanceOf(ExtractionTimeoutError);
  });

  it("answers a group's outcomes as JSON in order, an unexpected error failing its article alone", async () => {
    const { port1: startedHere, port2: startedThere } = new MessageChannel();
    const started: number[] = [];
    startedHere.on("message", (index: number) => started.push(index));
    const articles = [
      { text: seedText(), options: { url: "https://news.example.test/satu" } },
      { text: "   ", options: {} },
      // an options value the extractor never gets from a caller: it throws a TypeError
      { text: seedText(), options: null as never },
    ];
    const outcomes = JSON.parse(runExtractionGroup({ articles, started: startedThere })) as GroupOutcome[];
    expect(outcomes.map((outcome) => (outcome.ok ? "ok" : outcome.kind))).toEqual(["ok", "extraction", "unexpected"]);
    expect(draftOf(outcomes[0] as GroupOutcome)).toEqual(
      parseArticleDraft(extractArticle(seedText(), { url: "https://news.example.test/satu" })),
    );
    expect(() => draftOf(outcomes[2] as GroupOutcome)).toThrow(Error);
    // the thread said when it started on each
    await vi.waitFor(() => expect(started).toEqual([0, 1, 2]));
    startedHere.close();
  });

  it("refuses articles beyond its queue as busy rather than holding them without bound", async () => {
    const extraction = pool(1, 60_000);
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => extraction.extract(seedText())));
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    for (const outcome of refused) expect(outcome.reason).toBeInstanceOf(ExtractionBusyError);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled").length).toBeGreaterThanOrEqual(16);
  });
});
