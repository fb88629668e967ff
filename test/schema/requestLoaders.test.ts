import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { loaderFactories } from "../../src/schema/loaders.ts";
import { seedDraft, syntheticDraft } from "../support/drafts.ts";
import { countStatements, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/** How many times each of a request's loaders was built while `work` ran. */
async function loadersBuiltBy(work: () => Promise<unknown>) {
  const spies = {
    mentionedArticleCount: vi.spyOn(loaderFactories, "mentionedArticleCount"),
    positionTimeline: vi.spyOn(loaderFactories, "positionTimeline"),
    coAppearances: vi.spyOn(loaderFactories, "coAppearances"),
  };
  for (const spy of Object.values(spies)) spy.mockClear();
  await work();
  return {
    mentionedArticleCount: spies.mentionedArticleCount.mock.calls.length,
    positionTimeline: spies.positionTimeline.mock.calls.length,
    coAppearances: spies.coAppearances.mock.calls.length,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describeEachStore("a request's loaders", (fixture) => {
  beforeAll(async () => {
    const { prisma } = fixture.store;
    await writeArticleDraft(prisma, parseArticleDraft(seedDraft()));
    await writeArticleDraft(prisma, parseArticleDraft(syntheticDraft(1)));
  });

  it("are not built for a request that reads none of them", async () => {
    const built = await loadersBuiltBy(() => query(/* GraphQL */ "{ __typename }"));
    expect(built).toEqual({ mentionedArticleCount: 0, positionTimeline: 0, coAppearances: 0 });
  });

  it("are built once per request and shared by the fields that read them, in one batched statement", async () => {
    // two fields of each person read the same loader in the same tick: one statement for all ten
    const twoCountsPerPerson = /* GraphQL */ `{
      people(first: 5) { edges { node { name
        articles(first: 1) { totalCount }
        latest: articles(first: 2) { totalCount }
      } } }
    }`;
    const built = await loadersBuiltBy(async () => {
      const read = await countStatements(() => query(twoCountsPerPerson));
      expect(read.sql.filter((sql) => sql.includes(`SELECT 'Person:' ||`))).toHaveLength(1);
    });
    expect(built).toEqual({ mentionedArticleCount: 1, positionTimeline: 0, coAppearances: 0 });
    // a second request builds its own
    expect((await loadersBuiltBy(() => query(twoCountsPerPerson))).mentionedArticleCount).toBe(1);
  });

  it("are shared by fields under different root fields of one request", async () => {
    const built = await loadersBuiltBy(() =>
      query(/* GraphQL */ `{
        people(first: 5) { edges { node { articles(first: 1) { totalCount } } } }
        institutions(first: 5) { edges { node { articles(first: 1) { totalCount } } } }
        places(first: 5) { edges { node { articles(first: 1) { totalCount } } } }
      }`),
    );
    expect(built).toEqual({ mentionedArticleCount: 1, positionTimeline: 0, coAppearances: 0 });
  });

  it("build the timeline and co-appearance loaders when a field reads them", async () => {
    const built = await loadersBuiltBy(() =>
      query(/* GraphQL */ `{
        people(first: 5) { edges { node { name appearsWith(first: 3) { sharedArticles } positions { firstReportedAt reportCount } } } }
      }`),
    );
    expect(built).toEqual({ mentionedArticleCount: 0, positionTimeline: 1, coAppearances: 1 });
  });
});
