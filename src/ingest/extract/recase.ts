import { gazetteer } from "../gazetteer/index.ts";
import institutionLexicon from "../lexicon/institutions.json" with { type: "json" };
import titleLexicon from "../lexicon/titles.json" with { type: "json" };
import unitLexicon from "../lexicon/units.json" with { type: "json" };
import { ABBREVIATED_TITLE_FORMS, TITLE_LEAD_PHRASES } from "./composedTitles.ts";
import type { TextField } from "./context.ts";
import type { Token } from "./tokens.ts";

/** Words of units' names: unit nouns, their domains, region and seat prefixes, the offices the lexicon heads. */
const UNIT_NAME_WORDS = [
  ...unitLexicon.vocabularyNouns.flatMap((noun) => noun.words),
  ...unitLexicon.properNouns.flatMap((noun) => noun.words),
  ...unitLexicon.domainWords,
  ...unitLexicon.villageKindWords,
  ...Object.keys(unitLexicon.regionPrefixes),
  ...Object.keys(unitLexicon.seatPrefixes).filter((word) => !word.startsWith("_")),
  ...[...institutionLexicon.facilityHeads, ...institutionLexicon.regionalHeads].flatMap((head) => head.forms.flat()),
];

const lowercaseWords = (words: readonly string[]): ReadonlySet<string> =>
  new Set(
    words
      .filter((word) => word.length > 2 && !/^\p{Lu}{2,}$/u.test(word) && word.toLowerCase() !== "dan")
      .map((word) => word.toLowerCase()),
  );

/**
 * The words of the nomenclature of posts and units, lowercase: title head words ("kepala",
 * "sekretaris", "camat"), the words of titles and sections ("seksi", "bidang"), unit nouns
 * ("dinas", "badan", "puskesmas"), their domain words ("pendidikan", "sosial"), region and seat
 * prefixes ("kabupaten", "desa", "kecamatan") and the words of the offices the lexicon heads.
 * Acronyms are left out: a lexicon word written in capitals ("DPRD", "UPTD") is an acronym, which
 * a reporter does not write in lowercase. "dan" joins domains and is never recased.
 */
const NOMENCLATURE_WORDS = lowercaseWords([
  // A functional position's words ("pembimbing" of "Pembimbing Kemasyarakatan", "gigi" of "Terapis
  // Gigi dan Mulut") are everyday words inside other titles' clauses ("Guru pembimbing"): not recased.
  ...TITLE_LEAD_PHRASES.flatMap((phrase) => ("functional" in phrase && phrase.functional ? [] : phrase.words)),
  ...titleLexicon.multiWordTitles.flatMap((phrase) => phrase.words),
  ...ABBREVIATED_TITLE_FORMS.map((title) => title.word),
  ...titleLexicon.nationalHeadTitles.flatMap((title) => title.words),
  ...titleLexicon.unitWords,
  ...titleLexicon.sectionNouns,
  ...UNIT_NAME_WORDS,
]);

/**
 * The words of units' names alone, for a clause a unit word opens with no title before it: a
 * title's words there ("RUU Koperasi pengganti UU …") are prose, not the unit's name.
 */
const UNIT_NOMENCLATURE_WORDS = lowercaseWords(UNIT_NAME_WORDS);

/** Whether a lowercase word is one of the nomenclature's words ("dinas", "pendidikan", "desa"). */
export function isNomenclatureWord(token: Token | undefined): boolean {
  return token?.isWord === true && NOMENCLATURE_WORDS.has(token.lower);
}

/**
 * Lowercase words a clause goes on over, never recased: "dan" joining domains, and the connectors
 * a title names its institution after ("Kepala Bidang Kesehatan Masyarakat pada dinas Kesehatan X").
 */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(["dan", ...titleLexicon.institutionConnectors]);

/** The most words a title clause or a unit's name is read over after its opening word. */
const CLAUSE_WORDS = 12;

/** A field read with the nomenclature words of one clause capitalised, and the last word recased. */
export interface RecasedClause {
  field: TextField;
  /** The last token recased: a reading that counts must run past it. */
  last: number;
}

const recasedMemo = new WeakMap<TextField, Map<number, RecasedClause | null>>();

