import { afterEach, beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { pageReadStats, setPageReadsEnabled } from "../../src/schema/pageReads/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { countStatements, execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * The compiled page reads (src/schema/pageReads): an institution or person page whose selection
 * compiles is one statement returning JSON, and it answers exactly what the Pothos/Prisma
 * resolvers answer for the same document: the same nodes, order, caps, nulls, aliases and
 * fragments. Each document runs twice, the general path (page reads off) then the compiled one.
 */

const INSTITUTION_PAGE = `{ institution(name: "rutan blora") { name people { name } articles(first: 20) { edges { node {
  title publishedAt people { name positions { title institution { name } } } } } } } }`;
const PERSON_PAGE = `{ person(name: "Mardi Santoso") { name aliases positions { title institution { name } }
  articles(first: 20) { edges { node { title publishedAt } } } events { name date } quotes { text } } }`;

/** Documents the compiler reads: the bench pages and variations of them. */
const COMPILED: [string, string, Record<string, unknown>?][] = [
  ["institution page", INSTITUTION_PAGE],
  ["person page", PERSON_PAGE],
  [
    "aliases, repeated fields, __typename and ids",
    `{ i: institution(name: "Rutan Kelas IIB Blora") { __typename id label: name name shortName type aliases
       articles(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage }
         edges { __typename node { id slug lede language t: title title people(first: 2) { id name } } } }
       positions(first: 4) { id title role person { name aliases } institution { id name } } } }`,
  ],
  [
    "fragments: named and inline, merged with the fields beside them",
    `query { person(name: "mardi santoso") { ...P ... on Person { positions(first: 1) { role } } } }
     fragment P on Person { name positions(first: 1) { title ...I } articles { edges { node { ...A } } } }
     fragment I on Position { institution { name type } }
     fragment A on Article { title institutions(first: 2) { name } }`,
  ],
  [
    "arguments: zero, past the cap, and a variable",
    `query Caps($n: Int) { institution(name: "rutan blora") { people(first: 0) { name } positions(first: 500) { id }
       articles(first: $n) { pageInfo { hasNextPage } edges { node { title people(first: $n) { name } } } } } }`,
    { n: 2 },
  ],
  [
    "the last page of a connection",
    `{ person(name: "Mardi Santoso") { articles(first: 100) { totalCount pageInfo { hasNextPage } edges { node { title } } } } }`,
  ],
  [
    "cursors of the edges and the page",
    `{ institution(name: "rutan blora") { articles(first: 3) { edges { cursor node { title } }
       pageInfo { startCursor endCursor hasNextPage } } }
       person(name: "Mardi Santoso") { articles { pageInfo { endCursor } edges { c: cursor } } } }`,
  ],
  ["a name that finds nothing", `{ institution(name: "tidak ada") { name } person(name: "") { name } }`],
  [
    "a name given as a variable",
    `query P($name: String!) { person(name: $name) { name events(first: 1) { id name date } quotes(first: 2) { id text } } }`,
    { name: "MARDI   santoso" },
  ],
];

/** Documents with something the compiler leaves to the resolvers: they take the general path. */
const GENERAL: [string, string, Record<string, unknown>?][] = [
  ["a page size of zero", `{ institution(name: "rutan blora") { articles(first: 0) { edges { cursor } } } }`],
  ["a field not compiled", `{ institution(name: "rutan blora") { name parent { name } } }`],
  ["a directive", `{ institution(name: "rutan blora") { name @include(if: true) } }`],
  ["by id", `{ person(id: "UGVyc29uOm5vbmU=") { name } }`],
  ["after", `{ institution(name: "rutan blora") { articles(first: 2, after: null, last: 1) { totalCount } } }`],
];

async function both(document: string, variables?: Record<string, unknown>) {
  setPageReadsEnabled(false);
  const general = await countStatements(() => execute(document, variables));
  setPageReadsEnabled(true);
  const before = pageReadStats.compiled;
  const compiled = await countStatements(() => execute(document, variables));
  return { general, compiled, compiledReads: pageReadStats.compiled - before };
}

describeEachStore("compiled page reads", (fixture) => {
  beforeAll(async () => {
    for (let index = 0; index < 30; index++) {
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(index)));
    }
  }, 300_000);

  afterEach(() => setPageReadsEnabled(true));

  for (const [title, document, variables] of COMPILED) {
    it(`answers as the resolvers do, in one statement: ${title}`, async () => {
      const { general, compiled, compiledReads } = await both(document, variables);
      expect(general.result.errors).toBeUndefined();
      // the same JSON text: the same values in the same order
      expect(JSON.stringify(compiled.result)).toBe(JSON.stringify(general.result));
      expect(compiledReads).toBeGreaterThan(0);
      expect(compiled.statements).toBe(compiledReads);
    });
  }

  for (const [title, document, variables] of GENERAL) {
    it(`leaves the page to the resolvers: ${title}`, async () => {
      const { general, compiled, compiledReads } = await both(document, variables);
      expect(JSON.stringify(compiled.result)).toBe(JSON.stringify(general.result));
      expect(compiledReads).toBe(0);
    });
  }

  it("shows non-empty pages (the comparisons compare something)", async () => {
    const { compiled } = await both(INSTITUTION_PAGE);
    const data = compiled.result.data as {
      institution: { people: unknown[]; articles: { edges: { node: { people: { positions: unknown[] }[] } }[] } };
    };
    expect(data.institution.people.length).toBeGreaterThan(2);
    expect(data.institution.articles.edges).toHaveLength(20);
    expect(data.institution.articles.edges[0]?.node.people[0]?.positions.length).toBeGreaterThan(0);
    const person = (await both(PERSON_PAGE)).compiled.result.data as { person: { events: unknown[] } };
    expect(person.person.events.length).toBeGreaterThan(0);
  });

  it("answers the page of a quoted person as the resolvers do", async () => {
    const quote = await fixture.store.prisma.quote.findFirstOrThrow({
      select: { speaker: { select: { name: true } } },
    });
    const { general, compiled, compiledReads } = await both(
      "query Q($name: String!) { person(name: $name) { name quotes { text } q2: quotes(first: 1) { id text } } }",
      { name: quote.speaker.name },
    );
    expect(JSON.stringify(compiled.result)).toBe(JSON.stringify(general.result));
    expect((compiled.result.data as { person: { quotes: unknown[] } }).person.quotes.length).toBeGreaterThan(0);
    expect(compiledReads).toBe(1);
  });
});
