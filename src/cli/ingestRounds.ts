/** How an ingest cuts its records into rounds, and how far reading runs ahead of writing. */
export interface RoundSettings {
  /** records in the first round: nothing is written while it is read, so a small one starts the writes sooner */
  first: number;
  /** records in a round at most; each round is twice the one before up to this */
  most: number;
  /** rounds read (or being read) beyond the one being written, at most */
  ahead: number;
}

/** The [start, end) of each round of `total` records: `first`, then each twice the one before, up to `most`. */
export function roundBounds(total: number, { first, most }: Pick<RoundSettings, "first" | "most">): [number, number][] {
  const bounds: [number, number][] = [];
  let size = Math.max(1, first);
  for (let start = 0; start < total; ) {
    const end = Math.min(total, start + size);
    bounds.push([start, end]);
    start = end;
    size = Math.min(Math.max(1, most), size * 2);
  }
  return bounds;
}

/**
 * Reads and writes `total` records in rounds, in order: `read` of each round (extraction) one
 * after the other, never two at once, and `write` of each round once its read is in and the
 * round before it is written. Reading does not wait for the writes: it goes on while a round is
 * written, up to `ahead` rounds beyond it. With one round ahead, a read that ended before the
 * write beside it left its thread idle until the write ended (on PGlite, whose writes run on
 * the main thread and take longer than the reads), and a read longer than the write left the
 * writer waiting; two rounds ahead let each side keep the lead the other gave it.
 *
 * A stop request is honoured between rounds: no round is written after it and no read starts,
 * and the reads already under way are waited for before this returns (their thread would
 * otherwise still be working when the caller closes the store).
 */
export async function inRounds<T>(
  total: number,
  settings: RoundSettings,
  read: (start: number, end: number) => Promise<T>,
  write: (start: number, end: number, read: T) => Promise<void>,
  stopRequested: () => boolean,
): Promise<void> {
  const bounds = roundBounds(total, settings);
  const stopped = Symbol("stopped");
  const reads: Promise<T | typeof stopped>[] = [];
  let previousRead: Promise<unknown> = Promise.resolve();
  /** starts the reads of the rounds up to `last`, each after the one before it */
  const readThrough = (last: number) => {
    while (reads.length < bounds.length && reads.length <= last) {
      const [start, end] = bounds[reads.length] as [number, number];
      const next = previousRead.then<T | typeof stopped>(() => (stopRequested() ? stopped : read(start, end)));
      // a failed read fails its own round (awaited there), not the reads after it
      previousRead = next.catch(() => {});
      reads.push(next);
    }
  };
  try {
    for (const [index, [start, end]] of bounds.entries()) {
      // the rounds after this one are read while it is written
      readThrough(index + settings.ahead);
      const value = await (reads[index] as Promise<T | typeof stopped>);
      if (value === stopped || stopRequested()) break;
      await write(start, end, value);
    }
  } finally {
    await Promise.allSettled(reads);
  }
}
