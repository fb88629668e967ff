import type { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { config } from "../config.ts";
import type { StoreLocation } from "./databaseUrl.ts";
import type { MigrationSession } from "./migrate.ts";
import { nameRepeatedRead } from "./preparedReads.ts";
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
  constructor(config?: pg.PoolConfig) {
    super(config);
    // An idle pooled connection that the server ends (a restart, pg_terminate_backend, DROP
    // DATABASE … FORCE) is dropped from the pool by pg-pool, which then emits "error" on the pool:
    // with nobody listening that would crash the process. The next checkout connects anew.
    this.on("error", () => {});
  }

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
      releaseWhenConnectionEnds(client);
      // The pool hands the same client out again after each release: wrapping it on every
      // checkout would stack one more layer per transaction until the call stack overflows.
      if (clientsReadingNameAsText.has(client)) return client;
      clientsReadingNameAsText.add(client);
      // pg-pool listens for errors only while a client is idle. A checked-out client between two
      // statements whose connection the server ends (a restart, pg_terminate_backend, DROP
      // DATABASE … FORCE) emits "error" with nobody listening, which would crash the process;
      // the "end" that follows gives it back as broken (above), and its next statement fails.
      client.on("error", () => {});
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

/**
 * Gives a checked-out client back to the pool, as broken, when its connection ends under it (the
 * server ended an idle transaction, restarted, or the network dropped). @prisma/adapter-pg then
 * fails its ROLLBACK and never releases the client: the pool would count it as busy for ever,
 * shrinking by one each time, and pool.end() at shutdown would wait on it. Releasing it here
 * makes the adapter's own release later a no-op instead of pg-pool's double-release error.
 * pg-pool installs a fresh `release` at every checkout, so this wraps each checkout's.
 */
function releaseWhenConnectionEnds(client: pg.PoolClient): void {
  const release = client.release;
  let released = false;
  const onEnd = () => giveBack(new Error("the connection ended while the client was checked out"));
  function giveBack(error?: Error | boolean) {
    if (released) return;
    released = true;
    client.removeListener("end", onEnd);
    release.call(client, error);
  }
  client.once("end", onEnd);
  client.release = giveBack;
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
 * pg cuts off a connection attempt with a bare Error("timeout expired"), which neither
 * @prisma/adapter-pg nor health.ts can tell from a bug. As a socket timeout (ETIMEDOUT on
 * connect) the adapter reports it as SocketTimeout, and the request fails as SERVICE_UNAVAILABLE.
 */
function asConnectTimeout(error: Error, connectMs: number): Error {
  if (error.message !== "timeout expired") return error;
  return Object.assign(
    new Error(`connection timeout: PostgreSQL did not answer within ${connectMs} ms`, { cause: error }),
    { code: "ETIMEDOUT", syscall: "connect", errno: -110 },
  );
}

/**
 * statement_timeout is enforced by the server, so a server that stopped answering altogether (a
 * hung host, a partition that drops packets) never sends it: the client gives up this much later
 * ("Query read timeout", SERVICE_UNAVAILABLE in health.ts). The failed statement's client is
 * released with the error and so discarded by the pool, not handed out again.
 */
const FROZEN_SERVER_GRACE_MS = 5000;

/**
 * A pool whose connections give up on a database that does not answer, and carry the server-side
 * time limits. The connect limit is on each client, not on the pool: pg-pool applies its own
 * connectionTimeoutMillis to waiting for a free client too, and a busy pool (twenty writers on
 * ten connections) must queue, not fail. A connection attempt cut off this way ends with
 * "Connection terminated due to connection timeout", which health.ts reports as SERVICE_UNAVAILABLE.
 */
function createPostgresPool(url: string, max: number, timeouts: PostgresTimeouts): CatalogFriendlyPool {
  const clientSettings = {
    ...(timeouts.connectMs > 0 ? { connectionTimeoutMillis: timeouts.connectMs } : {}),
    ...(timeouts.statementMs > 0
      ? { statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + FROZEN_SERVER_GRACE_MS }
      : {}),
    ...(timeouts.idleInTransactionMs > 0 ? { idle_in_transaction_session_timeout: timeouts.idleInTransactionMs } : {}),
  };
  class TimeLimitedClient extends pg.Client {
    /** reads this connection prepared (src/store/preparedReads.ts) */
    private readonly preparedReads = new Map<string, true>();

    constructor(settings: pg.ClientConfig) {
      super({ ...settings, ...clientSettings });
    }

    // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; this passes them through
    override query(...args: any[]): any {
      // biome-ignore lint/suspicious/noExplicitAny: see above
      return (super.query as any)(...nameRepeatedRead(this, this.preparedReads, args));
    }

    // biome-ignore lint/suspicious/noExplicitAny: both the callback and the promise form are kept
    override connect(...args: any[]): any {
      const connectMs = timeouts.connectMs;
      const [callback] = args as [((error: Error | null) => void) | undefined];
      if (callback) return super.connect((error) => callback(error ? asConnectTimeout(error, connectMs) : error));
      return super.connect().catch((error: Error) => {
        throw asConnectTimeout(error, connectMs);
      });
    }
  }
  // keepAlive: a connection to a server that vanished (no FIN, no RST) is found dead by TCP
  return new CatalogFriendlyPool({
    connectionString: url,
    max,
    keepAlive: true,
    // pg-pool constructs it with the pool's settings; @types/pg types it without arguments
    Client: TimeLimitedClient as unknown as new () => pg.ClientBase,
  });
}

/**
 * PGlite's own default is 128 MB of shared buffers, all of it touched at start in the WASM heap,
 * which never shrinks: most of a server's memory. Its tables are files read through the
 * operating system, whose page cache keeps them warm, so a small buffer pool costs little speed.
 */
const PGLITE_MEMORY_SETTINGS = ["-c", "shared_buffers=16MB"];

/**
 * Opens the database connection(s) for a store location; an embedded store is locked first.
 * Each store's driver packages are imported only when that kind of store is opened: loading
 * PGlite and its adapter, or Prisma's pg adapter, is a noticeable part of a server's start-up.
 */
export async function openDriver(location: StoreLocation, options: OpenDriverOptions): Promise<OpenedDriver> {
  if (location.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
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
