import { beforeAll, expect, it } from "vitest";
import { graphql } from "../generated/index.ts";
import { countStatements, execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { analystDrafts } from "./analystNews.ts";
import { writeDrafts } from "./newsroom.ts";

const Timeline = graphql(/* GraphQL */ `
  query PersonTimeline($name: String!, $first: Int, $after: String) {
    person(name: $name) {
      timeline(first: $first, after: $after) {
        edges {
          node {
            __typename
            at
            article { slug }
            ... on TimelinePosition { position { title institution { name } } }
            ... on TimelineEvent { event { name } roles }
            ... on TimelineQuote { quote { text } }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

type Entry = { __typename: string; article?: { slug: string } | null } & Record<string, unknown>;
const describeEntry = (entry: Entry) => {
  const what =
    entry.__typename === "TimelinePosition"
      ? (entry.position as { title: string }).title
      : entry.__typename === "TimelineEvent"
        ? (entry.event as { name: string }).name
        : (entry.quote as { text: string }).text;
  return `${entry.__typename.replace("Timeline", "")} ${what} @${entry.article?.slug}`;
};

describeEachStore("Person.timeline", (fixture) => {
  beforeAll(async () => {
    await writeDrafts(fixture.store.prisma, analystDrafts());
  }, 120_000);

  it("orders positions (at their first report), events and quotes by date, each with its article", async () => {
    const data = await query(Timeline, { name: "Hemu" });
    const entries = (data.person?.timeline.edges ?? []).map((edge) => describeEntry(edge.node as Entry));
    expect(entries).toEqual([
      "Event Peninjauan Rutan Blora @r1",
      "Event Panen Raya Lapas Pati @r2",
      // reported again in r3: the entry stands at the first report
      "Position Kepala Lapas Lapas Pati @r2",
      "Quote Panen tahun ini melimpah. @r2",
    ]);
    const event = data.person?.timeline.edges[0]?.node as Entry;
    expect(event.roles).toEqual(["ACCOMPANYING"]);
    // an event stands at the start of its day in Western Indonesian Time
    expect(event.at).toBe("2025-03-09T17:00:00.000Z");

    const mardi = await query(Timeline, { name: "Mardi Santoso" });
    expect((mardi.person?.timeline.edges ?? []).map((edge) => describeEntry(edge.node as Entry))).toEqual([
      "Event Peninjauan Rutan Blora @r1",
      "Position Kepala Kantor Wilayah Kanwil Ditjenpas Jateng @r1",
      "Quote Ketahanan pangan harus dijaga bersama. @r1",
    ]);
  });

  it("pages forward with cursors without losing or repeating an entry", async () => {
    const first = await query(Timeline, { name: "Hemu", first: 3 });
    expect(first.person?.timeline.edges).toHaveLength(3);
    expect(first.person?.timeline.pageInfo.hasNextPage).toBe(true);
    const rest = await query(Timeline, { name: "Hemu", first: 3, after: first.person?.timeline.pageInfo.endCursor });
    expect((rest.person?.timeline.edges ?? []).map((edge) => describeEntry(edge.node as Entry))).toEqual([
      "Quote Panen tahun ini melimpah. @r2",
    ]);
    expect(rest.person?.timeline.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses a page past the cap and a made-up cursor as BAD_USER_INPUT", async () => {
    for (const variables of [
      { name: "Hemu", first: 101 },
      { name: "Hemu", first: -1 },
      { name: "Hemu", after: "bm90IGEgY3Vyc29y" },
      { name: "Hemu", after: Buffer.from(JSON.stringify(["2025", "OTHER", "x"])).toString("base64url") },
    ]) {
      const result = await execute(Timeline, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
    expect((await query(Timeline, { name: "Nobody Here" })).person).toBeNull();
  });

  it("reads a timeline in a bounded number of statements, the same for a short page as for a long one", async () => {
    const short = await countStatements(() => query(Timeline, { name: "Hemu", first: 1 }));
    const long = await countStatements(() => query(Timeline, { name: "Hemu", first: 4 }));
    expect(long.result.person?.timeline.edges).toHaveLength(4);
    expect(long.statements).toBeLessThanOrEqual(short.statements + 3);
    expect(long.statements).toBeLessThanOrEqual(8);
  });
});
