import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * An embedded store may be opened by one process at a time: two PGlite instances on one
 * directory each see only their own writes and leave it unopenable. The lock is a file created
 * exclusively in the data directory that names its holder. A lock whose process is gone (on this
 * host) is stale and taken over. A pid check is used rather than mtime heartbeats because
 * PGlite's synchronous WASM work can block the event loop for longer than any heartbeat.
 */

export const LOCK_FILE_NAME = "wartagraph.lock";

export interface LockHolder {
  pid: number;
  hostname: string;
  /** what holds the store: "server", "cli", "prisma" … */
  role: string;
  startedAt: string;
  /** where a server holding the store accepts GraphQL requests */
  serverUrl?: string;
}

export class StoreLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const how = holder.serverUrl
      ? `Send articles through that server instead (its GraphQL endpoint ${holder.serverUrl}, mutation ingestArticle), or stop it first.`
      : "Stop that process first, or use another DATABASE_URL.";
    super(
      `The store in ${dataDir} is in use by process ${holder.pid} (${holder.role}, since ${holder.startedAt}). ` +
        `Two processes on one embedded store would destroy it. ${how}`,
    );
    this.name = "StoreLockedError";
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(lockPath, "utf8")) as LockHolder;
  } catch {
    return undefined; // vanished, or half-written by a process that died while writing it
  }
}

export interface StoreLock {
  readonly path: string;
  /** records where the holder serves GraphQL, for the message a second opener gets */
  setServerUrl(url: string): void;
  release(): void;
}

export function acquireStoreLock(dataDir: string, role: string): StoreLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  const holder: LockHolder = { pid: process.pid, hostname: hostname(), role, startedAt: new Date().toISOString() };

  const write = (flags: "wx" | "w") => {
    const fd = openSync(lockPath, flags);
    try {
      writeSync(fd, JSON.stringify(holder));
    } finally {
      closeSync(fd);
    }
  };

  for (let attempt = 0; ; attempt++) {
    try {
      write("wx");
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) {
        const current = readHolder(lockPath);
        if (current) throw new StoreLockedError(dataDir, current);
        throw error;
      }
      const current = readHolder(lockPath);
      const stale = current === undefined || (current.hostname === holder.hostname && !isProcessAlive(current.pid));
      if (!stale) throw new StoreLockedError(dataDir, current);
      unlinkSync(lockPath);
    }
  }

  let released = false;
  const releaseOnExit = () => release();
  function release() {
    if (released) return;
    released = true;
    process.off("exit", releaseOnExit);
    if (readHolder(lockPath)?.pid === process.pid) {
      try {
        unlinkSync(lockPath);
      } catch {
        // already gone
      }
    }
  }
  process.on("exit", releaseOnExit);

  return {
    path: lockPath,
    setServerUrl(url: string) {
      holder.serverUrl = url;
      write("w");
    },
    release,
  };
}
