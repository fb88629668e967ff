import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { REPO_ROOT } from "../cli/cliHarness.ts";
import { spareTcpPort } from "../support/processes.ts";
import { createScratchDatabase } from "../support/stores.ts";

const run = promisify(execFile);
const PRELOAD = path.join(REPO_ROOT, "test/support/loadedPackages.mjs");
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** The packages of the node_modules files a process loaded. */
function packagesOf(files: string[]): Set<string> {
  const names = files.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]).filter(Boolean);
  return new Set(names as string[]);
}

/** Opens a graphql-ws WebSocket to the endpoint and returns the HTTP status of the answer (101: switched). */
function upgradeStatus(port: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const upgrade = request({
      host: "127.0.0.1",
      port,
      path: "/graphql",
      headers: {
        connection: "Upgrade",
        upgrade: "websocket",
        "sec-websocket-version": "13",
        "sec-websocket-key": randomBytes(16).toString("base64"),
        "sec-websocket-protocol": "graphql-transport-ws",
      },
    });
    upgrade.once("upgrade", (response, socket) => {
      socket.destroy();
      resolve(response.statusCode);
    });
    upgrade.once("response", (response) => resolve(response.statusCode));
    upgrade.once("error", reject);
    upgrade.end();
  });
}

/**
 * Runs the bundle's `serve` until /health answers, asks one GraphQL page (so the store and
 * Prisma's engine are in use) and, where asked, opens a WebSocket, stops it with SIGTERM and
 * returns the packages it loaded.
 */
async function packagesLoadedBy(
  main: string,
  env: Record<string, string>,
  options: { webSocket?: boolean } = {},
): Promise<Set<string>> {
  const dir = await mkdtemp(path.join(tmpdir(), "wartagraph-lazy-"));
  const out = path.join(dir, "loaded.json");
  const port = await spareTcpPort();
  const child = spawn(process.execPath, ["--import", PRELOAD, main, "serve", "--port", String(port), "--no-seed"], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", REDIS_URL: "", NATS_URL: "", ...env, WARTAGRAPH_LOADED_MODULES_OUT: out },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve exited before /health answered:\n${stderr}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy) break;
      if (Date.now() > deadline) throw new Error(`serve did not answer /health in 60 s:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: /* GraphQL */ `{ articles(first: 1) { totalCount } }` }),
    });
    expect(await response.json()).toEqual({ data: { articles: { totalCount: 0 } } });
    if (options.webSocket) expect(await upgradeStatus(port)).toBe(101);
    child.kill("SIGTERM");
    expect(await exited, stderr).toBe(0);
    return packagesOf(JSON.parse(await readFile(out, "utf8")) as string[]);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A server on the embedded store without REDIS_URL loads neither the PostgreSQL driver nor the
 * Redis client, nor the WebSocket server before a client opens a WebSocket (issue 11: each took
 * a tenth of a second or more of start-up on the loaded bench machine); a server on PostgreSQL
 * with Redis and a WebSocket client loads all three, which shows the check sees them.
 */
describe("packages the server loads", () => {
  let outDir = "";
  let main = "";
  beforeAll(async () => {
    outDir = path.join(REPO_ROOT, "dist", `lazy-packages-test-${process.pid}`);
    await run(process.execPath, [path.join(REPO_ROOT, "scripts/build-server.mjs"), outDir]);
    main = path.join(outDir, "main.mjs");
  }, 120_000);
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("on PGlite without REDIS_URL and no WebSocket: no pg, no ioredis, no ws", async () => {
    const loaded = await packagesLoadedBy(main, { DATABASE_URL: "memory:" });
    expect(loaded.has("@prisma/client"), [...loaded].join(", ")).toBe(true);
    for (const name of ["pg", "pg-pool", "ioredis", "ws"]) expect(loaded.has(name), name).toBe(false);
  }, 90_000);

  it("on PostgreSQL with REDIS_URL and a WebSocket client: pg, ioredis and ws", async () => {
    const database = await createScratchDatabase("wg_lazy_packages");
    try {
      // a server refuses a PostgreSQL database that lacks migrations
      await (await openStore({ databaseUrl: database.url, role: "test", migrate: "always" })).close();
      const loaded = await packagesLoadedBy(main, { DATABASE_URL: database.url, REDIS_URL }, { webSocket: true });
      for (const name of ["pg", "ioredis", "ws"]) expect(loaded.has(name), name).toBe(true);
    } finally {
      await database.drop();
    }
  }, 90_000);
});
