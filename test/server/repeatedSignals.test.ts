import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverNodeOptions } from "../../bench/support.ts";
import { openStore } from "../../src/store/index.ts";
import { REPO_ROOT } from "../cli/cliHarness.ts";

/**
 * One stop request often arrives as two signals (Ctrl-C under npm start reaches the server from
 * the terminal and from npm; a supervisor signals the process group and a launcher forwards it).
 * The repeats must not cut the shutdown short with the embedded store open; only a person
 * pressing Ctrl-C again, well after the first, ends the process at once.
 */
describe("signals while the server shuts down", () => {
  let directory = "";
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "wg-repeated-signals-"));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  function startServer(databaseUrl: string, env: Record<string, string> = {}) {
    const server = spawn(
      process.execPath,
      [...serverNodeOptions(REPO_ROOT), path.join(REPO_ROOT, "bin/wartagraph.js"), "serve", "--port", "0", "--no-seed"],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "info", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const ended = new Promise<[number | null, string | null]>((resolve) =>
      server.once("exit", (code, signal) => resolve([code, signal])),
    );
    let output = "";
    const waiters: { text: string; resolve: () => void }[] = [];
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const waiter of waiters) if (output.includes(waiter.text)) waiter.resolve();
    };
    server.stdout?.on("data", onData);
    server.stderr?.on("data", onData);
    const logged = (text: string) =>
      new Promise<void>((resolve) => (output.includes(text) ? resolve() : waiters.push({ text, resolve })));
    return { server, ended, logged, output: () => output };
  }

  const portOf = (output: string) => Number(/"url":"http:\/\/[^"]*:(\d+)/.exec(output)?.[1]);

  async function expectReopens(databaseUrl: string) {
    const reopened = await openStore({ databaseUrl, role: "test" });
    expect(await reopened.prisma.article.count()).toBe(0);
    await reopened.close();
  }

  it("finishes the shutdown when the stop signal comes twice and Ctrl-C right after it", async () => {
    const databaseUrl = `file:${path.join(directory, "repeated")}`;
    const { server, ended, logged, output } = startServer(databaseUrl);
    await logged("wartagraph is serving GraphQL");
    server.kill("SIGTERM");
    // the repeats arrive once the first is being handled, as a forwarded copy does
    await logged("shutting down");
    server.kill("SIGTERM");
    server.kill("SIGINT");
    expect(await ended).toEqual([0, null]);
    expect(output()).toContain("already shutting down");
    await expectReopens(databaseUrl);
  });

  it("exits at once with 130 on a second Ctrl-C well after the first", async () => {
    const databaseUrl = `file:${path.join(directory, "interrupted")}`;
    // a long grace period and a request that never finishes its body keep the shutdown draining
    const { server, ended, logged, output } = startServer(databaseUrl, { WARTAGRAPH_SHUTDOWN_GRACE_MS: "60000" });
    await logged("wartagraph is serving GraphQL");
    const socket = connect(portOf(output()), "127.0.0.1");
    socket.on("error", () => {});
    socket.write(
      "POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{",
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.kill("SIGINT");
    await logged("draining before shutdown");
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const interruptedAt = performance.now();
    server.kill("SIGINT");
    expect(await ended).toEqual([130, null]);
    expect(performance.now() - interruptedAt).toBeLessThan(10_000);
    expect(output()).toContain("interrupted again");
    socket.destroy();
  });
});
