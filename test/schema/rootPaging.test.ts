import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiKey } from "../../src/graph/apiKeys.ts";
import { onSqlStatement, type PrismaClient } from "../../src/store/index.ts";
import { execute, query } from "../support/graphql.ts";
import { nodeTypes, rowsScanned } from "../support/queryPlans.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * Every root connection paged forward (first/after) and backward (last/before) with ties in its
 * sort key: each row once, in the order of the first page, and each page after a cursor one
 * keyset statement with a LIMIT of first + 1 (on PostgreSQL, EXPLAIN ANALYZE shows it reads no
 * more than the page plus the ties it steps over). Prisma's own cursor put an OFFSET past the
 * cursor row and, at the root, an OR of subqueries no index starts from; for events (NULLs last)
 * it dropped the LIMIT altogether. ROOT_PAGING_PLANS=1 prints each page's plan.
 */

const PAGE = 2;

interface Connection {
  /** the root field */
  field: string;
  /** its arguments besides first/after/last/before */
  args?: string;
  /** the node field that tells rows apart */
  label: string;
  apiKey?: "curate" | "webhooks";
  /** the labels in the connection's order, read straight from the store */
  expected(prisma: PrismaClient): Promise<string[]>;
  /**
   * an index serves the order, so a page reads only its rows. Events too since their order is
   * Event.sortDate (the date, or 0001-01-01 when there is none): ordered by the nullable date with
   * NULLs last, the keyset condition had no leading range (date <= d would drop the undated rows
   * after the cursor) and PostgreSQL read the index from the start
   */
  indexed: boolean;
  /** the longest run of rows sharing the leading sort column */
  ties: number;
}

const CONNECTIONS: Connection[] = [
  {
    field: "people",
    label: "name",
    indexed: true,
    ties: 3,
    expected: async (prisma) =>
      (await prisma.person.findMany({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }] })).map((row) => row.name),
  },
  {
    field: "institutions",
    label: "name",
    indexed: true,
    ties: 3,
    expected: async (prisma) =>
      (await prisma.institution.findMany({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }] })).map(
        (row) => row.name,
      ),
  },
  {
    field: "institutions",
    args: "type: LAPAS",
    label: "name",
    // the name index serves the order, and the type is checked row by row along it: no bound to show
    indexed: false,
    ties: 2,
    expected: async (prisma) =>
      (
        await prisma.institution.findMany({
          where: { type: "LAPAS" },
          orderBy: [{ normalizedName: "asc" }, { id: "asc" }],
        })
      ).map((row) => row.name),
  },
  {
    field: "topics",
    label: "name",
    indexed: true,
    ties: 1,
    expected: async (prisma) =>
      (await prisma.topic.findMany({ orderBy: { normalizedName: "asc" } })).map((row) => row.name),
  },
  {
    field: "places",
    label: "name",
    indexed: true,
    ties: 1,
    expected: async (prisma) => (await prisma.place.findMany({ orderBy: { id: "asc" } })).map((row) => row.name),
  },
  {
    field: "events",
    label: "name",
    indexed: true,
    ties: 3,
    expected: async (prisma) =>
      (await prisma.event.findMany({ orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }] })).map(
        (row) => row.name,
      ),
  },
  {
    field: "products",
    label: "name",
    indexed: true,
    ties: 3,
    expected: async (prisma) =>
      (await prisma.product.findMany({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }] })).map((row) => row.name),
  },
  {
    field: "quotes",
    label: "text",
    indexed: true,
    ties: 3,
    expected: async (prisma) =>
      (await prisma.quote.findMany({ orderBy: [{ listedAt: "desc" }, { id: "desc" }] })).map((row) => row.text),
  },
  {
    field: "curationLog",
    label: "target",
    apiKey: "curate",
    indexed: true,
    ties: 1,
    expected: async (prisma) =>
      (await prisma.curationLogEntry.findMany({ orderBy: { id: "desc" } })).map((row) => row.target),
  },
  {
    field: "webhooks",
    label: "url",
    apiKey: "webhooks",
    indexed: true,
    ties: 1,
    expected: async (prisma) => (await prisma.webhook.findMany({ orderBy: { id: "asc" } })).map((row) => row.url),
  },
];

