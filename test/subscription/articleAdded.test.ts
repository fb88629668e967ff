import { decodeGlobalID } from "@pothos/plugin-relay";
import { beforeAll, expect, it } from "vitest";
import { createApiKey, seedEmptyStore } from "../../src/graph/index.ts";
import { graphql } from "../generated/index.ts";
import { seedText as readSeedText } from "../support/drafts.ts";
import { query, testPubSub } from "../support/graphql.ts";
import { subscribeOverSse } from "../support/sse.ts";
import { describeEachStore } from "../support/stores.ts";

const seedText = readSeedText();

const Ingest = graphql(/* GraphQL */ `
  mutation IngestForSubscription($input: IngestArticleInput!) {
    ingestArticle(input: $input) { created article { id title } }
  }
`);

const PersonId = graphql(/* GraphQL */ `
  query PersonIdForSubscription($name: String!) { person(name: $name) { id } }
`);

const InstitutionId = graphql(/* GraphQL */ `
  query InstitutionIdForSubscription($name: String!) { institution(name: $name) { id } }
`);

const ARTICLE_ADDED = /* GraphQL */ `
  subscription ArticleAdded($filter: ArticleAddedFilter, $after: String) {
    articleAdded(filter: $filter, after: $after) { cursor article { id title people { name } } }
  }
`;

interface ArticleAddedData {
  articleAdded: { cursor: string; article: { id: string; title: string; people: { name: string }[] } };
}

/** A new article about Hemu (the seed text with a line of its own), or about someone else. */
function articleText(index: number, aboutHemu = true) {
  if (aboutHemu)
    return { text: `${seedText}\n\nPembaruan nomor ${index} dari redaksi.`, url: `https://sub.example.test/${index}` };
  return {
    text: `WARTAWAN\n\nBupati Blora Tinjau Pasar Nomor ${index}\n\nRedaksi - BLORA.WARTAWAN.ORG\n\nSenin, 1 Desember 2025 - 09:00 WIB\n\nBupati Blora, Arief Rohman, meninjau pasar nomor ${index} di Blora. "Pasar ini harus bersih," ujarnya.`,
    url: `https://sub.example.test/other/${index}`,
  };
}

describeEachStore("Subscription.articleAdded", (fixture) => {
  let apiKey = "";
  let hemuId = "";

  beforeAll(async () => {
    await seedEmptyStore(fixture.store.prisma);
    apiKey = (await createApiKey(fixture.store.prisma, "feed-test", ["ingest"])).key;
    hemuId = (await query(PersonId, { name: "Hemu" })).person?.id ?? "";
  });

  it("delivers new articles that match the filter, over SSE, with a cursor", async () => {
    const subscription = subscribeOverSse<ArticleAddedData>(ARTICLE_ADDED, { filter: { person: hemuId } });
    try {
      // let the subscription take its starting position before writing
      await new Promise((resolve) => setTimeout(resolve, 300));
      await query(Ingest, { input: articleText(1, false) }, { apiKey });
      await query(Ingest, { input: articleText(2) }, { apiKey });
      const [event] = await subscription.next(1);
      expect(event?.errors).toBeUndefined();
      expect(event?.data?.articleAdded.article.title).toMatch(/Kepala UPT Pemasyarakatan/);
      expect(event?.data?.articleAdded.article.people.map((p) => p.name)).toContain("Hemu");
      expect(event?.data?.articleAdded.cursor).toEqual(expect.any(String));
      // the article about someone else was filtered out
      expect(subscription.events).toHaveLength(1);
    } finally {
      await subscription.close();
    }
  });

  it("delivers only articles that name the institution of the filter", async () => {
    const rutanDemakId = (await query(InstitutionId, { name: "Rutan Demak" })).institution?.id ?? "";
    expect(rutanDemakId).not.toBe("");
    const subscription = subscribeOverSse<ArticleAddedData>(ARTICLE_ADDED, { filter: { institution: rutanDemakId } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await query(Ingest, { input: articleText(21, false) }, { apiKey });
      await query(Ingest, { input: articleText(22) }, { apiKey });
      const [event] = await subscription.next(1);
      expect(event?.errors).toBeUndefined();
      // the first article (about the Bupati, no Rutan Demak) was filtered out
      expect(event?.data?.articleAdded.article.title).toMatch(/Kepala UPT Pemasyarakatan/);
      expect(subscription.events).toHaveLength(1);
    } finally {
      await subscription.close();
    }
  });

  it("replays everything added after a cursor, so a reconnecting service misses nothing", async () => {
    const first = subscribeOverSse<ArticleAddedData>(ARTICLE_ADDED, {});
    let cursor = "";
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await query(Ingest, { input: articleText(10) }, { apiKey });
      cursor = (await first.next(1))[0]?.data?.articleAdded.cursor ?? "";
    } finally {
      await first.close();
    }
    // while disconnected, three articles arrive
    const missedUrls = [11, 12, 13].map((i) => articleText(i));
    const missedIds: string[] = [];
    for (const input of missedUrls)
      missedIds.push((await query(Ingest, { input }, { apiKey })).ingestArticle.article.id);

    const resumed = subscribeOverSse<ArticleAddedData>(ARTICLE_ADDED, { after: cursor });
    try {
      const replayed = await resumed.next(3);
      expect(replayed.map((e) => e.data?.articleAdded.article.id)).toEqual(missedIds);
      await query(Ingest, { input: articleText(14) }, { apiKey });
      const live = await resumed.next(4);
      expect(live[3]?.data?.articleAdded.article.title).toMatch(/Kepala UPT/);
    } finally {
      await resumed.close();
    }
  });

  it("wakes subscribers through the pubsub only after the article is committed", async () => {
    const wakeUps = testPubSub.subscribe("articleFeedGrew");
    const received = (async () => {
      for await (const _ of wakeUps) return true;
      return false;
    })();
    const { ingestArticle } = await query(Ingest, { input: articleText(20) }, { apiKey });
    expect(await received).toBe(true);
    const articleId = decodeGlobalID(ingestArticle.article.id).id;
    expect(await fixture.store.prisma.articleEvent.count({ where: { articleId } })).toBe(1);
  });

  it("refuses an after cursor it did not hand out instead of replaying the whole feed", async () => {
    const forged = Buffer.from(JSON.stringify(["banyak"])).toString("base64url");
    const subscription = subscribeOverSse<ArticleAddedData>(ARTICLE_ADDED, { after: forged });
    try {
      const [event] = await subscription.next(1);
      expect(event?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(event?.errors?.[0]?.message).toMatch(/not a cursor this subscription returned/);
    } finally {
      await subscription.close();
    }
  });

  it("adds nothing to the feed when an article is only updated", async () => {
    const before = await fixture.store.prisma.articleEvent.count();
    const again = await query(Ingest, { input: articleText(20) }, { apiKey });
    expect(again.ingestArticle.created).toBe(false);
    expect(await fixture.store.prisma.articleEvent.count()).toBe(before);
  });
});
