import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** Prisma Migrate's advisory lock key: holding it keeps `prisma migrate` and this runner apart. */
const PRISMA_ADVISORY_LOCK = 72707369;

// The bookkeeping table exactly as Prisma Migrate creates it, so either tool can take over.
const CREATE_BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  script: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const script = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, script, checksum: createHash("sha256").update(script).digest("hex") };
    }),
  );
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

/** One database session: the advisory lock and the scripts must share a connection. */
export interface MigrationSession {
  /** runs a script of several statements */
  exec(script: string): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  release(): Promise<void>;
}

async function appliedMigrations(session: MigrationSession) {
  const rows = await session.query(
    `SELECT "migration_name", "checksum", "finished_at" IS NOT NULL AS "finished" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
  );
  return rows.map((row) => ({
    name: String(row.migration_name),
    checksum: String(row.checksum),
    finished: Boolean(row.finished),
  }));
}

/**
 * Applies the committed migrations that a store lacks, with Prisma Migrate's bookkeeping
 * (`_prisma_migrations`, same checksums, same advisory lock), in this process: an in-memory
 * store has no other way to be migrated, and an embedded one must not be opened by a second
 * process. `npm run db:migrate` (prisma migrate deploy) does the same from the CLI.
 * Returns the names of the migrations it applied.
 */
export async function applyMigrations(session: MigrationSession, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  await session.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})::text`);
  try {
    await session.exec(CREATE_BOOKKEEPING);
    const applied = await appliedMigrations(session);
    const failed = applied.find((m) => !m.finished);
    if (failed) {
      throw new MigrationError(
        `migration ${failed.name} failed earlier and was not finished; resolve it with "npx prisma migrate resolve"`,
      );
    }
    const appliedByName = new Map(applied.map((m) => [m.name, m]));
    const known = new Set(migrations.map((m) => m.name));
    const unknown = applied.filter((m) => !known.has(m.name));
    if (unknown.length > 0) {
      throw new MigrationError(
        `the store has migrations this version does not know (${unknown.map((m) => m.name).join(", ")}): it was written by a newer wartagraph`,
      );
    }
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      const existing = appliedByName.get(migration.name);
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new MigrationError(`migration ${migration.name} was changed after it was applied`);
        }
        continue;
      }
      const id = randomUUID();
      await session.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ($1, $2, $3)`, [
        id,
        migration.checksum,
        migration.name,
      ]);
      try {
        await session.exec(migration.script);
      } catch (error) {
        await session.query(`UPDATE "_prisma_migrations" SET "logs" = $1 WHERE "id" = $2`, [String(error), id]);
        throw new MigrationError(`migration ${migration.name} failed: ${String(error)}`, { cause: error });
      }
      await session.query(
        `UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = $1`,
        [id],
      );
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  } finally {
    await session.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})::text`);
  }
}

/** The names of committed migrations the store has not applied yet. */
export async function pendingMigrations(session: MigrationSession, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const [exists] = await session.query(`SELECT to_regclass('"_prisma_migrations"')::text AS "table"`);
  if (exists?.table == null) return migrations.map((m) => m.name);
  const applied = new Set((await appliedMigrations(session)).filter((m) => m.finished).map((m) => m.name));
  return migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
}
