import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { config } from "../config.ts";
import type { ArticleDraft } from "../ingest/draft.ts";
import type { ExtractOptions } from "../ingest/extract/index.ts";
import { draftOf, type ExtractionOutcome, type ExtractionTask } from "./extractionTask.ts";

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

export interface ExtractionPool {
  /** the validated draft of an article; throws ExtractionError, DraftValidationError, ExtractionTimeoutError, ExtractionBusyError */
  extract(text: string, options?: ExtractOptions): Promise<ArticleDraft>;
  close(): Promise<void>;
}

/** Articles waiting per thread before further ones are refused (each holds up to 1 MB of text). */
const QUEUED_PER_THREAD = 16;
/** An idle thread is kept this long: starting one (TypeScript loader, extractor lexicons) takes seconds. */
const IDLE_THREAD_MS = 10 * 60_000;

const WORKER_ENTRY = new URL("./extractionWorker.mjs", import.meta.url).href;

export function createExtractionPool(settings: ExtractionPoolSettings): ExtractionPool {
  const maxQueue = settings.threads * QUEUED_PER_THREAD;
  // idle threads are unreferenced by piscina, so a pool never keeps a finished CLI run alive
  const piscina = new Piscina<ExtractionTask, ExtractionOutcome>({
    filename: WORKER_ENTRY,
    minThreads: settings.startThreadsNow ? settings.threads : 0,
    maxThreads: settings.threads,
    idleTimeout: IDLE_THREAD_MS,
    maxQueue,
  });
  return {
    async extract(text, options = {}) {
      if (piscina.queueSize >= maxQueue) throw new ExtractionBusyError(piscina.queueSize);
      // the clock starts when a thread takes the task: waiting in the queue, or for a new
      // thread to load the extractor, is not the article's doing
      const cancel = new AbortController();
      const { port1: startedHere, port2: startedThere } = new MessageChannel();
      let timer: NodeJS.Timeout | undefined;
      startedHere.once("message", () => {
        timer = setTimeout(() => cancel.abort(), settings.timeoutMs);
      });
      let outcome: ExtractionOutcome;
      try {
        outcome = await piscina.run(
          { text, options, started: startedThere },
          { signal: cancel.signal, transferList: [startedThere] },
        );
      } catch (error) {
        if (cancel.signal.aborted) throw new ExtractionTimeoutError(settings.timeoutMs);
        // piscina's own refusal when another caller filled the queue between the check and the run
        if (error instanceof Error && error.message === "Task queue is at limit") {
          throw new ExtractionBusyError(piscina.queueSize);
        }
        throw error;
      } finally {
        clearTimeout(timer);
        startedHere.close();
      }
      return draftOf(outcome);
    },
    close: () => piscina.destroy(),
  };
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
