/**
 * `npm run bench`: every benchmark, one after the other in this run, so the figures compare
 * like with like on a shared machine. Speed is never asserted in tests; it is reported here.
 */
import { spawnSync } from "node:child_process";

const benches = [
  ["extraction alone", "bench/extract.ts", "300"],
  ["writes and reads on both stores", "bench/store.ts", "100"],
  ["start-up", "bench/startup.ts", "300"],
];

let failed = false;
for (const [title, script, size] of benches) {
  console.log(`\n### ${title}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", script as string, size as string], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
