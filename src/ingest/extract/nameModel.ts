import { dictionary } from "@zxcvbn-ts/language-id";
import trainedModel from "../model/person-names.json" with { type: "json" };
import type { Token } from "./tokens.ts";

/**
 * A learned judge for a run of capitalised words that no rule of the people pass takes: is it a
 * person's name? The rules take a name when something beside it says so (a title, a reporting
 * verb, an age, a linking verb and a post); many names in regional news stand where no such cue
 * is ("… diikuti warga serta Dedi Hartono dari kelompok tani"). What tells them apart from the
 * capitalised words of an event, a programme or a place is mostly the words themselves: personal
 * names are rare as common words, and often are known given names. The weights are trained by
 * `npm run train:names` (scripts/train-name-model.ts) on the dev split of eval/ only.
 */

/** What the people pass knows about a candidate beyond its words. */
export interface NameCandidate {
  /** The tokens of the field the name was read from. */
  tokens: readonly Token[];
  /** Token range of the bare name (no honorifics, ranks or degrees). */
  nameFrom: number;
  nameTo: number;
  /** Token range of the whole written form. */
  from: number;
  to: number;
  /** The name opens its sentence. */
  sentenceStart: boolean;
  /** A reporting verb follows ("… mengatakan"). */
  reported: boolean;
  /** A noun describing a person follows after a comma ("…, warga …"). */
  described: boolean;
  /** An age in brackets or set off follows. */
  aged: boolean;
  /** A degree is written with the name. */
  degreed: boolean;
  /** A linking verb or "selaku" and a post follow. */
  linked: boolean;
  /** The first word is a place the article or the gazetteer knows. */
  firstWordIsPlace: boolean;
  /** Some word of the name is a place the article or the gazetteer knows. */
  someWordIsPlace: boolean;
  /** An institution's name starts where the name does. */
  institutionAt: boolean;
  /** The word before is a noun describing a person ("warga", "siswa"). */
  describedBefore: boolean;
  /** The word after, when it is lowercase, has the form of an active or passive verb. */
  verbAfter: boolean;
}

/** Rank of each word among the most frequent words of Indonesian, lowercase. */
function ranks(words: readonly string[]): Map<string, number> {
  const rank = new Map<string, number>();
  words.forEach((word, i) => {
    if (!rank.has(word)) rank.set(word, i);
  });
  return rank;
}

// The word lists of the Indonesian zxcvbn-ts dictionary: words of film subtitles by frequency,
// words of Wikipedia by frequency, and common given names. Built once, on the first judgement.
let lists: { common: Map<string, number>; encyclopedic: Map<string, number>; given: Set<string> } | undefined;
function wordLists() {
  lists ??= {
    common: ranks(dictionary["commonWords-id"]),
    encyclopedic: ranks(dictionary["wikipedia-id"]),
    given: new Set(dictionary["names-id"]),
  };
  return lists;
}

const CONJUNCTIONS = new Set(["dan", "serta", "atau", "maupun", "hingga"]);
const COPULAS = new Set(["adalah", "ialah", "yakni", "yaitu", "merupakan", "antara", "seperti", "termasuk"]);
const PREPOSITIONS = new Set(["oleh", "dari", "kepada", "dengan", "bersama", "untuk", "bagi", "pada", "terhadap"]);
const QUOTE_MARKS = new Set(['"', "“", "”", "'"]);

/** The names of the features, in the order `nameFeatures` writes them; the model file keeps them too. */
export const NAME_FEATURES = [
  "one word",
  "two words",
  "three words",
  "four or more words",
  "share of words among the 1,000 most common",
  "share of words among the 1,000-20,000 most common",
  "share of words in no common-word list",
  "share of words among the 2,000 most frequent encyclopedic",
  "share of words in the encyclopedic list",
  "share of known given names",
  "first word a known given name",
  "last word a known given name",
  "every word common or encyclopedic",
  "first word a place",
  "some word a place",
  "an institution at the name",
  "an acronym in the name",
  "a word with a hyphen or a digit",
  "share of words of three letters or fewer",
  "an initial in the name",
  "a degree written with it",
  "opens its sentence",
  "after a conjunction",
  "after a copula or 'antara'",
  "after a preposition",
  "after another lowercase word",
  "after a comma",
  "after an opening bracket",
  "after a quotation mark",
  "after a describing noun",
  "before a comma",
  "before a full stop",
  "before an opening bracket",
  "before a lowercase word",
  "before a verb form",
  "before a conjunction",
  "before a capitalised word",
  "before a reporting verb",
  "described after a comma",
  "with an age",
  "linked to a post",
  "share of words with a noun's affixes",
  "share of words with a verb's prefix",
] as const;

