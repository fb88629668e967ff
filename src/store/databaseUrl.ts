import path from "node:path";

/** Where the graph is stored, as chosen by DATABASE_URL (see README: Storage). */
export type StoreLocation =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-memory" };

export const DEFAULT_DATA_DIR = "./data";

export class InvalidDatabaseUrlError extends Error {
  constructor(value: string) {
    super(
      `DATABASE_URL "${value}" is not understood: use postgresql://user@host:port/db for PostgreSQL, ` +
        "file:<dir> for an embedded store in <dir>, or memory: for an in-memory store",
    );
    this.name = "InvalidDatabaseUrlError";
  }
}

/**
 * Session settings every connection gets unless the URL's own `options` set them:
 * - TimeZone=UTC: Prisma's pg adapter reads a timestamptz by dropping its offset (as if it were
 *   UTC), and a timestamp column's now() default is the session's wall clock.
 * - jit=off: the planner's row estimates for the read API's filters (ORed EXISTS over mention
 *   tables) cross the JIT threshold on a store of some thousands of articles, and compiling then
 *   costs more than the whole query (36 of 89 ms for a two-institution facet at 10,000 articles).
 */
const SESSION_SETTINGS = [
  ["TimeZone", "UTC"],
  ["jit", "off"],
] as const;

function withSessionSettings(url: string): string {
  const parsed = new URL(url);
  const given = parsed.searchParams.get("options") ?? "";
  const added = SESSION_SETTINGS.filter(([name]) => !given.includes(`${name}=`)).map(
    ([name, value]) => `-c ${name}=${value}`,
  );
  if (added.length === 0) return url;
  parsed.searchParams.set("options", [given, ...added].filter(Boolean).join(" "));
  return parsed.toString();
}

export function parseDatabaseUrl(value: string | undefined, cwd = process.cwd()): StoreLocation {
  const url = value?.trim();
  if (!url) return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_DATA_DIR) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url: withSessionSettings(url) };
  if (/^memory:\/*$/i.test(url)) return { kind: "pglite-memory" };
  const file = /^file:(?:\/\/)?(.+)$/i.exec(url);
  if (file?.[1]) return { kind: "pglite", dataDir: path.resolve(cwd, file[1]) };
  throw new InvalidDatabaseUrlError(url);
}

/** A description of the store for logs and messages, without credentials. */
export function describeStore(location: StoreLocation): string {
  switch (location.kind) {
    case "postgres": {
      const parsed = new URL(location.url);
      return `PostgreSQL at ${parsed.host}${parsed.pathname}`;
    }
    case "pglite":
      return `embedded PGlite in ${location.dataDir}`;
    case "pglite-memory":
      return "embedded PGlite in memory";
  }
}
