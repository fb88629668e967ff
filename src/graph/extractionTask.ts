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
export function draftOf(outcome: ExtractionOutcome): ArticleDraft {
  if (outcome.ok) return outcome.draft;
  if (outcome.kind === "extraction") throw new ExtractionError(outcome.message);
  throw new DraftValidationError(outcome.issues);
}
