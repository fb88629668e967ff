import { encodeGlobalID } from "@pothos/plugin-relay";
import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { countStatements, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { NEWSROOM, newsDraft, writeNewsroom } from "./newsroom.ts";

interface FacetsResult {
  articleFacets: {
    total: number;
    institutions: { node: { name: string }; count: number }[];
    people: { node: { name: string }; count: number }[];
    places: { node: { name: string }; count: number }[];
    topics: { node: { name: string }; count: number }[];
    months: { month: string; count: number }[];
  };
}
type FacetsVariables = { filter: Record<string, unknown>; first?: number };

// a plain string with its result type: the test documents are not generated for this file
const FACETS = /* GraphQL */ `
  query EntityFacets($filter: ArticleFilter, $first: Int) {
    articleFacets(filter: $filter, first: $first) {
      total
      institutions { node { name } count }
      people { node { name } count }
      places { node { name } count }
      topics { node { name } count }
      months { month count }
    }
  }
`;
const facets = (variables: FacetsVariables) => query<FacetsResult, FacetsVariables>(FACETS, variables);

/**
 * A filter naming one entity is answered from the co-mention counts; the same filter written as a
 * one-entry list goes the general way, over the filtered articles. Both must agree on the
 * newsroom (test/schema/newsroom.ts) plus an undated article naming Rutan Blora and Hemu, which
 * counts in the total and the entity lists but in no month.
 */
describeEachStore("articleFacets of one entity, from the co-mention counts", (fixture) => {
  let lapasId: string;

  beforeAll(async () => {
    await writeNewsroom(fixture.store.prisma);
    const undated = newsDraft({ ...(NEWSROOM[1] as (typeof NEWSROOM)[number]), slug: "undated" });
    delete (undated.article as { publishedAt?: string }).publishedAt;
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft(undated));
    const lapas = await fixture.store.prisma.institution.findFirstOrThrow({ where: { name: "Lapas Kelas IIB Pati" } });
    lapasId = encodeGlobalID("Institution", lapas.id);
  }, 120_000);

  const cases: [string, string, unknown][] = [
    ["an institution by name", "institution", "rutan blora"],
    ["a person by name", "person", "Hemu"],
    ["a place by name", "place", "Blora"],
    ["a name nobody has", "institution", "Rutan Atlantis"],
  ];

  it("gives the same counts as the general path, for names and IDs, capped alike", async () => {
    const listField = { institution: "institutions", person: "people", place: "places" } as Record<string, string>;
    for (const [what, field, value] of [...cases, ["an institution by ID", "institution", "LAPAS"] as const]) {
      const chosen = value === "LAPAS" ? lapasId : value;
      for (const first of [10, 1]) {
        const single = await facets({ filter: { [field]: chosen }, first });
        const general = await facets({ filter: { [listField[field] as string]: [chosen] }, first });
        expect(single, `${what}, first ${first}`).toEqual(general);
      }
    }
    const blora = await facets({ filter: { institution: "rutan blora" } });
    // a-blora-pati, b-blora and the undated copy of b-blora; the undated one has no month
    expect(blora.articleFacets.total).toBe(3);
    expect(blora.articleFacets.months).toEqual([
      { month: "2025-03", count: 1 },
      { month: "2025-04", count: 1 },
    ]);
    expect(blora.articleFacets.people).toEqual([
      { node: { name: "Hemu" }, count: 2 },
      { node: { name: "Mardi Santoso" }, count: 1 },
    ]);
    expect((await facets({ filter: { institution: "Rutan Atlantis" } })).articleFacets).toMatchObject({
      total: 0,
      institutions: [],
      months: [],
    });
  });

  it("reads the counts in one statement that does not go through the articles", async () => {
    const counted = await countStatements(() => facets({ filter: { institution: "rutan blora" } }));
    const [counts] = counted.sql;
    expect(counts).toContain('"CoMention"');
    expect(counts).not.toContain('"Article" a WHERE');
    // the counts, then institutions, people, places and topics
    expect(counted.statements).toBe(5);
  });
});
