import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { changeCursorOf } from "../../src/schema/changeFeedReader.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { seedText, syntheticDraft } from "../support/drafts.ts";
import { type ServerProcess, type SseEvent, startServerProcess, subscribeOverHttpSse } from "../support/processes.ts";
import { createScratchDatabase } from "../support/stores.ts";

const CHANGES = /* GraphQL */ `subscription { graphChanged { cursor kind } }`;

describe("feed readers of two server processes on one PostgreSQL, without Redis", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let writer: Store;
  let apiKey = "";
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase("wg_feed_notify");
    writer = await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 2 });
    apiKey = (await createApiKey(writer.prisma, "notify", ["ingest"])).key;
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await writer?.close();
    await database?.drop();
  });

  it("delivers every change to subscribers of both, woken by NOTIFY (the poll is ten minutes)", async () => {
    const env = { DATABASE_URL: database.url, REDIS_URL: "", WARTAGRAPH_FEED_POLL_MS: "600000" };
    const [first, second] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    servers.push(first, second);
    const subscribers = [first, first, second, second].map((server) => subscribeOverHttpSse(server.url, CHANGES));
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // one article through the first server, one written by a third process (this test)
      const ingest = await fetch(first.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({
          query: "mutation($text: String!) { ingestArticle(input: { text: $text }) { created } }",
          variables: { text: seedText() },
        }),
      });
      expect(await ingest.json()).toEqual({ data: { ingestArticle: { created: true } } });
      await writeArticleDraft(writer.prisma, parseArticleDraft(syntheticDraft(1)));

      const expected = (
        await writer.prisma.changeEvent.findMany({ orderBy: { sequence: "asc" }, select: { sequence: true } })
      ).map((event) => changeCursorOf(event.sequence));
      const cursorOf = (event: SseEvent) =>
        (event.data as { data?: { graphChanged?: { cursor: string } } } | null)?.data?.graphChanged?.cursor;
      for (const subscriber of subscribers) {
        await subscriber.until((event) => cursorOf(event) === expected.at(-1), 60_000);
        const received = subscriber.events.filter((event) => event.event === "next").map(cursorOf);
        expect(received).toEqual(expected);
      }
    } finally {
      await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    }
  }, 180_000);
});
