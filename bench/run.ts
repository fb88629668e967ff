/**
 * `npm run bench`: every benchmark, one after the other in this run, so the figures compare
 * like with like on a shared machine. Speed is never asserted in tests; it is reported here.
 * `npm run bench -- --quick` runs the read bench with short rounds (bench/results/latest.md)
 * and skips the slow benches; it finishes in under 10 minutes once the corpora are built
 * (bench/corpus.ts keeps them between runs).
 */

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const quick = process.argv.includes("--quick");

/** title, script, its arguments, whether --quick runs it */
const benches: [string, string, string[], boolean][] = [
  ["read pages against PostGraphile 4.14 (bench/results/latest.md)", "bench/pages.ts", quick ? ["--quick"] : [], true],
  ["extraction alone", "bench/extract.ts", ["300"], true],
  ["writes and reads on both stores", "bench/store.ts", ["100"], false],
  ["start-up", "bench/startup.ts", ["300"], false],
  ["bulk ingest", "bench/ingest.ts", [], false],
  ["analyst queries", "bench/analyst.ts", [], false],
  ["facets by share of articles selected", "bench/facetsSelectivity.ts", [], false],
  ["webhook deliveries", "bench/webhooks.ts", [], false],
  ["change-feed subscribers", "bench/events.ts", [], false],
];

let failed = false;
for (const [title, script, args, inQuick] of benches) {
  if (quick && !inQuick) continue;
  if (!existsSync(script)) continue;
  console.log(`\n### ${title}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
