import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { encodeCursor } from "../../src/schema/pagination.ts";
import { seedDraft, syntheticDraft } from "../support/drafts.ts";
import { testPubSub } from "../support/graphql.ts";
import { subscribeOverSse } from "../support/sse.ts";
import { describeEachStore } from "../support/stores.ts";

const GRAPH_CHANGED = /* GraphQL */ `
  subscription GraphChanged($kinds: [ChangeKind!], $filter: ChangeFilter, $after: String) {
    graphChanged(kinds: $kinds, filter: $filter, after: $after) {
      cursor kind changedFields article { url title } person { name }
    }
  }
`;

interface GraphChangedData {
  graphChanged: {
    cursor: string;
    kind: string;
    changedFields: string[];
    article: { url: string | null; title: string } | null;
    person: { name: string } | null;
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describeEachStore("Subscription.graphChanged", (fixture) => {
  beforeAll(async () => {
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft(seedDraft()));
  });

  /** Writes a draft as ingest does: commit, then wake the subscribers. */
  async function write(draft: ReturnType<typeof syntheticDraft>) {
    const written = await writeArticleDraft(fixture.store.prisma, parseArticleDraft(draft));
    testPubSub.publish("articleFeedGrew");
    return written;
  }

  let firstCursor = "";

  it("delivers the kinds asked for, about the entity asked for, live: an added article, then its correction", async () => {
    const subscription = subscribeOverSse<GraphChangedData>(GRAPH_CHANGED, {
      kinds: ["ARTICLE_ADDED", "ARTICLE_UPDATED", "PERSON_ADDED"],
      filter: { person: "Petugas Nomor 5" },
    });
    try {
      await settle();
      await write(syntheticDraft(4)); // about another reporter: filtered out
      await write(syntheticDraft(5));
      const corrected = syntheticDraft(5);
      if (!corrected.article) throw new Error("the synthetic draft has an article");
      corrected.article.title = `${corrected.article.title} (koreksi)`;
      await write(corrected);
      const events = (await subscription.next(3)).map((e) => {
        expect(e.errors).toBeUndefined();
        return e.data?.graphChanged;
      });
      expect(events.map((e) => [e?.kind, e?.changedFields])).toEqual([
        ["ARTICLE_ADDED", []],
        ["PERSON_ADDED", []],
        ["ARTICLE_UPDATED", ["title"]],
      ]);
      expect(events[0]?.article?.url).toBe("https://news.example.test/artikel/5");
      expect(events[1]?.person?.name).toBe("Petugas Nomor 5");
      expect(events[2]?.article?.title).toBe(corrected.article.title);
      firstCursor = events[0]?.cursor ?? "";
      await settle();
      expect(subscription.events).toHaveLength(3);
    } finally {
      await subscription.close();
    }
  });

  it("replays what changed after a cursor before going live", async () => {
    const subscription = subscribeOverSse<GraphChangedData>(GRAPH_CHANGED, {
      filter: { person: "Petugas Nomor 5" },
      after: firstCursor,
    });
    try {
      const replayed = await subscription.next(3);
      // PERSON_ADDED, POSITION_REPORTED (not filtered by kind here), ARTICLE_UPDATED
      expect(replayed.map((e) => e.data?.graphChanged.kind)).toEqual([
        "PERSON_ADDED",
        "POSITION_REPORTED",
        "ARTICLE_UPDATED",
      ]);
      await write(syntheticDraft(6)); // another reporter: not delivered
      const again = syntheticDraft(5);
      if (!again.article) throw new Error("the synthetic draft has an article");
      again.article.title = `${again.article.title} (koreksi kedua)`;
      await write(again);
      const [, , , live] = await subscription.next(4);
      expect(live?.data?.graphChanged).toMatchObject({ kind: "ARTICLE_UPDATED", changedFields: ["title"] });
    } finally {
      await subscription.close();
    }
  });

  it("refuses a cursor beyond the end of the feed, here and in articleAdded", async () => {
    const beyond = encodeCursor(["999999999"]);
    const changed = subscribeOverSse<GraphChangedData>(GRAPH_CHANGED, { after: beyond });
    const added = subscribeOverSse<unknown>(
      "subscription ($after: String) { articleAdded(after: $after) { cursor } }",
      {
        after: beyond,
      },
    );
    try {
      const [changedError] = await changed.next(1);
      expect(changedError?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(changedError?.errors?.[0]?.message).toMatch(/beyond the end/);
      const [addedError] = await added.next(1);
      expect(addedError?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(addedError?.errors?.[0]?.message).toMatch(/beyond the end/);
    } finally {
      await changed.close();
      await added.close();
    }
  });
});
