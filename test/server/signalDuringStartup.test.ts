import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverNodeOptions } from "../../bench/support.ts";
import { openStore } from "../../src/store/index.ts";
import { REPO_ROOT } from "../cli/cliHarness.ts";

/**
 * A supervisor may send SIGTERM at any moment of start-up, the instant the server says it is
 * serving included. The server's signal handlers are in place before start-up logs anything, so
 * such a signal closes the server once it is up (exit 0, store closed and reopenable) instead of
 * killing it with the embedded store open.
 */
describe("a SIGTERM while the server is starting", () => {
  let directory = "";
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "wg-signal-startup-"));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it("is handled: the server finishes starting, closes and exits 0", async () => {
    const databaseUrl = `file:${path.join(directory, "store")}`;
    const server = spawn(
      process.execPath,
      [...serverNodeOptions(REPO_ROOT), path.join(REPO_ROOT, "bin/wartagraph.js"), "serve", "--port", "0", "--no-seed"],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "info" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const ended = new Promise<[number | null, string | null]>((resolve) =>
      server.once("exit", (code, signal) => resolve([code, signal])),
    );
    let output = "";
    // an empty store is migrated first: that line comes before the server listens
    await new Promise<void>((resolve) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("migrated the store")) resolve();
      };
      server.stdout?.on("data", onData);
      server.stderr?.on("data", onData);
    });
    server.kill("SIGTERM");
    expect(await ended).toEqual([0, null]);
    expect(output).toContain("shutting down");

    // closed, not killed: the embedded store opens again
    const reopened = await openStore({ databaseUrl, role: "test" });
    expect(await reopened.prisma.article.count()).toBe(0);
    await reopened.close();
  });
});
