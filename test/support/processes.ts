import { type ChildProcess, execFile, spawn } from "node:child_process";
import { chown, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { serverNodeOptions } from "../../bench/support.ts";

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = path.join(REPO_ROOT, "bin/wartagraph.js");

/** A TCP port nobody listens on right now (the OS picks it), for a child process to take. */
export function spareTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once `pattern` appears in the child's output; rejects if it exits first. */
function waitForOutput(child: ChildProcess, pattern: RegExp, what: string, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => finish(new Error(`${what} did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) finish(undefined, match[1] ?? match[0]);
    };
    const onExit = (code: number | null) =>
      finish(new Error(`${what} exited (${code}) before it was ready:\n${output}`));
    function finish(error?: Error, value?: string) {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve(value ?? "");
    }
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

export interface OwnRedis {
  readonly port: number;
  readonly url: string;
  /** SIGKILL: the outage a crash or a lost node looks like to clients */
  kill(): Promise<void>;
  /** starts a new redis-server on the same port */
  start(): Promise<void>;
}

/**
 * A redis-server of the test's own on a spare port, without persistence, so the test can kill
 * it (the shared Redis on 6379 serves every other test and must stay up).
 */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await spareTcpPort();
  let child: ChildProcess | undefined;
  const redis: OwnRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      const started = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      child = started;
      await waitForOutput(started, /Ready to accept connections/, "redis-server");
    },
    kill: async () => {
      const running = child;
      child = undefined;
      if (!running) return;
      const exited = exitOf(running);
      running.kill("SIGKILL");
      await exited;
    },
  };
  await redis.start();
  return redis;
}

const PG_BIN = "/usr/lib/postgresql/15/bin";

export interface OwnPostgres {
  readonly port: number;
  /** the URL of a database on this cluster */
  urlOf(database: string): string;
  createDatabase(name: string): Promise<string>;
  start(): Promise<void>;
  /** a fast shutdown: connections are terminated, new ones refused */
  stop(): Promise<void>;
  /**
   * Freezes the server and every backend (SIGSTOP): connections stay open and accept bytes but
   * nothing answers, as with a hung host or a partition that drops packets
   */
  freeze(): Promise<void>;
  /** SIGCONT for what freeze() stopped */
  thaw(): Promise<void>;
  /** stops the cluster and removes its directory */
  remove(): Promise<void>;
}

/**
 * A PostgreSQL 15 cluster of the test's own in a temporary directory, on a spare port, so the
 * test can stop and start it. initdb refuses root, so the cluster belongs to the postgres user.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const root = await mkdtemp(path.join(tmpdir(), "wg-pg-"));
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  const { stdout: uid } = await run("id", ["-u", "postgres"]);
  const { stdout: gid } = await run("id", ["-g", "postgres"]);
  await chown(root, Number(uid), Number(gid));
  const asPostgres = (command: string, args: string[]) =>
    run("runuser", ["-u", "postgres", "--", path.join(PG_BIN, command), ...args], { cwd: root });
  await asPostgres("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const port = await spareTcpPort();
  let frozen: number[] = [];
  /** the postmaster (first line of postmaster.pid), then its children */
  const clusterProcesses = async (): Promise<number[]> => {
    const postmaster = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
    const { stdout } = await run("ps", ["-o", "pid=", "--ppid", String(postmaster)]);
    return [postmaster, ...stdout.split(/\s+/).filter(Boolean).map(Number)];
  };
  const cluster: OwnPostgres = {
    port,
    urlOf: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    createDatabase: async (name) => {
      await asPostgres("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name]);
      return cluster.urlOf(name);
    },
    start: async () => {
      await asPostgres("pg_ctl", [
        "-D",
        dataDir,
        "-o",
        `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off`,
        "-l",
        logFile,
        "-w",
        "start",
      ]);
    },
    stop: async () => {
      await asPostgres("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
    },
    freeze: async () => {
      frozen = await clusterProcesses();
      // children first, so the postmaster cannot restart one it sees stop
      for (const pid of frozen.slice(1)) process.kill(pid, "SIGSTOP");
      if (frozen[0] !== undefined) process.kill(frozen[0], "SIGSTOP");
    },
    thaw: async () => {
      for (const pid of frozen) process.kill(pid, "SIGCONT");
      frozen = [];
    },
    remove: async () => {
      if (frozen.length > 0) await cluster.thaw();
      await asPostgres("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => {});
      await rm(root, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

export interface ServerProcess {
  /** the GraphQL endpoint */
  readonly url: string;
  /** scheme, host and port, for /health and the like */
  readonly origin: string;
  readonly process: ChildProcess;
  /** everything the process wrote so far */
  output(): string;
  /** the exit code, once it has exited */
  readonly exited: Promise<number | null>;
  /** true while the process runs */
  alive(): boolean;
  /** SIGTERM, then the exit code */
  stop(): Promise<number | null>;
}

/**
 * Runs `wartagraph serve --port 0 --no-seed` with the given environment and waits until it serves,
 * with the Node options `npm start` gives it: one process, which a signal to `process` reaches.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...serverNodeOptions(REPO_ROOT), BIN, "serve", "--port", "0", "--no-seed"], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = exitOf(child);
  const url = await waitForOutput(child, /"url":"(http:\/\/localhost:\d+\/graphql)"/, "wartagraph serve", 60_000);
  return {
    url,
    origin: new URL(url).origin,
    process: child,
    output: () => output,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

export interface SseEvent {
  event: string;
  data: unknown;
}

/**
 * An articleAdded-style subscription over GraphQL over SSE against a real server: every event
 * with its name (`next`, `complete`), and how the stream ended.
 */
export function subscribeOverHttpSse(url: string, query: string) {
  const abort = new AbortController();
  const events: SseEvent[] = [];
  const waiters: (() => void)[] = [];
  const notify = () => {
    for (const wake of waiters.splice(0)) wake();
  };
  let ended = false;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const done = (async () => {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ query }),
        signal: abort.signal,
      });
      reader = response.body?.getReader();
      if (!reader) throw new Error(`no event stream (HTTP ${response.status})`);
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) return "ended" as const;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split("\n");
          const event =
            lines
              .find((line) => line.startsWith("event:"))
              ?.slice(6)
              .trim() ?? "message";
          const data = lines
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trim())
            .join("\n");
          if (!lines.some((line) => line.startsWith("event:") || line.startsWith("data:"))) continue;
          events.push({ event, data: data ? JSON.parse(data) : null });
          notify();
        }
      }
    } catch (error) {
      return abort.signal.aborted ? ("aborted" as const) : (error as Error);
    } finally {
      ended = true;
      notify();
    }
  })();
  return {
    events,
    /** resolves when the server ends the stream: "ended", or the network error that cut it */
    ended: done,
    /** waits until an event satisfies `test` or the stream ends */
    async until(test: (event: SseEvent) => boolean, timeoutMs: number): Promise<SseEvent | undefined> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(test);
        if (found || ended || Date.now() >= deadline) return found;
        await Promise.race([
          new Promise<void>((resolve) => waiters.push(resolve)),
          new Promise((resolve) => setTimeout(resolve, deadline - Date.now())),
        ]);
      }
    },
    close() {
      abort.abort();
      // a read pending on a stream the server has finished writing to is not always woken by the
      // abort (seen after a `complete` event); cancelling the reader ends it either way
      void reader?.cancel().catch(() => {});
      return done;
    },
  };
}
