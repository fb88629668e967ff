import { copyFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inspectStore, runCli, SEED_TEXT_FILE, startServer, useSeedInputs } from "./cliHarness.ts";

// Two processes on one PGlite directory destroy it (STACK.md, trap 2): the CLI must refuse or go through the server.

const seed = useSeedInputs("lock-inputs");

describe("wartagraph ingest while a server holds the embedded store", () => {
  it("refuses a store a server holds, goes through that server with an API key, and the store survives", async () => {
    const dataDir = await seed.template.copy();
    const databaseUrl = `file:${dataDir}`;
    const created = await runCli(["apikey", "create", "cli-test", "--scope", "ingest"], { databaseUrl });
    expect(created.code, created.stderr).toBe(0);
    const apiKey = created.stdout.trim();
    expect(apiKey).toMatch(/^wg_\S+$/);

    const draftFile = path.join(seed.inputs, "locked-draft.jsonl");
    await writeFile(draftFile, `${seed.seedDraftLine}\n`);
    const textFile = path.join(seed.inputs, "locked.txt");
    await copyFile(SEED_TEXT_FILE, textFile);

    const server = await startServer(databaseUrl);
    try {
      const health = await fetch(server.url.replace(/\/graphql$/, "/health"));
      expect(health.status).toBe(200);

      const refused = await runCli(["ingest", draftFile], { databaseUrl });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`is in use by process ${server.process.pid}`);

      // with a key the CLI finds the server in the lock and sends the text through it
      const viaLock = await runCli(["ingest", textFile], { databaseUrl, env: { WARTAGRAPH_API_KEY: apiKey } });
      expect(viaLock.code, viaLock.stderr).toBe(0);
      expect(viaLock.stderr).toContain(`sending the articles through it`);
      expect(viaLock.stdout).toContain(`${textFile}: 1 created`);

      // explicit --server: a raw article goes in, a draft is refused with the reason
      const mixed = path.join(seed.inputs, "server-mixed.jsonl");
      await writeFile(
        mixed,
        `${JSON.stringify({ text: seed.seedText, url: "https://example.org/via-server" })}\n${seed.seedDraftLine}\n`,
      );
      const viaServer = await runCli(["ingest", "--server", server.url, "--api-key", apiKey, mixed], {
        databaseUrl: "file:/nonexistent/never-opened",
      });
      expect(viaServer.code).toBe(1);
      expect(viaServer.stdout).toContain(`${mixed}: 0 created, 1 updated, 1 failed`);
      expect(viaServer.stderr).toContain(`${mixed}:2: an article draft cannot go through the server`);
    } finally {
      expect(await server.stop()).toBe(0);
    }

    const stored = await inspectStore(databaseUrl, (store) => store.prisma.article.findMany({ select: { url: true } }));
    expect(stored).toEqual([{ url: "https://example.org/via-server" }]);
  });
});
