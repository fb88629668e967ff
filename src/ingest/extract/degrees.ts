import { compactSurface } from "../gazetteer/index.ts";
import peopleLexicon from "../lexicon/people.json" with { type: "json" };
import type { Token } from "./tokens.ts";

const DEGREES = new Set(peopleLexicon.degrees.map(compactSurface));

/**
 * Where an academic degree written at token `at` ends, or -1. Degrees are written without
 * spaces inside ("S.H.", "A.Md.IP", "S.Sos", "SH"), so reading stops at the first space.
 */
export function degreeEndAt(tokens: readonly Token[], at: number): number {
  let compact = "";
  let best = -1;
  for (let k = at; k < at + 8 && k < tokens.length; k++) {
    const token = tokens[k];
    if (!token || (k > at && token.spaced && token.text !== ".")) break;
    if (token.isWord) {
      if (token.text.length > 4) break;
      compact += token.lower;
    } else if (token.text !== ".") break;
    if (DEGREES.has(compact) && (tokens[k + 1]?.isWord !== true || tokens[k + 1]?.spaced)) best = k + 1;
  }
  return best;
}
