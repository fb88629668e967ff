/**
 * Write and read throughput on both stores, side by side in one run: drafts written per second,
 * raw articles extracted and written per second, and the institution page (statements and
 * median latency) on a store of that many articles. Run: `npx tsx bench/store.ts [articles]`.
 */
import { readFileSync } from "node:fs";
import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { ingestArticleText, seedEmptyStore, writeArticleDraft } from "../src/graph/index.ts";
import { parseArticleDraft } from "../src/ingest/draft.ts";
import { createMetrics } from "../src/server/metrics.ts";
import { createWartagraphYoga } from "../src/server/yoga.ts";
import { onSqlStatement, openStore, type Store } from "../src/store/index.ts";
import { syntheticDraft } from "../test/support/drafts.ts";
import { createScratchDatabase } from "../test/support/stores.ts";
import { median, printTable } from "./support.ts";

const articleCount = Number(process.argv[2] ?? 100);
const seedText = readFileSync(new URL("../eval/articles/seed.txt", import.meta.url), "utf8");

const INSTITUTION_PAGE = /* GraphQL */ `
  query { institution(name: "rutan blora") { name articles(first: 20) { edges { node { title
    people { name positions { title institution { name } } } } } } } }`;

async function measure(kind: string, store: Store) {
  await seedEmptyStore(store.prisma);
  let started = performance.now();
  for (let i = 0; i < articleCount; i++) await writeArticleDraft(store.prisma, parseArticleDraft(syntheticDraft(i)));
  const draftsPerSecond = articleCount / ((performance.now() - started) / 1000);

  // raw text through the extractor: each variant differs so each is a new article
  started = performance.now();
  const rawCount = Math.max(10, Math.floor(articleCount / 4));
  for (let i = 0; i < rawCount; i++) {
    await ingestArticleText(store.prisma, `${seedText}\n\nCatatan redaksi nomor ${i}.`, {
      url: `https://bench.example.test/raw/${i}`,
    });
  }
  const rawPerSecond = rawCount / ((performance.now() - started) / 1000);

  const yoga = createWartagraphYoga({
    logger: pino({ level: "silent" }),
    metrics: createMetrics(),
    pubsub: createPubSub(),
    store,
  });
  const run = () =>
    yoga.fetch("http://bench.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: INSTITUTION_PAGE }),
    });
  for (let i = 0; i < 5; i++) await (await run()).text();
  let statements = 0;
  const stop = onSqlStatement(() => statements++);
  const latencies: number[] = [];
  const rounds = 30;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await (await run()).text();
    latencies.push(performance.now() - t);
  }
  stop();
  await yoga.dispose();
  return {
    store: kind,
    articles: (await store.prisma.article.count()) as number,
    "drafts written /s": Number(draftsPerSecond.toFixed(1)),
    "raw extracted+written /s": Number(rawPerSecond.toFixed(1)),
    "institution page SQL statements": statements / rounds,
    "institution page median ms": Number(median(latencies).toFixed(1)),
  };
}

const rows = [];
const memory = await openStore({ databaseUrl: "memory:", role: "bench" });
try {
  rows.push(await measure("PGlite (memory)", memory));
} finally {
  await memory.close();
}
const database = await createScratchDatabase("wg_bench");
const postgres = await openStore({ databaseUrl: database.url, role: "bench", migrate: "always" });
try {
  rows.push(await measure("PostgreSQL 15", postgres));
} finally {
  await postgres.close();
  await database.drop();
}
printTable(`Writes and the institution page, ${articleCount} synthetic articles per store`, rows);
