import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedEmptyStore, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { countStatements, query } from "../support/graphql.ts";
import { openTestStore } from "../support/stores.ts";

/**
 * People and institutions are in plugin-prisma's select mode (issue 11): a page that shows their
 * names reads id and name, not the columns it never shows (normalizedName, createdAt, shortName,
 * type, parentId, placeId), for every person and institution it joins.
 */
const PAGES = /* GraphQL */ `
  query PagesOfNamesOnly {
    institution(name: "rutan blora") {
      name
      people(first: 5) { name }
      articles(first: 5) { edges { node { title people(first: 5) { name positions(first: 5) { title institution { name } } } } } }
    }
    person(name: "Mardi Santoso") { name positions(first: 5) { title institution { name } } }
  }`;

const UNSHOWN_COLUMNS = ["normalizedName", "createdAt", "shortName", "parentId", "placeId"];

describe("pages read only the person and institution columns they show", () => {
  let opened: Awaited<ReturnType<typeof openTestStore>>;

  beforeAll(async () => {
    opened = await openTestStore("pglite");
    await seedEmptyStore(opened.store.prisma);
    for (let index = 0; index < 3; index++) {
      await writeArticleDraft(opened.store.prisma, parseArticleDraft(syntheticDraft(index)));
    }
  }, 300_000);

  afterAll(async () => {
    await opened?.dispose();
  });

  it("selects id and name of each person and institution, and no column the page does not show", async () => {
    await query(PAGES); // warm
    const { result, sql } = await countStatements(() => query(PAGES));
    const data = result as { institution: { people: { name: string }[] }; person: { name: string } };
    expect(data.institution.people.length).toBeGreaterThan(0);
    expect(data.person.name).toBe("Mardi Santoso");
    for (const statement of sql) {
      for (const column of UNSHOWN_COLUMNS) expect(statement, column).not.toContain(`"${column}"`);
    }
  });
});
