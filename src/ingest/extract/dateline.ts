import type { GazetteerPlace } from "../gazetteer/index.ts";
import { findDates } from "./dates.ts";
import { matchPlaceAt } from "./places.ts";
import { tokenize } from "./tokens.ts";

export interface Dateline {
  place?: GazetteerPlace;
  /** Where the place is written in the body. */
  placeStart?: number;
  placeEnd?: number;
  /** An outlet named in the dateline: "Semarang (ANTARA) -", "PAGAR ALAM, PAGARALAMPOS.COM -". */
  source?: string;
  /** Where the dateline ends in the paragraph (after its dash); 0 when there is none. */
  end: number;
  /** Capitalised words of the dateline that may name a district ("GUNUNG SUGIH"). */
  unlisted?: { text: string; start: number; end: number };
}

// The dateline ends at the first dash (or "||", or ",-") within its first few words.
const SEPARATOR = /\s(?:[–—]|-{1,2}|\|\|)\s|,-\s|\|\|\s/u;
const OUTLET = /^[\p{L}\p{N}.]{2,40}$/u;
const OUTLET_WORDS = /^[\p{L}\p{N}.]{2,25}(?: [\p{L}\p{N}.]{2,25}){0,2}$/u;

/** The place (and perhaps the outlet) an article's first paragraph opens with: "BLORA –". */
export function readDateline(firstParagraph: string): Dateline {
  const head = firstParagraph.slice(0, 80);
  const separator = SEPARATOR.exec(head);
  if (!separator) return readPipeDateline(head);
  const prefix = head.slice(0, separator.index);
  if (prefix.split(/\s+/).length > 6) return { end: 0 };
  const dateline: Dateline = { end: separator.index + separator[0].length };
  const tokens = tokenize(prefix);
  // Outside brackets every word is capitalised ("GUNUNG SUGIH (Lampost.co)"); otherwise it is a sentence.
  const unbracketed = tokenize(prefix.replace(/\([^()]*\)/g, " "));
  if (unbracketed.some((token) => token.isWord && !token.capitalized)) return { end: 0 };
  // The place is a whole part of the dateline: "Metro Merauke" is an outlet, not Kota Metro.
  for (let i = 0; i < tokens.length && !dateline.place; i++) {
    const previous = tokens[i - 1];
    if (!tokens[i]?.isWord || previous?.isWord) continue;
    const place = matchPlaceAt(tokens, i);
    const next = place ? tokens[place.to] : undefined;
    if (place && (!next || !next.isWord)) {
      dateline.place = place.place;
      dateline.placeStart = tokens[place.from]?.start;
      dateline.placeEnd = tokens[place.to - 1]?.end;
    }
  }
  // An all-capitals part the regencies do not know may be a district: "GUNUNG SUGIH (Lampost.co)".
  const firstPart = /^[\p{Lu} ]{3,30}(?=\s*(?:[,(]|$))/u.exec(prefix);
  if (!dateline.place && firstPart) {
    dateline.unlisted = { text: firstPart[0].trim(), start: 0, end: firstPart[0].trim().length };
  }
  // "Sabtu, 29 November 2025 –" dates the story; it names no outlet.
  if (findDates(prefix).length > 0) return dateline;
  // The outlet: in brackets ("(ANTARA)"), or the comma-separated part that is not the place,
  // a web domain first ("TRIBUNJATENG.COM, BLORA –", "PAGAR ALAM, PAGARALAMPOS.COM –").
  const placeText =
    dateline.placeStart !== undefined ? prefix.slice(dateline.placeStart, dateline.placeEnd).trim() : undefined;
  const parts = prefix
    .replace(/\([^()]*\)/g, "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "" && part !== placeText);
  const bracketed = /\(([^()]{2,40})\)/.exec(prefix)?.[1]?.trim();
  const outlet =
    bracketed ??
    parts.find((part) => /\.\p{L}{2,}/u.test(part) && OUTLET.test(part.replace(/\s+/g, ""))) ??
    parts.find((part) => OUTLET_WORDS.test(part));
  if (outlet && (OUTLET.test(outlet.replace(/\s+/g, "")) || OUTLET_WORDS.test(outlet))) dateline.source = outlet;
  return dateline;
}

/** "Jambi|TribunX.id, …": a place and an outlet joined by a bar. */
function readPipeDateline(head: string): Dateline {
  const pipe = /^([\p{L} ]{2,30})\|([\p{L}\p{N}.]{2,40}),/u.exec(head);
  if (!pipe?.[1] || !pipe[2]) return { end: 0 };
  const tokens = tokenize(pipe[1]);
  const place = matchPlaceAt(tokens, 0);
  return {
    place: place?.place,
    placeStart: place ? tokens[place.from]?.start : undefined,
    placeEnd: place ? tokens[place.to - 1]?.end : undefined,
    source: pipe[2],
    end: pipe[0].length,
  };
}
