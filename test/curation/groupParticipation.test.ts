import { beforeAll, expect, it } from "vitest";
import { createApiKey } from "../../src/graph/apiKeys.ts";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { type ArticleDraftInput, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * A group taking part in an event is a fact a curator can reject and confirm like a person's
 * participation: rejected, it is gone (and its institution's TOOK_PART count with it) and stays
 * gone when the article is written again; confirmed, it comes back under the same ID.
 */

const MEETING = [
  "Rapat Koordinasi Keamanan di Blora",
  "Senin, 1 Desember 2025",
  "",
  "Bupati Blora, Arief Rohman, memimpin rapat koordinasi keamanan di Pendopo Kabupaten Blora. Rapat dihadiri oleh Polres Blora dan jajaran Forkopimda Kabupaten Blora.",
].join("\n");

const GROUPS = /* GraphQL */ `
  query EventGroups {
    events(first: 5) { edges { node { groupParticipants { factId label role institution { name } } } } }
  }
`;

interface Group {
  factId: string;
  label: string;
  role: string;
  institution: { name: string } | null;
}

describeEachStore("curating the groups that take part in events", (fixture) => {
  let curator = "";
  let draft: ArticleDraftInput;

  const groups = async (): Promise<Group[]> => {
    const result = await execute(GROUPS);
    expect(result.errors).toBeUndefined();
    const edges = (result.data as { events: { edges: { node: { groupParticipants: Group[] } }[] } }).events.edges;
    return edges.flatMap((edge) => edge.node.groupParticipants);
  };
  const institutionCounts = () =>
    fixture.store.prisma.relationCount.count({
      where: { relation: "TOOK_PART", entityKey: { startsWith: "Institution:" }, articles: { gt: 0 } },
    });

  beforeAll(async () => {
    const { prisma } = fixture.store;
    curator = (await createApiKey(prisma, "group-curator", ["curate"])).key;
    draft = extractArticle(MEETING, { url: "https://news.example.test/rapat-keamanan" });
    await writeArticleDraft(prisma, parseArticleDraft(draft));
  });

  it("rejects a group's participation for good, and confirming brings it back", async () => {
    const before = await groups();
    const polres = before.find((group) => group.label === "Polres Blora" && group.institution !== null);
    expect(polres).toBeDefined();
    const factId = (polres as Group).factId;
    expect(await institutionCounts()).toBe(1);

    const rejected = await execute(
      /* GraphQL */ `mutation RejectGroup($id: ID!) { rejectFact(id: $id) { decision { status kind fact } } }`,
      { id: factId },
      { apiKey: curator },
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data).toEqual({
      rejectFact: { decision: { status: "REJECTED", kind: "GROUP_PARTICIPATION", fact: factId } },
    });
    const others = before.filter((group) => group.factId !== factId);
    expect(await groups()).toEqual(others);
    expect(await institutionCounts()).toBe(0);

    // the same article written again does not bring it back
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft(draft));
    expect((await groups()).map((group) => group.label)).toEqual(others.map((group) => group.label));

    const confirmed = await execute(
      /* GraphQL */ `mutation ConfirmGroup($id: ID!) { confirmFact(id: $id) { decision { status kind } } }`,
      { id: factId },
      { apiKey: curator },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data).toEqual({ confirmFact: { decision: { status: "CONFIRMED", kind: "GROUP_PARTICIPATION" } } });
    expect(await groups()).toContainEqual(polres);
    expect(await institutionCounts()).toBe(1);
  });
});