/** Rows whose sort keys tie: three share one key, two another, the rest stand alone (and some events have no date). */
async function writeTiedRows(prisma: PrismaClient): Promise<void> {
  const names = ["budi", "budi", "budi", "ani", "ani", "citra", "dewi"];
  for (const [index, normalizedName] of names.entries()) {
    await prisma.person.create({ data: { name: `Orang ${index}`, normalizedName } });
    // a filtered page keeps its filter past the cursor: two in three are LAPAS, ties included
    const type = index % 3 === 2 ? "RUTAN" : "LAPAS";
    await prisma.institution.create({ data: { name: `Lembaga ${index}`, normalizedName, type } });
    await prisma.product.create({ data: { name: `Produk ${index}`, normalizedName, category: "HANDICRAFT" } });
  }
  for (const [index, name] of ["pangan", "umkm", "air", "zakat", "lapas"].entries()) {
    await prisma.topic.create({ data: { name: `Topik ${index}`, normalizedName: name } });
    await prisma.place.create({ data: { name: `Tempat ${index}`, normalizedName: name, kind: "REGENCY" } });
    await prisma.curationLogEntry.create({
      data: { actor: "curator", action: "ADD_ALIAS", target: `Target ${index}`, before: {}, after: {} },
    });
    await prisma.webhook.create({
      data: { url: `https://hooks.example.test/${index}`, kinds: [], filter: {}, secret: "whsec_test", cursor: 0n },
    });
  }
  const days = ["2025-03-01", null, "2025-03-01", "2025-02-01", null, "2025-03-01", "2025-04-01", "2025-02-01", null];
  for (const [index, day] of days.entries()) {
    await prisma.event.create({
      data: {
        name: `Acara ${index}`,
        normalizedName: `acara ${index}`,
        kind: "kunjungan",
        date: day ? new Date(day) : null,
      },
    });
  }
  const article = await prisma.article.create({
    data: {
      slug: "kutipan",
      contentHash: "kutipan",
      title: "Kutipan",
      body: "Kutipan.",
      listedAt: new Date("2025-03-01T03:00:00Z"),
      extractorVersion: "test",
    },
  });
  // two speakers, so the (speakerId, listedAt, id) index does not serve the order by itself
  const speakers = [
    await prisma.person.findFirstOrThrow({ where: { name: "Orang 0" } }),
    await prisma.person.findFirstOrThrow({ where: { name: "Orang 1" } }),
  ];
  const moments = [
    "2025-03-05T03:00:00Z",
    "2025-02-01T01:30:00Z",
    "2025-03-05T03:00:00Z",
    "2025-04-01T02:00:00Z",
    "2025-02-01T01:30:00Z",
    "2025-03-05T03:00:00Z",
    "2025-01-15T05:00:00Z",
  ];
  for (const [index, moment] of moments.entries()) {
    await prisma.quote.create({
      data: {
        text: `Kutipan ${index}`,
        speakerId: (speakers[index % 2] as { id: string }).id,
        articleId: article.id,
        listedAt: new Date(moment),
        field: "body",
        spanStart: 0,
        spanEnd: 1,
        confidence: 1,
        extractor: "test",
      },
    });
  }
}

const titleOf = (connection: Connection) =>
  connection.args ? `${connection.field}(${connection.args})` : connection.field;

interface Page {
  edges: { cursor: string; node: Record<string, string> }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}

function pageDocument(connection: Connection, direction: "forward" | "backward"): string {
  const [size, cursor] = direction === "forward" ? ["first", "after"] : ["last", "before"];
  const args = [connection.args, `${size}: $size`, `${cursor}: $cursor`].filter(Boolean).join(", ");
  return /* GraphQL */ `
    query RootPage($size: Int, $cursor: String) {
      ${connection.field}(${args}) {
        edges { cursor node { ${connection.label} } }
        pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
      }
    }`;
}

