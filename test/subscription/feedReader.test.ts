import type { ExecutionResult } from "graphql";
import { expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { changeCursorOf } from "../../src/schema/changeFeedReader.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { countStatements, testPubSub, testYoga } from "../support/graphql.ts";
import { subscribeOverSse } from "../support/sse.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * The bound on what a subscriber may have waiting: each test below writes one article per
 * wake-up (three events), so a client that reads keeps far below it, one that does not passes it.
 */
const BUFFER = 30;
process.env.WARTAGRAPH_SUBSCRIBER_BUFFER = String(BUFFER);
// the safety-net poll stays out of the way: these tests wake the reader themselves
process.env.WARTAGRAPH_FEED_POLL_MS = "60000";

type Change = { graphChanged: { cursor: string; kind: string } };
const CHANGES = /* GraphQL */ `subscription ($after: String) { graphChanged(after: $after) { cursor kind } }`;
const ARTICLES = /* GraphQL */ `subscription { articleAdded { cursor } }`;

let articles = 0;

describeEachStore("one feed reader per process", (fixture) => {
  /** Writes one article the way another process would (no wake-up), then wakes this process's reader. */
  async function writeAndWake(): Promise<void> {
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(++articles)));
    testPubSub.publish("articleFeedGrew");
  }

  async function cursorsAfter(sequence: bigint): Promise<string[]> {
    const events = await fixture.store.prisma.changeEvent.findMany({
      where: { sequence: { gt: sequence } },
      orderBy: { sequence: "asc" },
      select: { sequence: true },
    });
    return events.map((event) => changeCursorOf(event.sequence));
  }

  const lastSequence = async () =>
    (await fixture.store.prisma.changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n;

  /** Opens `count` subscribers and waits until each has joined (one article seen by all). */
  async function openSubscribers(count: number) {
    const subscribers = Array.from({ length: count }, (_, index) =>
      index % 5 === 0 ? subscribeOverSse<unknown>(ARTICLES) : subscribeOverSse<Change>(CHANGES),
    );
    // a subscription takes its starting position when it opens: wait until all have, then warm up
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeAndWake();
    await Promise.all(subscribers.map((subscriber) => subscriber.next(1)));
    return subscribers;
  }

  /** The statements this process runs from a write's wake-up until every subscriber has its events. */
  async function statementsPerWakeUp(count: number): Promise<number> {
    const subscribers = await openSubscribers(count);
    try {
      const before = await lastSequence();
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(++articles)));
      const changes = (await cursorsAfter(before)).length;
      const seen = subscribers.map((subscriber) => subscriber.events.length);
      const { statements } = await countStatements(async () => {
        testPubSub.publish("articleFeedGrew");
        // the article subscribers get one more event, the change subscribers every change
        await Promise.all(
          subscribers.map((subscriber, index) => subscriber.next((seen[index] ?? 0) + (index % 5 === 0 ? 1 : changes))),
        );
      });
      return statements;
    } finally {
      await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    }
  }

  it("reads the feeds with as many statements for 50 subscribers as for 2", async () => {
    const few = await statementsPerWakeUp(2);
    const many = await statementsPerWakeUp(50);
    // one read of each feed (and nothing per subscriber)
    expect(few).toBe(2);
    expect(many).toBe(few);
  });

  it("hands a resuming subscriber the replay, then the live events, none missing or repeated", async () => {
    const start = await lastSequence();
    await writeAndWake();
    await writeAndWake();
    const resumed = subscribeOverSse<Change>(CHANGES, { after: changeCursorOf(start) });
    try {
      // live writes while the replay is read
      for (let i = 0; i < 4; i++) await writeAndWake();
      const expected = await cursorsAfter(start);
      const received = await resumed.next(expected.length);
      expect(received.map((event) => event.data?.graphChanged.cursor)).toEqual(expected);
      await writeAndWake();
      const more = await cursorsAfter(start);
      const all = await resumed.next(more.length);
      expect(all.map((event) => event.data?.graphChanged.cursor)).toEqual(more);
    } finally {
      await resumed.close();
    }
  });

  it("drops a subscriber that falls behind, saying where to resume, while a fast one keeps receiving", async () => {
    const start = await lastSequence();
    const fast = subscribeOverSse<Change>(CHANGES);
    // a client that opens the stream and reads nothing of it
    const slowResponse = await testYoga().fetch("http://wartagraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: CHANGES }),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const writes = Math.ceil((BUFFER * 2) / 3);
      for (let i = 0; i < writes; i++) await writeAndWake();
      const expected = await cursorsAfter(start);
      expect(expected.length).toBeGreaterThan(BUFFER * 1.5);
      const received = await fast.next(expected.length);
      expect(received.map((event) => event.data?.graphChanged.cursor)).toEqual(expected);
      expect(received.every((event) => !event.errors)).toBe(true);

      // now the slow client reads: what it had, the reason, and the end of the stream
      const slowEvents = await readWholeStream(slowResponse);
      const dropped = slowEvents.at(-1);
      const error = dropped?.errors?.[0];
      expect(error?.message).toMatch(/^dropped: fell behind by \d+ events; resume with after: \S+$/);
      expect(error?.extensions?.code).toBe("SUBSCRIBER_DROPPED");
      const delivered = slowEvents.slice(0, -1).map((event) => event.data?.graphChanged.cursor);
      expect(delivered).toEqual(expected.slice(0, delivered.length));
      const resumeAfter = String(error?.extensions?.after);
      // the last event it was handed, or where it started when it read none
      expect(resumeAfter).toBe(delivered.at(-1) ?? changeCursorOf(start));

      // resuming where it says gives the rest, nothing twice
      const resumed = subscribeOverSse<Change>(CHANGES, { after: resumeAfter });
      try {
        const rest = expected.slice(expected.indexOf(resumeAfter) + 1);
        const replayed = await resumed.next(rest.length);
        expect(replayed.map((event) => event.data?.graphChanged.cursor)).toEqual(rest);
      } finally {
        await resumed.close();
      }
    } finally {
      await fast.close();
      await slowResponse.body?.cancel().catch(() => {});
    }
  });
});

/** Every `data:` payload of an SSE response, read until the server ends it. */
async function readWholeStream(response: Response): Promise<ExecutionResult<Change>[]> {
  const text = await response.text();
  return text
    .split("\n\n")
    .map((block) =>
      block
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trim())
        .join("\n"),
    )
    .filter((data) => data.length > 0)
    .map((data) => JSON.parse(data) as ExecutionResult<Change>);
}
