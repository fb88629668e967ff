import { compactSurface } from "../gazetteer/index.ts";
import peopleLexicon from "../lexicon/people.json" with { type: "json" };
import type { Token } from "./tokens.ts";

const DEGREES = new Set(peopleLexicon.degrees.map(compactSurface));
/** Every beginning of a degree ("s", "sp", "spd" of "spdi"): how far a degree written in spaced pieces may go. */
const DEGREE_STARTS = new Set([...DEGREES].flatMap((degree) => [...degree].map((_, k) => degree.slice(0, k + 1))));
const SPACED_PIECE = /^\p{Lu}\p{Ll}{0,2}$/u;

/**
 * Whether the spaced word at `k` goes on the degree read so far: "S.Pd. I", "SPd I", "M. Pd" are
 * written with a space inside; a piece of up to three letters that continues a degree is part of
 * it, unless a capitalised word follows it (a name: "S.Pd I Wayan").
 */
function continuesSpaced(tokens: readonly Token[], k: number, compact: string): boolean {
  const token = tokens[k];
  if (!token?.isWord || compact === "" || !SPACED_PIECE.test(token.text)) return false;
  if (!DEGREE_STARTS.has(compact + token.lower)) return false;
  const next = tokens[k + 1]?.text === "." && !tokens[k + 1]?.spaced ? k + 2 : k + 1;
  const following = tokens[next];
  if (!(following?.isWord && following.spaced && following.capitalized)) return true;
  return continuesSpaced(tokens, next, compact + token.lower);
}

/**
 * Where an academic degree written at token `at` ends, or -1. Degrees are mostly written without
 * spaces inside ("S.H.", "A.Md.IP", "S.Sos", "SH"), so reading stops at the first space, unless the
 * spaced word goes on spelling a degree ("S.Pd. I", "M. Pd").
 */
export function degreeEndAt(tokens: readonly Token[], at: number): number {
  let compact = "";
  let best = -1;
  for (let k = at; k < at + 8 && k < tokens.length; k++) {
    const token = tokens[k];
    if (!token || (k > at && token.spaced && token.text !== "." && !continuesSpaced(tokens, k, compact))) break;
    if (token.isWord) {
      // "SpTHT", "SpKFR": a longer word only where it goes on spelling a degree.
      if (token.text.length > 4 && !DEGREE_STARTS.has(compact + token.lower)) break;
      compact += token.lower;
    } else if (token.text === "-") {
      // "Sp.THT-KL": a hyphen written inside a degree joins its parts.
      if (token.spaced || !DEGREE_STARTS.has(compact + (tokens[k + 1]?.lower ?? "-"))) break;
    } else if (token.text !== ".") break;
    if (DEGREES.has(compact) && (tokens[k + 1]?.isWord !== true || tokens[k + 1]?.spaced)) best = k + 1;
  }
  return best;
}
