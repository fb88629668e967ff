/**
 * Webhook deliveries per second: the delivery worker (src/events/webhooks) working off a backlog
 * of the change feed to W webhooks that all point at one local receiver (node:http, answers 204
 * at once), on PostgreSQL and on PGlite. Each delivery is a signed POST and one recording
 * statement; the figure is deliveries / time from the worker's start to the last one received.
 * Run: `npx tsx bench/webhooks.ts [articles=60] [webhooks=4] [stores=postgres,pglite]`
 * (TEST_POSTGRES_URL names the PostgreSQL server, default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { createServer } from "node:http";
import { pino } from "pino";
import { registerWebhook, startWebhookWorker } from "../src/events/webhooks/index.ts";
import { writeArticleDraft } from "../src/graph/index.ts";
import { parseArticleDraft } from "../src/ingest/draft.ts";
import { openStore, type Store } from "../src/store/index.ts";
import { syntheticDraft } from "../test/support/drafts.ts";
import { createScratchDatabase } from "../test/support/stores.ts";
import { printTable } from "./support.ts";

const articleCount = Number(process.argv[2] ?? 60);
const webhookCount = Number(process.argv[3] ?? 4);
const storeKinds = (process.argv[4] ?? "postgres,pglite").split(",");

async function startReceiver() {
  let received = 0;
  let onReceived = () => {};
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      received += 1;
      response.writeHead(204).end();
      onReceived();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received: () => received,
    until: (count: number) =>
      new Promise<void>((resolve) => {
        onReceived = () => {
          if (received >= count) resolve();
        };
        onReceived();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function measure(kind: string) {
  const database = kind === "postgres" ? await createScratchDatabase("wg_bench_webhooks") : undefined;
  const store: Store = database
    ? await openStore({ databaseUrl: database.url, role: "bench", migrate: "always", poolSize: 8 })
    : await openStore({ databaseUrl: "memory:", role: "bench" });
  const receiver = await startReceiver();
  try {
    for (let index = 1; index <= articleCount; index += 1) {
      await writeArticleDraft(store.prisma, parseArticleDraft(syntheticDraft(index)));
    }
    const events = await store.prisma.changeEvent.count();
    // every webhook starts at the beginning of the feed: a backlog of every event
    const first = await store.prisma.changeEvent.findFirstOrThrow({ orderBy: { sequence: "asc" } });
    const { changeCursorOf } = await import("../src/schema/changeFeedReader.ts");
    for (let index = 0; index < webhookCount; index += 1) {
      await registerWebhook(store.prisma, { url: receiver.url, after: changeCursorOf(first.sequence - 1n) }, true);
    }
    const total = events * webhookCount;
    const started = performance.now();
    const worker = startWebhookWorker({
      prisma: store.prisma,
      logger: pino({ level: "silent" }),
      settings: { allowPrivate: true, pollMs: 1000 },
    });
    await receiver.until(total);
    const seconds = (performance.now() - started) / 1000;
    await worker.stop();
    return {
      store: kind,
      webhooks: webhookCount,
      events,
      deliveries: receiver.received(),
      seconds: Number(seconds.toFixed(2)),
      "deliveries/s": Math.round(receiver.received() / seconds),
    };
  } finally {
    await receiver.close();
    await store.close();
    await database?.drop();
  }
}

const rows = [];
for (const kind of storeKinds) rows.push(await measure(kind));
printTable(`webhook deliveries to a local receiver (${articleCount} articles' change events)`, rows);
