import { beforeAll, expect, it } from "vitest";
import { globalIdOf } from "../../src/curation/common.ts";
import { mergeEntities } from "../../src/curation/merge.ts";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { encodeCursor } from "../../src/schema/pagination.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { query } from "../support/graphql.ts";
import { subscribeOverSse } from "../support/sse.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * A service that stored a person's or an institution's ID keeps following it after curation
 * merged that node into another: filters by the merged-away ID mean the kept node.
 */

const CHANGES = /* GraphQL */ `
  query MergedChanges($filter: ChangeFilter) {
    changes(first: 50, kinds: [ARTICLE_ADDED], filter: $filter) { edges { node { article { url } } } }
  }
`;
const ARTICLE_ADDED = /* GraphQL */ `
  subscription MergedArticleAdded($filter: ArticleAddedFilter, $after: String) {
    articleAdded(filter: $filter, after: $after) { cursor article { url } }
  }
`;

interface ChangesData {
  changes: { edges: { node: { article: { url: string | null } | null } }[] };
}
interface ArticleAddedData {
  articleAdded: { cursor: string; article: { url: string | null } };
}

const urlOf = (index: number) => `https://news.example.test/artikel/${index}`;

describeEachStore("change filters by a merged node's old ID", (fixture) => {
  let mergedAway = "";
  let kept = "";

  beforeAll(async () => {
    // each synthetic article names its own reporter, "Petugas Nomor <n>"
    for (const index of [1, 2, 3])
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(index)));
    const personNamed = async (name: string) =>
      (await fixture.store.prisma.person.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
    const keptId = await personNamed("Petugas Nomor 1");
    const mergedId = await personNamed("Petugas Nomor 2");
    await mergeEntities(
      fixture.store.prisma,
      "test",
      { typename: "Person", id: keptId },
      { typename: "Person", id: mergedId },
    );
    kept = globalIdOf("Person", keptId);
    mergedAway = globalIdOf("Person", mergedId);
  });

  it("changes: the old ID selects the kept person's articles, the ones the merged node had among them", async () => {
    const urls = async (person: string) =>
      (await query<ChangesData, Record<string, unknown>>(CHANGES, { filter: { person } })).changes.edges.map(
        (edge) => edge.node.article?.url,
      );
    expect(await urls(mergedAway)).toEqual([urlOf(1), urlOf(2)]);
    expect(await urls(kept)).toEqual([urlOf(1), urlOf(2)]);
  });

  it("articleAdded: a replay filtered by the old ID delivers the kept person's articles", async () => {
    const subscription = subscribeOverSse<ArticleAddedData>(ARTICLE_ADDED, {
      filter: { person: mergedAway },
      after: encodeCursor(["0"]),
    });
    try {
      const events = await subscription.next(2);
      expect(events.map((event) => event.errors)).toEqual([undefined, undefined]);
      expect(events.map((event) => event.data?.articleAdded.article.url)).toEqual([urlOf(1), urlOf(2)]);
      // the third article names neither: it never comes
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(subscription.events).toHaveLength(2);
    } finally {
      await subscription.close();
    }
  });
});