/** Indonesian nominalisations: "pembangunan", "kegiatan", "perlombaan", "sosialisasi". */
const NOUN_AFFIXES = /^(?:pe|ke|per)\p{Ll}{3,}an$|\p{Ll}{3,}(?:asi|isme|itas)$/u;
/** Verbs' prefixes on a long word: "meninjau", "diresmikan", "bersinergi", "terpadu". */
export const VERB_PREFIXES = /^(?:me|di|ber|ter)\p{Ll}{4,}$/u;

/** A passive verb's form: "di", a root of four letters or more, and "-kan" or "-i" or nothing. */
const PASSIVE_FORM = /^di(\p{Ll}{4,}?)(?:kan|i)?$/u;

/**
 * Whether the lowercase word is a passive verb of a common Indonesian root ("ditemani" of "teman",
 * "disambut", "diwakili"), not a given name: such a word opening a sentence in capitals is no name.
 * "dimitri", "dimyanto": roots no common word has, so names.
 */
export function passiveOfCommonRoot(lower: string): boolean {
  const root = PASSIVE_FORM.exec(lower)?.[1];
  if (root === undefined || wordLists().given.has(lower)) return false;
  return wordLists().common.has(root);
}

/** How many of the most frequent Indonesian words count as everyday words for `everydayWord`. */
const EVERYDAY_WORD_RANK = 5000;

/**
 * Whether the lowercase word is among the 5,000 most frequent Indonesian words ("sidang", "lomba",
 * "rapat") and no common given name ("budi", "sri"): such a word opening a sentence in capitals is
 * more likely a noun than the first word of a name.
 */
export function everydayWord(lower: string): boolean {
  const rank = wordLists().common.get(lower);
  return rank !== undefined && rank < EVERYDAY_WORD_RANK && !wordLists().given.has(lower);
}

/** Whether the lowercase word is a common Indonesian given name ("budi", "santoso"). */
export function knownGivenName(lower: string): boolean {
  return wordLists().given.has(lower);
}

/** Ranks under which a word counts as an everyday Indonesian word for `dictionaryNoun`. */
const DICTIONARY_COMMON_RANK = 12000;
const DICTIONARY_ENCYCLOPEDIC_RANK = 10000;

/**
 * Whether the lowercase word is an everyday Indonesian word by the word lists ("limbah", "benih",
 * "domestik") and no common given name: a word a unit's name may carry, where a person's name
 * would be made of given names and words neither list ranks high ("wulandari", "sukmasari").
 */
export function dictionaryNoun(lower: string): boolean {
  const { common, encyclopedic, given } = wordLists();
  if (given.has(lower)) return false;
  return (
    (common.get(lower) ?? DICTIONARY_COMMON_RANK) < DICTIONARY_COMMON_RANK ||
    (encyclopedic.get(lower) ?? DICTIONARY_ENCYCLOPEDIC_RANK) < DICTIONARY_ENCYCLOPEDIC_RANK
  );
}

/** The most frequent words of each list: the common words that also make organisations' own names ("Maju", "Jaya", "Sinar"). */
const FREQUENT_WORDS = 3000;

/**
 * Whether the lowercase word reads as a word of a person's name by the word lists alone: a common
 * given name ("budi", "santoso"), or a word among neither list's 3,000 most frequent ("rudi",
 * "wulandari"). The words an organisation names itself with ("maju", "jaya", "sinar", "harapan",
 * "mulia") are frequent ones.
 */
export function nameLikeWord(lower: string): boolean {
  const { common, encyclopedic, given } = wordLists();
  if (given.has(lower)) return true;
  return (
    (common.get(lower) ?? FREQUENT_WORDS) >= FREQUENT_WORDS &&
    (encyclopedic.get(lower) ?? FREQUENT_WORDS) >= FREQUENT_WORDS
  );
}

