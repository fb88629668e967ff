import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "../../src/graph/index.ts";
import { openStore } from "../../src/store/index.ts";
import { TEST_POSTGRES_ADMIN_URL } from "../support/stores.ts";
import { inspectStore, makeTempDir, migratedStoreTemplate, REPO_ROOT, runCli, startServer } from "./cliHarness.ts";

// each CLI run starts a process that loads TypeScript: seconds each on a busy 2-core machine
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let template: Awaited<ReturnType<typeof migratedStoreTemplate>>;
let scratch = "";

beforeAll(async () => {
  template = await migratedStoreTemplate();
  scratch = await makeTempDir("apikey");
});

afterAll(async () => {
  await template?.remove();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** What the CLI said on stderr, without blank lines. */
function lines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line.trim() !== "");
}

describe("configuration and start-up errors", () => {
  it("shows --help even when PORT is bad", async () => {
    const run = await runCli(["--help"], { databaseUrl: "memory:", env: { PORT: "abc" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: wartagraph");
  });

  it("refuses to serve with a bad PORT in one line, exit 2", async () => {
    const run = await runCli(["serve"], { databaseUrl: "memory:", env: { PORT: "abc" } });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(['error: PORT must be an integer 0–65535, got "abc"']);
  });

  it("says which port is in use and how to pick another, before touching the store", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "0.0.0.0", resolve));
    const port = (blocker.address() as { port: number }).port;
    const dataDir = path.join(scratch, "never-opened");
    try {
      const run = await runCli(["serve", "--port", String(port)], { databaseUrl: `file:${dataDir}` });
      expect(run.code).toBe(1);
      const said = lines(run.stderr);
      expect(said).toHaveLength(1);
      expect(said[0]).toContain(`port ${port} is already in use`);
      expect(said[0]).toContain("--port <n> or PORT=<n>");
      // the port was checked first: the store was never created, migrated or seeded
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it("says to create a missing PostgreSQL database and migrate it", async () => {
    const url = new URL(TEST_POSTGRES_ADMIN_URL);
    url.pathname = "/wg_cli_no_such_database";
    const run = await runCli(["serve", "--port", "0"], { databaseUrl: url.toString() });
    expect(run.code).toBe(1);
    const said = lines(run.stderr);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('the PostgreSQL database "wg_cli_no_such_database" does not exist');
    expect(said[0]).toContain("createdb wg_cli_no_such_database");
    expect(said[0]).toContain("npm run db:migrate");
  });
});

describe("apikey on a store", () => {
  it("creates keys with several scopes, lists them, refuses a duplicate name and revokes one key by id", async () => {
    const databaseUrl = `file:${await template.copy()}`;
    const created = await runCli(["apikey", "create", "desk", "--scope", "ingest", "curate", "webhooks", "admin"], {
      databaseUrl,
    });
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toMatch(/^wg_\S+$/);
    expect(await runCli(["apikey", "create", "reader", "--scope", "ingest"], { databaseUrl })).toMatchObject({
      code: 0,
    });

    const duplicate = await runCli(["apikey", "create", "desk", "--scope", "ingest"], { databaseUrl });
    expect(duplicate.code).toBe(1);
    expect(lines(duplicate.stderr)).toEqual([
      'error: an API key named "desk" already exists (see apikey list); pick another name',
    ]);

    const listed = await runCli(["apikey", "list", "--json"], { databaseUrl });
    const keys = JSON.parse(listed.stdout) as { id: string; name: string; scopes: string[]; revokedAt: null }[];
    expect(keys.map((key) => [key.name, key.scopes, key.revokedAt])).toEqual([
      ["desk", ["ingest", "curate", "webhooks", "admin"], null],
      ["reader", ["ingest"], null],
    ]);
    expect(JSON.stringify(keys)).not.toContain("keyHash");

    const desk = keys[0]?.id as string;
    const revoked = await runCli(["apikey", "revoke", desk], { databaseUrl });
    expect(revoked.code).toBe(0);
    expect(revoked.stderr).toContain(`revoked the API key "desk" (id ${desk})`);
    const after = await inspectStore(databaseUrl, (store) =>
      store.prisma.apiKey.findMany({ select: { name: true, revokedAt: true }, orderBy: { name: "asc" } }),
    );
    expect(after.map((key) => [key.name, key.revokedAt !== null])).toEqual([
      ["desk", true],
      ["reader", false],
    ]);

    const unknown = await runCli(["apikey", "revoke", "no-such-id"], { databaseUrl });
    expect(unknown.code).toBe(1);
    expect(lines(unknown.stderr)).toEqual(['error: no API key has the id "no-such-id" (see apikey list)']);
  });

  it("refuses an unknown scope as a usage error", async () => {
    const run = await runCli(["apikey", "create", "x", "--scope", "ingest", "root"], { databaseUrl: "memory:" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown scope "root"');
  });
});

describe("apikey while a server holds the embedded store", () => {
  it("goes through the server with an admin key, and says how when it has none", async () => {
    const dataDir = await template.copy();
    const databaseUrl = `file:${dataDir}`;
    const { adminKey, ingestKey } = await inspectStore(databaseUrl, async (store) => ({
      adminKey: (await createApiKey(store.prisma, "ops", ["admin"])).key,
      ingestKey: (await createApiKey(store.prisma, "newsroom", ["ingest"])).key,
    }));
    const server = await startServer(databaseUrl);
    try {
      const withoutKey = await runCli(["apikey", "create", "desk", "--scope", "ingest"], { databaseUrl });
      expect(withoutKey.code).toBe(1);
      expect(withoutKey.stderr).toContain(server.url);
      expect(withoutKey.stderr).toContain("API key with the admin scope");
      expect(withoutKey.stderr).not.toContain("Send articles");

      const notAdmin = await runCli(["apikey", "list"], { databaseUrl, env: { WARTAGRAPH_API_KEY: ingestKey } });
      expect(notAdmin.code).toBe(1);
      expect(notAdmin.stderr).toContain("lacks the scope");

      const env = { WARTAGRAPH_API_KEY: adminKey };
      const created = await runCli(["apikey", "create", "desk", "--scope", "ingest,curate"], { databaseUrl, env });
      expect(created.code).toBe(0);
      expect(created.stderr).toContain(`managing keys through it`);
      const deskKey = created.stdout.trim();
      expect(deskKey).toMatch(/^wg_\S+$/);

      const listed = await runCli(["apikey", "list", "--json"], { databaseUrl, env });
      const keys = JSON.parse(listed.stdout) as { id: string; name: string; scopes: string[] }[];
      expect(keys.map((key) => [key.name, key.scopes])).toEqual([
        ["ops", ["admin"]],
        ["newsroom", ["ingest"]],
        ["desk", ["ingest", "curate"]],
      ]);

      // the new key works on the server, and stops working once revoked through it
      const ask = (key: string) =>
        fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
      expect((await ask(deskKey)).status).toBe(200);
      const deskId = keys.find((key) => key.name === "desk")?.id as string;
      const revoked = await runCli(["apikey", "revoke", deskId], { databaseUrl, env });
      expect(revoked.code).toBe(0);
      expect((await ask(deskKey)).status).toBe(401);
    } finally {
      await server.stop();
    }
  });
});

describe("the api key names migration", () => {
  it("keeps keys that already share a name, renaming the later ones by id", async () => {
    const store = await openStore({ databaseUrl: "memory:", role: "test" });
    try {
      await store.prisma.$executeRawUnsafe(`DROP INDEX "ApiKey_name_key"`);
      const existing: [hash: string, name: string, createdAt: string][] = [
        ["h1", "newsroom", "2026-01-01"],
        ["h2", "newsroom", "2026-02-01"],
        ["h3", "other", "2026-01-01"],
      ];
      for (const [hash, name, at] of existing) {
        await store.prisma.apiKey.create({
          data: { keyHash: hash, name, scopes: ["ingest"], createdAt: new Date(at) },
        });
      }
      const sql = await readFile(
        path.join(REPO_ROOT, "prisma/migrations/20261202110000_api_key_unique_names/migration.sql"),
        "utf8",
      );
      for (const statement of sql.split(/;\s*$/m).filter((part) => part.replace(/--.*$/gm, "").trim())) {
        await store.prisma.$executeRawUnsafe(statement);
      }
      const keys = await store.prisma.apiKey.findMany({
        orderBy: { keyHash: "asc" },
        select: { id: true, name: true },
      });
      expect(keys[0]?.name).toBe("newsroom");
      expect(keys[1]?.name).toBe(`newsroom-${keys[1]?.id}`);
      expect(keys[2]?.name).toBe("other");
      await expect(store.prisma.apiKey.create({ data: { keyHash: "h4", name: "other", scopes: [] } })).rejects.toThrow(
        /unique/,
      );
    } finally {
      await store.close();
    }
  });
});
