import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { pruneDeliveredDeliveries } from "../../src/events/webhooks/claims.ts";
import { startWebhookWorker, type WebhookWorker } from "../../src/events/webhooks/index.ts";
import { createApiKey, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { query, testPubSub } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { eventually, startReceiver } from "./webhooksReceiver.ts";

const REGISTER = /* GraphQL */ `
  mutation RegisterRetainedWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) { secret webhook { id } }
  }
`;

interface Registered {
  registerWebhook: { secret: string; webhook: { id: string } };
}

const HOUR = 60 * 60 * 1000;

describeEachStore("webhook delivery retention", (fixture) => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let worker: WebhookWorker | undefined;
  let apiKey = "";

  const startWorker = (deliveredRetentionMs: number) =>
    startWebhookWorker({
      prisma: fixture.store.prisma,
      pubsub: testPubSub,
      logger: pino({ level: "silent" }),
      settings: {
        maxAttempts: 1,
        retryBaseMs: 20,
        timeoutMs: 5000,
        pollMs: 200,
        allowPrivate: true,
        deliveredRetentionMs,
      },
    });

  async function register(name: string) {
    const data = await query<Registered, Record<string, unknown>>(
      REGISTER,
      { input: { url: receiver.urlOf(name), kinds: ["ARTICLE_ADDED"] } },
      { apiKey },
    );
    receiver.endpoint(name).secret = data.registerWebhook.secret;
    return data.registerWebhook.webhook.id;
  }

  const deliveries = (webhookId: string, status: "DELIVERED" | "DEAD_LETTERED") =>
    fixture.store.prisma.webhookDelivery.count({ where: { webhookId, status } });

  beforeAll(async () => {
    receiver = await startReceiver();
    apiKey = (await createApiKey(fixture.store.prisma, "hooks", ["webhooks"])).key;
  });

  afterAll(async () => {
    await worker?.stop();
    await receiver?.close();
  });

  it("deletes delivered deliveries once past the retention, keeps dead-lettered ones, delivers nothing again", async () => {
    worker = startWorker(HOUR);
    const delivered = await register("delivered");
    const failing = await register("failing");
    receiver.endpoint("failing").failing = true;
    for (let index = 1; index <= 3; index += 1)
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(index)));
    testPubSub.publish("articleFeedGrew");

    expect(await eventually(async () => (await deliveries(delivered, "DELIVERED")) === 3)).toBe(true);
    expect(await eventually(async () => (await deliveries(failing, "DEAD_LETTERED")) === 3)).toBe(true);
    // within the retention (an hour) nothing is deleted
    expect(await pruneDeliveredDeliveries(fixture.store.prisma, HOUR)).toBe(0);
    expect(await deliveries(delivered, "DELIVERED")).toBe(3);

    // a worker whose retention has passed deletes them by itself
    await worker.stop();
    worker = startWorker(1);
    expect(await eventually(async () => (await deliveries(delivered, "DELIVERED")) === 0)).toBe(true);
    expect(await deliveries(failing, "DEAD_LETTERED")).toBe(3);
    // the webhook's cursor is past them: none is sent again
    testPubSub.publish("articleFeedGrew");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.endpoint("delivered").received).toHaveLength(3);
  }, 120_000);
});
