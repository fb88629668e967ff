import type { MessagePort } from "node:worker_threads";
import { type ArticleDraft, DraftValidationError, parseArticleDraft } from "../ingest/draft.ts";
import { ExtractionError, type ExtractOptions, extractArticle } from "../ingest/extract/index.ts";

/** What a worker thread is asked: one article's text and what the caller knows about it. */
export interface ExtractionTask {
  text: string;
  options: ExtractOptions;
  /** told when the thread starts on the task, so the time limit leaves out the wait for a thread */
  started?: MessagePort;
}

/**
 * What a worker thread answers. Errors cross a thread boundary as plain Errors (their classes are
 * lost in the structured clone), so the two the caller must tell apart travel as data and are
 * raised again as their own classes on the other side.
 */
export type ExtractionOutcome =
  | { ok: true; draft: ArticleDraft }
  | { ok: false; kind: "extraction"; message: string }
  | { ok: false; kind: "draft"; issues: { path: string; message: string }[] };

/** Articles a worker thread reads one after the other in one task, and what the caller knows about each. */
export interface ExtractionGroupTask {
  articles: { text: string; options: ExtractOptions }[];
  /** told the index of each article as the thread starts on it, so each has its own time limit */
  started?: MessagePort;
}

/**
 * An outcome of a group: an error the extractor did not expect (a bug) fails its article alone,
 * not the articles read with it.
 */
export type GroupOutcome = ExtractionOutcome | { ok: false; kind: "unexpected"; message: string };

/**
 * Reads a group's articles in order and answers their outcomes as JSON text. One task per group
 * instead of one per article: between two tasks the thread waits for the main thread to hand
 * it the next, and while that thread was busy writing a batch (most of a bulk ingest) the
 * extraction thread sat idle half the time. JSON because the draft is JSON by contract (drafts
 * are ingested from JSONL as they are), and V8 parses it on the main thread in half the time of
 * the structured clone of the same objects.
 */
export function runExtractionGroup({ articles, started }: ExtractionGroupTask): string {
  const outcomes = articles.map(({ text, options }, index): GroupOutcome => {
    started?.postMessage(index);
    try {
      return runExtractionTask({ text, options });
    } catch (error) {
      return { ok: false, kind: "unexpected", message: error instanceof Error ? error.message : String(error) };
    }
  });
  started?.close();
  return JSON.stringify(outcomes);
}

/** Extraction then validation: pure CPU work, run in a worker thread by the extraction pool. */
export function runExtractionTask({ text, options, started }: ExtractionTask): ExtractionOutcome {
  started?.postMessage("started");
  started?.close();
  try {
    return { ok: true, draft: parseArticleDraft(extractArticle(text, options)) };
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, kind: "extraction", message: error.message };
    if (error instanceof DraftValidationError) return { ok: false, kind: "draft", issues: error.issues };
    throw error;
  }
}

/** The outcome as the caller sees it: the draft, or the error raised again as its own class. */
export function draftOf(outcome: GroupOutcome): ArticleDraft {
  if (outcome.ok) return outcome.draft;
  if (outcome.kind === "extraction") throw new ExtractionError(outcome.message);
  if (outcome.kind === "unexpected") throw new Error(outcome.message);
  throw new DraftValidationError(outcome.issues);
}
