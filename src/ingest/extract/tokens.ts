import { compactSurface, gazetteer } from "../gazetteer/index.ts";
import unitLexicon from "../lexicon/units.json" with { type: "json" };
import { MAX_REMEMBERED, ownCopy } from "./remembered.ts";

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
  /** A word with a digit in it ("0721", "2b"). */
  hasDigit: boolean;
  /** A word without lowercase letters ("WBP", "IIB", "0721"). */
  allCapitals: boolean;
  /** The word classes its lowercase form belongs to, one bit per WordClass, read once here. */
  classes: number;
  /** The same for the classes defined after the first 31 (a bitwise number holds 31 bits here). */
  moreClasses: number;
  /** A capitalised word whose compact form begins some place name of the gazetteer ("Palangka"). */
  opensPlaceName: boolean;
}

/** The classes of one lowercase word, in the two numbers a token keeps them in. */
interface ClassBits {
  classes: number;
  moreClasses: number;
}

/** Other spellings of a word, lowercase, to the word they stand for ("propinsi" for "provinsi"). */
const WORD_SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries(unitLexicon.wordSpellings));

/** Lowercase words to the bits of the classes that list them. */
const CLASSES_OF_WORD = new Map<string, ClassBits>();
const NO_CLASSES: ClassBits = { classes: 0, moreClasses: 0 };
const BITS_PER_NUMBER = 31;
let classesDefined = 0;

/**
 * A set of lowercase lexicon words that tokens are checked against again and again ("is this a
 * rank?"). The tokenizer looks every token up once in one map of all classes, so a check is a
 * bit test rather than a hash lookup per check. Classes are defined when their modules load,
 * before any text is tokenised.
 */
export class WordClass {
  /** The class's bit in `classes`, or 0 when it is kept in `moreClasses`. */
  private readonly bit: number;
  /** The class's bit in `moreClasses`, or 0. */
  private readonly moreBit: number;
  private readonly words: ReadonlySet<string>;

  constructor(words: Iterable<string | undefined>) {
    if (classesDefined >= 2 * BITS_PER_NUMBER) {
      throw new Error(`no more than ${2 * BITS_PER_NUMBER} word classes fit a token's bits`);
    }
    const index = classesDefined++;
    this.bit = index < BITS_PER_NUMBER ? 1 << index : 0;
    this.moreBit = index < BITS_PER_NUMBER ? 0 : 1 << (index - BITS_PER_NUMBER);
    const listed = new Set<string>();
    for (const word of words) {
      // A missing token belongs to no class, so neither may an empty word.
      if (!word) throw new Error("a word class lists an empty word");
      listed.add(word);
      const bits = CLASSES_OF_WORD.get(word) ?? { classes: 0, moreClasses: 0 };
      bits.classes |= this.bit;
      bits.moreClasses |= this.moreBit;
      CLASSES_OF_WORD.set(word, bits);
    }
    this.words = listed;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.words[Symbol.iterator]();
  }

  /** Whether the class lists a lowercase word. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Whether the class lists the token's lowercase form. */
  holds(token: Token | undefined): boolean {
    return token !== undefined && ((token.classes & this.bit) | (token.moreClasses & this.moreBit)) !== 0;
  }
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{N}/u;
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

/** What a token's text alone decides, read once per distinct text: words recur from article to article. */
interface TextFacts {
  text: string;
  lower: string;
  compact: string;
  capitalized: boolean;
  hasDigit: boolean;
  allCapitals: boolean;
  classes: number;
  moreClasses: number;
  opensPlaceName: boolean;
}

/**
 * Texts read before and their facts, in an open-addressing table hashed while the text is still
 * in the article: a word seen before is neither cut out of the article nor hashed by the engine
 * again, and every token of it shares one string (whose hash the lexicon lookups then reuse).
 * Bounded like remembered(): cleared when it holds MAX_REMEMBERED texts.
 */
const TABLE_SLOTS = 1 << 16;
const TABLE_MASK = TABLE_SLOTS - 1;
const NO_FACTS: TextFacts = {
  text: "",
  lower: "",
  compact: "",
  capitalized: false,
  hasDigit: false,
  allCapitals: false,
  classes: 0,
  moreClasses: 0,
  opensPlaceName: false,
};
const tableFacts: TextFacts[] = new Array<TextFacts>(TABLE_SLOTS).fill(NO_FACTS);
/** Each slot's hash (odd; 0 while empty), compared before the text so most probes touch no string. */
const tableHashes = new Int32Array(TABLE_SLOTS);
let tableCount = 0;

/** The slot of text[start, end) in the table: where its facts are, or the empty slot to put them in. */
function slotOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  hash |= 1;
  const length = end - start;
  for (let slot = hash & TABLE_MASK; ; slot = (slot + 1) & TABLE_MASK) {
    const known = tableHashes[slot];
    if (known === 0) {
      tableHashes[slot] = hash;
      return slot;
    }
    if (known !== hash) continue;
    const knownText = (tableFacts[slot] as TextFacts).text;
    if (knownText.length !== length) continue;
    let k = 0;
    while (k < length && knownText.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === length) return slot;
  }
}

/** "selaku" ("in the capacity of"): never a word of a name, however it is written. */
const CAPACITY_WORD = "selaku";