/** The LIMIT a statement carries, read from its parameters; undefined without one. */
function limitOf(statement: { sql: string; args: unknown[] }): number | undefined {
  const match = /LIMIT \$(\d+)/.exec(statement.sql);
  return match ? Number(statement.args[Number(match[1]) - 1]) : undefined;
}

/** The names on the one connection a document asks for. */
async function namesOn(document: string): Promise<string[]> {
  const [connection] = Object.values((await query(document)) as Record<string, Page>);
  return (connection as Page).edges.map((edge) => edge.node.name as string);
}

describeEachStore("paging every root connection by keyset", (fixture, kind) => {
  const keys: Record<string, string> = {};
  const expected: Record<string, string[]> = {};
  let explain: pg.Client | undefined;

  beforeAll(async () => {
    const { prisma } = fixture.store;
    await writeTiedRows(prisma);
    keys.curate = (await createApiKey(prisma, "pager-curator", ["curate"])).key;
    keys.webhooks = (await createApiKey(prisma, "pager-webhooks", ["webhooks"])).key;
    for (const connection of CONNECTIONS) expected[titleOf(connection)] = await connection.expected(prisma);
    if (kind === "postgres" && fixture.store.location.kind === "postgres") {
      explain = new pg.Client({ connectionString: fixture.store.location.url });
      await explain.connect();
      await explain.query("ANALYZE");
      // a test store is tiny and PostgreSQL would read tiny tables whole whatever the query: plan
      // as on a large store, where an index that serves the order is read from the cursor on
      await explain.query("SET enable_seqscan = off");
      await explain.query("SET enable_bitmapscan = off");
    }
  }, 120_000);

  afterAll(async () => {
    await explain?.end();
  });

  async function readPage(connection: Connection, direction: "forward" | "backward", cursor: string | null) {
    const apiKey = connection.apiKey ? keys[connection.apiKey] : undefined;
    const captured: { sql: string; args: unknown[] }[] = [];
    const stop = onSqlStatement((statement) => captured.push({ sql: statement.sql, args: [...statement.args] }));
    let result: Record<string, Page>;
    try {
      result = await query(pageDocument(connection, direction), { size: PAGE, cursor }, { apiKey });
    } finally {
      stop();
    }
    return { page: result[connection.field] as Page, statements: captured };
  }

  /** The page's own statement after a cursor: a LIMIT of first + 1, no OFFSET, and (indexed) few rows read. */
  async function expectBoundedPage(connection: Connection, statements: { sql: string; args: unknown[] }[]) {
    // the page is the one statement that orders rows (others look up the API key or the cursor's row)
    const paged = statements.filter((statement) => /ORDER BY/.test(statement.sql));
    expect(paged, `${connection.field}: one statement reads the page`).toHaveLength(1);
    const [statement] = paged as [{ sql: string; args: unknown[] }];
    expect(limitOf(statement), connection.field).toBe(PAGE + 1);
    expect(statement.sql, `${connection.field}: no OFFSET past the cursor row`).not.toMatch(/OFFSET/);
    for (const other of statements) expect(other.sql, connection.field).toMatch(/LIMIT|WHERE/);
    if (explain && connection.indexed) {
      const { rows } = await explain.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.args);
      const read = rowsScanned(rows[0]["QUERY PLAN"][0].Plan);
      expect(
        nodeTypes(rows[0]["QUERY PLAN"][0].Plan),
        `${connection.field}: the order comes from an index`,
      ).not.toContain("Sort");
      if (process.env.ROOT_PAGING_PLANS)
        console.log(connection.field, read, JSON.stringify(rows[0]["QUERY PLAN"][0].Plan));
      // the scan starts at the cursor's run of ties and steps over the ties before the cursor and
      // the cursor row itself: at most `ties` rows besides the page and the one that tells of the next
      expect(read, `${connection.field}: rows read for a page of ${PAGE}`).toBeLessThanOrEqual(
        PAGE + 1 + connection.ties,
      );
    }
  }

  for (const connection of CONNECTIONS) {
    it(`${titleOf(connection)}: first ${PAGE} and after walk every row once in order, each page a bounded keyset read`, async () => {
      const all = expected[titleOf(connection)] as string[];
      expect(all.length).toBeGreaterThanOrEqual(5);
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const { page, statements } = await readPage(connection, "forward", cursor);
        if (cursor !== null) await expectBoundedPage(connection, statements);
        seen.push(...page.edges.map((edge) => edge.node[connection.label] as string));
        expect(page.pageInfo.hasPreviousPage).toBe(cursor !== null);
        if (!page.pageInfo.hasNextPage) break;
        expect(page.edges).toHaveLength(PAGE);
        cursor = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    });

    it(`${titleOf(connection)}: last ${PAGE} and before walk back the same order`, async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const { page, statements } = await readPage(connection, "backward", cursor);
        if (cursor !== null) await expectBoundedPage(connection, statements);
        seen.unshift(...page.edges.map((edge) => edge.node[connection.label] as string));
        expect(page.pageInfo.hasNextPage).toBe(cursor !== null);
        if (!page.pageInfo.hasPreviousPage) break;
        expect(page.edges).toHaveLength(PAGE);
        cursor = page.pageInfo.startCursor;
      }
      expect(seen).toEqual(expected[titleOf(connection)]);
    });
  }

  it("takes cursors written before the keyset paging: an id, a tagged compound key, an untagged one", async () => {
    const { prisma } = fixture.store;
    const encode = (text: string) => Buffer.from(text, "utf8").toString("base64");
    const people = await prisma.person.findMany({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }] });
    const third = people[2] as { normalizedName: string; id: string };
    const names = people.map((person) => person.name);
    for (const cursor of [
      encode(`GPC:T:${JSON.stringify([`S:${third.normalizedName}`, `S:${third.id}`])}`),
      encode(`GPC:J:${JSON.stringify([third.normalizedName, third.id])}`),
    ]) {
      expect(await namesOn(`query { people(first: 3, after: "${cursor}") { edges { node { name } } } }`)).toEqual(
        names.slice(3, 6),
      );
    }
    const events = await prisma.event.findMany({
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    });
    // the cursor of an undated event: the page after it holds the undated events after it
    const undated = events.findIndex((event) => event.date === null);
    const eventCursor = encode(`GPC:S:${(events[undated] as { id: string }).id}`);
    expect(await namesOn(`query { events(first: 5, after: "${eventCursor}") { edges { node { name } } } }`)).toEqual(
      events.slice(undated + 1, undated + 6).map((event) => event.name),
    );
  });

  it("refuses a cursor whose row is gone when the order needs that row's key, and changes nothing", async () => {
    const { prisma } = fixture.store;
    const gone = await prisma.product.create({
      data: { name: "Produk Hilang", normalizedName: "hilang", category: "OTHER" },
    });
    await prisma.product.delete({ where: { id: gone.id } });
    const cursor = Buffer.from(`GPC:S:${gone.id}`, "utf8").toString("base64");
    const result = await execute(`query { products(first: 2, after: "${cursor}") { edges { node { name } } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/after names a row this connection no longer holds/);
    expect(await prisma.product.count()).toBe(7);
    // a compound cursor holds its whole key: the page after a removed person still follows it
    const people = await prisma.person.findMany({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }] });
    const cursorBeforeAll = Buffer.from(`GPC:T:${JSON.stringify(["S:a", "S:0"])}`, "utf8").toString("base64");
    expect(
      await namesOn(`query { people(first: 2, after: "${cursorBeforeAll}") { edges { node { name } } } }`),
    ).toEqual(people.slice(0, 2).map((person) => person.name));
  });
});