/** The features of one candidate, in the order of NAME_FEATURES. */
export function nameFeatures(candidate: NameCandidate): number[] {
  const { tokens, nameFrom, nameTo } = candidate;
  const { common, encyclopedic, given } = wordLists();
  const words: Token[] = [];
  for (let i = nameFrom; i < nameTo; i++) {
    const token = tokens[i];
    if (token?.isWord) words.push(token);
  }
  const count = Math.max(words.length, 1);
  let veryCommon = 0;
  let common20k = 0;
  let uncommon = 0;
  let encyclopedicTop = 0;
  let inEncyclopedia = 0;
  let givenNames = 0;
  let short = 0;
  let acronym = false;
  let marked = false;
  let initial = false;
  let allKnownWords = true;
  for (const word of words) {
    const lower = word.lower;
    const commonRank = common.get(lower);
    const encyclopedicRank = encyclopedic.get(lower);
    if (commonRank !== undefined && commonRank < 1000) veryCommon++;
    else if (commonRank !== undefined) common20k++;
    if (commonRank === undefined && encyclopedicRank === undefined) {
      uncommon++;
      allKnownWords = false;
    }
    if (encyclopedicRank !== undefined && encyclopedicRank < 2000) encyclopedicTop++;
    if (encyclopedicRank !== undefined) inEncyclopedia++;
    if (given.has(lower)) givenNames++;
    if (word.text.length <= 3) short++;
    if (word.text.length === 1) initial = true;
    else if (word.allCapitals) acronym = true;
    if (word.hasDigit || word.text.includes("-")) marked = true;
  }
  const before = tokens[candidate.from - 1];
  const after = tokens[candidate.to];
  const lowercaseBefore = before?.isWord === true && !before.capitalized;
  const lowercaseAfter = after?.isWord === true && !after.capitalized;
  const flag = (value: boolean) => (value ? 1 : 0);
  let nounLike = 0;
  let verbLike = 0;
  for (const word of words) {
    if (NOUN_AFFIXES.test(word.lower)) nounLike++;
    else if (VERB_PREFIXES.test(word.lower)) verbLike++;
  }
  return [
    flag(words.length === 1),
    flag(words.length === 2),
    flag(words.length === 3),
    flag(words.length >= 4),
    veryCommon / count,
    common20k / count,
    uncommon / count,
    encyclopedicTop / count,
    inEncyclopedia / count,
    givenNames / count,
    flag(given.has(words[0]?.lower ?? "")),
    flag(given.has(words[words.length - 1]?.lower ?? "")),
    flag(allKnownWords),
    flag(candidate.firstWordIsPlace),
    flag(candidate.someWordIsPlace),
    flag(candidate.institutionAt),
    flag(acronym),
    flag(marked),
    short / count,
    flag(initial),
    flag(candidate.degreed),
    flag(candidate.sentenceStart),
    flag(lowercaseBefore && CONJUNCTIONS.has(before.lower)),
    flag(lowercaseBefore && COPULAS.has(before.lower)),
    flag(lowercaseBefore && PREPOSITIONS.has(before.lower)),
    flag(
      lowercaseBefore &&
        !CONJUNCTIONS.has(before.lower) &&
        !COPULAS.has(before.lower) &&
        !PREPOSITIONS.has(before.lower),
    ),
    flag(before?.text === ","),
    flag(before?.text === "("),
    flag(QUOTE_MARKS.has(before?.text ?? "")),
    flag(candidate.describedBefore),
    flag(after?.text === ","),
    flag(after?.text === "."),
    flag(after?.text === "("),
    flag(lowercaseAfter),
    flag(candidate.verbAfter),
    flag(lowercaseAfter && CONJUNCTIONS.has(after.lower)),
    flag(after?.isWord === true && after.capitalized),
    flag(candidate.reported),
    flag(candidate.described),
    flag(candidate.aged),
    flag(candidate.linked),
    nounLike / count,
    verbLike / count,
  ];
}

interface TrainedModel {
  features: readonly string[];
  weights: readonly number[];
  intercept: number;
  threshold: number;
}

const model: TrainedModel = trainedModel;
if (model.features.length !== NAME_FEATURES.length || model.features.some((name, i) => name !== NAME_FEATURES[i]))
  throw new Error("src/ingest/model/person-names.json was trained on other features: run npm run train:names");

/** The model's probability that the candidate is a person's name. */
export function nameProbability(features: readonly number[], trained: TrainedModel = model): number {
  let sum = trained.intercept;
  for (let i = 0; i < features.length; i++) sum += (trained.weights[i] ?? 0) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-sum));
}

/** Where the training script listens for candidates (it labels them against the gold); unset otherwise. */
type CandidateListener = (candidate: NameCandidate, name: string, takenByRule: boolean) => void;
let candidateListener: CandidateListener | undefined;
export function listenToNameCandidates(listener: CandidateListener | undefined) {
  candidateListener = listener;
}
export const listeningToNameCandidates = () => candidateListener !== undefined;
export function reportNameCandidate(candidate: NameCandidate, name: string, takenByRule: boolean) {
  candidateListener?.(candidate, name, takenByRule);
}

/**
 * Longest single word still read as a withheld name ("Er", "Ag") rather than a person's name: the
 * people pass keeps it with its label, and the model never judges it.
 */
export const MAX_WITHHELD_NAME_LENGTH = 3;

/**
 * Whether the model may judge a name: not a withheld one, and not one word before a reporting verb
 * ("Sari mengatakan"), which the people pass keeps as an unnamed new speaker.
 */
export function mayBeJudged(name: string, beforeReportingVerb: boolean): boolean {
  return name.length > MAX_WITHHELD_NAME_LENGTH && !(beforeReportingVerb && !name.includes(" "));
}

/** Whether the learned model takes a candidate no rule took for a person's name. */
export function judgedPersonName(candidate: NameCandidate): boolean {
  return nameProbability(nameFeatures(candidate)) >= model.threshold;
}
