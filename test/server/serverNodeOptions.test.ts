import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { serverNodeOptions } from "../../bench/support.ts";
import { migratedStoreTemplate, REPO_ROOT, startServer } from "../cli/cliHarness.ts";

/**
 * The benches start each checkout's bundle with the Node options of that checkout's `npm start`,
 * so a change to them (a young-generation cap was measured in bench/results/h11-s18-server.md) is
 * measured before and after side by side.
 */
describe("serverNodeOptions (bench/support.ts)", () => {
  let checkout = "";
  afterEach(async () => {
    if (checkout) await rm(checkout, { recursive: true, force: true });
  });
  const withStart = async (start: string) => {
    checkout = await mkdtemp(path.join(tmpdir(), "wg-start-"));
    await writeFile(path.join(checkout, "package.json"), JSON.stringify({ scripts: { start } }));
    return serverNodeOptions(checkout);
  };

  it("reads the options between node and the script", async () => {
    expect(await withStart("node --max-semi-space-size=4 --no-warnings bin/wartagraph.js serve")).toEqual([
      "--max-semi-space-size=4",
      "--no-warnings",
    ]);
    expect(await withStart("node bin/wartagraph.js serve")).toEqual([]);
    // the CLI's own options after the script are not Node's
    expect(await withStart("node --no-warnings bin/wartagraph.js serve --port 4000")).toEqual(["--no-warnings"]);
  });

  it("gives Node options it accepts for this repository's start script", () => {
    expect(serverNodeOptions(REPO_ROOT).every((option) => option.startsWith("--"))).toBe(true);
  });
});

/** The pids of a process's children (Linux: /proc). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const nodeOptionsOf = (pid: number) =>
  readFileSync(`/proc/${pid}/cmdline`, "utf8")
    .split("\0")
    .filter((word) => word.startsWith("--v8-"));

const processExists = (pid: number) => existsSync(`/proc/${pid}`);

/**
 * The server's Node options reach it however it is started (bench/results/h11-s20-memory.md):
 * `npm start` passes them, and bin/wartagraph.js starts a `serve` that came without them as a
 * child with them, since they only act from a process's start.
 */
describe("the server's Node options (bin/wartagraph.js)", () => {
  let template: Awaited<ReturnType<typeof migratedStoreTemplate>>;
  beforeAll(async () => {
    template = await migratedStoreTemplate();
  });
  afterAll(() => template.remove());
  const servers: { stop(): Promise<unknown> }[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
  });
  const freshStore = async () => `file:${await template.copy()}`;

  it("npm start gives them to Node", () => {
    expect(serverNodeOptions(REPO_ROOT)).toContain("--v8-pool-size=1");
  });

  it("`wartagraph serve` without them runs the server as a child with them, and stops with it", async () => {
    const server = await startServer(await freshStore(), undefined, []);
    servers.push(server);
    const launcher = server.process.pid as number;
    expect(nodeOptionsOf(launcher)).toEqual([]);
    const [child] = childrenOf(launcher);
    expect(child).toBeDefined();
    expect(nodeOptionsOf(child as number)).toEqual(["--v8-pool-size=1"]);
    const answer = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: /* GraphQL */ `{ __typename }` }),
    });
    expect(await answer.json()).toEqual({ data: { __typename: "Query" } });

    // a signal to the launcher alone (a supervisor's) reaches the server, and both end cleanly
    servers.splice(0);
    expect(await server.stop()).toBe(0);
    expect(processExists(child as number)).toBe(false);
  });

  it("a Ctrl-C to the terminal's process group reaches the server once: it closes and ends with 0", async () => {
    const launcher = spawn(
      process.execPath,
      [path.join(REPO_ROOT, "bin/wartagraph.js"), "serve", "--port", "0", "--no-seed"],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: await freshStore(), LOG_LEVEL: "info" },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true, // the launcher leads a process group, as a shell's foreground job does
      },
    );
    const ended = new Promise<[number | null, string | null]>((resolve) =>
      launcher.once("exit", (code, signal) => resolve([code, signal])),
    );
    let output = "";
    await new Promise<void>((resolve) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"url":"')) resolve();
      };
      launcher.stdout?.on("data", onData);
      launcher.stderr?.on("data", onData);
    });
    const [server] = childrenOf(launcher.pid as number);
    process.kill(-(launcher.pid as number), "SIGINT");
    expect(await ended).toEqual([0, null]);
    expect(processExists(server as number)).toBe(false);
    expect(output).toContain("shutting down");
  });

  it("the bin run as a program (npx wartagraph serve) is the server itself, with them from its first line", async () => {
    // spawned by path, not through node: the kernel reads the bin's #! line, as npx and an installed bin do
    const program = spawn(path.join(REPO_ROOT, "bin/wartagraph.js"), ["serve", "--port", "0", "--no-seed"], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: await freshStore(), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const ended = new Promise<number | null>((resolve) => program.once("exit", (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      let output = "";
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"url":"')) resolve();
      };
      program.stdout?.on("data", onData);
      program.stderr?.on("data", onData);
    });
    const pid = program.pid as number;
    expect(nodeOptionsOf(pid)).toEqual(["--v8-pool-size=1"]);
    expect(childrenOf(pid)).toEqual([]);
    program.kill("SIGTERM");
    expect(await ended).toBe(0);
  });

  it("`node --v8-pool-size=1 bin/wartagraph.js serve` (npm start) is the server itself", async () => {
    const server = await startServer(await freshStore());
    servers.push(server);
    const pid = server.process.pid as number;
    expect(nodeOptionsOf(pid)).toEqual(["--v8-pool-size=1"]);
    expect(childrenOf(pid)).toEqual([]);
  });
});
