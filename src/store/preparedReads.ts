import { createHash } from "node:crypto";
import type pg from "pg";

/**
 * Prisma sends every read as an unnamed statement, so PostgreSQL parses and plans it anew each
 * time: on the institution page planning the one nested read (about 2 ms) cost as much as running
 * it. A read sent as a named statement is parsed once per connection, and after a few runs
 * PostgreSQL may keep a generic plan for it. PostGraphile does the same (100 per connection).
 * Only reads (a SELECT) are named: their SQL repeats request after request, a write's often not.
 * Full-text searches stay unnamed: how many rows a query matches decides their plan, and the
 * generic plan PostgreSQL settled on halved search at 10k articles (274 -> 138 req/s).
 */
export const PREPARED_READS_PER_CONNECTION = 100;

/** SQL longer than this is not named (bulk id lists: seldom repeated, costly to hash). */
const MAX_PREPARED_SQL_LENGTH = 64 * 1024;

/** Statement names by SQL text, shared by all connections; the same text gets the same name. */
const namesByText = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 1000;

function nameOf(text: string): string {
  let name = namesByText.get(text);
  if (name === undefined) {
    name = `wg_${createHash("sha1").update(text).digest("base64url")}`;
    if (namesByText.size >= MAX_REMEMBERED_NAMES) namesByText.clear();
    namesByText.set(text, name);
  }
  return name;
}

interface ParsedStatements {
  connection?: { parsedStatements?: Record<string, string> };
}

/**
 * The query arguments of one call on `client`, with a name given to a read, and the names this
 * connection prepared in least recently used order: past the limit the oldest is deallocated.
 */
export function nameRepeatedRead(
  client: pg.Client,
  preparedNames: Map<string, true>,
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; this passes them through
  args: any[],
  // biome-ignore lint/suspicious/noExplicitAny: see above
): any[] {
  const [queryConfig] = args;
  if (
    queryConfig === null ||
    typeof queryConfig !== "object" ||
    typeof queryConfig.text !== "string" ||
    queryConfig.name !== undefined ||
    queryConfig.text.length > MAX_PREPARED_SQL_LENGTH ||
    !/^\s*select\s/i.test(queryConfig.text) ||
    /tsquery/i.test(queryConfig.text)
  ) {
    return args;
  }
  const name = nameOf(queryConfig.text);
  preparedNames.delete(name);
  preparedNames.set(name, true);
  if (preparedNames.size > PREPARED_READS_PER_CONNECTION) {
    const oldest = preparedNames.keys().next().value as string;
    preparedNames.delete(oldest);
    const parsed = (client as unknown as ParsedStatements).connection?.parsedStatements;
    // forgotten only once deallocated, so a statement queued meanwhile never parses it twice
    client
      .query(`DEALLOCATE ${client.escapeIdentifier(oldest)}`)
      .then(() => {
        if (parsed) delete parsed[oldest];
      })
      .catch(() => {});
  }
  return [{ ...queryConfig, name }, ...args.slice(1)];
}
