import { describe, expect, it } from "vitest";
import { graphCounter } from "../../src/cli/ingestCounts.ts";

/** A count that ends when the test says so, recording how many ran and how many at once. */
function controlledCount() {
  const ends: ((error?: Error) => void)[] = [];
  let running = 0;
  const state = { started: 0, mostAtOnce: 0 };
  return {
    state,
    end: (error?: Error) => ends.shift()?.(error),
    count: () => {
      state.started++;
      running++;
      state.mostAtOnce = Math.max(state.mostAtOnce, running);
      return new Promise<void>((resolve, reject) => {
        ends.push((error) => {
          running--;
          if (error) reject(error);
          else resolve();
        });
      });
    },
  };
}

const settledSoon = async (promise: Promise<unknown>) => {
  let settled = false;
  void promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
  return settled;
};

describe("the graph counts of an ingest", () => {
  it("in the background: writes go on while a count runs, one count at a time, the rest at the end", async () => {
    const { state, end, count } = controlledCount();
    const counter = graphCounter({ count, articlesPerCount: 100, inBackground: true });
    expect(await settledSoon(counter.written(60))).toBe(true);
    expect(state.started).toBe(0);
    // the threshold starts a count, and the writer does not wait for it
    expect(await settledSoon(counter.written(60))).toBe(true);
    expect(state.started).toBe(1);
    // more rounds while it runs: no second count at once
    expect(await settledSoon(counter.written(200))).toBe(true);
    expect(state.started).toBe(1);
    const finished = counter.finish();
    // finish waits for the count under way, then counts what came after it
    expect(await settledSoon(finished)).toBe(false);
    end();
    await settledSoon(Promise.resolve());
    expect(state.started).toBe(2);
    end();
    await finished;
    expect(state.mostAtOnce).toBe(1);
  });

  it("in the background: a failed count is reported at the end, and no further count starts", async () => {
    const { state, end, count } = controlledCount();
    const counter = graphCounter({ count, articlesPerCount: 10, inBackground: true });
    await counter.written(10);
    end(new Error("connection lost"));
    await settledSoon(Promise.resolve());
    await counter.written(10);
    expect(state.started).toBe(1);
    await expect(counter.finish()).rejects.toThrow("connection lost");
  });

  it("in the foreground (the embedded store): the writer waits for each count", async () => {
    const { state, end, count } = controlledCount();
    const counter = graphCounter({ count, articlesPerCount: 100, inBackground: false });
    const written = counter.written(150);
    expect(await settledSoon(written)).toBe(false);
    end();
    await written;
    expect(state.started).toBe(1);
    // nothing written since: nothing to count at the end
    await counter.finish();
    expect(state.started).toBe(1);
  });
});
