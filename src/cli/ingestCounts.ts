/** Brings the graph counts of the articles an ingest writes up to date (countUncountedArticles) as it goes. */
export interface GraphCounter {
  /** `articles` more were written; resolves when the caller may write on */
  written(articles: number): Promise<void>;
  /** counts what is left once a count under way has ended; throws what a count in the background threw */
  finish(): Promise<void>;
}

export interface GraphCounterSettings {
  /** counts every article written and not counted yet */
  count(): Promise<unknown>;
  /** articles written before they are counted (the last ones are counted at finish) */
  articlesPerCount: number;
  /** count while the caller writes on, instead of holding its writes up */
  inBackground: boolean;
}

/**
 * Counts the written articles every `articlesPerCount`, and at the end. Counting many at once
 * writes a co-mention pair that recurs among them once, where counting each round rewrote it
 * every round. In the background (PostgreSQL: a connection of its own) a count runs while the
 * next rounds are read and written: it is the database's work, and in the foreground the
 * extraction thread and the main thread sat idle through it. A count starts only when none is
 * running, so what a slow count missed is counted together by the next. On the embedded store,
 * which runs on the main thread, a count in the background would only hold the writes up.
 */
export function graphCounter({ count, articlesPerCount, inBackground }: GraphCounterSettings): GraphCounter {
  let uncounted = 0;
  let running: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;
  const countNow = async () => {
    uncounted = 0;
    await count();
  };
  return {
    async written(articles) {
      uncounted += articles;
      if (uncounted < articlesPerCount) return;
      if (!inBackground) return countNow();
      // a failed count stops the counting; the articles stay for the next pass, and finish reports it
      if (running || failure) return;
      running = countNow()
        .catch((error: unknown) => {
          failure = { error };
        })
        .finally(() => {
          running = undefined;
        });
    },
    async finish() {
      while (running) await running;
      if (failure) throw failure.error;
      if (uncounted > 0) await countNow();
    },
  };
}
