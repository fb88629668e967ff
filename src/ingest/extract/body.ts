import headerLexicon from "../lexicon/header.json" with { type: "json" };
import speechLexicon from "../lexicon/speech-verbs.json" with { type: "json" };
import { withoutDeskCredit } from "./furniture.ts";
import { alternation, SPACE_RUNS } from "./patterns.ts";

/** A paragraph of the normalised body: [start, end) offsets into it. */
export interface Paragraph {
  start: number;
  end: number;
}

export interface NormalizedBody {
  body: string;
  paragraphs: Paragraph[];
}

const ENDS_SENTENCE = /[.!?…"”’»)\]:]$/u;
/** Speech verbs that name the speaker after them ("kata", "tegas", "terang"), and "katanya" and its kin. */
const ATTRIBUTION_VERBS = new Set([...speechLexicon.named, ...speechLexicon.anaphoric]);
/**
 * '“…”. Tegas Wabup', '“…,” kata Budi Santoso': a closing quote mark, then a speech verb and at most
 * four words naming who spoke, close the block. The verb is the first group.
 */
const CLOSING_ATTRIBUTION = /[”"]\s*[.,]?\s*(\p{L}+)(?:\s+[\p{L}.,]+){0,4}$/u;
/**
 * A sentence's opening: a capitalised word, then a lowercase one ("Soal peralatan …", "Ikut hadir …"),
 * or a name of up to three words as its subject, then a lowercase word ("Rina Wulandari juga
 * menjelaskan …": the speaker named again opens the next paragraph).
 */
const OPENS_SENTENCE = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}\s+\p{Ll}/u;

/**
 * Whether a block that ends with no stop still ends its sentence: the attribution of the quote it
 * closes ('“…”. Tegas Wabup'), when the next block opens a sentence of its own. Newsrooms often leave
 * the stop out after such an attribution; read on, its title took the next paragraph's first word
 * as its holder ('Wabup Soal').
 */
function endsWithAttribution(block: string, next: string | undefined): boolean {
  const verb = CLOSING_ATTRIBUTION.exec(block)?.[1];
  return verb !== undefined && ATTRIBUTION_VERBS.has(verb.toLowerCase()) && OPENS_SENTENCE.test(next ?? "");
}
/** A line of a list of holders: a short run of words, a spaced dash, then the post ("Budi, S.Pd – Kades X"). */
const DASHED_LIST_ITEM = /^[^\s–—-][^–—]{1,60}\s[–—-]\s\S/u;
// "Baca juga: …", "Editor: …": lines a newsroom adds around the story, not part of it.
const NOISE_LINE = new RegExp(
  `^(?:(?:${alternation(headerLexicon.noiseLineLabels)})\\s*[:：]|(?:${alternation(headerLexicon.noiseLinePrefixes)}))`,
  "iu",
);

/**
 * The body as the draft stores it: paragraphs split on blank lines (or on line breaks when the
 * text has no blank lines at all), a paragraph that stops mid-sentence joined to the next with a
 * space (pasted text often breaks lines inside sentences), whitespace collapsed, "\n\n" between.
 */
export function normalizeBody(lines: readonly string[]): NormalizedBody {
  const hasBlankLines = lines.some((line, i) => line.trim() === "" && i > 0 && i < lines.length - 1);
  const blocks: string[] = [];
  // Whether each block opens with an item of a dashed list, and whether it closes with one.
  const opensList: boolean[] = [];
  const closesList: boolean[] = [];
  let current: string[] = [];
  // Whether each line of `current` is an item of a dashed list, tested once as it is added: the
  // pattern is asked about a line again when the next line comes and when its block is closed.
  let currentDashed: boolean[] = [];
  const flush = () => {
    const block = current.join(" ").replace(SPACE_RUNS, " ").trim();
    if (block !== "") {
      blocks.push(block);
      opensList.push(currentDashed[0] ?? false);
      closesList.push(currentDashed[currentDashed.length - 1] ?? false);
    }
    current = [];
    currentDashed = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "") {
      flush();
      continue;
    }
    if (NOISE_LINE.test(trimmed) && trimmed.length < 200) continue;
    // "Budi, S.Pd – Pj Kades X" line after line: each item of a list is a line of its own.
    const dashed = DASHED_LIST_ITEM.test(trimmed);
    if (dashed && (currentDashed[currentDashed.length - 1] ?? false)) flush();
    current.push(trimmed);
    currentDashed.push(dashed);
    if (!hasBlankLines) flush();
  }
  flush();

  const paragraphs: string[] = [];
  let pending = "";
  for (const [b, block] of blocks.entries()) {
    // "Budi, S.Pd – Pj Kades X" line after line: items of a list end at their line, stop or not.
    if (pending !== "" && closesList[b - 1] && opensList[b]) {
      paragraphs.push(pending);
      pending = "";
    }
    pending = pending === "" ? block : `${pending} ${block}`;
    if (ENDS_SENTENCE.test(pending) || endsWithAttribution(block, blocks[b + 1])) {
      paragraphs.push(pending);
      pending = "";
    }
  }
  if (pending !== "") paragraphs.push(pending);
  // "… kata Budi. (Lis/ Adv Diskominfo X)": the desk's credit names no one the story reports.
  const last = paragraphs.length - 1;
  if (last >= 0) {
    const closing = withoutDeskCredit(paragraphs[last] as string);
    if (closing === "") paragraphs.pop();
    else paragraphs[last] = closing;
  }

  const spans: Paragraph[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    spans.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + 2;
  }
  return { body: paragraphs.join("\n\n"), paragraphs: spans };
}

/** "(Lis/ Adv Diskominfo Kaltim)", "(wil/pra)": the reporter's and desk's credit in brackets that ends a story. */
const CLOSING_CREDIT = /\((?=[^()\n]*\/)[^()\n]{1,60}\)\s*$/u;

/**
 * Where the bracketed credit closing the body starts, if it has one: the initials and desk marks
 * there (an advertorial's "Adv Diskominfo X") credit the copy and name no body of the story.
 */
export function closingCreditStart(body: string): number | undefined {
  const tailStart = Math.max(0, body.length - 80);
  const credit = CLOSING_CREDIT.exec(body.slice(tailStart));
  return credit ? tailStart + credit.index : undefined;
}
