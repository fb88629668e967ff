import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedEmptyStore, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { onSqlStatement } from "../../src/store/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { query } from "../support/graphql.ts";
import { rowsScanned } from "../support/queryPlans.ts";
import { openTestStore } from "../support/stores.ts";

/**
 * What the institution page and the person page cost in the database: how many statements, and
 * how many rows PostgreSQL reads for each (EXPLAIN ANALYZE of the captured statement: what every
 * scan returned plus what its filters threw away). The pages are small (5 articles, 5 people …)
 * and every synthetic article names the same institution and person, so a statement that reads
 * a whole relation instead of a page reads more at the larger store.
 * PAGE_COST_PLANS=1 prints each statement with its plan.
 */
const INSTITUTION_PAGE = /* GraphQL */ `
  query InstitutionPageCost {
    institution(name: "rutan blora") {
      name
      people(first: 5) { name }
      positions(first: 5) { title }
      articles(first: 5) { edges { node { title publishedAt people(first: 5) { name positions(first: 5) { title institution { name } } } } } }
    }
  }`;

const PERSON_PAGE = /* GraphQL */ `
  query PersonPageCost {
    person(name: "Mardi Santoso") {
      name
      aliases
      positions(first: 5) { title institution { name } reports(first: 5) { reportedAt } }
      articles(first: 5) { edges { node { title publishedAt } } }
      events(first: 5) { name date }
      quotes(first: 5) { text }
    }
  }`;

/** Statements each page may cost at most. */
const MAX_STATEMENTS = 3;

/** Objects the response shows: each is a row the page reads. */
function shown(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + shown(item), 0);
  if (value && typeof value === "object") {
    return 1 + Object.values(value).reduce((sum: number, item) => sum + shown(item), 0);
  }
  return 0;
}

describe("what the institution and person pages read [postgres]", () => {
  let opened: Awaited<ReturnType<typeof openTestStore>>;
  let client: pg.Client;

  async function addArticles(from: number, to: number) {
    for (let index = from; index < to; index++) {
      await writeArticleDraft(opened.store.prisma, parseArticleDraft(syntheticDraft(index)));
    }
    // the planner sees the store's real size, as a served store's autovacuum would let it
    await client.query("ANALYZE");
  }

  /** The page's statements, each with the rows PostgreSQL read for it, and how much the page shows. */
  async function cost(page: string) {
    await query(page); // warm: the first request also looks up the schema's caches
    const captured: { sql: string; args: unknown[] }[] = [];
    const stop = onSqlStatement((statement) => captured.push({ sql: statement.sql, args: [...statement.args] }));
    let data: unknown;
    try {
      data = await query(page);
    } finally {
      stop();
    }
    const rowsRead: number[] = [];
    for (const statement of captured) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.args);
      rowsRead.push(rowsScanned(rows[0]["QUERY PLAN"][0].Plan));
      if (process.env.PAGE_COST_PLANS)
        console.log(statement.sql, JSON.stringify(rows[0]["QUERY PLAN"][0].Plan, null, 1));
    }
    return { statements: captured.length, rowsRead, shown: shown(data) };
  }

  beforeAll(async () => {
    opened = await openTestStore("postgres");
    if (opened.store.location.kind !== "postgres") throw new Error("a PostgreSQL store was expected");
    client = new pg.Client({ connectionString: opened.store.location.url });
    await client.connect();
    // a test store is tiny, and PostgreSQL reads tiny tables whole whatever the query: plan as
    // on a large store, where reading by index is cheaper, so what grows is what the query asks for
    await client.query("SET enable_seqscan = off");
    await client.query("SET enable_bitmapscan = off");
    await seedEmptyStore(opened.store.prisma);
    await addArticles(0, 20);
  }, 300_000);

  afterAll(async () => {
    await client?.end();
    await opened?.dispose();
  });

  it("costs at most 3 statements, none reading more rows than the page shows, at two store sizes", async () => {
    const small = { institution: await cost(INSTITUTION_PAGE), person: await cost(PERSON_PAGE) };
    await addArticles(20, 60);
    const large = { institution: await cost(INSTITUTION_PAGE), person: await cost(PERSON_PAGE) };

    for (const page of ["institution", "person"] as const) {
      const [before, after] = [small[page], large[page]];
      expect(before.statements, page).toBeLessThanOrEqual(MAX_STATEMENTS);
      expect(after.statements, page).toBe(before.statements);
      // the same page of the same entities: the store tripled, what each statement reads did not grow
      after.rowsRead.forEach((rows, index) => {
        expect(rows, `${page} statement ${index + 1}`).toBeLessThanOrEqual(before.rowsRead[index] as number);
        // each object shown is one row, reached through at most one row of a join table
        expect(rows, `${page} statement ${index + 1}`).toBeLessThanOrEqual(2 * after.shown);
      });
    }
  }, 300_000);
});
