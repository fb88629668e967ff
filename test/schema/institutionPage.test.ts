import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { graphql } from "../generated/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { countStatements, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/** The web client's institution page: institution → articles(first: 20) → people → positions → institution. */
const InstitutionPage = graphql(/* GraphQL */ `
  query InstitutionPage($name: String!) {
    institution(name: $name) {
      id
      name
      articles(first: 20) {
        edges {
          node {
            title
            people {
              name
              positions {
                title
                institution {
                  name
                }
              }
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

/**
 * The statements the institution page costs: one. The institution (found through its alias),
 * its newest mentions, their articles, the people they name, their positions and the positions'
 * institutions are LATERAL joins of one statement (Prisma relationJoins), each with its LIMIT.
 */
const INSTITUTION_PAGE_STATEMENTS = 1;

describeEachStore("SQL statements of the institution page", (fixture) => {
  async function addArticles(from: number, to: number) {
    for (let index = from; index < to; index++) {
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(index)));
    }
  }

  beforeAll(async () => {
    await addArticles(0, 50);
  }, 300_000);

  it("does not grow with the number of articles, people and positions", async () => {
    const onFifty = await countStatements(() => query(InstitutionPage, { name: "Rutan Blora" }));
    const page = onFifty.result.institution;
    expect(page?.articles.edges).toHaveLength(20);
    expect(page?.articles.pageInfo.hasNextPage).toBe(true);
    // each article names the seed people and its own reporter, all with positions
    expect(page?.articles.edges[0]?.node.people.length).toBeGreaterThanOrEqual(3);
    expect(onFifty.statements).toBe(INSTITUTION_PAGE_STATEMENTS);

    await addArticles(50, 75);
    const onMore = await countStatements(() => query(InstitutionPage, { name: "rutan blora" }));
    expect(onMore.statements).toBe(INSTITUTION_PAGE_STATEMENTS);
  }, 300_000);
});
