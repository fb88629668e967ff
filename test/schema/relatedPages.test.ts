import { beforeAll, expect, it } from "vitest";
import { seedEmptyStore, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { countStatements, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * Institution.people and Person.events read one owner's page in one statement (a page shows one
 * institution or person) and many owners' pages in two (the ids per owner, then the nodes): the
 * two ways must give the same nodes in the same order (issue 11).
 */

type Page = { id: string; related: { id: string }[] };

describeEachStore("the people of an institution and the events of a person, for one owner and for many", (fixture) => {
  beforeAll(async () => {
    await seedEmptyStore(fixture.store.prisma);
    for (let index = 0; index < 12; index++) {
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(index)));
    }
  }, 300_000);

  it("pages an institution's people alone as it pages them in a list of institutions, in one statement more", async () => {
    const listed = await query<{ institutions: { edges: { node: Page }[] } }, never>(
      `{ institutions(first: 50) { edges { node { id related: people(first: 7) { id } } } } }`,
    );
    const institutions = listed.institutions.edges.map((edge) => edge.node);
    expect(institutions.some((institution) => institution.related.length === 7)).toBe(true);
    for (const institution of institutions) {
      const alone = await countStatements(() =>
        query<{ institution: Page }, never>(
          `{ institution(id: "${institution.id}") { id related: people(first: 7) { id } } }`,
        ),
      );
      expect(alone.result.institution.related).toEqual(institution.related);
      expect(new Set(institution.related.map((person) => person.id)).size).toBe(institution.related.length);
      // the institution, then its page of people
      expect(alone.statements).toBe(2);
    }
  });

  it("pages a person's events alone as it pages them in a list of people, in one statement more", async () => {
    const listed = await query<{ people: { edges: { node: Page }[] } }, never>(
      `{ people(first: 50) { edges { node { id related: events(first: 2) { id } } } } }`,
    );
    const people = listed.people.edges.map((edge) => edge.node);
    expect(people.some((person) => person.related.length > 0)).toBe(true);
    for (const person of people) {
      const alone = await countStatements(() =>
        query<{ person: Page }, never>(`{ person(id: "${person.id}") { id related: events(first: 2) { id } } }`),
      );
      expect(alone.result.person.related).toEqual(person.related);
      expect(alone.statements).toBe(2);
    }
  });
});
