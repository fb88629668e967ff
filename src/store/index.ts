import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.ts";
import { type OpenedDriver, openDriver } from "./adapters.ts";
import { describeStore, parseDatabaseUrl, type StoreLocation } from "./databaseUrl.ts";
import { applyMigrations, MigrationError, pendingMigrations } from "./migrate.ts";
import { installQueryPlanCache } from "./queryPlanCache.ts";
import { withStatementCounting } from "./statementCounter.ts";

export { Prisma, PrismaClient } from "../generated/prisma/client.ts";
export { describeStore, parseDatabaseUrl, type StoreLocation } from "./databaseUrl.ts";
export { onSqlStatement } from "./statementCounter.ts";
export { StoreLockedError } from "./storeLock.ts";

export interface Store {
  readonly prisma: PrismaClient;
  readonly location: StoreLocation;
  readonly description: string;
  /** the migrations applied when the store was opened */
  readonly appliedMigrations: string[];
  /** whether the store held no article when it was opened (read without Prisma's query compiler) */
  readonly empty: boolean;
  /** records where a server serves GraphQL, for the message a second opener of an embedded store gets */
  setServerUrl(url: string): void;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** DATABASE_URL; unset means the embedded store under ./data */
  databaseUrl?: string;
  /** who opens the store (server, cli …), recorded in the lock of an embedded store */
  role: string;
  /**
   * "always" applies pending migrations; "embedded" (the default) applies them to embedded
   * stores and refuses a PostgreSQL database that lacks some, pointing at `npm run db:migrate`.
   */
  migrate?: "always" | "embedded";
  poolSize?: number;
  /**
   * Start Prisma's query engine (its WebAssembly query compiler, a fifth of a second) before
   * returning: true by default. The server passes false and starts it once it listens, so /health
   * answers sooner; the first query waits for it either way.
   */
  connect?: boolean;
}

/** The driver adapter of each client openStore made (the statement counter included). */
const driverAdapters = new WeakMap<PrismaClient, SqlDriverAdapterFactory>();

/**
 * The driver adapter behind a client openStore made, for a writer that sends its own SQL in a
 * transaction of its own without Prisma's client in between (the bulk writer, src/graph/bulkSql.ts);
 * undefined for any other client.
 */
export function driverAdapterOf(prisma: PrismaClient): SqlDriverAdapterFactory | undefined {
  return driverAdapters.get(prisma);
}

/** Opens (and, where asked, migrates) the store that DATABASE_URL names. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const location = parseDatabaseUrl(options.databaseUrl);
  const driver: OpenedDriver = await openDriver(location, { role: options.role, poolSize: options.poolSize });
  try {
    const session = await driver.migrationSession();
    let applied: string[] = [];
    let empty = false;
    try {
      if (location.kind !== "postgres" || options.migrate === "always") {
        applied = await applyMigrations(session);
      } else {
        const pending = await pendingMigrations(session);
        if (pending.length > 0) {
          throw new MigrationError(
            `${describeStore(location)} lacks migrations ${pending.join(", ")}: run "npm run db:migrate" with the same DATABASE_URL first`,
          );
        }
      }
      const [articles] = await session.query(`SELECT NOT EXISTS (SELECT 1 FROM "Article") AS "empty"`);
      empty = articles?.empty === true;
    } finally {
      await session.release();
    }
    // repeated reads skip Prisma's query compiler (src/store/queryPlanCache.ts)
    installQueryPlanCache();
    const adapter = withStatementCounting(driver.factory);
    const prisma = new PrismaClient({ adapter });
    driverAdapters.set(prisma, adapter);
    if (options.connect !== false) await prisma.$connect();
    return {
      prisma,
      location,
      description: describeStore(location),
      appliedMigrations: applied,
      empty,
      setServerUrl: (url) => driver.lock?.setServerUrl(url),
      close: async () => {
        try {
          await prisma.$disconnect();
        } finally {
          await driver.close();
        }
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/**
 * What the server needs of a store: its Prisma client, read at each request (so a test can
 * switch the store under one server instance).
 */
export interface ServedStore {
  readonly prisma: PrismaClient;
}
