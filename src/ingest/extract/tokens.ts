import { compactSurface } from "../gazetteer/index.ts";

/** A word or a single punctuation character of a text, with its character offsets. */
export interface Token {
  text: string;
  /** Lowercase form, for lexicon lookups. */
  lower: string;
  /** Lowercase without diacritics or punctuation, for gazetteer lookups ("palangka"). */
  compact: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an uppercase letter or a digit ("Blora", "IIB", "0721"). */
  capitalized: boolean;
  /** Whitespace separates it from the previous token. */
  spaced: boolean;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHARACTER = /\s/u;

/** Letters, digits and combining marks make words; ASCII is decided without a regular expression. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHARACTER.test(String.fromCodePoint(code));
}

function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE_CHARACTER.test(String.fromCodePoint(code));
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019;

function isPlainLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

function startsCapitalized(text: string): boolean {
  const code = text.charCodeAt(0);
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  return first !== first.toLowerCase() || /\p{N}/u.test(first);
}

/**
 * Words and single punctuation characters with their offsets, in one left-to-right pass.
 * Words keep inner apostrophes (Mas’ud, Jum'at); hyphens split, so "se-Eks" reads as "se", "-", "Eks".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (isSpaceCode(code)) {
      i += width;
      continue;
    }
    const start = i;
    const isWord = isWordCode(code);
    i += width;
    if (isWord) {
      while (i < text.length) {
        const next = text.codePointAt(i) ?? 0;
        if (isWordCode(next)) i += next > 0xffff ? 2 : 1;
        else if (isApostrophe(next) && isWordCode(text.codePointAt(i + 1) ?? 32)) i += 1;
        else break;
      }
    }
    const value = text.slice(start, i);
    const lower = isWord ? value.toLowerCase() : value;
    tokens.push({
      text: value,
      lower,
      // Most words are plain ASCII; only the rest pay for Unicode normalisation.
      compact: !isWord ? "" : isPlainLowerAscii(lower) ? lower : compactSurface(value),
      start,
      end: i,
      isWord,
      capitalized: isWord && startsCapitalized(value),
      spaced: start !== previousEnd,
    });
    previousEnd = i;
  }
  return tokens;
}
