import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { config } from "../config.ts";
import type { ArticleDraft } from "../ingest/draft.ts";
import type { ExtractOptions } from "../ingest/extract/index.ts";
import { draftOf, type ExtractionGroupTask, type GroupOutcome } from "./extractionTask.ts";

/**
 * Article extraction in worker threads. Reading a 1 MB article is seconds of synchronous CPU
 * work; on the main thread it froze every other request (health checks, queries, subscriptions)
 * for as long. A thread running too long is terminated, which is the only way to stop
 * synchronous code, and the caller gets an ExtractionTimeoutError.
 */

/** Reading the article took longer than the configured limit; it was cancelled. */
export class ExtractionTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(
      `reading the article took longer than ${limitMs} ms and was cancelled (WARTAGRAPH_EXTRACTION_TIMEOUT_MS); send a shorter text`,
    );
    this.name = "ExtractionTimeoutError";
  }
}

/** Every extraction thread is busy and the queue is full: a retry later may succeed. */
export class ExtractionBusyError extends Error {
  constructor(readonly queued: number) {
    super(`every extraction thread is busy and ${queued} articles are waiting; retry later`);
    this.name = "ExtractionBusyError";
  }
}

export interface ExtractionPoolSettings {
  /** worker threads at most */
  threads: number;
  /** how long one extraction may run once a thread has taken it */
  timeoutMs: number;
  /** start every thread now instead of at the first articles (each takes a while to load the extractor) */
  startThreadsNow?: boolean;
}

/** An article to read: its text and what the caller knows about it. */
export interface ExtractionInput {
  text: string;
  options?: ExtractOptions;
}

/** What became of one article of extractAll: its draft, or the error extract would have thrown. */
export type ExtractionSettled = { ok: true; draft: ArticleDraft } | { ok: false; error: unknown };

export interface ExtractionPool {
  /** the validated draft of an article; throws ExtractionError, DraftValidationError, ExtractionTimeoutError, ExtractionBusyError */
  extract(text: string, options?: ExtractOptions): Promise<ArticleDraft>;
  /**
   * Reads many articles, several per task of a thread (a thread reads a group without waiting
   * for this thread between its articles), and settles each in input order as extract would:
   * each keeps its own time limit, and one that runs past it fails alone.
   */
  extractAll(inputs: readonly ExtractionInput[]): Promise<ExtractionSettled[]>;
  close(): Promise<void>;
}

/** Articles waiting per thread before further ones are refused (each holds up to 1 MB of text). */
const QUEUED_PER_THREAD = 16;
/** An idle thread is kept this long: starting one (TypeScript loader, extractor lexicons) takes seconds. */
const IDLE_THREAD_MS = 10 * 60_000;
/**
 * Articles per task in extractAll: a thread waits for this thread between tasks only, and a
 * group's drafts come back together. Small enough that a bulk ingest's writer gets its first
 * drafts soon, and that a group holds at most QUEUED_PER_THREAD articles' text.
 */
const ARTICLES_PER_TASK = 16;

const WORKER_ENTRY = new URL("./extractionWorker.mjs", import.meta.url).href;

export function createExtractionPool(settings: ExtractionPoolSettings): ExtractionPool {
  const maxQueue = settings.threads * QUEUED_PER_THREAD;
  // idle threads are unreferenced by piscina, so a pool never keeps a finished CLI run alive
  const piscina = new Piscina<ExtractionGroupTask, string>({
    filename: WORKER_ENTRY,
    minThreads: settings.startThreadsNow ? settings.threads : 0,
    maxThreads: settings.threads,
    idleTimeout: IDLE_THREAD_MS,
    maxQueue,
  });

  /**
   * Reads a group of articles in one task of a thread. The clock of each article starts when the
   * thread starts on it: waiting in the queue, for a new thread to load the extractor, or for
   * the articles before it is not the article's doing. One that runs past the limit is
   * cancelled with the thread (the only way to stop synchronous code) and gets an
   * ExtractionTimeoutError; the others of the group are read again in a group of their own.
   */
  async function extractGroup(inputs: readonly ExtractionInput[]): Promise<ExtractionSettled[]> {
    if (piscina.queueSize >= maxQueue) throw new ExtractionBusyError(piscina.queueSize);
    const cancel = new AbortController();
    const { port1: startedHere, port2: startedThere } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    let reading = -1;
    startedHere.on("message", (index: number) => {
      reading = index;
      clearTimeout(timer);
      timer = setTimeout(() => cancel.abort(), settings.timeoutMs);
    });
    let outcomes: GroupOutcome[];
    try {
      const articles = inputs.map(({ text, options }) => ({ text, options: options ?? {} }));
      outcomes = JSON.parse(
        await piscina.run({ articles, started: startedThere }, { signal: cancel.signal, transferList: [startedThere] }),
      );
    } catch (error) {
      if (cancel.signal.aborted) {
        const timedOut = reading;
        const others = inputs.filter((_, index) => index !== timedOut);
        const again = others.length > 0 ? await extractGroup(others) : [];
        return inputs.map((_, index) =>
          index === timedOut
            ? { ok: false, error: new ExtractionTimeoutError(settings.timeoutMs) }
            : (again.shift() as ExtractionSettled),
        );
      }
      // piscina's own refusal when another caller filled the queue between the check and the run
      if (error instanceof Error && error.message === "Task queue is at limit") {
        throw new ExtractionBusyError(piscina.queueSize);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      startedHere.close();
    }
    return outcomes.map((outcome) => {
      try {
        return { ok: true, draft: draftOf(outcome) };
      } catch (error) {
        return { ok: false, error };
      }
    });
  }

  return {
    async extract(text, options = {}) {
      const [settled] = await extractGroup([{ text, options }]);
      if (!settled?.ok) throw settled?.error;
      return settled.draft;
    },
    async extractAll(inputs) {
      const groups: ExtractionInput[][] = [];
      for (let start = 0; start < inputs.length; start += ARTICLES_PER_TASK) {
        groups.push(inputs.slice(start, start + ARTICLES_PER_TASK));
      }
      // one group more than there are threads: a thread that ends one finds the next waiting
      const settled = await mapInOrder(groups, settings.threads + 1, async (group) => {
        try {
          return await extractGroup(group);
        } catch (error) {
          return group.map((): ExtractionSettled => ({ ok: false, error }));
        }
      });
      return settled.flat();
    },
    close: () => piscina.destroy(),
  };
}

/** `work` over every item with at most `limit` running at once; the results in item order. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

let processPool: ExtractionPool | undefined;

/**
 * This process's pool, sized by WARTAGRAPH_EXTRACTION_THREADS and bounded by
 * WARTAGRAPH_EXTRACTION_TIMEOUT_MS, created at the first article: commands that never extract
 * start no thread.
 */
export function extractionPool(): ExtractionPool {
  processPool ??= createExtractionPool({
    threads: config().extractionThreads,
    timeoutMs: config().extractionTimeoutMs,
  });
  return processPool;
}

/**
 * Creates this process's pool with its threads started at once, for a caller that is about to
 * extract many articles and has other work first (opening a store): the threads load the
 * extractor meanwhile. Does nothing once the pool exists.
 */
export function startExtractionThreads(): void {
  processPool ??= createExtractionPool({
    threads: config().extractionThreads,
    timeoutMs: config().extractionTimeoutMs,
    startThreadsNow: true,
  });
}
