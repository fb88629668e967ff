import { describe, expect, it } from "vitest";
import { inRounds, roundBounds } from "../../src/cli/ingestRounds.ts";

/** Lets every promise callback and a few turns of the event loop run. */
const settle = async () => {
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
};

/** Reads that answer at once and writes that end when the test says so, with what ran in which order. */
function controlledRounds(total: number, ahead: number, options: { failRead?: number } = {}) {
  const log: string[] = [];
  const writeEnds: (() => void)[] = [];
  let readsRunning = 0;
  const state = { stop: false, mostReadsAtOnce: 0, done: false, error: undefined as unknown };
  const run = inRounds(
    total,
    { first: 2, most: 4, ahead },
    async (start, end) => {
      readsRunning++;
      state.mostReadsAtOnce = Math.max(state.mostReadsAtOnce, readsRunning);
      log.push(`read ${start}-${end}`);
      await new Promise((resolve) => setImmediate(resolve));
      readsRunning--;
      if (options.failRead === start) throw new Error(`read ${start} failed`);
      return `drafts ${start}-${end}`;
    },
    (start, end, drafts) => {
      log.push(`write ${start}-${end} (${drafts})`);
      return new Promise<void>((resolve) => writeEnds.push(resolve));
    },
    () => state.stop,
  ).then(
    () => {
      state.done = true;
    },
    (error: unknown) => {
      state.done = true;
      state.error = error;
    },
  );
  return { log, state, run, endWrite: () => writeEnds.shift()?.() };
}

describe("ingest rounds", () => {
  it("start small and double up to the most", () => {
    expect(roundBounds(600, { first: 25, most: 200 })).toEqual([
      [0, 25],
      [25, 75],
      [75, 175],
      [175, 375],
      [375, 575],
      [575, 600],
    ]);
    expect(roundBounds(0, { first: 25, most: 200 })).toEqual([]);
  });

  it("read on while a round is written, up to `ahead` rounds beyond it, one read at a time", async () => {
    // rounds of 2, 4, 4, 4, 2 records
    const rounds = controlledRounds(16, 2);
    await settle();
    // the write of the first round has not ended: the next two rounds are read, not the fourth
    expect(rounds.log.filter((line) => line.startsWith("read"))).toEqual(["read 0-2", "read 2-6", "read 6-10"]);
    expect(rounds.log.filter((line) => line.startsWith("write"))).toEqual(["write 0-2 (drafts 0-2)"]);
    rounds.endWrite();
    await settle();
    expect(rounds.log.slice(4).sort()).toEqual(["read 10-14", "write 2-6 (drafts 2-6)"]);
    for (let round = 1; round < 5; round++) {
      rounds.endWrite();
      await settle();
    }
    await rounds.run;
    expect(rounds.log.filter((line) => line.startsWith("write"))).toEqual([
      "write 0-2 (drafts 0-2)",
      "write 2-6 (drafts 2-6)",
      "write 6-10 (drafts 6-10)",
      "write 10-14 (drafts 10-14)",
      "write 14-16 (drafts 14-16)",
    ]);
    expect(rounds.state.mostReadsAtOnce).toBe(1);
    expect(rounds.state.error).toBeUndefined();
  });

  it("stop between rounds: nothing more is written, no read starts, and the reads under way end first", async () => {
    const rounds = controlledRounds(16, 2);
    await settle();
    rounds.state.stop = true;
    rounds.endWrite();
    await rounds.run;
    expect(rounds.log.filter((line) => line.startsWith("read"))).toEqual(["read 0-2", "read 2-6", "read 6-10"]);
    expect(rounds.log.filter((line) => line.startsWith("write"))).toEqual(["write 0-2 (drafts 0-2)"]);
    expect(rounds.state.error).toBeUndefined();
  });

  it("a failed read fails the run after the rounds before it are written", async () => {
    const rounds = controlledRounds(16, 2, { failRead: 6 });
    await settle();
    rounds.endWrite();
    await settle();
    rounds.endWrite();
    await rounds.run;
    expect(rounds.log.filter((line) => line.startsWith("write"))).toEqual([
      "write 0-2 (drafts 0-2)",
      "write 2-6 (drafts 2-6)",
    ]);
    expect(String(rounds.state.error)).toContain("read 6 failed");
  });
});
