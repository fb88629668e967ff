/**
 * Run as its own process (V8's flags are the whole process's): allocates the way a busy server
 * does, many objects of which a share survive a scavenge or two, which is what makes V8 grow its
 * young generation, and prints the largest semi-space seen (and the largest memory committed to both). With a byte count as argument it first
 * caps the young generation at that (src/store/memoryBounds.ts).
 */
import v8 from "node:v8";
import { capYoungGeneration, semiSpaceCapacity } from "../../src/store/memoryBounds.ts";

const cap = Number(process.argv[2] ?? 0);
if (cap > 0) capYoungGeneration(cap);

const youngGeneration = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
let largestSemiSpace = semiSpaceCapacity();
let largestCommitted = youngGeneration()?.space_size ?? 0;
let survivors: { round: number; index: number; text: string }[] = [];
for (let round = 0; round < 300; round++) {
  for (let index = 0; index < 20_000; index++) survivors.push({ round, index, text: `row ${round}-${index}` });
  if (survivors.length > 200_000) survivors = survivors.slice(-100_000);
  // between two event-loop turns, as between two requests: the collection observers run here
  await new Promise((resolve) => setImmediate(resolve));
  largestSemiSpace = Math.max(largestSemiSpace, semiSpaceCapacity());
  largestCommitted = Math.max(largestCommitted, youngGeneration()?.space_size ?? 0);
}
process.stdout.write(`${JSON.stringify({ largestSemiSpace, largestCommitted })}\n`);
