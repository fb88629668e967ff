/**
 * PostgreSQL databases of N synthetic articles for the read benches, built once and kept
 * (wg_bench_corpus_<N>) because writing 10,000 articles one by one takes minutes. A database is
 * reused only while its fingerprint (the generator and the seed draft) matches;
 * `--rebuild` drops it. A larger corpus starts as a copy of a smaller one (CREATE DATABASE …
 * TEMPLATE) and writes only the articles it lacks.
 * Run alone: `npx tsx bench/corpus.ts 1000 10000`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { seedEmptyStore, writeArticleDraft } from "../src/graph/index.ts";
import { parseArticleDraft } from "../src/ingest/draft.ts";
import { openStore } from "../src/store/index.ts";
import { syntheticDraft } from "../test/support/drafts.ts";
import { TEST_POSTGRES_ADMIN_URL } from "../test/support/stores.ts";

const root = new URL("../", import.meta.url);

/**
 * What the corpus depends on: a change to the generator or the seed builds it anew. New
 * migrations do not (others add them all the time): a kept corpus is migrated when reused.
 */
function fingerprint(): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(new URL("test/support/drafts.ts", root)));
  hash.update(readFileSync(new URL("prisma/seed/seed-article.draft.json", root)));
  return hash.digest("hex").slice(0, 16);
}

export function corpusDatabaseName(articles: number): string {
  return `wg_bench_corpus_${articles}`;
}

export function corpusUrl(articles: number): string {
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${corpusDatabaseName(articles)}`;
  return url.toString();
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The fingerprint a finished corpus carries in its database comment, or null. */
async function finishedFingerprint(admin: pg.Client, name: string): Promise<string | null> {
  const { rows } = await admin.query<{ comment: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
    [name],
  );
  const comment = rows[0]?.comment ?? null;
  return comment?.startsWith("wartagraph bench corpus ") ? comment.slice("wartagraph bench corpus ".length) : null;
}

type BulkWriter = (prisma: unknown, drafts: unknown[], options?: { batchSize?: number }) => Promise<unknown[]>;

/**
 * Writes drafts [from, to): through the bulk path (writeArticleDrafts) when the build has it,
 * else one by one (articles share their entities, so parallel writers only wait on each other).
 */
async function writeRange(url: string, from: number, to: number, log: (line: string) => void): Promise<void> {
  const store = await openStore({ databaseUrl: url, role: "bench", migrate: "always" });
  const graph = (await import("../src/graph/index.ts")) as Record<string, unknown>;
  const bulk = graph.writeArticleDrafts as BulkWriter | undefined;
  try {
    if (from === 0) await seedEmptyStore(store.prisma);
    const started = performance.now();
    const chunk = 500;
    for (let index = from; index < to; index += chunk) {
      const drafts = [];
      for (let i = index; i < Math.min(to, index + chunk); i++) drafts.push(parseArticleDraft(syntheticDraft(i)));
      if (bulk) {
        const outcomes = (await bulk(store.prisma, drafts)) as { ok: boolean; error?: unknown }[];
        const failed = outcomes.find((outcome) => !outcome.ok);
        if (failed) throw failed.error;
      } else {
        for (const draft of drafts) await writeArticleDraft(store.prisma, draft);
      }
      const written = Math.min(to, index + chunk) - from;
      const rate = written / ((performance.now() - started) / 1000);
      log(`  ${written}/${to - from} articles written (${rate.toFixed(0)}/s${bulk ? ", bulk" : ""})`);
    }
  } finally {
    await store.close();
  }
}

/**
 * The URL of a database holding the seed article and `articles` synthetic ones, built or
 * extended as needed. Sizes are built smallest first, each from the one before.
 */
export async function ensureCorpora(
  sizes: number[],
  options: { rebuild?: boolean; log?: (line: string) => void } = {},
): Promise<Map<number, string>> {
  const log = options.log ?? ((line: string) => console.log(line));
  const print = fingerprint();
  const urls = new Map<number, string>();
  let previous: number | null = null;
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const name = corpusDatabaseName(size);
    const ready = await withAdmin(async (admin) => {
      if (options.rebuild) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if ((await finishedFingerprint(admin, name)) === print) return true;
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (previous !== null) {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${corpusDatabaseName(previous)}"`);
      } else {
        await admin.query(`CREATE DATABASE "${name}"`);
      }
      return false;
    });
    if (!ready) {
      const from = previous ?? 0;
      log(`building ${name}: articles ${from}–${size - 1}`);
      const started = performance.now();
      await writeRange(corpusUrl(size), from, size, log);
      await withAdmin(async (admin) => {
        await admin.query(`COMMENT ON DATABASE "${name}" IS 'wartagraph bench corpus ${print}'`);
      });
      const client = new pg.Client({ connectionString: corpusUrl(size) });
      await client.connect();
      await client.query("VACUUM ANALYZE");
      await client.end();
      log(`built ${name} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    } else {
      const store = await openStore({ databaseUrl: corpusUrl(size), role: "bench", migrate: "always" });
      await store.close();
    }
    urls.set(size, corpusUrl(size));
    previous = size;
  }
  return urls;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv
    .slice(2)
    .filter((a) => /^\d+$/.test(a))
    .map(Number);
  await ensureCorpora(sizes.length ? sizes : [1000, 10000], { rebuild: process.argv.includes("--rebuild") });
}
