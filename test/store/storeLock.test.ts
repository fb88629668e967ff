import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, StoreLockedError } from "../../src/store/index.ts";

const holderScript = new URL("../support/holdStore.ts", import.meta.url).pathname;
const dirs: string[] = [];

function freshDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "wartagraph-lock-"));
  dirs.push(dir);
  return path.join(dir, "store");
}

/** Starts a process that opens the store and resolves once it holds it. */
function startHolder(dataDir: string, name: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", holderScript, name], {
    env: { ...process.env, DATABASE_URL: `file:${dataDir}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("ready")) resolve(child);
    });
    child.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}: ${output}`)));
  });
}

function exited(child: ChildProcess) {
  return new Promise<void>((resolve) => child.once("exit", () => resolve()));
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// each test starts a store-holding process (tsx, PGlite, migrations): tens of seconds on a loaded machine
describe("the embedded store lock", { timeout: 180_000 }, () => {
  it("refuses a second opener in the same process with a clear message", async () => {
    const dataDir = freshDir();
    const first = await openStore({ databaseUrl: `file:${dataDir}`, role: "server" });
    try {
      first.setServerUrl("http://localhost:4000/graphql");
      const second = openStore({ databaseUrl: `file:${dataDir}`, role: "cli" });
      await expect(second).rejects.toBeInstanceOf(StoreLockedError);
      await expect(second).rejects.toThrow(/in use by process \d+ \(server.*ingestArticle/);
    } finally {
      await first.close();
    }
    const reopened = await openStore({ databaseUrl: `file:${dataDir}`, role: "cli" });
    await reopened.close();
  });

  it("refuses a second process, and the store survives it", async () => {
    const dataDir = freshDir();
    const holder = await startHolder(dataDir, "first writer");
    try {
      const attempt = openStore({ databaseUrl: `file:${dataDir}`, role: "cli" });
      await expect(attempt).rejects.toThrow(new RegExp(`in use by process ${holder.pid}`));
    } finally {
      const stopped = exited(holder);
      holder.kill("SIGTERM");
      await stopped;
    }
    const store = await openStore({ databaseUrl: `file:${dataDir}`, role: "cli" });
    try {
      expect(await store.prisma.source.findMany({ select: { name: true } })).toEqual([{ name: "first writer" }]);
    } finally {
      await store.close();
    }
  });

  it("recognises the stale lock of a killed process and recovers the store", async () => {
    const dataDir = freshDir();
    const holder = await startHolder(dataDir, "killed writer");
    const killed = exited(holder);
    holder.kill("SIGKILL");
    await killed;
    const store = await openStore({ databaseUrl: `file:${dataDir}`, role: "cli" });
    try {
      expect(await store.prisma.source.count({ where: { name: "killed writer" } })).toBe(1);
    } finally {
      await store.close();
    }
  });
});