/**
 * "Kepala Dinas pendidikan Kabupaten Minahasa Tenggara", "Kepala dinas Kesehatan Kabupaten X",
 * "Kepala seksi Pemerintahan Kecamatan X", "kepala dinas sosial Sukamaju": reporters write words
 * of a post's title and of a unit's name in lowercase as often as capitalised, and the grammar of
 * titles and units reads capitalised words. A clause opened at `at` by a title head word or a unit
 * word (the caller checks which) runs on over capitalised words, nomenclature words in lowercase
 * and "dan", and stops at any other word or mark. Its lowercase nomenclature words that a
 * capitalised word still follows inside the clause (the region, the known unit or the name it is
 * anchored at) are capitalised, in the tokens and in the text alike, so the grammar reads them as
 * written capitalised, and names come out in their conventional capitals ("Dinas Pendidikan
 * Kabupaten Minahasa Tenggara"). Ordinary prose never reaches that far: "dinas luar kota", "kepala
 * sekolah itu", "desa" alone have no capitalised word after the lowercase words. Undefined when
 * no word is recased. `unit`: the clause is a unit's name with no title before it, whose words
 * alone are recased ("unitWithOpening": its opening word too, when lowercase). The caller keeps a
 * reading of the recased field only when it runs past the last recased word, so a lowercase word
 * is read only as part of a title or a unit.
 */
export function recasedClause(
  field: TextField,
  at: number,
  unit?: "unit" | "unitWithOpening",
): RecasedClause | undefined {
  let memo = recasedMemo.get(field);
  if (!memo) {
    memo = new Map();
    recasedMemo.set(field, memo);
  }
  const key = 3 * at + (unit === "unit" ? 1 : unit === "unitWithOpening" ? 2 : 0);
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  const found = readRecasedClause(
    field,
    at,
    unit !== undefined ? UNIT_NOMENCLATURE_WORDS : NOMENCLATURE_WORDS,
    unit === "unitWithOpening",
  );
  memo.set(key, found ?? null);
  return found;
}

/** Most tokens inside a short form's brackets: "(Ka.Kankemenag)", "(Kadis)". */
const BRACKET_TOKENS = 5;

/** The closing bracket of a short form opened at `open` (words and stops only), or -1. */
function bracketClose(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k - open <= BRACKET_TOKENS + 1 && k < tokens.length; k++) {
    const text = tokens[k]?.text;
    if (text === ")") return k > open + 1 ? k : -1;
    if (!tokens[k]?.isWord && text !== ".") return -1;
  }
  return -1;
}

/** `withOpening`: the opening word is recased too when lowercase ("dinas Sosial Kabupaten X"). */
function readRecasedClause(
  field: TextField,
  at: number,
  words: ReadonlySet<string>,
  withOpening: boolean,
): RecasedClause | undefined {
  const { tokens } = field;
  const lowercase: number[] = withOpening && tokens[at]?.capitalized === false ? [at] : [];
  let lastCapital = -1;
  for (let k = at + 1; k < tokens.length && k - at <= CLAUSE_WORDS; k++) {
    const token = tokens[k];
    // "Kepala Dinas (Kadis) pendidikan Kabupaten X", "Kantor Kementerian agama (Kemenag) Kebumen":
    // a short form in brackets stands inside the clause.
    if (token?.text === "(") {
      const close = bracketClose(tokens, k);
      if (close < 0) break;
      k = close;
      continue;
    }
    if (token?.text === ",") {
      const next = tokens[k + 1];
      // "Dinas Koperasi, UKM, perindustrian dan Perdagangan Kabupaten X": a domain listed after a
      // comma goes on with the unit's name; "Kepala Dinas sosial, Budi Hartono": a capitalised
      // word of any other kind set off by the comma is the name the clause ends at.
      if (next?.isWord && (words.has(next.lower) || next.allCapitals)) continue;
      if (next?.isWord && next.capitalized) lastCapital = k + 1;
      break;
    }
    // "Disdukcapil kab. Blora": the stop of an abbreviated word stays inside the clause.
    if (token?.text === "." && !token.spaced && tokens[k - 1]?.isWord && tokens[k + 1]?.spaced) continue;
    if (!token?.isWord || !token.spaced) break;
    if (token.capitalized) lastCapital = k;
    else if (words.has(token.lower)) lowercase.push(k);
    else if (!CLAUSE_JOINERS.has(token.lower)) break;
  }
  const recased = lowercase.filter((k) => k < lastCapital);
  if (recased.length === 0) return undefined;
  const recasedTokens = tokens.slice();
  let text = field.text;
  for (const k of recased) {
    const token = tokens[k] as Token;
    const initial = token.text.charAt(0).toUpperCase();
    // A letter whose capital is written longer ("ß") would move every offset after it.
    if (initial.length !== 1) return undefined;
    const written = `${initial}${token.text.slice(1)}`;
    recasedTokens[k] = {
      ...token,
      text: written,
      capitalized: true,
      opensPlaceName: gazetteer().prefixes.has(token.compact),
    };
    text = `${text.slice(0, token.start)}${initial}${text.slice(token.start + 1)}`;
  }
  return { field: { ...field, text, tokens: recasedTokens }, last: recased.at(-1) as number };
}
