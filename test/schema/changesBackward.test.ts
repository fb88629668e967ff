import { beforeAll, expect, it } from "vitest";
import { encodeCursor } from "../../src/schema/pagination.ts";
import { onSqlStatement } from "../../src/store/index.ts";
import { execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * `changes` paged backward (last/before) as other connections are: the latest changes first, then
 * what came before a cursor, each page oldest first within itself. Before, `before` was taken and
 * ignored: a client asking for what came before a change got the start of the feed.
 */

const PAGE = 2;

interface Page {
  edges: { cursor: string; node: { kind: string } }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}

const FORWARD = /* GraphQL */ `
  query ChangesForward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {
    changes(first: $size, after: $cursor, kinds: $kinds) {
      edges { cursor node { kind } }
      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
    }
  }`;

const BACKWARD = /* GraphQL */ `
  query ChangesBackward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {
    changes(last: $size, before: $cursor, kinds: $kinds) {
      edges { cursor node { kind } }
      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
    }
  }`;

describeEachStore("paging changes backward", (fixture) => {
  let inFeedOrder: string[] = [];

  beforeAll(async () => {
    // seven changes: every third a person, the rest positions, so a kind filter keeps a different run
    for (let index = 0; index < 7; index++) {
      await fixture.store.prisma.changeEvent.create({
        data: { kind: index % 3 === 0 ? "PERSON_ADDED" : "POSITION_REPORTED" },
      });
    }
    const forward = await query<{ changes: Page }, Record<string, unknown>>(FORWARD, { size: 100 });
    inFeedOrder = forward.changes.edges.map((edge) => edge.cursor);
    expect(inFeedOrder).toHaveLength(7);
  });

  it("reads the latest changes first, then what came before each page, every change once", async () => {
    const pages: Page[] = [];
    let before: string | null = null;
    // at most one page more than the feed needs: a `before` ignored would hand back the same page forever
    for (let read = 0; read < 5; read++) {
      const { changes }: { changes: Page } = await query(BACKWARD, { size: PAGE, cursor: before });
      pages.push(changes);
      if (!changes.pageInfo.hasPreviousPage) break;
      before = changes.pageInfo.startCursor;
    }
    expect(pages.map((page) => page.edges.map((edge) => edge.cursor))).toEqual([
      inFeedOrder.slice(5, 7),
      inFeedOrder.slice(3, 5),
      inFeedOrder.slice(1, 3),
      inFeedOrder.slice(0, 1),
    ]);
    // the latest page has nothing after it; every page read before a cursor has that cursor after it
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([false, true, true, true]);
    expect(pages[0]?.pageInfo.endCursor).toBe(inFeedOrder[6]);
  });

  it("keeps the kinds asked for when reading backward", async () => {
    const { changes } = await query<{ changes: Page }, Record<string, unknown>>(BACKWARD, {
      size: PAGE,
      cursor: inFeedOrder[6],
      kinds: ["PERSON_ADDED"],
    });
    // the people are changes 0, 3 and 6; before change 6 the last two are 0 and 3
    expect(changes.edges.map((edge) => edge.cursor)).toEqual([inFeedOrder[0], inFeedOrder[3]]);
    expect(changes.edges.map((edge) => edge.node.kind)).toEqual(["PERSON_ADDED", "PERSON_ADDED"]);
    expect(changes.pageInfo.hasPreviousPage).toBe(false);
  });

  it("reads a backward page in one statement with a LIMIT of the page size + 1", async () => {
    const statements: { sql: string; args: unknown[] }[] = [];
    const stop = onSqlStatement((statement) => statements.push({ sql: statement.sql, args: [...statement.args] }));
    try {
      await query(BACKWARD, { size: PAGE, cursor: inFeedOrder[4] });
    } finally {
      stop();
    }
    const paged = statements.filter((statement) => /FROM "public"."ChangeEvent"/.test(statement.sql));
    // the end of the feed (to check the cursor), then the page
    expect(paged).toHaveLength(2);
    const [, statement] = paged as [unknown, { sql: string; args: unknown[] }];
    expect(statement.sql).toMatch(/ORDER BY "t\d+"\."sequence" DESC|ORDER BY "sequence" DESC/);
    const limit = /LIMIT \$(\d+)/.exec(statement.sql);
    expect(limit, "the page statement has a LIMIT").not.toBeNull();
    expect(Number(statement.args[Number((limit as RegExpExecArray)[1]) - 1])).toBe(PAGE + 1);
  });

  it("refuses a before cursor the feed never handed out, and arguments that page both ways", async () => {
    const beyond = await execute(BACKWARD, { size: PAGE, cursor: encodeCursor(["999999999"]) });
    expect(beyond.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(beyond.errors?.[0]?.message).toBe("before is beyond the end of the change feed");
    const forged = await execute(BACKWARD, { size: PAGE, cursor: "not-a-cursor" });
    expect(forged.errors?.[0]?.message).toBe("before is not a cursor this connection returned");
    const negative = await execute(BACKWARD, { size: -1 });
    expect(negative.errors?.[0]?.message).toBe("last must not be negative");
    for (const both of [
      `changes(first: 2, before: "${inFeedOrder[3]}")`,
      `changes(after: "${inFeedOrder[1]}", before: "${inFeedOrder[3]}")`,
      `changes(after: "${inFeedOrder[1]}", last: 2)`,
    ]) {
      const refused = await execute(`{ ${both} { edges { cursor } } }`);
      expect(refused.errors?.[0]?.extensions?.code, both).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0]?.message, both).toMatch(/^changes takes .* not together/);
    }
  });
});
