// Only the Indonesian names: the package's entry loads every one of its locales.
import indonesianNames from "i18n-iso-countries/langs/id.json" with { type: "json" };
import type { Token } from "../extract/tokens.ts";
import countryLexicon from "../lexicon/countries.json" with { type: "json" };
import { compactSurface, type GazetteerPlace } from "./index.ts";

/**
 * Countries by their Indonesian names (ISO 3166-1, as i18n-iso-countries writes them in Indonesian,
 * and the other names Indonesian news uses: "Tiongkok", "Inggris"). Kept apart from the regional
 * gazetteer that every rule asks: a country's name is read as a place only by the place scan, so
 * no name, seat or title rule changes because a person is called "India" or a seat "Jordan".
 */
export interface CountryMatch {
  place: GazetteerPlace;
  /** Token range [from, to) of the name as written. */
  from: number;
  to: number;
}

interface CountryIndex {
  byCompactName: Map<string, GazetteerPlace>;
  /** Every compact form of every name's first words, so reading word by word stops early. */
  prefixes: Set<string>;
  /** The compact first word of every name: the place scan asks at nearly every capitalised word. */
  firstWords: Set<string>;
  longestWords: number;
}

let loaded: CountryIndex | undefined;

function countryIndex(): CountryIndex {
  if (loaded) return loaded;
  const byCompactName = new Map<string, GazetteerPlace>();
  const prefixes = new Set<string>();
  const firstWords = new Set<string>();
  const left = new Set(countryLexicon.notReadAsCountries.map(compactSurface));
  const alternatives = countryLexicon.otherNames as Record<string, string[]>;
  let longestWords = 1;
  for (const [code, written] of Object.entries(indonesianNames.countries as Record<string, string | string[]>)) {
    const [name, ...others] = typeof written === "string" ? [written] : written;
    if (!name) continue;
    const place: GazetteerPlace = { name, bareName: name, kind: "COUNTRY", standardAliases: [], shortForm: name };
    for (const form of [name, ...others, ...(alternatives[code] ?? [])]) {
      const compact = compactSurface(form);
      if (compact === "" || left.has(compact) || byCompactName.has(compact)) continue;
      byCompactName.set(compact, place);
      const words = form.split(/[\s-]+/);
      longestWords = Math.max(longestWords, words.length);
      firstWords.add(compactSurface(words[0] ?? ""));
      let prefix = "";
      for (const word of words) {
        prefix += compactSurface(word);
        prefixes.add(prefix);
      }
    }
  }
  loaded = { byCompactName, prefixes, firstWords, longestWords };
  return loaded;
}

/**
 * The country whose name starts at token `at` and is written capitalised ("Malaysia", "Arab
 * Saudi", "Papua Nugini"), the longest name there; none for a language ("bahasa Inggris").
 */
export function matchCountryAt(tokens: readonly Token[], at: number): CountryMatch | undefined {
  const first = tokens[at];
  if (!first?.isWord || !first.capitalized) return undefined;
  const { byCompactName, prefixes, firstWords, longestWords } = countryIndex();
  if (!firstWords.has(first.compact) || LANGUAGE_NOUNS.has(tokens[at - 1]?.lower ?? "")) return undefined;
  let compact = "";
  let best: CountryMatch | undefined;
  let to = at;
  for (let words = 0; words < longestWords; words++) {
    // "Timor-Leste", "Guinea-Bissau": a hyphen between two words of a name is skipped.
    if (words > 0 && tokens[to]?.text === "-") to++;
    const token = tokens[to];
    if (!token?.isWord || !token.capitalized) break;
    compact += token.compact;
    if (!prefixes.has(compact)) break;
    to++;
    const place = byCompactName.get(compact);
    if (place) best = { place, from: at, to };
  }
  return best;
}

const LANGUAGE_NOUNS = new Set(countryLexicon.languageNouns);
