import { MessageChannel } from "node:worker_threads";
import { QueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { afterEach, beforeEach, expect, it } from "vitest";
import { countUncountedArticles } from "../../src/graph/coMentions.ts";
import { writeArticleDrafts } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { onSqlStatement } from "../../src/store/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { describeEachStore } from "../support/stores.ts";

/** Calls of Prisma's query compiler (the WebAssembly step every statement through the client takes) while a test runs. */
let compiled = 0;
const compile = QueryCompiler.prototype.compile;
beforeEach(() => {
  compiled = 0;
  QueryCompiler.prototype.compile = function counted(this: QueryCompiler, request: string) {
    compiled++;
    return compile.call(this, request);
  };
});
afterEach(() => {
  QueryCompiler.prototype.compile = compile;
});

describeEachStore("bulk write transactions", (fixture) => {
  it("go to the store's driver, not through Prisma's query compiler", async () => {
    const drafts = Array.from({ length: 12 }, (_, index) => parseArticleDraft(syntheticDraft(3000 + index)));
    const statements: string[] = [];
    const stop = onSqlStatement((statement) => statements.push(statement.sql));
    try {
      // the graph counts are left to the caller: they are not the batch's work
      const outcomes = await writeArticleDrafts(fixture.store.prisma, drafts, { deferGraphCounts: true });
      expect(outcomes.map((o) => o.ok && o.result.created)).toEqual(drafts.map(() => true));
    } finally {
      stop();
    }
    expect(compiled).toBe(0);
    // the statement counter still sees each of them (one batch: a few dozen, whatever its size)
    expect(statements.some((sql) => /INSERT INTO "Article"/.test(sql))).toBe(true);
    expect(statements.length).toBeLessThan(60);
    expect(
      await fixture.store.prisma.article.count({ where: { url: { in: drafts.map((d) => d.article.url ?? "") } } }),
    ).toBe(drafts.length);
  });

  it("count the articles a bulk write left uncounted on the driver too", async () => {
    const prisma = fixture.store.prisma;
    const drafts = Array.from({ length: 6 }, (_, index) => parseArticleDraft(syntheticDraft(3200 + index)));
    const outcomes = await writeArticleDrafts(prisma, drafts, { deferGraphCounts: true });
    const articleIds = outcomes.flatMap((o) => (o.ok ? [o.result.articleId] : []));
    expect(articleIds).toHaveLength(drafts.length);
    compiled = 0;
    // a wartagraph ingest of new articles then never starts Prisma's query compiler at all
    expect(await countUncountedArticles(prisma)).toBeGreaterThanOrEqual(drafts.length);
    expect(compiled).toBe(0);
    expect(await prisma.coMentionLedger.count({ where: { articleId: { in: articleIds } } })).toBe(drafts.length);
  });

  it("roll back on the driver: a batch that fails leaves nothing, and the next one is written", async () => {
    const prisma = fixture.store.prisma;
    const before = await prisma.article.count();
    const peopleBefore = await prisma.person.count();
    const bad = parseArticleDraft({
      ...syntheticDraft(3100),
      // PostgreSQL refuses a NUL character in text: the draft is valid, its write fails
      article: { ...syntheticDraft(3100).article, lede: "sebelum\u0000sesudah" },
    });
    // alone, so the batch is the article and its one-by-one retry fails the same way
    const [failed] = await writeArticleDrafts(prisma, [bad]);
    expect(failed?.ok).toBe(false);
    // its own error, not "current transaction is aborted" from a connection given back mid-transaction
    expect(String((failed as { error: unknown }).error)).toMatch(/0x00|invalid byte|null character/i);
    expect(await prisma.article.count()).toBe(before);
    expect(await prisma.person.count()).toBe(peopleBefore);
    const [written] = await writeArticleDrafts(prisma, [parseArticleDraft(syntheticDraft(3101))]);
    expect(written?.ok).toBe(true);
    expect(await prisma.article.count()).toBe(before + 1);
  });

  it("take messages from other threads between their statements", async () => {
    // an extraction thread's finished drafts arrive as a message; on PGlite, which answers on this
    // thread at once, a batch gave no turn of the event loop to take one until it had committed
    const { port1, port2 } = new MessageChannel();
    let received = 0;
    port2.on("message", () => {
      received++;
      port1.postMessage("again");
    });
    const statements: string[] = [];
    const stop = onSqlStatement((statement) => statements.push(statement.sql));
    try {
      const drafts = Array.from({ length: 8 }, (_, index) => parseArticleDraft(syntheticDraft(3300 + index)));
      port1.postMessage("first");
      const outcomes = await writeArticleDrafts(fixture.store.prisma, drafts, { deferGraphCounts: true });
      expect(outcomes.every((o) => o.ok)).toBe(true);
      // counted before the write's last turn of the event loop can add one more
      expect(received).toBeGreaterThanOrEqual(statements.length / 2);
    } finally {
      stop();
      port1.close();
    }
  });
});
