import { beforeAll, expect, it } from "vitest";
import { createApiKey } from "../../src/graph/apiKeys.ts";
import { onSqlStatement } from "../../src/store/index.ts";
import { execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * webhookDeliveries paged forward (first/after) and backward (last/before): every delivery of the
 * webhook once, in feed order, each page one statement with a LIMIT of the page size + 1. Before,
 * last and before were taken and ignored: a client asking for the newest deliveries got the oldest.
 */

const PAGE = 2;

interface Page {
  edges: { cursor: string; node: { error: string | null } }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}

const FORWARD = /* GraphQL */ `
  query DeliveriesForward($webhook: ID!, $size: Int, $cursor: String) {
    webhookDeliveries(webhook: $webhook, first: $size, after: $cursor) {
      edges { cursor node { error } }
      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
    }
  }`;

const BACKWARD = /* GraphQL */ `
  query DeliveriesBackward($webhook: ID!, $size: Int, $cursor: String) {
    webhookDeliveries(webhook: $webhook, last: $size, before: $cursor) {
      edges { cursor node { error } }
      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
    }
  }`;

describeEachStore("paging webhookDeliveries both ways", (fixture) => {
  let apiKey = "";
  let webhook = "";
  let inFeedOrder: string[] = [];

  beforeAll(async () => {
    const { prisma } = fixture.store;
    apiKey = (await createApiKey(prisma, "delivery-pager", ["webhooks"])).key;
    const registered = { url: "https://hooks.example.test/", kinds: [], filter: {}, secret: "whsec_test", cursor: 0n };
    const ours = await prisma.webhook.create({ data: registered });
    const theirs = await prisma.webhook.create({ data: registered });
    webhook = ours.id;
    // seven changes: the other webhook got every third one, ours the rest, in mixed states
    for (let index = 0; index < 7; index++) {
      const { sequence } = await prisma.changeEvent.create({ data: { kind: "PERSON_ADDED" } });
      await prisma.webhookDelivery.create({
        data: {
          webhookId: index % 3 === 2 ? theirs.id : ours.id,
          sequence,
          status: index % 2 === 0 ? "DELIVERED" : "DEAD_LETTERED",
          lastError: `change ${index}`,
        },
      });
    }
    inFeedOrder = ["change 0", "change 1", "change 3", "change 4", "change 6"];
  }, 120_000);

  async function readPage(document: string, cursor: string | null) {
    const statements: { sql: string; args: unknown[] }[] = [];
    const stop = onSqlStatement((statement) => statements.push({ sql: statement.sql, args: [...statement.args] }));
    let data: { webhookDeliveries: Page };
    try {
      data = await query(document, { webhook, size: PAGE, cursor }, { apiKey });
    } finally {
      stop();
    }
    const paged = statements.filter((statement) => /FROM "public"."WebhookDelivery"/.test(statement.sql));
    expect(paged).toHaveLength(1);
    const [statement] = paged as [{ sql: string; args: unknown[] }];
    const limit = /LIMIT \$(\d+)/.exec(statement.sql);
    expect(limit, "the page statement has a LIMIT").not.toBeNull();
    expect(Number(statement.args[Number((limit as RegExpExecArray)[1]) - 1])).toBe(PAGE + 1);
    return data.webhookDeliveries;
  }

  it(`first ${PAGE} and after walk every delivery once in feed order`, async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page = await readPage(FORWARD, cursor);
      seen.push(...page.edges.map((edge) => edge.node.error as string));
      expect(page.pageInfo.hasPreviousPage).toBe(cursor !== null);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(PAGE);
      cursor = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(inFeedOrder);
  });

  it(`last ${PAGE} and before walk back the same order, newest page first`, async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page = await readPage(BACKWARD, cursor);
      if (cursor === null) expect(page.edges.map((edge) => edge.node.error)).toEqual(inFeedOrder.slice(-PAGE));
      seen.unshift(...page.edges.map((edge) => edge.node.error as string));
      expect(page.pageInfo.hasNextPage).toBe(cursor !== null);
      if (!page.pageInfo.hasPreviousPage) break;
      expect(page.edges).toHaveLength(PAGE);
      cursor = page.pageInfo.startCursor;
    }
    expect(seen).toEqual(inFeedOrder);
  });

  it("refuses forward and backward arguments together, and a negative last", async () => {
    for (const args of [
      "first: 2, last: 2",
      `first: 2, before: "${Buffer.from('["3"]').toString("base64url")}"`,
      "last: -1",
    ]) {
      const result = await execute(
        `query { webhookDeliveries(webhook: "${webhook}", ${args}) { edges { cursor } } }`,
        {},
        { apiKey },
      );
      expect(result.errors?.[0]?.extensions?.code, args).toBe("BAD_USER_INPUT");
    }
  });
});
