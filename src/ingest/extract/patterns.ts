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
