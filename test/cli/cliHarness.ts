import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { serverNodeOptions } from "../../bench/support.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { SEED_TEXT_PATH } from "../support/drafts.ts";
import { createScratchDatabase } from "../support/stores.ts";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = path.join(REPO_ROOT, "bin/wartagraph.js");
export const SEED_DRAFT_FILE = path.join(REPO_ROOT, "prisma/seed/seed-article.draft.json");
export { SEED_TEXT_PATH as SEED_TEXT_FILE } from "../support/drafts.ts";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `wartagraph <args>` as its own process, the way a user does, against databaseUrl. */
export function runCli(
  args: string[],
  options: { databaseUrl: string; input?: string; env?: Record<string, string> },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...withoutKey(process.env), DATABASE_URL: options.databaseUrl, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** A key in the developer's environment must not change what a test sees. */
function withoutKey(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { WARTAGRAPH_API_KEY: _ignored, ...rest } = env;
  return rest;
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<number | null>;
}

/**
 * Starts `wartagraph serve --port 0` and waits for the log line with its url; `entry` is another
 * script to run in place of bin/wartagraph.js (a bundle built for a test). Node gets the options
 * `npm start` gives it unless `nodeOptions` says otherwise ([] is `npx wartagraph serve`).
 */
export function startServer(
  databaseUrl: string,
  entry = BIN,
  nodeOptions: string[] = serverNodeOptions(REPO_ROOT),
): Promise<RunningServer> {
  const child = spawn(process.execPath, [...nodeOptions, entry, "serve", "--port", "0", "--no-seed"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split("\n")) {
        const url = /"url":"([^"]+)"/.exec(line)?.[1];
        if (url) {
          child.stdout?.off("data", onData);
          resolve({
            url,
            process: child,
            stop: () => {
              child.kill("SIGTERM");
              return exited;
            },
          });
          return;
        }
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before serving:\n${output}`)));
  });
}

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `wg-cli-${prefix}-`));
}

/**
 * A migrated embedded store, made once per test file in this process and copied per test:
 * migrating a fresh PGlite directory takes several seconds, copying a closed one does not.
 */
export async function migratedStoreTemplate(): Promise<{
  dataDir: string;
  copy(): Promise<string>;
  remove(): Promise<void>;
}> {
  const root = await makeTempDir("template");
  const dataDir = path.join(root, "store");
  const store = await openStore({ databaseUrl: `file:${dataDir}`, role: "test" });
  await store.close();
  let copies = 0;
  return {
    dataDir,
    copy: async () => {
      const target = path.join(root, `copy-${++copies}`);
      await cp(dataDir, target, { recursive: true });
      return target;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Opens the store after the CLI has exited, to check what it wrote. */
export async function inspectStore<T>(databaseUrl: string, read: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ databaseUrl, role: "test" });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

/** A fresh PostgreSQL database for one test file; drop() removes it. */
export const createPostgresDatabase = () => createScratchDatabase("wg_cli");

/**
 * The setup the embedded-store CLI tests share: a migrated store to copy, a folder for inputs,
 * and the seed as a draft line and as text. Registers its own beforeAll / afterAll.
 */
export function useSeedInputs(prefix: string) {
  const fixture = {
    template: undefined as unknown as Awaited<ReturnType<typeof migratedStoreTemplate>>,
    inputs: "",
    seedDraftLine: "",
    seedText: "",
  };
  beforeAll(async () => {
    fixture.template = await migratedStoreTemplate();
    fixture.inputs = await makeTempDir(prefix);
    fixture.seedDraftLine = JSON.stringify(JSON.parse(await readFile(SEED_DRAFT_FILE, "utf8")));
    fixture.seedText = await readFile(SEED_TEXT_PATH, "utf8");
  });
  afterAll(async () => {
    if (fixture.inputs) await rm(fixture.inputs, { recursive: true, force: true });
    await fixture.template?.remove();
  });
  return fixture;
}
