import { createRequire } from "node:module";
import type pg from "pg";
import type { PostgresTimeouts } from "./adapters.ts";
import { nameRepeatedRead } from "./preparedReads.ts";

/**
 * pg, loaded with the first PostgreSQL store: adapters.ts imports this module only then, so a
 * server on the embedded store never loads the package (issue 11). Required, not imported: a
 * static import would be hoisted to the top of the server bundle and load it at every start.
 */
const postgres = createRequire(import.meta.url)("pg") as typeof pg;

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
export class CatalogFriendlyPool extends postgres.Pool {
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
export function createPostgresPool(url: string, max: number, timeouts: PostgresTimeouts): CatalogFriendlyPool {
  const clientSettings = {
    ...(timeouts.connectMs > 0 ? { connectionTimeoutMillis: timeouts.connectMs } : {}),
    ...(timeouts.statementMs > 0
      ? { statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + FROZEN_SERVER_GRACE_MS }
      : {}),
    ...(timeouts.idleInTransactionMs > 0 ? { idle_in_transaction_session_timeout: timeouts.idleInTransactionMs } : {}),
  };
  class TimeLimitedClient extends postgres.Client {
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
