/** A regular-expression alternation of literal words from a lexicon, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/**
 * Whether a text contains any of `words` as written, by one regular-expression scan instead of
 * one search per word. The same answer as `words.some((word) => text.includes(word))`.
 */
export function containsAnyOf(words: readonly string[]): (text: string) => boolean {
  if (words.length === 0) return () => false;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"));
  return (text) => pattern.test(text);
}

/** Whitespace runs other than a lone space: replacing only these gives the same text as /\s+/g → " ". */
export const SPACE_RUNS = /\s{2,}|[^\S ]/g;

/**
 * Every run of whitespace as one space. The same result as `.replace(/\s+/g, " ")`, but the
 * single spaces between words, most of any text, are not matches to be replaced one by one.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(SPACE_RUNS, " ");
}

/** "itu", "tersebut", "ini": after a title or a list item, they point back to what was already named. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(["itu", "tersebut", "ini"]);

/** Whether a UTF-16 code unit is whitespace to a regular expression's \s (WhiteSpace and LineTerminator). */
function isRegExpSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * How many items `text.split(/\s+/)` gives (its runs of whitespace, and one), counted without
 * making them: a quote's words are counted for every quote, and the split copies each of them.
 */
export function splitWordCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let k = 0; k < text.length; k++) {
    const space = isRegExpSpace(text.charCodeAt(k));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}
