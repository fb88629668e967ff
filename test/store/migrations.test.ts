import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { readMigrations } from "../../src/store/migrate.ts";
import { createScratchDatabase } from "../support/stores.ts";

const run = promisify(execFile);
const projectRoot = new URL("../..", import.meta.url).pathname;
const dirs: string[] = [];

/** Runs the Prisma CLI (its WebAssembly schema engine, through prisma.config.ts) on a store. */
async function prismaCli(args: string[], databaseUrl: string) {
  const { stdout, stderr } = await run(
    process.execPath,
    [path.join(projectRoot, "node_modules/prisma/build/index.js"), ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    },
  );
  return `${stdout}\n${stderr}`;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("migrations", () => {
  it("are recorded with Prisma Migrate's bookkeeping when applied in-process to an embedded store", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "wartagraph-migrate-"));
    dirs.push(dir);
    const databaseUrl = `file:${path.join(dir, "store")}`;
    const store = await openStore({ databaseUrl, role: "test" });
    const migrations = await readMigrations();
    expect(store.appliedMigrations).toEqual(migrations.map((m) => m.name));
    await store.prisma.source.create({ data: { name: "Tetap Ada", normalizedName: "tetap ada" } });
    await store.close();

    // Prisma's own engine agrees that nothing is pending, then the store reopens with its data
    expect(await prismaCli(["migrate", "status"], databaseUrl)).toMatch(/Database schema is up to date/);
    const reopened = await openStore({ databaseUrl, role: "test" });
    try {
      expect(reopened.appliedMigrations).toEqual([]);
      expect(await reopened.prisma.source.count()).toBe(1);
    } finally {
      await reopened.close();
    }
  }, 120_000);

  it("deploy to PostgreSQL with `prisma migrate deploy`, through the catalog-friendly pool", async () => {
    const database = await createScratchDatabase("wg_migrate");
    try {
      // without migrations the server refuses PostgreSQL and says what to run
      await expect(openStore({ databaseUrl: database.url, role: "test" })).rejects.toThrow(/npm run db:migrate/);
      const output = await prismaCli(["migrate", "deploy"], database.url);
      expect(output).toMatch(/successfully applied|No pending migrations/);
      const store = await openStore({ databaseUrl: database.url, role: "test" });
      try {
        expect(store.appliedMigrations).toEqual([]);
        await store.prisma.article.count();
      } finally {
        await store.close();
      }
      expect(await prismaCli(["migrate", "status"], database.url)).toMatch(/Database schema is up to date/);
    } finally {
      await database.drop();
    }
  }, 120_000);

  it("applied in-process to PostgreSQL are what `prisma migrate status` expects", async () => {
    const database = await createScratchDatabase("wg_migrate");
    try {
      const store = await openStore({ databaseUrl: database.url, role: "test", migrate: "always" });
      await store.close();
      expect(await prismaCli(["migrate", "status"], database.url)).toMatch(/Database schema is up to date/);
    } finally {
      await database.drop();
    }
  }, 120_000);

  it("make the database prisma/schema.prisma describes: `prisma migrate diff` from them to it has only what Prisma cannot write", async () => {
    // scripts/migrationDrift.config.ts: a PGlite shadow database that runs each migration script whole
    const diff = await prismaCli(
      [
        "migrate",
        "diff",
        "--config",
        "scripts/migrationDrift.config.ts",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      "memory:",
    );
    const statements = diff.split("\n").filter((line) => /^(CREATE|ALTER|DROP)\b/.test(line));
    // the covering index with INCLUDE (migration 20261204170000): Prisma's schema cannot say INCLUDE
    expect(statements).toEqual(['DROP INDEX "Article_id_sourceId_publishedAt_idx";']);
  }, 300_000);
});
