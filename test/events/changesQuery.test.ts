import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { encodeCursor } from "../../src/schema/pagination.ts";
import { seedDraft, syntheticDraft } from "../support/drafts.ts";
import { execute, query } from "../support/graphql.ts";
import { describeEachStore, testStore } from "../support/stores.ts";

const CHANGES = /* GraphQL */ `
  query Changes($after: String, $first: Int, $kinds: [ChangeKind!], $filter: ChangeFilter) {
    changes(after: $after, first: $first, kinds: $kinds, filter: $filter) {
      edges {
        cursor
        node {
          kind
          at
          cursor
          changedFields
          article { url title }
          person { name }
          institution { name }
          position { title }
        }
      }
      pageInfo { endCursor hasNextPage }
    }
  }
`;

interface ChangeNode {
  kind: string;
  at: string;
  cursor: string;
  changedFields: string[];
  article: { url: string | null; title: string } | null;
  person: { name: string } | null;
  institution: { name: string } | null;
  position: { title: string } | null;
}
interface ChangesData {
  changes: {
    edges: { cursor: string; node: ChangeNode }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

const changes = (variables: Record<string, unknown>) => query<ChangesData, Record<string, unknown>>(CHANGES, variables);

/** Every page after `after`, `first` at a time, as a poller reads the feed. */
async function readAll(variables: Record<string, unknown>, first: number) {
  const nodes: { cursor: string; node: ChangeNode }[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ChangesData = await changes({ ...variables, first, after });
    nodes.push(...page.changes.edges);
    after = page.changes.pageInfo.endCursor;
    if (!page.changes.pageInfo.hasNextPage) return { nodes, endCursor: after };
  }
}

describeEachStore("Query.changes", (fixture) => {
  beforeAll(async () => {
    const { prisma } = fixture.store;
    await writeArticleDraft(prisma, parseArticleDraft(seedDraft()));
    await writeArticleDraft(prisma, parseArticleDraft(syntheticDraft(1)));
    await writeArticleDraft(prisma, parseArticleDraft(syntheticDraft(2)));
  });

  it("pages through the whole feed in commit order, each event once", async () => {
    const all = await testStore.prisma.changeEvent.findMany({ orderBy: { sequence: "asc" }, select: { kind: true } });
    const { nodes } = await readAll({}, 2);
    expect(nodes.map((e) => e.node.kind)).toEqual(all.map((e) => e.kind));
    expect(new Set(nodes.map((e) => e.cursor)).size).toBe(nodes.length);
    // the edge's cursor and the node's are the same place in the feed
    for (const edge of nodes) expect(edge.node.cursor).toBe(edge.cursor);
    expect(nodes.filter((e) => e.node.kind === "ARTICLE_ADDED")).toHaveLength(3);
  });

  it("keeps only the kinds asked for and carries what each change concerns", async () => {
    const added = await changes({ kinds: ["ARTICLE_ADDED"], first: 10 });
    expect(added.changes.edges.map((e) => e.node.article?.url)).toEqual([
      seedDraft().article.url ?? null,
      "https://news.example.test/artikel/1",
      "https://news.example.test/artikel/2",
    ]);
    const people = await changes({ kinds: ["PERSON_ADDED"], first: 100 });
    expect(people.changes.edges.map((e) => e.node.person?.name)).toEqual(
      expect.arrayContaining(["Hemu", "Petugas Nomor 1", "Petugas Nomor 2"]),
    );
    const positions = await changes({ kinds: ["POSITION_REPORTED"], filter: { person: "Petugas Nomor 2" } });
    expect(positions.changes.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: "POSITION_REPORTED",
        person: { name: "Petugas Nomor 2" },
        position: { title: "Petugas Rutan Blora" },
        institution: expect.objectContaining({ name: expect.stringMatching(/Blora/) }),
      }),
    ]);
  });

  it("filters by an entity's name: the changes about it and the articles naming it", async () => {
    const about = await changes({ filter: { person: "petugas nomor 1" }, first: 50 });
    expect(about.changes.edges.map((e) => e.node.kind)).toEqual(["ARTICLE_ADDED", "PERSON_ADDED", "POSITION_REPORTED"]);
    expect(about.changes.edges[0]?.node.article?.url).toBe("https://news.example.test/artikel/1");
  });

  it("resumes after a stored cursor with only what changed since, ARTICLE_UPDATED included", async () => {
    const { endCursor } = await readAll({}, 50);
    const nothingYet = await changes({ after: endCursor });
    expect(nothingYet.changes.edges).toEqual([]);
    // an empty page hands the same cursor back, so a poller can store it unconditionally
    expect(nothingYet.changes.pageInfo.endCursor).toBe(endCursor);

    const corrected = syntheticDraft(2);
    if (!corrected.article) throw new Error("the synthetic draft has an article");
    corrected.article.title = `${corrected.article.title} (koreksi)`;
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft(corrected));
    const since = await changes({ after: endCursor });
    expect(since.changes.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: "ARTICLE_UPDATED",
        changedFields: ["title"],
        article: { url: "https://news.example.test/artikel/2", title: corrected.article.title },
      }),
    ]);
  });

  it("refuses a cursor beyond the end of the feed, or one it never handed out", async () => {
    const beyond = await execute(CHANGES, { after: encodeCursor(["999999999"]) });
    expect(beyond.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(beyond.errors?.[0]?.message).toMatch(/beyond the end/);
    const forged = await execute(CHANGES, { after: "not-a-cursor" });
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
