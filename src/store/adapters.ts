import type { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { config } from "../config.ts";
import type { StoreLocation } from "./databaseUrl.ts";
import { capYoungGeneration } from "./memoryBounds.ts";
import type { MigrationSession } from "./migrate.ts";
import { acquireStoreLock, type StoreLock } from "./storeLock.ts";

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
  /** PostgreSQL time limits; by default from src/config.ts (WARTAGRAPH_PG_*) */
  timeouts?: PostgresTimeouts;
}

/** How long PostgreSQL work may take, in milliseconds; 0 is no limit. */
export interface PostgresTimeouts {
  /** opening one connection: a database that does not answer fails requests, instead of holding them */
  connectMs: number;
  /** one statement, enforced by the server */
  statementMs: number;
  /** a transaction left open and idle (a client that hung or vanished holding locks), enforced by the server */
  idleInTransactionMs: number;
}

function configuredTimeouts(): PostgresTimeouts {
  const settings = config();
  return {
    connectMs: settings.pgConnectTimeoutMs,
    statementMs: settings.pgStatementTimeoutMs,
    idleInTransactionMs: settings.pgIdleInTransactionTimeoutMs,
  };
}

/**
 * PGlite's own default is 128 MB of shared buffers, all of it touched at start in the WASM heap,
 * which never shrinks: most of a server's memory. Its tables are files read through the
 * operating system, whose page cache keeps them warm, so a small buffer pool costs little speed.
 */
const PGLITE_MEMORY_SETTINGS = ["-c", "shared_buffers=16MB"];

/**
 * The young generation of a server on an embedded store: 4 MB a semi-space, where V8 alone is at
 * 8 MB when healthy and 16 MB after the first pages (src/store/memoryBounds.ts). Measured on PGlite
 * at 1k articles (bench/results/h11-s19-memory.md): RSS after 50 institution pages 269-277 MB
 * uncapped, 257-262 at 8 MB, 229-251 at 4 MB, with no CPU per page beyond the noise.
 */
export const EMBEDDED_SERVER_SEMI_SPACE_BYTES = 4 * 1024 * 1024;

/**
 * What a process does to its own V8 before it opens an embedded store: a server, whose memory
 * over hours is the goal, caps its young generation; a CLI ingest is short and allocates fast,
 * so it keeps V8's default.
 */
export function boundMemoryForEmbeddedStore(role: string): void {
  if (role === "server") capYoungGeneration(EMBEDDED_SERVER_SEMI_SPACE_BYTES);
}

/**
 * Opens the database connection(s) for a store location; an embedded store is locked first.
 * Each store's driver packages are imported only when that kind of store is opened: loading
 * PGlite and its adapter, or Prisma's pg adapter, is a noticeable part of a server's start-up.
 */
export async function openDriver(location: StoreLocation, options: OpenDriverOptions): Promise<OpenedDriver> {
  if (location.kind === "postgres") {
    const [{ PrismaPg }, { createPostgresPool }] = await Promise.all([
      import("@prisma/adapter-pg"),
      import("./postgresPool.ts"),
    ]);
    const pool = createPostgresPool(location.url, options.poolSize ?? 10, options.timeouts ?? configuredTimeouts());
    return {
      factory: new PrismaPg(pool, { disposeExternalPool: false }),
      migrationSession: async () => {
        const client = await pool.connect();
        // a migration may build an index over a large table: the per-statement limit is for requests
        await client.query("SET statement_timeout = 0");
        return {
          exec: async (script) => {
            await client.query(script);
          },
          query: async (sql, params) => (await client.query(sql, params)).rows,
          release: async () => {
            // the client goes back to the pool: with the limit its other users expect
            await client.query("RESET statement_timeout").catch(() => {});
            client.release();
          },
        };
      },
      close: () => pool.end(),
    };
  }
  let lock: StoreLock | undefined;
  if (location.kind === "pglite") lock = acquireStoreLock(location.dataDir, options.role);
  try {
    boundMemoryForEmbeddedStore(options.role);
    const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("pglite-prisma-adapter"),
    ]);
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
