/** A regular-expression alternation of literal words from a lexicon, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
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