/**
 * Words and single punctuation characters with their offsets, in one left-to-right pass.
 * Words keep inner apostrophes (Mas’ud, Jum'at); hyphens split, so "se-Eks" reads as "se", "-", "Eks".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const unit = text.charCodeAt(i);
    // ASCII is decided from the code unit; only other characters pay for a code point and a regex.
    const code = unit < 128 ? unit : (text.codePointAt(i) ?? 0);
    const width = code > 0xffff ? 2 : 1;
    if (isSpaceCode(code)) {
      i += width;
      continue;
    }
    const start = i;
    const isWord = isWordCode(code);
    i += width;
    // Whether the word is plain lowercase ASCII, has an ASCII digit, or has a lowercase ASCII
    // letter, read while scanning it (non-ASCII words are checked afterwards).
    let plainLower = isWord && code < 128 && !(code >= 65 && code <= 90);
    let asciiOnly = code < 128;
    let digit = code >= 48 && code <= 57;
    let lowerLetter = code >= 97 && code <= 122;
    if (isWord) {
      while (i < length) {
        const nextUnit = text.charCodeAt(i);
        if (nextUnit < 128) {
          if (nextUnit >= 97 && nextUnit <= 122) lowerLetter = true;
          else if (nextUnit >= 48 && nextUnit <= 57) digit = true;
          else if (nextUnit >= 65 && nextUnit <= 90) plainLower = false;
          else if (!(isApostrophe(nextUnit) && isWordCode(text.codePointAt(i + 1) ?? 32))) break;
          else {
            plainLower = false;
            asciiOnly = false;
          }
          i += 1;
          continue;
        }
        const next = text.codePointAt(i) ?? 0;
        if (isWordCode(next)) {
          plainLower = false;
          asciiOnly = false;
          i += next > 0xffff ? 2 : 1;
        } else if (isApostrophe(next) && isWordCode(text.codePointAt(i + 1) ?? 32)) {
          plainLower = false;
          asciiOnly = false;
          i += 1;
        } else break;
      }
    }
    let slot = slotOf(text, start, i);
    let facts = tableFacts[slot] as TextFacts;
    if (facts === NO_FACTS) {
      const value = ownCopy(text.slice(start, i));
      const written = !isWord ? value : plainLower ? value : value.toLowerCase();
      // "Propinsi": another spelling of a region word is read as the word.
      const lower = isWord ? (WORD_SPELLINGS.get(written) ?? written) : written;
      const bits = CLASSES_OF_WORD.get(lower) ?? NO_CLASSES;
      const compact = !isWord
        ? ""
        : lower !== written || plainLower
          ? lower
          : isPlainLowerAscii(lower)
            ? lower
            : compactSurface(value);
      const capitalized = isWord && startsCapitalized(value);
      facts = {
        text: value,
        lower,
        // Most words are plain ASCII; only the rest pay for Unicode normalisation.
        compact,
        capitalized,
        hasDigit: isWord && (asciiOnly ? digit : DIGIT.test(value)),
        allCapitals: isWord && (asciiOnly ? !lowerLetter : value === value.toUpperCase()),
        classes: bits.classes,
        moreClasses: bits.moreClasses,
        opensPlaceName: capitalized && gazetteer().prefixes.has(compact),
      };
      if (tableCount >= MAX_REMEMBERED) {
        tableFacts.fill(NO_FACTS);
        tableHashes.fill(0);
        tableCount = 0;
        slot = slotOf(text, start, i);
      }
      tableFacts[slot] = facts;
      tableCount++;
    }
    // "Junaedi Selaku Ketua BPD": a linking word capitalised after another word is read as the
    // lowercase word it is, not as a word of the name before it.
    const capitalized = facts.capitalized && !(facts.lower === CAPACITY_WORD && tokens.at(-1)?.isWord);
    tokens.push({
      text: facts.text,
      lower: facts.lower,
      compact: facts.compact,
      start,
      end: i,
      isWord,
      capitalized,
      spaced: start !== previousEnd,
      hasDigit: facts.hasDigit,
      allCapitals: facts.allCapitals,
      classes: facts.classes,
      moreClasses: facts.moreClasses,
      opensPlaceName: facts.opensPlaceName,
    });
    previousEnd = i;
  }
  return tokens;
}

/** A year of this or the last century, as a term of office writes it ("2019", "2024"). */
export const TERM_YEAR = /^(?:19|20)\d\d$/;
/** What joins the two years of a term ("2019-2024", "2019–2024", "2019/2024"). */
export const TERM_YEAR_JOINERS: ReadonlySet<string> = new Set(["-", "–", "/"]);
/** "2017-saat ini", "2019–sekarang": a term still running, closed by "ini" after "saat". */
const TERM_STILL_RUNNING = new Set(["saat", "sekarang"]);

/**
 * Where a range of years written at `at` ends ("2023-2028", "2019/2024", "2017-saat ini"), or `at`:
 * the term of a post, written after its title or institution ("Ketua Koperasi X 2023-2028 Budi").
 */
export function termYearsEnd(tokens: readonly Token[], at: number): number {
  if (!TERM_YEAR.test(tokens[at]?.text ?? "") || !TERM_YEAR_JOINERS.has(tokens[at + 1]?.text ?? "")) return at;
  const end = tokens[at + 2];
  if (TERM_YEAR.test(end?.text ?? "")) return at + 3;
  if (!end?.isWord || !TERM_STILL_RUNNING.has(end.lower)) return at;
  return end.lower === "saat" ? (tokens[at + 3]?.lower === "ini" ? at + 4 : at) : at + 3;
}
