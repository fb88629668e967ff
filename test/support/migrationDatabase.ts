import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, expect } from "vitest";
import { readMigrations } from "../../src/store/migrate.ts";
import { createScratchDatabase, type StoreKind } from "./stores.ts";

/** A bare database of either store kind, for tests of one migration's SQL on rows stored before it. */
export interface MigrationDatabase {
  exec(script: string): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** runs the migration under test */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

async function emptyDatabase(kind: StoreKind, cleanups: (() => Promise<void>)[]) {
  if (kind === "pglite") {
    const db = await PGlite.create();
    return {
      exec: async (script: string) => {
        await db.exec(script);
      },
      rows: async (sql: string) => (await db.query<Record<string, unknown>>(sql)).rows,
      close: () => db.close(),
    };
  }
  const database = await createScratchDatabase("wg_migration");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  cleanups.push(() => database.drop());
  return {
    exec: async (script: string) => {
      await client.query(script);
    },
    rows: async (sql: string) => (await client.query(sql)).rows,
    close: () => client.end(),
  };
}

/**
 * Call at the top of a test file: returns a function opening a database migrated up to (not
 * including) the named migration; the PostgreSQL scratch databases are dropped after the file.
 */
export function databasesBeforeMigration(): (kind: StoreKind, migration: string) => Promise<MigrationDatabase> {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });
  return async (kind, migration) => {
    const db = await emptyDatabase(kind, cleanups);
    const migrations = await readMigrations();
    const target = migrations.findIndex((m) => m.name === migration);
    expect(target).toBeGreaterThan(0);
    for (const m of migrations.slice(0, target)) await db.exec(m.script);
    return { ...db, migrate: () => db.exec(migrations[target]?.script ?? "") };
  };
}
