import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { StoreLocation } from "./databaseUrl.ts";
import type { MigrationSession } from "./migrate.ts";
import { acquireStoreLock, type StoreLock } from "./storeLock.ts";

/** PostgreSQL's type of catalog identifiers (OID 19), returned by the catalog queries of migrate. */
const NAME_TYPE_OID = 19;
const TEXT_TYPE_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function readNameColumnsAsText<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === NAME_TYPE_OID) field.dataTypeID = TEXT_TYPE_OID;
  }
  return result;
}

/**
 * @prisma/adapter-pg 6.19 rejects columns of type `name` (prisma/orm#27403), which Prisma's
 * migration engine reads from the catalog. Its text form is plain text, so this pool reports such
 * columns as text, for the pool's own queries and for clients checked out for transactions.
 */
export class CatalogFriendlyPool extends pg.Pool {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; this passes them through
  override query(...args: any[]): any {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const result = (super.query as any)(...args);
    return result && typeof result.then === "function" ? result.then(readNameColumnsAsText) : result;
  }

  // biome-ignore lint/suspicious/noExplicitAny: both the callback and the promise form are kept
  override connect(...args: any[]): any {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const connected = (super.connect as any)(...args);
    if (!connected || typeof connected.then !== "function") return connected;
    return connected.then((client: pg.PoolClient) => {
      // The pool hands the same client out again after each release: wrapping it on every
      // checkout would stack one more layer per transaction until the call stack overflows.
      if (clientsReadingNameAsText.has(client)) return client;
      clientsReadingNameAsText.add(client);
      const query = client.query.bind(client);
      // biome-ignore lint/suspicious/noExplicitAny: see above
      client.query = ((...queryArgs: any[]) => {
        // biome-ignore lint/suspicious/noExplicitAny: see above
        const result = (query as any)(...queryArgs);
        return result && typeof result.then === "function" ? result.then(readNameColumnsAsText) : result;
      }) as typeof client.query;
      return client;
    });
  }
}

/** The pooled clients whose `query` already reports `name` columns as text (wrapped once each). */
const clientsReadingNameAsText = new WeakSet<pg.PoolClient>();

export interface OpenedDriver {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** the PGlite instance of an embedded store */
  pglite?: PGlite;
  /** the exclusive lock of an embedded store in a directory */
  lock?: StoreLock;
  /** a single-connection session for the migration runner */
  migrationSession(): Promise<MigrationSession>;
  close(): Promise<void>;
}

export interface OpenDriverOptions {
  /** who opens the store, recorded in the lock of an embedded store */
  role: string;
  poolSize?: number;
}

/**
 * PGlite's own default is 128 MB of shared buffers, all of it touched at start in the WASM heap,
 * which never shrinks: most of a server's memory. Its tables are files read through the
 * operating system, whose page cache keeps them warm, so a small buffer pool costs little speed.
 */
const PGLITE_MEMORY_SETTINGS = ["-c", "shared_buffers=16MB"];

/** Opens the database connection(s) for a store location; an embedded store is locked first. */
export async function openDriver(location: StoreLocation, options: OpenDriverOptions): Promise<OpenedDriver> {
  if (location.kind === "postgres") {
    const pool = new CatalogFriendlyPool({ connectionString: location.url, max: options.poolSize ?? 10 });
    return {
      factory: new PrismaPg(pool, { disposeExternalPool: false }),
      migrationSession: async () => {
        const client = await pool.connect();
        return {
          exec: async (script) => {
            await client.query(script);
          },
          query: async (sql, params) => (await client.query(sql, params)).rows,
          release: async () => client.release(),
        };
      },
      close: () => pool.end(),
    };
  }
  let lock: StoreLock | undefined;
  if (location.kind === "pglite") lock = acquireStoreLock(location.dataDir, options.role);
  try {
    const pglite = await PGlite.create({
      ...(location.kind === "pglite" ? { dataDir: location.dataDir } : {}),
      startParams: [...PGlite.defaultStartParams, ...PGLITE_MEMORY_SETTINGS],
    });
    return {
      // the adapter is typed against driver-adapter-utils 6.10; the 6.19 client drives it unchanged
      factory: new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory,
      pglite,
      lock,
      migrationSession: async () => ({
        exec: async (script) => {
          await pglite.exec(script);
        },
        query: async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows,
        release: async () => {},
      }),
      close: async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
