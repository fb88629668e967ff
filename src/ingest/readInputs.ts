import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { type ArticleDraft, DraftValidationError, parseArticleDraft } from "./draft.ts";

/**
 * Turns what `wartagraph ingest` is given (files, directories, stdin) into article inputs, with
 * the file and line each came from. Reads files but never the database: writing is the graph's job.
 */

/** How a file's content is read: one plain-text article, one JSON object per line, or one JSON object. */
export type InputFormat = "text" | "jsonl" | "json";

/** An article to ingest: a draft written as is, or raw text for the extractor. */
export type ArticleInput =
  | { kind: "draft"; draft: ArticleDraft }
  | { kind: "raw"; text: string; url?: string; source?: string };

/** One article of an input, or the reason it cannot be one; `line` is 1-based, absent for whole files. */
export type InputRecord = { line?: number } & (
  | { input: ArticleInput; error?: never }
  | { error: string; input?: never }
);

export interface InputFile {
  /** the path as found (a directory's files are joined to the given directory) or "-" for stdin */
  path: string;
  format: InputFormat;
}

/** An input the command cannot use at all: a usage error, not a failed article. */
export class InputPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputPathError";
  }
}

export const STDIN_PATH = "-";

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = { ".txt": "text", ".jsonl": "jsonl", ".json": "json" };

/** The format a file name implies, if it is one the command reads. */
export function formatOfPath(filePath: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[path.extname(filePath).toLowerCase()];
}

/**
 * Expands the command's paths into the files to read, in a stable order: a directory gives its
 * *.txt, *.jsonl and *.json files (recursively, sorted, hidden entries skipped); a file given by
 * name is read whatever its extension (as plain text unless it ends in .jsonl or .json).
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: InputFile) => {
    const identity = file.path === STDIN_PATH ? STDIN_PATH : path.resolve(file.path);
    if (seen.has(identity)) return;
    seen.add(identity);
    files.push(file);
  };
  for (const given of paths) {
    if (given === STDIN_PATH) {
      add({ path: STDIN_PATH, format: "jsonl" }); // the real format is decided from the content
      continue;
    }
    const info = await stat(given).catch((error: NodeJS.ErrnoException) => {
      throw new InputPathError(
        error.code === "ENOENT" ? `${given}: no such file or directory` : `${given}: ${error.message}`,
      );
    });
    if (info.isDirectory()) {
      const found = await filesUnder(given);
      if (found.length === 0) throw new InputPathError(`${given}: the directory holds no .txt, .jsonl or .json file`);
      for (const file of found) add(file);
    } else {
      add({ path: given, format: formatOfPath(given) ?? "text" });
    }
  }
  return files;
}

async function filesUnder(directory: string): Promise<InputFile[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: InputFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(entryPath)));
    else if (entry.isFile()) {
      const format = formatOfPath(entry.name);
      if (format) files.push({ path: entryPath, format });
    }
  }
  return files;
}

/** Stdin is JSONL when it starts (after blanks) with "{", otherwise one plain-text article. */
export function formatOfStdin(content: string): InputFormat {
  return content.trimStart().startsWith("{") ? "jsonl" : "text";
}

/** Reads the articles of one input's content; a record that cannot be an article carries its error. */
export function readInputRecords(content: string, format: InputFormat): InputRecord[] {
  const text = content.startsWith("\uFEFF") ? content.slice(1) : content;
  switch (format) {
    case "text":
      return [{ input: { kind: "raw", text } }];
    case "json":
      return [recordOfJson(text)];
    case "jsonl": {
      const records: InputRecord[] = [];
      text.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === "") return;
        records.push({ line: index + 1, ...recordOfJson(line) });
      });
      return records;
    }
  }
}

function recordOfJson(json: string): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
  try {
    return { input: articleInputOf(value) };
  } catch (error) {
    if (error instanceof DraftValidationError) return { error: describeDraftIssues(error) };
    if (error instanceof InvalidArticleInputError) return { error: error.message };
    throw error;
  }
}

/** Enough of a draft's problems to fix the first ones; a draft broken at its root can have hundreds. */
const DRAFT_ISSUES_SHOWN = 5;

function describeDraftIssues(error: DraftValidationError): string {
  const shown = error.issues.slice(0, DRAFT_ISSUES_SHOWN).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = error.issues.length - shown.length;
  return `invalid article draft: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}

class InvalidArticleInputError extends Error {}

/** An object with "extractorVersion" and "article" is a draft; one with "text" is a raw article. */
export function articleInputOf(value: unknown): ArticleInput {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidArticleInputError(
      'expected a JSON object: an article draft {"extractorVersion", "article", …} or a raw article {"text", "url"?, "source"?}',
    );
  }
  const object = value as Record<string, unknown>;
  if ("extractorVersion" in object || "article" in object) return { kind: "draft", draft: parseArticleDraft(object) };
  if (!("text" in object)) {
    throw new InvalidArticleInputError(
      'the object has neither "text" (a raw article) nor "extractorVersion" and "article" (an article draft)',
    );
  }
  const { text, url, source } = object;
  const problems: string[] = [];
  if (typeof text !== "string" || text.trim() === "") problems.push('"text" must be a non-empty string');
  if (url !== undefined && url !== null && typeof url !== "string") problems.push('"url" must be a string');
  if (source !== undefined && source !== null && typeof source !== "string") problems.push('"source" must be a string');
  if (problems.length > 0) throw new InvalidArticleInputError(`invalid raw article: ${problems.join("; ")}`);
  return {
    kind: "raw",
    text: text as string,
    ...(typeof url === "string" && url !== "" ? { url } : {}),
    ...(typeof source === "string" && source !== "" ? { source } : {}),
  };
}
