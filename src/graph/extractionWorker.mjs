// The entry of an extraction worker thread. A worker does not inherit the TypeScript loader the
// main thread runs under (tsx's register() in bin/wartagraph.js, vitest's own transform), so from
// the sources it registers tsx itself before it imports the TypeScript task. In the bundle
// (scripts/build-server.mjs) the task is part of this file and no TypeScript sits beside it:
// there tsx is not loaded at all, since its register() starts a loader thread of its own and
// cost every `wartagraph ingest` 0.3 CPU s of the extraction thread before its first article.
import { existsSync, readFileSync } from "node:fs";

if (existsSync(new URL("./extractionTask.ts", import.meta.url))) {
  const { register } = await import("tsx/esm/api");
  register();
}
const { runExtractionGroup, runExtractionTask } = await import("./extractionTask.ts");

// The extractor builds its lexicons and patterns on first use, and its first runs are not yet
// compiled (a real article took 4 s, then 0.4 s, then 0.1 s on a busy machine): the seed article,
// read twice while the thread starts, keeps that cost out of the time limit of the first real one.
const seed = JSON.parse(readFileSync(new URL("../../prisma/seed/seed-article.draft.json", import.meta.url), "utf8"));
for (let run = 0; run < 2; run++) {
  runExtractionTask({ text: `${seed.article.title}\n\n${seed.article.body}`, options: {} });
}

export default runExtractionGroup;
