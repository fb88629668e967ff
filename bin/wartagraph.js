#!/usr/bin/env node
// Runs the CLI from the JavaScript bundle that `npm install` builds (dist/cli/main.mjs, see
// scripts/build-server.mjs): loading it takes a fraction of compiling the TypeScript sources.
// While any source is newer than the bundle (a checkout being edited) the sources themselves
// run, through tsx's loader in this same process, so `npx wartagraph` never runs stale code.
import { readdirSync, statSync } from "node:fs";

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
