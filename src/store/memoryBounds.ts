import { PerformanceObserver } from "node:perf_hooks";
import v8 from "node:v8";

/**
 * How a server on an embedded store (PGlite: PostgreSQL compiled to WebAssembly, in this
 * process) keeps its memory down from inside the process: Node's own options
 * (--max-semi-space-size, --v8-pool-size …) take effect only on the command line, and a second
 * process to pass them would cost more memory than they save. What is set here is a V8 flag that
 * V8 reads again each time it acts on it, so setting it at run time works.
 */

/**
 * V8 doubles its young generation (two semi-spaces, new objects) when many objects survive a
 * scavenge, up to 16 MB a semi-space: 32 MB of a server whose whole budget on PGlite is 250 MB.
 * Node's --max-semi-space-size caps it only at start (V8 fixes the maximum when it makes the
 * heap), but V8 reads --semi-space-growth-factor at each growth, so after every collection the
 * factor is set to what brings the semi-space at most to the cap (1 once there: no growth).
 * V8 may still shrink it when idle; it then grows back, again up to the cap.
 *
 * A smaller young generation means more scavenges (each with a fixed cost), so this is only for
 * a server on an embedded store, where memory is the goal; on PostgreSQL the server keeps V8's
 * default.
 */
export function capYoungGeneration(maxSemiSpaceBytes: number): void {
  if (youngGenerationCap !== undefined) {
    youngGenerationCap = Math.min(youngGenerationCap, maxSemiSpaceBytes);
    setGrowthFactorForCap();
    return;
  }
  youngGenerationCap = maxSemiSpaceBytes;
  setGrowthFactorForCap();
  // the callback runs after the collections it reports, not inside them: V8 grows the young
  // generation at most once per collection, so only two growths before one callback could pass
  // the cap (by one step); a growth needs a young generation's worth of survivors in between
  new PerformanceObserver(setGrowthFactorForCap).observe({ entryTypes: ["gc"] });
}

/** The semi-space size capYoungGeneration keeps to, once called. */
export function youngGenerationCapBytes(): number | undefined {
  return youngGenerationCap;
}

let youngGenerationCap: number | undefined;
let growthFactorSet = 0;

function setGrowthFactorForCap(): void {
  if (youngGenerationCap === undefined) return;
  const semiSpace = semiSpaceCapacity();
  if (!semiSpace) return;
  const factor = Math.max(1, Math.floor(youngGenerationCap / semiSpace));
  if (factor === growthFactorSet) return;
  v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  growthFactorSet = factor;
}

/**
 * The room for new objects in one semi-space (what V8 multiplies by the growth factor), in bytes:
 * used plus available of the new space, a few percent below its committed size, which counts
 * both semi-spaces once both are in use.
 */
export function semiSpaceCapacity(): number {
  const newSpace = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  return newSpace ? newSpace.space_used_size + newSpace.space_available_size : 0;
}
