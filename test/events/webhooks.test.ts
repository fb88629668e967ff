import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkWebhookUrl,
  retryDelayMs,
  startWebhookWorker,
  type WebhookWorker,
} from "../../src/events/webhooks/index.ts";
import { createApiKey, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { execute, query, testPubSub } from "../support/graphql.ts";
import { describeEachStore, testStore } from "../support/stores.ts";
import { deduplicated, eventually, startReceiver } from "./webhooksReceiver.ts";

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) { secret webhook { id url kinds cursor } }
  }
`;
const DELIVERIES = /* GraphQL */ `
  query Deliveries($webhook: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
    webhookDeliveries(webhook: $webhook, status: $status, first: $first, after: $after) {
      edges { cursor node { id cursor status attempts responseStatus error event { kind article { url } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const REDELIVER = /* GraphQL */ `
  mutation Redeliver($id: ID!) { redeliver(id: $id) { id status attempts } }
`;

interface Registered {
  registerWebhook: { secret: string; webhook: { id: string; url: string; kinds: string[]; cursor: string | null } };
}
interface Delivery {
  id: string;
  cursor: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  error: string | null;
  event: { kind: string; article: { url: string | null } | null };
}
interface Deliveries {
  webhookDeliveries: { edges: { cursor: string; node: Delivery }[]; pageInfo: { hasNextPage: boolean } };
}

const KINDS = ["ARTICLE_ADDED", "ARTICLE_UPDATED"];

describeEachStore("webhooks", (fixture) => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let worker: WebhookWorker | undefined;
  let webhooksKey = "";
  let ingestKey = "";
  let written = 0;

  /** Writes articles (the next `count` synthetic ones) and wakes the worker as the server would. */
  async function writeArticles(count: number) {
    for (let i = 0; i < count; i += 1) {
      written += 1;
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(written)));
    }
    testPubSub.publish("articleFeedGrew");
  }

  async function register(name: string, input: Record<string, unknown> = {}) {
    const data = await query<Registered, Record<string, unknown>>(
      REGISTER,
      { input: { url: receiver.urlOf(name), kinds: KINDS, ...input } },
      { apiKey: webhooksKey },
    );
    receiver.endpoint(name).secret = data.registerWebhook.secret;
    return data.registerWebhook;
  }

  /** The cursors of the feed's events of KINDS after `after`, as `changes` lists them. */
  async function expectedCursors(afterSequence: bigint) {
    const events = await testStore.prisma.changeEvent.findMany({
      where: { sequence: { gt: afterSequence }, kind: { in: ["ARTICLE_ADDED", "ARTICLE_UPDATED"] } },
      orderBy: { sequence: "asc" },
      select: { sequence: true },
    });
    const { changeCursorOf } = await import("../../src/schema/changeFeedReader.ts");
    return events.map((event) => changeCursorOf(event.sequence));
  }

  beforeAll(async () => {
    receiver = await startReceiver();
    webhooksKey = (await createApiKey(fixture.store.prisma, "hooks", ["webhooks"])).key;
    ingestKey = (await createApiKey(fixture.store.prisma, "writer", ["ingest"])).key;
    await writeArticles(1);
    worker = startWebhookWorker({
      prisma: fixture.store.prisma,
      pubsub: testPubSub,
      logger: pino({ level: "silent" }),
      settings: { maxAttempts: 4, retryBaseMs: 20, timeoutMs: 5000, pollMs: 200, allowPrivate: true, batchSize: 5 },
    });
  });

  afterAll(async () => {
    await worker?.stop();
    await receiver?.close();
  });

  it("delivers every event after registration, in order, signed, to a receiver that fails its first tries", async () => {
    const endpoint = receiver.endpoint("orderly");
    endpoint.failFirst = 3;
    const { secret, webhook } = await register("orderly");
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    expect(webhook.kinds).toEqual(KINDS);
    const start = await testStore.prisma.webhook.findUniqueOrThrow({ where: { id: webhook.id } });

    await writeArticles(7);
    // an article written again with another title: ARTICLE_UPDATED
    const draft = syntheticDraft(3);
    await writeArticleDraft(
      fixture.store.prisma,
      parseArticleDraft({ ...draft, article: { ...draft.article, title: `${draft.article.title} (diperbaiki)` } }),
    );
    testPubSub.publish("articleFeedGrew");

    const expected = await expectedCursors(start.cursor);
    expect(expected).toHaveLength(8);
    expect(await eventually(() => deduplicated(endpoint.received).length >= expected.length)).toBe(true);

    const arrived = deduplicated(endpoint.received);
    expect(arrived.map((delivery) => delivery.id)).toEqual(expected);
    expect(arrived.map((delivery) => delivery.data.cursor)).toEqual(expected);
    expect(arrived.at(-1)?.type).toBe("ARTICLE_UPDATED");
    expect(arrived.at(-1)?.data.article?.title).toMatch(/^Laporan 3: .*\(diperbaiki\)$/);
    expect(arrived[0]?.type).toBe("ARTICLE_ADDED");
    expect(arrived[0]?.data.article?.url).toBe("https://news.example.test/artikel/2");
    expect(endpoint.badSignatures).toBe(0);
    // the failed tries were retried, not skipped
    expect(endpoint.requests).toBeGreaterThanOrEqual(expected.length + 3);
    // delivered in order: the receiver never saw an older event after a newer one
    const order = endpoint.received.map((delivery) => expected.indexOf(delivery.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));

    const deliveries = await query<Deliveries, Record<string, unknown>>(
      DELIVERIES,
      { webhook: webhook.id, first: 20 },
      { apiKey: webhooksKey },
    );
    const nodes = deliveries.webhookDeliveries.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.cursor)).toEqual(expected);
    expect(nodes.every((node) => node.status === "DELIVERED" && node.responseStatus === 204)).toBe(true);
    // the first event took the three failures and the success
    expect(nodes[0]?.attempts).toBe(4);
  });

  it("dead-letters an event after maxAttempts, moves past it, shows it in webhookDeliveries and redelivers it", async () => {
    const endpoint = receiver.endpoint("dead");
    endpoint.failing = true;
    const { webhook } = await register("dead", { kinds: ["ARTICLE_ADDED"] });
    await writeArticles(2);

    const deadLettered = async () =>
      (
        await query<Deliveries, Record<string, unknown>>(
          DELIVERIES,
          { webhook: webhook.id, status: "DEAD_LETTERED" },
          { apiKey: webhooksKey },
        )
      ).webhookDeliveries.edges.map((edge) => edge.node);
    expect(await eventually(async () => (await deadLettered()).length === 2)).toBe(true);
    const dead = await deadLettered();
    expect(dead.map((node) => node.attempts)).toEqual([4, 4]);
    expect(dead[0]?.responseStatus).toBe(500);
    expect(dead[0]?.error).toContain("HTTP 500");
    expect(endpoint.requests).toBe(8);
    // the webhook moved past both (and past the feed's other kinds after them)
    const lastSequence = (await testStore.prisma.changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence;
    const cursorOf = async () =>
      (await testStore.prisma.webhook.findUniqueOrThrow({ where: { id: webhook.id } })).cursor;
    expect(await eventually(async () => (await cursorOf()) === lastSequence)).toBe(true);

    // a delivery that is not dead-lettered cannot be redelivered
    const orderly = await testStore.prisma.webhookDelivery.findFirstOrThrow({ where: { status: "DELIVERED" } });
    const refused = await execute(REDELIVER, { id: orderly.id }, { apiKey: webhooksKey });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    endpoint.failing = false;
    const target = dead[1] as Delivery;
    const redelivered = await query<{ redeliver: { status: string; attempts: number } }, { id: string }>(
      REDELIVER,
      { id: target.id },
      { apiKey: webhooksKey },
    );
    expect(redelivered.redeliver).toEqual({ id: target.id, status: "PENDING", attempts: 0 });
    expect(await eventually(() => endpoint.received.length === 1)).toBe(true);
    expect(endpoint.received[0]?.id).toBe(target.cursor);
    expect(await eventually(async () => (await deadLettered()).map((node) => node.id).join() === dead[0]?.id)).toBe(
      true,
    );
    const statusOf = async () => {
      const row = await testStore.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: target.id } });
      return `${row.status} ${row.attempts}`;
    };
    expect(await eventually(async () => (await statusOf()) === "DELIVERED 1")).toBe(true);
  });

  it("keeps delivering to other webhooks while one receiver hangs", async () => {
    const hanging = receiver.endpoint("hanging");
    hanging.hanging = true;
    const healthy = receiver.endpoint("healthy");
    await register("hanging");
    await register("healthy");
    await writeArticles(3);
    expect(await eventually(() => deduplicated(healthy.received).length === 3, 15_000)).toBe(true);
    expect(hanging.received).toHaveLength(0);
    expect(hanging.requests).toBeGreaterThan(0);
    hanging.hanging = false;
  });

  it("delivers only the kinds and entities a webhook's filter asks for", async () => {
    const endpoint = receiver.endpoint("filtered");
    // the synthetic article n names "Petugas Nomor n"; aliases match in any case
    await register("filtered", { kinds: ["ARTICLE_ADDED"], filter: { person: `petugas nomor ${written + 2}` } });
    const everything = receiver.endpoint("everything");
    await register("everything", { kinds: [] });
    const start = (await testStore.prisma.changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n;
    await writeArticles(3);
    const feed = await testStore.prisma.changeEvent.count({ where: { sequence: { gt: start } } });
    expect(await eventually(() => deduplicated(everything.received).length === feed)).toBe(true);
    expect(await eventually(() => endpoint.received.length >= 1)).toBe(true);
    // at least once: a POST that timed out on a loaded machine may arrive twice, deduplicated by its id
    expect(deduplicated(endpoint.received).map((delivery) => [delivery.type, delivery.data.article?.url])).toEqual([
      ["ARTICLE_ADDED", `https://news.example.test/artikel/${written - 1}`],
    ]);
    // every kind when kinds is empty
    expect(new Set(everything.received.map((delivery) => delivery.type))).toEqual(
      new Set(["ARTICLE_ADDED", "PERSON_ADDED", "POSITION_REPORTED"]),
    );
  });

  it("resumes from the stored cursor when a worker starts again", async () => {
    const endpoint = receiver.endpoint("restarted");
    await register("restarted");
    await worker?.stop();
    const start = (await testStore.prisma.changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0n;
    await writeArticles(3);
    expect(endpoint.requests).toBe(0);
    worker = startWebhookWorker({
      prisma: fixture.store.prisma,
      pubsub: testPubSub,
      logger: pino({ level: "silent" }),
      settings: { maxAttempts: 4, retryBaseMs: 20, timeoutMs: 5000, pollMs: 200, allowPrivate: true, batchSize: 5 },
    });
    const expected = await expectedCursors(start);
    expect(await eventually(() => deduplicated(endpoint.received).length === expected.length)).toBe(true);
    expect(deduplicated(endpoint.received).map((delivery) => delivery.id)).toEqual(expected);
  });

  it("refuses without the webhooks scope, and refuses URLs that are not http(s) and bad filters, storing nothing", async () => {
    const input = { url: receiver.urlOf("x"), kinds: KINDS };
    const before = await testStore.prisma.webhook.count();
    const forbidden = await execute(REGISTER, { input }, { apiKey: ingestKey });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await execute(REGISTER, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const listed = await execute("{ webhooks { edges { node { id } } } }", {}, { apiKey: ingestKey });
    expect(listed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    for (const url of ["ftp://example.org/hook", "file:///etc/passwd", "not a url"]) {
      const refused = await execute(REGISTER, { input: { ...input, url } }, { apiKey: webhooksKey });
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const badFilter = await execute(
      REGISTER,
      { input: { ...input, filter: { person: "not-an-id-of-anything-but-base64!" } } },
      { apiKey: webhooksKey },
    );
    expect(badFilter.errors).toBeUndefined();
    const wrongType = await execute(
      REGISTER,
      { input: { ...input, filter: { person: Buffer.from("Institution:x").toString("base64") } } },
      { apiKey: webhooksKey },
    );
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // the name filter above was valid (a name) and stored; the refused ones were not
    expect(await testStore.prisma.webhook.count()).toBe(before + 1);
  });

  it("lists and deletes webhooks", async () => {
    const { webhook } = await register("deleted");
    const listed = await query<{ webhooks: { edges: { node: { id: string } }[] } }, Record<string, never>>(
      "{ webhooks(first: 100) { edges { node { id } } } }",
      {},
      { apiKey: webhooksKey },
    );
    expect(listed.webhooks.edges.map((edge) => edge.node.id)).toContain(webhook.id);
    const deleted = await query<{ deleteWebhook: string }, { id: string }>(
      "mutation Delete($id: ID!) { deleteWebhook(id: $id) }",
      { id: webhook.id },
      { apiKey: webhooksKey },
    );
    expect(deleted.deleteWebhook).toBe(webhook.id);
    expect(await testStore.prisma.webhook.findUnique({ where: { id: webhook.id } })).toBeNull();
    const again = await execute(
      "mutation Delete($id: ID!) { deleteWebhook(id: $id) }",
      { id: webhook.id },
      {
        apiKey: webhooksKey,
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("webhook addresses and retries", () => {
  it("refuses loopback and private addresses unless they are allowed", async () => {
    for (const url of [
      "http://127.0.0.1:8080/hook",
      "http://localhost/hook",
      "http://10.1.2.3/",
      "http://192.168.0.10/",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
    ]) {
      await expect(checkWebhookUrl(url, false), url).rejects.toThrow(/loopback or private/);
    }
    await expect(checkWebhookUrl("https://93.184.216.34/hook", false)).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl("http://127.0.0.1:8080/hook", true)).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl("ftp://93.184.216.34/", true)).rejects.toThrow(/http or https/);
  });

  it("backs off exponentially with jitter, up to a cap", () => {
    expect([1, 2, 3, 4].map((failures) => retryDelayMs(failures, 1000, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(3, 1000, () => 0)).toBe(2000);
    expect(retryDelayMs(40, 1000, () => 1)).toBe(3_600_000);
  });
});
