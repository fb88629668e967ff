#!/usr/bin/env -S node --v8-pool-size=1
// Runs the CLI from the JavaScript bundle that `npm install` builds (dist/cli/main.mjs, see
// scripts/build-server.mjs): loading it takes a fraction of compiling the TypeScript sources.
// While any source is newer than the bundle (a checkout being edited) the sources themselves
// run, through tsx's loader in this same process, so `npx wartagraph` never runs stale code.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";

/**
 * Node options the server needs from its start: one V8 platform thread instead of four. Every
 * thread that allocates gets a malloc arena of its own, and the arenas of V8's threads kept
 * 60-75 MB that start-up's compilation had freed (bench/results/h11-s20-memory.md); only an
 * option at process start reaches them (from JavaScript neither the pool nor malloc can be
 * changed). `npm start` passes them itself, and so does this file's first line whenever it is run
 * as a program (`npx wartagraph serve`, an installed `wartagraph`): env -S splits it, so the server
 * is one process. Only `node bin/wartagraph.js serve` without them is left: it runs the server as a
 * child with them, which costs a waiting Node process (~7 MB of its own).
 */
const SERVER_NODE_OPTIONS = ["--v8-pool-size=1"];

function startedWithPoolSize() {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return given.some((option) => option.startsWith("--v8-pool-size"));
}

if (process.argv[2] === "serve" && !startedWithPoolSize()) {
  // in a process group of its own, so a terminal's Ctrl-C reaches it once, passed on from here
  // (twice, the server's second signal would end it at once instead of closing the store)
  const server = spawn(process.execPath, [...process.execArgv, ...SERVER_NODE_OPTIONS, ...process.argv.slice(1)], {
    stdio: "inherit",
    detached: true,
  });
  const forward = (signal) => server.kill(signal);
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of signals) process.on(signal, forward);
  const [code, signal] = await new Promise((resolve) => server.once("exit", (...outcome) => resolve(outcome)));
  for (const each of signals) process.off(each, forward);
  if (signal) {
    // end as the server ended, so a shell or supervisor sees the signal
    process.kill(process.pid, signal);
    setTimeout(() => process.exit(1), 1_000);
  } else {
    process.exit(code ?? 1);
  }
}

const bundle = new URL("../dist/cli/main.mjs", import.meta.url);
const stamp = new URL("../dist/cli/built-at", import.meta.url);
const sources = new URL("../src/", import.meta.url);

function newestChange(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? "/" : ""), directory);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsCurrent() {
  try {
    return statSync(stamp).mtimeMs >= newestChange(sources);
  } catch {
    return false; // no bundle yet (an install that skipped its scripts)
  }
}

if (process.env.WARTAGRAPH_FROM_SOURCE !== "1" && bundleIsCurrent()) {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
