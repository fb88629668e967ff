import pg from "pg";
import { MAX_INGEST_TEXT } from "../../src/schema/mutations/ingestArticle.ts";
import { seedText } from "./drafts.ts";

/** The seed article with its body repeated to just under `size` characters: seconds of extraction. */
export function longArticle(size = MAX_INGEST_TEXT): string {
  const seed = seedText();
  const body = seed.split("\n\n").slice(1).join("\n\n");
  let text = seed;
  while (text.length + body.length + 2 < size) text += `\n\n${body}`;
  return text;
}

/**
 * Holds article writes on a PostgreSQL store at a known point, so a test can act while an ingest
 * is surely in progress instead of guessing how long extraction takes on a busy machine. An
 * article's write upserts its source early and waits there behind the lock this takes; plain
 * SELECTs pass (EXCLUSIVE lets them through), so the server still answers reads.
 */
export async function closeWriteGate(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('BEGIN; LOCK TABLE "Source" IN EXCLUSIVE MODE');
  let open = false;
  const writeIsWaiting = async (): Promise<boolean> =>
    (
      await client.query(
        "SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
      )
    ).rows[0].waiting > 0;
  return {
    writeIsWaiting,
    /** Resolves once a write waits at the gate; rejects after `timeoutMs`. */
    async untilWriteWaits(timeoutMs = 60_000): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (!(await writeIsWaiting())) {
        if (performance.now() > deadline) throw new Error(`no write reached the gate within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    /** Lets the waiting writes go on, and closes the gate's connection. */
    async open(): Promise<void> {
      if (open) return;
      open = true;
      await client.query("COMMIT");
      await client.end();
    },
  };
}
