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
 * Every session runs in UTC, whatever TimeZone the database or role sets: Prisma's pg adapter
 * reads a timestamptz by dropping its offset (as if it were UTC), and a timestamp column's now()
 * default is the session's wall clock. Options the URL already gives are kept.
 */
function withUtcSessions(url: string): string {
  const parsed = new URL(url);
  const given = parsed.searchParams.get("options");
  if (given?.includes("TimeZone=")) return url;
  parsed.searchParams.set("options", given ? `${given} -c TimeZone=UTC` : "-c TimeZone=UTC");
  return parsed.toString();
}

export function parseDatabaseUrl(value: string | undefined, cwd = process.cwd()): StoreLocation {
  const url = value?.trim();
  if (!url) return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_DATA_DIR) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url: withUtcSessions(url) };
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
