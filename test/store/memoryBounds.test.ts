import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { youngGenerationCapBytes } from "../../src/store/memoryBounds.ts";
import { createScratchDatabase } from "../support/stores.ts";

const run = promisify(execFile);
const growthScript = new URL("../support/youngGenerationGrowth.ts", import.meta.url).pathname;
const MB = 1024 * 1024;

/** The largest young generation a fresh process reaches under the same allocations, capped or not. */
async function youngGenerationOfAProcess(capBytes: number) {
  const { stdout } = await run(process.execPath, ["--import", "tsx", growthScript, String(capBytes)]);
  return JSON.parse(stdout) as { largestSemiSpace: number; largestCommitted: number };
}

describe("a server on an embedded store caps V8's young generation (issue 11: RSS on PGlite)", () => {
  // each in a process of its own: V8's flags are the process's, and the cap stays once set
  it("keeps the semi-space at the cap where V8 alone grows it to 16 MB", async () => {
    const [uncapped, capped] = await Promise.all([youngGenerationOfAProcess(0), youngGenerationOfAProcess(4 * MB)]);
    expect(uncapped.largestSemiSpace).toBeGreaterThan(8 * MB);
    expect(capped.largestSemiSpace).toBeLessThanOrEqual(4 * MB);
    // it still grows up to the cap (from V8's 1 MB start), not only stays small
    expect(capped.largestSemiSpace).toBeGreaterThan(2 * MB);
    expect(capped.largestCommitted).toBeLessThanOrEqual(8 * MB);
  }, 60_000);

  // in this order: once set, the cap stays for the test process
  it("is set by a server opening PGlite, and by neither a server on PostgreSQL nor the CLI on PGlite", async () => {
    const database = await createScratchDatabase("wg_memory_bounds");
    try {
      const postgresServer = await openStore({ databaseUrl: database.url, role: "server", migrate: "always" });
      await postgresServer.close();
      expect(youngGenerationCapBytes()).toBeUndefined();
    } finally {
      await database.drop();
    }
    const cli = await openStore({ databaseUrl: "memory:", role: "cli" });
    await cli.close();
    expect(youngGenerationCapBytes()).toBeUndefined();
    const server = await openStore({ databaseUrl: "memory:", role: "server" });
    await server.close();
    expect(youngGenerationCapBytes()).toBe(4 * MB);
  }, 120_000);
});
