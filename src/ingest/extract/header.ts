import headerLexicon from "../lexicon/header.json" with { type: "json" };
import { type FoundDate, findDates } from "./dates.ts";
import { isFurnitureLine, isPhotoCaption, stripFurniture } from "./furniture.ts";
import { alternation, SPACE_RUNS } from "./patterns.ts";
import { matchPlaceAt } from "./places.ts";
import { tokenize } from "./tokens.ts";

/** What the lines above an article's body say: where it appeared, its title, who wrote it, when. */
export interface ArticleHeader {
  /** Masthead or outlet, as written ("WARTAWAN", "Kompas.com"). */
  sourceName?: string;
  /** The outlet's web domain, lowercase ("demak.wartawan.org"). */
  sourceDomain?: string;
  title?: string;
  authors: string[];
  /** The publication date read from a date line above the body. */
  published?: FoundDate;
  /** The lines of the body, as written. */
  bodyLines: string[];
}

const BYLINE_LABEL = new RegExp(`^(?:${alternation(headerLexicon.bylineLabels)})\\b\\s*[:：]?\\s*`, "i");
const AUTHOR_LABELS = new Set(headerLexicon.authorLabels);
const LABEL_ONLY = new RegExp(`^(?:${alternation(headerLexicon.authorLabels)})$`, "i");
// Parts of a byline: split at bars, commas, dashes, and before a further label ("Penulis: A Editor: B").
const BYLINE_PARTS = new RegExp(
  `\\s*[|,;]\\s*|\\s+[–—-]\\s+|\\s+(?=(?:${alternation(headerLexicon.bylineLabels)})\\s*[:：])`,
  "i",
);
const EDITOR_LABEL = new RegExp(`^(?:${alternation(headerLexicon.editorLabels)})\\b`, "i");
const DATE_LINE_WORDS = new RegExp(`\\b(?:${alternation(headerLexicon.dateLineWords)})\\b`, "gi");
const DOMAIN = /\b[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,3}\.(?:com|id|org|net|co|news|info|tv|online)\b/iu;
const CAPTION = new RegExp(`(?:^|[\\s(])(?:${alternation(headerLexicon.captionWords)})\\s*[:.]`, "i");
const SENTENCE_END = /[.!?…"”’)]$/;
const NOT_AUTHORS = new Set(headerLexicon.notAuthors);

const SPACE = /\s/;

/** Runs of non-whitespace, counted in one pass (the same count as splitting on /\s+/). */
function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(line.charAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** A date line: a date, perhaps a weekday, time and zone, an outlet name, and little else. */
function readDateLine(line: string): { date: FoundDate; rest: string } | undefined {
  // Every date form has a year in digits.
  if (line.length > 120 || !/\d{2}/.test(line)) return undefined;
  const date = findDates(line).find((d) => d.year !== undefined);
  if (!date) return undefined;
  const rest = `${line.slice(0, date.start)} ${line.slice(date.end)}`
    .replace(DATE_LINE_WORDS, " ")
    .replace(/[\s,|–—:/-]+/g, " ")
    .trim();
  if (wordCount(rest) > 3) return undefined;
  return { date, rest };
}

/** Most words of a part of a barred metadata line that is not the date ("Kategori Berita Daerah"). */
const META_PART_MAX_WORDS = 5;
// "Diposting oleh admin pada 16 Desember 2021": a line that says when the page was published.
const PUBLISHED_VERB = new RegExp(`^(?:${alternation(headerLexicon.publishedVerbs)})\\b`, "i");
const TRAILING_WEEKDAY = /[\s,|–—:•·/-]*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)?[\s,|–—:•·/-]*$/iu;

/**
 * A line of the page's metadata that dates the article, with the authors it names:
 * "Oleh: Sri Wahyuni | Senin, 1 Desember 2025 | 10:15 WIB", "Root Administrator | Kategori Berita |
 * 16 Desember 2021 15:17:00", "Diposting oleh admin pada 16 Desember 2021",
 * "Penulis : Budi Editor : Ani 16/12/2021 15:17".
 */
function readMetaLine(line: string): { date: FoundDate; rest: string; authors: string[] } | undefined {
  const parts = line.split(/\s+\|\s+/);
  const bylineParts = parts.length > 1 ? parts.filter((part) => BYLINE_LABEL.test(part) && readByline(part)) : [];
  const authors = bylineParts.flatMap((part) => readByline(part)?.authors ?? []);
  const otherParts = parts.filter((part) => !bylineParts.includes(part));
  const dateLine = readDateLine(bylineParts.length > 0 ? otherParts.join(" | ") : line);
  if (dateLine) {
    if (bylineParts.length === 0 && BYLINE_LABEL.test(line)) authors.push(...authorsBefore(line, dateLine.date));
    return { ...dateLine, authors };
  }
  // One bar-separated part is the date; the others are short labels (a category, a count, a name).
  if (parts.length > 1 && line.length <= 200) {
    for (const part of otherParts) {
      const partDate = readDateLine(part);
      const shortRest = otherParts.every(
        (other) => other === part || wordCount(other) <= META_PART_MAX_WORDS || readDateLine(other) !== undefined,
      );
      if (partDate && shortRest) return { date: partDate.date, rest: partDate.rest, authors };
    }
  }
  if (line.length > 160 || !(PUBLISHED_VERB.test(line) || BYLINE_LABEL.test(line)) || !/\d{2}/.test(line)) return;
  // After a publishing verb the first date is the publication's ("Dipublikasikan: 13 Desember 2021 -
  // Diperbarui: …"); after a byline label the date closes the line, only its time and zone follow.
  const date = findDates(line).find((d) => d.year !== undefined);
  if (!date) return;
  if (!PUBLISHED_VERB.test(line) && wordCount(line.slice(date.end).replace(DATE_LINE_WORDS, " ")) > 1) return;
  return { date, rest: "", authors: BYLINE_LABEL.test(line) ? authorsBefore(line, date) : [] };
}

/** The authors a byline names before the date it ends with ("Oleh: Budi - Kamis, 16 Desember 2021"). */
function authorsBefore(line: string, date: FoundDate): string[] {
  const byline = line.slice(0, date.start).replace(TRAILING_WEEKDAY, "");
  return readByline(byline)?.authors ?? [];
}

/** "Sri Setyo Lestari - DEMAK.WARTAWAN.ORG", "Oleh: Budi", "Reporter: A | Editor: B". */
function readByline(line: string): { authors: string[]; domain?: string; outlet?: string } | undefined {
  if (line.length > 160) return undefined;
  const labelled = BYLINE_LABEL.exec(line);
  if (labelled) {
    const authors: string[] = [];
    for (const part of line.split(BYLINE_PARTS)) {
      const label = BYLINE_LABEL.exec(part);
      const value = part.slice(label?.[0].length ?? 0).trim();
      const labelWord = label?.[0].replace(/[\s:：]+/g, "").toLowerCase();
      if (value && (labelWord === undefined || AUTHOR_LABELS.has(labelWord)) && !DOMAIN.test(value))
        authors.push(value);
    }
    // A label alone ("Penulis") names its author on the line before; that is read by the caller.
    return authors.length > 0 || /[:：]\s*\S/.test(line) ? { authors } : undefined;
  }
  const dashed = /^([\p{Lu}][\p{L}.'’ ]{1,60}?)\s+[–—|/-]\s+(\S{3,80})$/u.exec(line);
  if (dashed?.[1] && dashed[2] && DOMAIN.test(dashed[2]) && wordCount(dashed[1]) <= 5 && !isPlaceName(dashed[1])) {
    return { authors: [dashed[1].trim()], domain: dashed[2].toLowerCase() };
  }
  return undefined;
}

/** Whether a text is wholly a place the gazetteer knows: "Kota Tual – outlet.id" is a dateline, not a byline. */
function isPlaceName(text: string): boolean {
  const tokens = tokenize(text.trim());
  const place = tokens.length > 0 ? matchPlaceAt(tokens, 0) : undefined;
  return place !== undefined && place.to >= tokens.length;
}

/** Longest masthead line, in characters and in words. */
const MASTHEAD_MAX_LENGTH = 40;
const MASTHEAD_MAX_WORDS = 4;

function isMasthead(line: string): boolean {
  if (line.length > MASTHEAD_MAX_LENGTH || wordCount(line) > MASTHEAD_MAX_WORDS || SENTENCE_END.test(line))
    return false;
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && (DOMAIN.test(line) || letters === letters.toUpperCase());
}

/** A body line: long prose, or a paragraph that starts with a dateline ("BLORA –"). */
function isBodyLine(line: string): boolean {
  if (line.length > 220 || wordCount(line) > 30) return true;
  if (/^[^–—]{0,60}\s[–—]\s|^[^-]{0,60}\s-{1,2}\s|^\S{2,40},-\s/u.test(line) && wordCount(line) > 12) return true;
  if (startsWithDateline(line)) return true;
  return SENTENCE_END.test(line) && wordCount(line) > 14;
}

/** "Sabtu, 29 November 2025 – Kepala …", "BLORA – Kepala …": a dateline opens the body. */
function startsWithDateline(line: string): boolean {
  const dash = /\s[–—]\s|\s-{1,2}\s/u.exec(line.slice(0, 60));
  if (!dash || wordCount(line.slice(dash.index)) < 4) return false;
  const prefix = line.slice(0, dash.index);
  const date = /\d/.test(prefix) ? findDates(prefix)[0] : undefined;
  if (date && date.end >= prefix.trimEnd().length - 1 && date.start <= 8) return true;
  return /^[\p{Lu}][\p{Lu}\s.,()]{1,40}$/u.test(prefix) && !DOMAIN.test(prefix);
}

/** Fewest words of a sentence read as a short first paragraph rather than a header line. */
const SHORT_PARAGRAPH_WORDS = 3;

/** Whether the next non-empty line after `index` is prose: a body line, or a sentence of six words or more. */
function nextLineIsProse(lines: readonly string[], index: number): boolean {
  for (let next = index + 1; next < lines.length; next++) {
    const line = (lines[next] ?? "").replace(SPACE_RUNS, " ").trim();
    if (line === "") continue;
    return !CAPTION.test(line) && (isBodyLine(line) || (SENTENCE_END.test(line) && wordCount(line) >= 6));
  }
  return false;
}

// "… telah membangkitkan rasa bangga ... ...": a summary the page cut short.
const CUT_SHORT = /(?:\.{3}|…)(?:\s*(?:\.{3}|…))*$/u;

/** A summary cut short under the title, right above the paragraph that opens with the dateline. */
function isTeaser(line: string, lines: readonly string[], index: number): boolean {
  if (!CUT_SHORT.test(line) || line.length > 400) return false;
  for (let next = index + 1; next < lines.length; next++) {
    const following = (lines[next] ?? "").replace(SPACE_RUNS, " ").trim();
    if (following !== "") return startsWithDateline(following);
  }
  return false;
}

/** Fewest words the lines above a wrapped body's first full line hold before they count as its opening. */
const WRAPPED_OPENING_WORDS = 20;

/**
 * "OTENTIK – Bupati Lampung\nSelatan H. Nanang Ermanto menghadiri …": text pasted with its lines
 * broken inside sentences has no line long enough to read as prose before the first one ending with a
 * stop, so the body would open mid-sentence there. The lines right above that line, with no blank
 * line between and none read as the header, are the body's opening when they run into it (the line
 * before it ends with no stop) and hold a sentence's worth of words: two lines at least, since a
 * subtitle under the title is one.
 */
function wrappedOpeningStart(lines: readonly string[], bodyStart: number, headerEnd: number): number {
  const before = (lines[bodyStart - 1] ?? "").replace(SPACE_RUNS, " ").trim();
  if (before === "" || SENTENCE_END.test(before)) return bodyStart;
  let from = bodyStart;
  let words = 0;
  while (from - 1 > headerEnd) {
    const line = (lines[from - 1] ?? "").replace(SPACE_RUNS, " ").trim();
    if (line === "") break;
    words += wordCount(line);
    from--;
  }
  return bodyStart - from >= 2 && words >= WRAPPED_OPENING_WORDS ? from : bodyStart;
}

/** Fewest words of a line running on into the next that makes the next its sentence's end. */
const RUNNING_LINE_WORDS = 8;

/**
 * "… di Balai Keratun, Komplek Perkantoran\nGubernur Lampung, Minggu (22/5/2022).": in text broken
 * inside sentences, a line holding little more than a date may close the sentence the line right
 * above it runs on from; it ends with a stop, which a date line of the page's header does not.
 */
function closesWrappedSentence(lines: readonly string[], index: number): boolean {
  const line = (lines[index] ?? "").trim();
  const above = (lines[index - 1] ?? "").replace(SPACE_RUNS, " ").trim();
  return /[.!?]$/.test(line) && above !== "" && !SENTENCE_END.test(above) && wordCount(above) >= RUNNING_LINE_WORDS;
}

/** Lines split at \r\n, \r or \n, found with indexOf (most texts have no \r at all). */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  let lineFeed = text.indexOf("\n");
  let carriageReturn = text.indexOf("\r");
  while (lineFeed !== -1 || carriageReturn !== -1) {
    const isReturn = carriageReturn !== -1 && (lineFeed === -1 || carriageReturn < lineFeed);
    const at = isReturn ? carriageReturn : lineFeed;
    lines.push(text.slice(start, at));
    start = isReturn && lineFeed === at + 1 ? at + 2 : at + 1;
    if (lineFeed !== -1 && lineFeed < start) lineFeed = text.indexOf("\n", start);
    if (carriageReturn !== -1 && carriageReturn < start) carriageReturn = text.indexOf("\r", start);
  }
  lines.push(text.slice(start));
  return lines;
}

/**
 * Splits pasted article text into its header (masthead, title, byline, date line) and body lines.
 * Header lines are recognised by shape, not by position, because outlets order them differently.
 */
export function readHeader(text: string): ArticleHeader {
  const lines = splitLines(text);
  const header: ArticleHeader = { authors: [], bodyLines: [] };
  let bodyStart = lines.length;
  let previousUnclassified: string | undefined;
  let seenAny = false;
  let titleIndex: number | undefined;
  let firstLineIndex: number | undefined;
  // The last line read as part of the header (masthead, title, byline, date line).
  let headerEnd = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? "").replace(SPACE_RUNS, " ").trim();
    if (line === "") continue;
    const caption = (line.length <= 220 && CAPTION.test(line)) || isPhotoCaption(line);
    const prose = header.title !== undefined && SENTENCE_END.test(line) && wordCount(line) >= 6;
    if (header.title !== undefined && isTeaser(line, lines, index)) {
      headerEnd = index;
      continue;
    }
    // "13 Desember 2021 - 10:00 WIB | Dibaca: 1.234 kali" opens with a date and a dash as a
    // dateline paragraph does, but it is the page's metadata.
    const meta = caption || index > 40 || closesWrappedSentence(lines, index) ? undefined : readMetaLine(line);
    if (!meta && ((!caption && (isBodyLine(line) || prose)) || index > 40)) {
      bodyStart = header.title !== undefined && index <= 40 ? wrappedOpeningStart(lines, index, headerEnd) : index;
      break;
    }
    if (!meta && (caption || isFurnitureLine(line))) continue;
    const first = !seenAny;
    if (first) firstLineIndex = index;
    seenAny = true;
    // Every branch below reads the line as the header's, except the last.
    const headerEndBefore = headerEnd;
    headerEnd = index;
    if (meta) {
      header.authors.push(...meta.authors);
      header.published ??= meta.date;
      if (meta.rest && !header.sourceName && DOMAIN.test(meta.rest)) header.sourceName = meta.rest;
      continue;
    }
    if (first && isMasthead(line)) {
      header.sourceName = line;
      if (DOMAIN.test(line)) header.sourceDomain ??= DOMAIN.exec(line)?.[0].toLowerCase();
      continue;
    }
    const byline = readByline(line);
    if (byline) {
      header.authors.push(...byline.authors);
      if (byline.domain) header.sourceDomain ??= byline.domain;
      continue;
    }
    if (LABEL_ONLY.test(line) && previousUnclassified && wordCount(previousUnclassified) <= 4) {
      header.authors.push(previousUnclassified);
      if (header.title === previousUnclassified) header.title = undefined;
      previousUnclassified = undefined;
      continue;
    }
    if (EDITOR_LABEL.test(line)) continue;
    if (CAPTION.test(line) || (header.title !== undefined && line.includes(" | "))) continue;
    // "Humas Polres Blora" above "Polres Blora Amankan Dua Pengedar": a short first line in mixed
    // case that a title line follows was the masthead, not the title.
    if (
      header.title !== undefined &&
      header.sourceName === undefined &&
      titleIndex === firstLineIndex &&
      header.title.length <= MASTHEAD_MAX_LENGTH &&
      wordCount(header.title) <= MASTHEAD_MAX_WORDS &&
      !SENTENCE_END.test(header.title) &&
      !SENTENCE_END.test(line) &&
      wordCount(line) >= 3 &&
      line.length >= 15 &&
      line.length <= 300
    ) {
      header.sourceName = header.title;
      header.title = line;
      titleIndex = index;
      continue;
    }
    if (header.title === undefined && wordCount(line) >= 3 && line.length >= 15 && line.length <= 300) {
      header.title = line;
      titleIndex = index;
      continue;
    }
    // "Korban bernama Suparman ditemukan selamat.": a short sentence after the title, right before
    // prose, is the story's first paragraph, too short to look like prose on its own.
    if (
      header.title !== undefined &&
      SENTENCE_END.test(line) &&
      wordCount(line) >= SHORT_PARAGRAPH_WORDS &&
      nextLineIsProse(lines, index)
    ) {
      bodyStart = wrappedOpeningStart(lines, index, headerEndBefore);
      break;
    }
    previousUnclassified = line;
    headerEnd = headerEndBefore;
  }
  // Nothing looked like prose: whatever followed the title is the body.
  if (bodyStart === lines.length && titleIndex !== undefined) bodyStart = titleIndex + 1;
  header.bodyLines = stripFurniture(lines.slice(bodyStart));
  readTrailingAuthors(header);
  header.authors = header.authors.filter(
    (author) =>
      /\p{L}/u.test(author) &&
      !NOT_AUTHORS.has(author.toLowerCase()) &&
      !NOT_AUTHORS.has(author.split(" ")[0]?.toLowerCase() ?? ""),
  );
  return header;
}

/** "Pewarta: Bambang", "Editor: Andono", or a bare "Ning S" closing the article: the byline at the foot. */
function readTrailingAuthors(header: ArticleHeader): void {
  const lines = header.bodyLines;
  let checked = 0;
  for (let index = lines.length - 1; index >= 0 && checked < 3; index--) {
    const line = (lines[index] ?? "").replace(SPACE_RUNS, " ").trim();
    if (line === "") continue;
    checked++;
    const byline = BYLINE_LABEL.test(line) ? readByline(line) : undefined;
    const bareName = /^[\p{Lu}][\p{L}'’]*(?: [\p{Lu}][\p{L}'’.]*){0,2}$/u.test(line) && line.length <= 30;
    if (!byline && !(bareName && checked === 1)) break;
    if (byline) header.authors.push(...byline.authors);
    else header.authors.push(line);
    lines.splice(index, 1);
  }
}
