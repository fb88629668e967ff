import type { InstitutionType } from "../draft.ts";
import {
  compactSurface,
  districtsNamed,
  type GazetteerPlace,
  gazetteer,
  isLocalPlaceName,
} from "../gazetteer/index.ts";
import dateLexicon from "../lexicon/dates.json" with { type: "json" };
import institutionLexicon from "../lexicon/institutions.json" with { type: "json" };
import namesakeLexicon from "../lexicon/namesakes.json" with { type: "json" };
import peopleLexicon from "../lexicon/people.json" with { type: "json" };
import speechLexicon from "../lexicon/speech-verbs.json" with { type: "json" };
import titleLexicon from "../lexicon/titles.json" with { type: "json" };
import unitLexicon from "../lexicon/units.json" with { type: "json" };
import {
  ABBREVIATED_TITLE_FORMS,
  composedWordTitles,
  LISTED_TITLE_WORDS,
  TITLE_LEAD_PHRASES,
} from "./composedTitles.ts";
import { addSpan, type ExtractionContext, type InstitutionEntity, type TextField } from "./context.ts";
import { degreeEndAt } from "./degrees.ts";
import type { InstitutionMatch } from "./institutions.ts";
import { dictionaryNoun, knownGivenName, nameLikeWord, VERB_PREFIXES } from "./nameModel.ts";
import { SPACE_RUNS } from "./patterns.ts";
import { matchPlaceAt, type PlaceMatch } from "./places.ts";
import { remembered } from "./remembered.ts";
import { type Token, termYearsEnd, WordClass } from "./tokens.ts";

/**
 * The grammar of unit names that are not a head and a place alone:
 * [unit noun] [domain words] [(ACR)] [region], e.g. "Dinas Kesehatan Kabupaten Blora",
 * "Badan Penanggulangan Bencana Daerah (BPBD) Kota Semarang", "SMA Negeri 2 Blora",
 * "Universitas Diponegoro", or an abbreviation and a region ("Disdukcapil Kab. Blora").
 * One institution is one identity however it is written: the long form and the place.
 */

export interface UnitSpec {
  long: string;
  short?: string;
  type: InstitutionType;
  /** A kind of body the article defines before a body's own name ("KPRI" in "(KPRI) Karya Sejahtera"). */
  kindOfBody?: boolean;
  /** A body written without a region of its own (a party: its regional boards are chapters). */
  regionless?: boolean;
}

interface NounSpec {
  words: string[];
  type: InstitutionType;
  /** A part of an institution of this type ("Fakultas" of a university): never one on its own. */
  partOf?: InstitutionType;
  /** Words after the noun that make it a building ("Kantor Desa"), not a unit. */
  buildingOf?: ReadonlySet<string>;
  /** A unit inside the institution written right after it ("Satuan Reserse Kriminal Polres X"). */
  insideAnother?: boolean;
  /** Words after a proper noun that make it no organisation ("Forum Group Discussion"). */
  notBefore?: ReadonlySet<string>;
  /** Named by its seat, mostly one word ("Puskesmas Kutowinangun"), not by a name of its own. */
  seatNamed?: boolean;
  /** The words a short noun stands for ("Kopdes": "Koperasi Desa"), a standard form of the name. */
  expandsTo?: string;
  /**
   * A body every village has ("Karang Taruna", "Lembaga Adat"): written bare, it is the village's
   * own body, kept as the bare "BPD" is (a post held in it, or a story set in one village).
   */
  villageBody?: boolean;
  /**
   * A short noun that names this kind only in a text that also writes one of these words ("PP" is
   * a pesantren beside "pondok pesantren" or "santri", a regulation or a central board elsewhere).
   */
  onlyInTextWith?: RegExp;
}

const lowerWords = (words: readonly string[]) => words.map((w) => w.toLowerCase());
/** Each region's word for a village ("Gampong", "Nagari", "Pekon"), standing wherever "Desa" does. */
export const VILLAGE_KIND_WORDS: readonly string[] = unitLexicon.villageKindWords;
/** Listed words with the regions' words for a village added where "Desa" is one of them. */
const withVillageKinds = (words: readonly string[]) =>
  words.includes("Desa") ? [...words, ...VILLAGE_KIND_WORDS] : words;
const VOCABULARY_NOUNS: NounSpec[] = unitLexicon.vocabularyNouns.map((n) => ({
  words: lowerWords(n.words),
  type: n.type as InstitutionType,
  partOf: "partOf" in n ? (n.partOf as InstitutionType) : undefined,
  buildingOf: "buildingOf" in n && n.buildingOf ? new Set(lowerWords(withVillageKinds(n.buildingOf))) : undefined,
  insideAnother: "insideAnother" in n && n.insideAnother === true,
}));
const PROPER_NOUNS: NounSpec[] = unitLexicon.properNouns.map((n) => ({
  words: lowerWords(n.words),
  type: n.type as InstitutionType,
  notBefore: "notBefore" in n && n.notBefore ? new Set(lowerWords(n.notBefore)) : undefined,
  seatNamed: "seatNamed" in n && n.seatNamed === true,
  expandsTo: "expandsTo" in n ? n.expandsTo : undefined,
  villageBody: "villageBody" in n && n.villageBody === true,
  onlyInTextWith:
    "onlyInTextWith" in n && n.onlyInTextWith ? new RegExp(`\\b(?:${n.onlyInTextWith.join("|")})`, "i") : undefined,
}));
const DOMAIN_WORDS = new Set(lowerWords(withVillageKinds(unitLexicon.domainWords)));
/** An association's chapter levels: "Cabang", "Wilayah", "Komisariat". */
const ORGANISATION_LEVELS = new Set(lowerWords(unitLexicon.organisationLevels));
const REGION_LEVELS = new Map(
  Object.entries(unitLexicon.regionPrefixes as Record<string, "regency" | "city" | "province">),
);
const REGION_PREFIXES = new WordClass(REGION_LEVELS.keys());
const SCHOOLS = unitLexicon.numberedSchools;
const SCHOOL_LEVELS = SCHOOLS.levels as Record<string, string>;
const SCHOOL_JOINED = SCHOOLS.joined as Record<string, string>;
const SCHOOL_LONG_LEVELS = Object.entries(SCHOOLS.longLevels as Record<string, string>).map(([words, level]) => ({
  words: words.split(" "),
  level,
}));
const SCHOOL_STATUSES = SCHOOLS.statuses as Record<string, string>;
const LEVEL_OF = new Map(Object.entries(SCHOOL_LEVELS));
const JOINED_LEVEL_OF = new Map(Object.entries(SCHOOL_JOINED));
const JOINED_PRIVATE_LEVEL_OF = new Map(Object.entries(SCHOOLS.joinedPrivate as Record<string, string>));
const STATUS_OF = new Map(Object.entries(SCHOOL_STATUSES));
const FREELY_NAMED_LEVELS = new Set<string>(SCHOOLS.freelyNamedLevels);

/** Abbreviations by their first word: "Disdukcapil", "Satpol PP". */
const ABBREVIATIONS = new Map<
  string,
  {
    words: string[];
    spec: UnitSpec;
    national: boolean;
    proper: boolean;
    seated: boolean;
    seatOnly: boolean;
    /** "Tipikor" names the court only as "Pengadilan Tipikor"; alone it is the crime. */
    afterNounOnly: boolean;
    /** "PBB" names a party only in a text about parties or elections. */
    partyContextOnly: boolean;
    /** A short acronym listed in capitals ("PAN", "PKS") is not read in title case, where it is a name word ("Pan"). */
    capitalsOnly: boolean;
  }[]
>();
/** An acronym of two or three capitals, which as a title-case word may be a name ("Pan", "Bin"). */
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;
for (const entry of unitLexicon.abbreviations) {
  const spec: UnitSpec = {
    long: entry.long,
    short: entry.short[0],
    type: entry.type as InstitutionType,
    regionless: "regionless" in entry && entry.regionless === true,
  };
  for (const form of entry.short) {
    // "PDI-P": a hyphen is a token of its own.
    const words = form.split(/ |(?=-)|(?<=-)/);
    const first = (words[0] ?? "").toLowerCase();
    ABBREVIATIONS.set(first, [
      ...(ABBREVIATIONS.get(first) ?? []),
      {
        words: lowerWords(words),
        spec,
        national: "national" in entry && entry.national === true,
        proper: "proper" in entry && entry.proper === true,
        // An office found in every district or village is named by its seat: "KUA Kecamatan Cepu".
        seated: "placeBound" in entry && entry.placeBound === true,
        // "BPD Jateng" is a bank: the village council is named by its village only.
        seatOnly: "seatOnly" in entry && entry.seatOnly === true,
        afterNounOnly: "afterNounOnly" in entry && entry.afterNounOnly === true,
        partyContextOnly: "partyContextOnly" in entry && entry.partyContextOnly === true,
        capitalsOnly: SHORT_ACRONYM.test(words[0] ?? ""),
      },
    ]);
  }
}
/**
 * Long forms that do not open with a unit noun the grammar reads ("Majelis Ulama Indonesia",
 * "Palang Merah Indonesia"), by their first word, so the written-out name is the same unit.
 */
const LONG_FORMS = new Map<string, { words: string[]; spec: UnitSpec; national: boolean; seated: boolean }[]>();
for (const entry of unitLexicon.abbreviations) {
  // "Panitia Pengawas Pemilu Kecamatan": other ways the long form is written name the same unit.
  const written = [entry.long, ...(("otherLongForms" in entry && entry.otherLongForms) || [])];
  for (const long of written) {
    const words = lowerWords(long.replaceAll(",", "").split(" "));
    if (words.length < 2 || "proper" in entry || "seatOnly" in entry) continue;
    // "Dinas Pendidikan Pemuda dan Olahraga": the grammar reads a unit noun's domain words further.
    if (VOCABULARY_NOUNS.some((noun) => noun.words.every((word, k) => words[k] === word))) continue;
    const first = words[0] ?? "";
    LONG_FORMS.set(first, [
      ...(LONG_FORMS.get(first) ?? []),
      {
        words,
        spec: { long: entry.long, short: entry.short[0], type: entry.type as InstitutionType },
        national: "national" in entry && entry.national === true,
        seated: "placeBound" in entry && entry.placeBound === true,
      },
    ]);
  }
}

/** Where `words` end when written at `at`, commas between them allowed ("Meteorologi, Klimatologi"), or -1. */
function longFormAt(tokens: readonly Token[], at: number, words: readonly string[]): number {
  let j = at;
  for (const word of words) {
    if (tokens[j]?.text === "," && j > at) j++;
    const token = tokens[j];
    if (!token?.isWord || token.lower !== word || (word !== "dan" && !token.capitalized)) return -1;
    j++;
  }
  return j;
}

/** Long forms of kinds of bodies named by a name of their own: "Koperasi Pegawai Republik Indonesia". */
const PROPER_KIND_LONGS = new Set(
  unitLexicon.abbreviations.filter((entry) => "proper" in entry && entry.proper).map((e) => compactSurface(e.long)),
);

/** The standard abbreviation of a long form, so "Dinas Kesehatan Blora" is also "Dinkes Blora". */
const SHORT_OF_LONG = new Map<string, string>();
/** The nomenclature's type of a long form: "Kantor Urusan Agama" is a ministry office, whatever "Kantor" says. */
const TYPE_OF_LONG = new Map<string, InstitutionType>();
/**
 * Offices that exist once in every district ("Kantor Urusan Agama"): written without a place the
 * name is a kind of office, not one office, unless the article places exactly one of them.
 */
const PLACE_BOUND_LONGS = new Set<string>();
/**
 * A village's own bodies ("Badan Permusyawaratan Desa"): named by their village only, so a story
 * set in one village writes them bare, and a post held in one ("Ketua BPD Wiryo") is held there.
 */
const SEAT_ONLY_LONGS = new Set<string>();
for (const entry of unitLexicon.abbreviations) {
  const long = compactSurface(entry.long);
  if (!SHORT_OF_LONG.has(long)) SHORT_OF_LONG.set(long, entry.short[0] as string);
  if (!TYPE_OF_LONG.has(long)) TYPE_OF_LONG.set(long, entry.type as InstitutionType);
  if ("placeBound" in entry && entry.placeBound === true) PLACE_BOUND_LONGS.add(long);
  if ("seatOnly" in entry && entry.seatOnly === true) SEAT_ONLY_LONGS.add(long);
}
for (const name of unitLexicon.programmeNames) PLACE_BOUND_LONGS.add(compactSurface(name));
for (const noun of PROPER_NOUNS.filter((n) => n.villageBody)) {
  const long = noun.words.join("");
  PLACE_BOUND_LONGS.add(long);
  SEAT_ONLY_LONGS.add(long);
}
/**
 * "Kadispora", "Kadiskominfo": the head of an agency is written "Ka" before its abbreviation, so
 * every Dinas or Badan abbreviation gives its head's title as well as the ones the lexicon lists.
 */
const HEAD_TITLE_ABBREVIATION = /^(?:Dis|Din|Bap)\p{Ll}{2,}$/u;
export const UNIT_ABBREVIATED_TITLES: { word: string; role: string; unit: string }[] = [
  ...unitLexicon.abbreviatedTitles,
  ...unitLexicon.abbreviations.flatMap((entry) =>
    entry.short
      .filter((short) => HEAD_TITLE_ABBREVIATION.test(short))
      .map((short) => ({ word: `Ka${short.toLowerCase()}`, role: `Kepala ${entry.long}`, unit: short })),
  ),
].filter((title, k, all) => all.findIndex((other) => other.word.toLowerCase() === title.word.toLowerCase()) === k);
// "Wakadinkes", "Wadanlanal": the deputy's (and a branch head's) title composed from each unit head's.
UNIT_ABBREVIATED_TITLES.push(...composedWordTitles(UNIT_ABBREVIATED_TITLES, LISTED_TITLE_WORDS));
const PARTY_CHAPTERS = new Map(
  Object.entries(unitLexicon.partyChapters.chapters as Record<string, string>).map(([short, long]) => [
    short.toLowerCase(),
    { short, long },
  ]),
);
const PARTY_FIRST_WORDS = new Set(lowerWords(unitLexicon.partyChapters.partyFirstWords));
/** The chapter levels written out, longest first ("dewan pimpinan anak cabang" before "… cabang"). */
const PARTY_CHAPTERS_WRITTEN_OUT = [...PARTY_CHAPTERS.values()]
  .map((chapter) => ({ chapter, words: chapter.long.toLowerCase().split(" ") }))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The chapter level a board's name opens with at `at`, and where its owner's name starts: the
 * short form ("DPC PKB …") or the level written out, with its short form in brackets or not
 * ("Dewan Pimpinan Cabang (DPC) APDESI Kota …").
 */
function chapterLevelAt(
  tokens: readonly Token[],
  at: number,
): { chapter: { short: string; long: string }; ownerAt: number; bracketed?: boolean } | undefined {
  const first = tokens[at];
  const short = first?.allCapitals || first?.text === "DPRt" ? PARTY_CHAPTERS.get(first.lower) : undefined;
  if (short) return { chapter: short, ownerAt: at + 1 };
  if (!first?.capitalized) return undefined;
  for (const { chapter, words } of PARTY_CHAPTERS_WRITTEN_OUT) {
    // A loop rather than a closure over `at` (see kindPhraseEnd).
    let k = 0;
    while (k < words.length && tokens[at + k]?.lower === words[k] && tokens[at + k]?.capitalized) k++;
    if (k < words.length) continue;
    const after = at + words.length;
    const bracketed =
      tokens[after]?.text === "(" && tokens[after + 1]?.text === chapter.short && tokens[after + 2]?.text === ")";
    return { chapter, ownerAt: bracketed ? after + 3 : after, bracketed };
  }
  return undefined;
}

/** Words that begin a unit name: never part of a person's name. */
export const UNIT_NAME_WORDS: string[] = [
  ...unitLexicon.vocabularyNouns.flatMap((n) => n.words),
  ...unitLexicon.properNouns.flatMap((n) => n.words),
  ...unitLexicon.abbreviations.flatMap((a) => a.short.flatMap((s) => s.split(" "))),
  ...Object.values(SCHOOL_LEVELS),
  ...Object.keys(SCHOOL_JOINED).map((s) => s.toUpperCase()),
  ...Object.keys(unitLexicon.partyChapters.chapters),
];
const OTHER_UNIT_FIRST_WORDS = [
  ...ABBREVIATIONS.keys(),
  ...Object.keys(SCHOOL_LEVELS),
  ...Object.keys(SCHOOL_JOINED),
  ...JOINED_PRIVATE_LEVEL_OF.keys(),
  ...SCHOOL_LONG_LEVELS.map((l) => l.words[0] ?? ""),
  ...PARTY_CHAPTERS.keys(),
  ...lowerWords(unitLexicon.unitPrefixes.words),
  ...LONG_FORMS.keys(),
];
/** An airport's noun, an institution's first word only after a post's title (airportAfterTitle). */
const AIRPORT_NOUN = "bandara";
export const UNIT_FIRST_WORDS = new WordClass([
  ...VOCABULARY_NOUNS.map((n) => n.words[0] ?? ""),
  ...PROPER_NOUNS.map((n) => n.words[0] ?? ""),
  ...OTHER_UNIT_FIRST_WORDS,
  AIRPORT_NOUN,
]);
/**
 * Unit names of several words by a first word that opens no other unit name: "Karang" opens only
 * "Karang Taruna", so "Desa Karang Rejo" is a place.
 */
const ONLY_MULTI_WORD_UNITS = new Map<string, string[][]>();
{
  const opensOther = new Set<string>(OTHER_UNIT_FIRST_WORDS);
  for (const noun of [...VOCABULARY_NOUNS, ...PROPER_NOUNS])
    if (noun.words.length === 1) opensOther.add(noun.words[0] ?? "");
  for (const noun of [...VOCABULARY_NOUNS, ...PROPER_NOUNS]) {
    const first = noun.words[0] ?? "";
    if (noun.words.length < 2 || opensOther.has(first)) continue;
    ONLY_MULTI_WORD_UNITS.set(first, [...(ONLY_MULTI_WORD_UNITS.get(first) ?? []), noun.words]);
  }
}

/** Whether a unit's name starts at `at` as far as its first words tell. */
function opensUnitName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!UNIT_FIRST_WORDS.holds(token)) return false;
  const phrases = ONLY_MULTI_WORD_UNITS.get(token?.lower ?? "");
  return phrases === undefined || someWordsAt(tokens, at, phrases);
}
const NOT_PROPER_WORDS = new WordClass(
  [...peopleLexicon.honorifics, ...peopleLexicon.ranks, "Kabupaten", "Kab", "Kota", "Provinsi", "Prov"].map((w) =>
    w.toLowerCase(),
  ),
);

/**
 * "Senin", "Sabtu", "April": the days and months a date is written with. "di Polres Sabtu malam",
 * "dibahas DPRD April mendatang", "di Puskesmas Senin (8/4)": written right after an institution
 * with no comma, such a word opens the time of the event, never a seat's or a name's word. Month
 * names only in full ("Mar", "Jun" may be a word of a name).
 */
export const CALENDAR_WORDS = new WordClass([
  ...dateLexicon.weekdays,
  ...Object.keys(dateLexicon.months).filter((month) => month.length > 3 || month === "mei"),
]);

function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    if (!token || (token.isWord ? token.lower !== words[k] : token.text !== words[k] || token.spaced)) return -1;
  }
  return at + words.length;
}

/** Whether any of `phrases` is written from `at`: a loop rather than a closure over `at` (see kindPhraseEnd). */
function someWordsAt(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): boolean {
  for (const words of phrases) if (wordsAt(tokens, at, words) > 0) return true;
  return false;
}

function writtenText(field: TextField, from: number, to: number): string {
  const first = field.tokens[from];
  const last = field.tokens[to - 1];
  return first && last ? field.text.slice(first.start, last.end).replace(SPACE_RUNS, " ") : "";
}

const titleCase = (word: string) =>
  word === "dan" || /\p{Lu}/u.test(word.slice(1)) ? word : word.charAt(0).toUpperCase() + word.slice(1);

/** "(BPBD)": an abbreviation given in brackets; returns its text and where reading resumes. */
/**
 * "DKPP-KB", "DP3A-KB": two capitals-only parts joined by a hyphen with no space are one acronym,
 * not the acronym of its first part ("DKPP") followed by another word.
 */
function hyphenatedAcronymAt(tokens: readonly Token[], at: number): { acronym: string; to: number } | undefined {
  const first = tokens[at];
  const hyphen = tokens[at + 1];
  const second = tokens[at + 2];
  if (!first?.isWord || !first.allCapitals || !/^\p{Lu}/u.test(first.text)) return undefined;
  if (hyphen?.text !== "-" || hyphen.spaced || !second?.isWord || second.spaced || !second.allCapitals)
    return undefined;
  if (!/^\p{Lu}/u.test(second.text)) return undefined;
  return { acronym: `${first.text}-${second.text}`, to: at + 3 };
}

/** A school's number in capital roman numerals, I to XXX ("SMAN I", "MAN IV"). */
/**
 * A school's number: one to three digits ("SMPN 2"), or the six of North Sumatra's state schools
 * ("SD Negeri 060924 Medan").
 */
const SCHOOL_NUMBER = /^(?:\d{1,3}|\d{6})$/;
/** A year written after a school's level ("SMKN 2023"), which numbers no school. */
const SCHOOL_YEAR = /^(?:19|20)\d\d$/;
const SCHOOL_ROMAN_NUMBER = /^(?:X{0,2}(?:IX|IV|V?I{1,3})|X{1,3}|X{0,2}V)$/;

/** Region and seat words written with a full stop ("Kab.", "Kec.", "Ds."). */
const REGION_PREFIX_WORDS = new Set(
  [...Object.keys(unitLexicon.regionPrefixes), ...Object.keys(unitLexicon.seatPrefixes)]
    .filter((word) => !word.startsWith("_"))
    .map((word) => word.toLowerCase()),
);

function bracketedAcronym(
  tokens: readonly Token[],
  at: number,
): { acronym: string; to: number; headTitle?: boolean } | undefined {
  if (tokens[at]?.text !== "(") return undefined;
  const word = tokens[at + 1];
  if (!word?.isWord || word.text.length > 15 || !word.capitalized || /^\d/.test(word.text)) return undefined;
  if (tokens[at + 2]?.text === ")") return { acronym: word.text, to: at + 3 };
  // "(Ka.Kankemenag)", "(Ka. Kankemenag)": a head word's short form with a dot before the unit's
  // (not a region prefix: "(Kab. Sukamaju)" is a place).
  const dotted = tokens[at + 3];
  if (
    tokens[at + 2]?.text === "." &&
    word.text.length <= 3 &&
    !REGION_PREFIX_WORDS.has(word.lower) &&
    dotted?.isWord &&
    dotted.capitalized &&
    tokens[at + 4]?.text === ")"
  )
    // It is the short form of the head's title, not of the unit.
    return { acronym: `${word.text}.${dotted.text}`, to: at + 5, headTitle: true };
  const joined = hyphenatedAcronymAt(tokens, at + 1);
  if (joined && tokens[joined.to]?.text === ")") return { acronym: joined.acronym, to: joined.to + 1 };
  // "(Satpol PP)", "(TP PKK)", "(UIN Maliki)": a second word after an acronym or before one.
  const second = tokens[at + 2];
  const acronymFirst = /^\p{Lu}{2,}$/u.test(word.text);
  if (
    second?.isWord &&
    (/^\p{Lu}+$/u.test(second.text) || (acronymFirst && second.capitalized)) &&
    tokens[at + 3]?.text === ")"
  )
    return { acronym: `${word.text} ${second.text}`, to: at + 4 };
  return undefined;
}

const NOT_PLACE_WORDS = new WordClass([...NOT_PROPER_WORDS, ...peopleLexicon.notNames.map((w) => w.toLowerCase())]);
const NATIONAL_REGIONS = unitLexicon.nationalRegions.map((r) => lowerWords(r.split(" ")));
const DIRECTIONS = new Set(["utara", "selatan", "timur", "barat", "tengah", "raya"]);

/** A region prefix's level written out, as the gazetteer names its places ("Kabupaten Blora"). */
const REGION_PREFIX_IN_FULL = { regency: "Kabupaten", city: "Kota", province: "Provinsi" } as const;

/**
 * "Kab. Sukamaju" in a unit's name: a region prefix written short ("Kab.", "Prov.") is the prefix
 * written out, as it is for a place the gazetteer knows ("KPU Kab. Blora" is "Komisi Pemilihan Umum
 * Kabupaten Blora"), so one office written both ways is one name. Other region words stay as written.
 */
function regionWrittenOut(field: TextField, from: number, to: number): string {
  const { tokens } = field;
  const prefix = tokens[from];
  const level = prefix?.isWord ? REGION_LEVELS.get(prefix.lower) : undefined;
  const full = level ? REGION_PREFIX_IN_FULL[level] : undefined;
  if (!full || prefix?.lower === full.toLowerCase()) return writtenText(field, from, to);
  const seatFrom = tokens[from + 1]?.text === "." ? from + 2 : from + 1;
  return seatFrom < to ? `${full} ${writtenText(field, seatFrom, to)}` : writtenText(field, from, to);
}

/** The region a unit serves: "Kabupaten Blora", "Kab. Blora", "Kota Semarang", "Jateng", "Blora Selatan". */
export function readRegion(
  tokens: readonly Token[],
  at: number,
  evidence?: Set<string>,
): { place?: PlaceMatch; words?: string; from: number; to: number } | undefined {
  const token = tokens[at];
  if (!token?.isWord || !token.capitalized) return undefined;
  const place = matchPlaceAt(tokens, at);
  if (place) {
    const next = tokens[place.to];
    const to = next?.isWord && next.capitalized && DIRECTIONS.has(next.lower) ? place.to + 1 : place.to;
    return { place, from: at, to };
  }
  for (const words of NATIONAL_REGIONS) {
    const to = wordsAt(tokens, at, words);
    if (to > 0)
      return {
        from: at,
        to,
        words: tokens
          .slice(at, to)
          .map((t) => t.text)
          .join(" "),
      };
  }
  if (evidence?.has(token.compact) && !NOT_PLACE_WORDS.holds(token)) {
    // "Desa Kayu Agung," elsewhere: the pair the article writes as one place is the region.
    const second = tokens[at + 1];
    if (second?.isWord && second.capitalized && evidence.has(`${token.compact}${second.compact}`))
      return { from: at, to: at + 2, words: `${token.text} ${second.text}` };
    // "Sukamaju Timur" where the article also writes "Sukamaju": the compass word is the region's.
    if (second?.isWord && second.capitalized && DIRECTIONS.has(second.lower))
      return { from: at, to: at + 2, words: `${token.text} ${second.text}` };
    return { from: at, to: at + 1, words: token.text };
  }
  if (tokens[at - 1]?.text === "/") {
    // "Koramil 01/Sukamaju": the seat after a slash, listed or not.
    let j = at;
    while (j - at < 3 && tokens[j]?.isWord && tokens[j]?.capitalized && !NOT_PROPER_WORDS.holds(tokens[j])) j++;
    return {
      from: at,
      to: j,
      words: tokens
        .slice(at, j)
        .map((t) => t.text)
        .join(" "),
    };
  }
  // A region prefix before a place the gazetteer does not list: "Kabupaten Sukamaju".
  if (REGION_PREFIXES.holds(token)) {
    let j = at + 1;
    if (tokens[j]?.text === ".") j++;
    const from = j;
    // "Provinsi Kalbar", "Kab. Kobar": a short form the gazetteer knows, written after a prefix
    // it does not join, is that place, so the unit is one with "BPBD Kalbar".
    const level = REGION_LEVELS.get(token.lower);
    const inner = matchPlaceAt(tokens, from, level);
    if (inner && (level !== "province" || inner.place.kind === "PROVINCE")) {
      const next = tokens[inner.to];
      const to = next?.isWord && next.capitalized && DIRECTIONS.has(next.lower) ? inner.to + 1 : inner.to;
      return { place: { ...inner, from: at, prefixed: true }, from: at, to };
    }
    const isRegionWord = (k: number) =>
      tokens[k]?.isWord === true && tokens[k]?.capitalized === true && !NOT_PROPER_WORDS.holds(tokens[k]);
    if (isRegionWord(j)) j++;
    // A region is one word; a second is read only where the article writes the pair alone
    // elsewhere, so "Kabupaten Sukamaju Wiryawan Sudarmo" leaves the holder his first name.
    if (j > from && isRegionWord(j) && evidence?.has(`${tokens[from]?.compact}${tokens[j]?.compact}`)) j++;
    if (tokens[j]?.isWord && DIRECTIONS.has(tokens[j]?.lower ?? "") && tokens[j]?.capitalized) j++;
    if (j > from)
      return {
        from: at,
        to: j,
        words: tokens
          .slice(from, j)
          .map((t) => t.text)
          .join(" "),
      };
  }
  return undefined;
}

/** Headline verbs without -kan ("Koperasi Gelar RAT", "BUMDes Dibentuk"; units.json headlineVerbs). */
export const HEADLINE_VERBS = new WordClass(lowerWords(unitLexicon.headlineVerbs));
const SEAT_PREFIXES = new Set(Object.keys(unitLexicon.seatPrefixes).filter((word) => !word.startsWith("_")));
const LONGEST_SEAT_WORDS = 3;
/** "Pangkalan", "Tanjung", "Muara": words that open a town's name and are not one on their own. */
const PLACE_LEAD_WORDS = new Set(unitLexicon.placeLeadWords.map((word) => word.toLowerCase()));
/** Words that open a person's name: honorifics and the first words of name prefixes ("I Made", "Lalu"). */
const NAME_OPENING_WORDS = new Set([
  ...peopleLexicon.honorifics.map((word) => word.toLowerCase()),
  ...peopleLexicon.namePrefixPhrases.map((phrase) => (phrase[0] ?? "").toLowerCase()),
]);

/** Words that open place names, each with the next words that make it another kind of body instead. */
const PLACE_OPENING_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(unitLexicon.placeOpeningWords),
);

/** "Pondok Kelapa": a word no place stands on alone, opening one with the capitalised word after it. */
export function opensPlaceName(tokens: readonly Token[], at: number): boolean {
  const notAfter = PLACE_OPENING_WORDS.get(tokens[at]?.lower ?? "");
  const next = tokens[at + 1];
  return (
    notAfter !== undefined &&
    tokens[at]?.capitalized === true &&
    next?.isWord === true &&
    next.capitalized &&
    !next.allCapitals &&
    !notAfter.includes(next.lower)
  );
}

/** Whether the token at `at` may be a word of a seat's name. */
function isSeatWord(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (opensPlaceName(tokens, at)) return true;
  return (
    token?.isWord === true &&
    token.capitalized &&
    !/\d/.test(token.text) &&
    !NOT_PLACE_WORDS.holds(token) &&
    !REGION_PREFIXES.holds(token) &&
    !SEAT_PREFIXES.has(token.lower) &&
    !UNIT_FIRST_WORDS.holds(token) &&
    // "Koperasi Desa Dibentuk" in a Title Case headline: the verb is no seat.
    !HEADLINE_VERBS.holds(token)
  );
}

/**
 * The seat of an office found in every district or village ("SDN 2 Cepu", "KUA Kecamatan
 * Kutowinangun", "BPD Sukamaju"), which the gazetteer's regencies do not list. The words are taken
 * only where they are bounded, so a name written after them is not swallowed: a district the
 * gazetteer knows, or one or two capitalised words (and a direction) closed by punctuation, a
 * lowercase word or the end. A place prefix ("Kecamatan", "Desa") is kept in the written name.
 */
/** Whether a word at `from`, or the words `from`–`to` together, name a place the article or the country knows. */
function namesLocalPlace(field: TextField, from: number, to: number): boolean {
  const { tokens } = field;
  const first = tokens[from];
  if (!first) return false;
  if (field.placeEvidence?.has(first.compact) || isLocalPlaceName(first.compact) || matchPlaceAt(tokens, from))
    return true;
  let compact = "";
  for (let k = from; k < to; k++) compact += tokens[k]?.compact ?? "";
  return field.placeEvidence?.has(compact) === true || isLocalPlaceName(compact);
}

/** Whether two words name a place: the first one the article or the gazetteer's regencies know, or both together. */
function namesPlaceAsPair(field: TextField, from: number, to: number): boolean {
  const { tokens } = field;
  const first = tokens[from];
  if (!first) return false;
  if (field.placeEvidence?.has(first.compact) || matchPlaceAt(tokens, from)) return true;
  let compact = "";
  for (let k = from; k < to; k++) compact += tokens[k]?.compact ?? "";
  return field.placeEvidence?.has(compact) === true || isLocalPlaceName(compact);
}

/** Words that open a post's title ("Ketua", "Sekretaris", "Kakanwil", "Wakil Bupati"). */
const TITLE_OPENING_WORDS = new Set(
  [
    ...TITLE_LEAD_PHRASES.map((phrase) => phrase.words[0] ?? ""),
    ...ABBREVIATED_TITLE_FORMS.map((title) => title.word),
    ...titleLexicon.multiWordTitles.map((title) => title.words[0] ?? ""),
  ].map((word) => word.toLowerCase()),
);

/** Whether a comma or "dan" at `at` is followed by the title of the next post in a list. */
function opensNextPost(tokens: readonly Token[], at: number): boolean {
  const link = tokens[at];
  if (!link || (link.text !== "," && link.lower !== "dan")) return false;
  const next = tokens[at + 1];
  return next?.isWord === true && next.capitalized && TITLE_OPENING_WORDS.has(next.lower);
}

function readSeat(
  field: TextField,
  at: number,
  /** Whether two words naming no known place may be a holder's name (schools' seats are often unlisted hamlets). */
  unknownPairIsHolder = false,
): { from: number; to: number; words: string; bare: string; bareFrom: number } | undefined {
  const { tokens } = field;
  const bareFrom = seatWordsFrom(tokens, at);
  let run = bareFrom;
  // "SMPN 5 Budong-budong": a word written again in lowercase after a hyphen is one reduplicated
  // word of the seat; the seat's words are counted without the hyphen and the repetition.
  let repeated = 0;
  while (run - bareFrom - repeated <= LONGEST_SEAT_WORDS && isSeatWord(tokens, run)) {
    run++;
    const reduplicated = reduplicationEnd(tokens, run);
    repeated += reduplicated - run;
    run = reduplicated;
  }
  if (run === bareFrom) return undefined;
  const words = run - bareFrom - repeated;
  let to = -1;
  // The longest district the gazetteer names, whatever follows it.
  let compact = "";
  for (let j = bareFrom; j < Math.min(run, bareFrom + LONGEST_SEAT_WORDS); j++) {
    compact += tokens[j]?.compact ?? "";
    if (districtsNamed(compact).length > 0) to = j + 1;
  }
  if (to > 0 && to < run && DIRECTIONS.has(tokens[to]?.lower ?? "")) to++;
  // "SMKN 2 Pangkalan Bun": a district named by a town's lead word alone goes on to the town's name.
  if (to === bareFrom + 1 && to < run && PLACE_LEAD_WORDS.has(tokens[bareFrom]?.lower ?? "")) to++;
  if (to < 0) {
    const next = tokens[run];
    // An honorific or rank opens the holder's name: "SDN 4 Sidoasri Drs. Budi Santoso".
    const bounded = !next?.isWord || !next.capitalized || NOT_PROPER_WORDS.holds(next) || REGION_PREFIXES.holds(next);
    const direction = DIRECTIONS.has(tokens[run - 1]?.lower ?? "") ? 1 : 0;
    // "Kepala SMPN 1 Budi Santoso, S.Pd": words a degree follows are the holder's name.
    const degreeAt = next?.text === "," ? run + 1 : run;
    const degreeAfter = degreeEndAt(tokens, degreeAt) > 0;
    // "Kepala SMA Negeri Sigunung Ary Susanty, S.S.": with more words than a name before the
    // degree, the first is the seat and the last two are the holder's name.
    if (degreeAfter && words === HOLDER_NAME_WORDS + 1) {
      to = bareFrom + 1;
      return { from: at, to, words: writtenText(field, at, to), bare: writtenText(field, bareFrom, to), bareFrom };
    }
    // "Kepala SMPN 4 Singaraja Putu Budi, Minggu (3/5)": so, after a school, are three words closed
    // by punctuation or a lowercase word, unless the first opens a name ("I Made Alep", "Lalu …").
    const closed = !next?.isWord || !next.capitalized;
    if (
      !unknownPairIsHolder &&
      closed &&
      bareFrom === at &&
      direction === 0 &&
      words === HOLDER_NAME_WORDS + 1 &&
      !NAME_OPENING_WORDS.has(tokens[bareFrom]?.lower ?? "")
    ) {
      to = bareFrom + 1;
      return { from: at, to, words: writtenText(field, at, to), bare: writtenText(field, bareFrom, to), bareFrom };
    }
    if (!bounded || words > 2 + direction || degreeAfter) return undefined;
    // "UPTD Puskesmas Kutowinangun Dewi Lestari mengatakan": two words before a reporting verb
    // are the holder who speaks, not a seat; an office does not speak.
    if (words === HOLDER_NAME_WORDS && bareFrom === at && next?.isWord && HOLDER_PREDICATES.has(next.lower))
      return undefined;
    // "Ketua LPM Supono, Sekretaris LPM …", "Ketua LPM Darto dan Sekdes …": one word written without
    // a place prefix that names no known place, closed by a comma or "dan" before the next post of
    // a list, is the holder's name, not the seat.
    if (
      unknownPairIsHolder &&
      words === 1 &&
      bareFrom === at &&
      opensNextPost(tokens, run) &&
      !namesLocalPlace(field, bareFrom, run)
    )
      return undefined;
    // "Ketua BPD Agus Salim dan …", "Ketua BPD Buku Susanto, …": two words written without a
    // place prefix that name no place the article knows, nor together a place the country knows,
    // are the holder's name, not the seat. A first word that only names some village somewhere
    // ("Buku") is no evidence: tens of thousands of village names are ordinary words and names.
    if (
      unknownPairIsHolder &&
      words === HOLDER_NAME_WORDS &&
      bareFrom === at &&
      !namesPlaceAsPair(field, bareFrom, run)
    )
      return undefined;
    to = run;
  }
  return { from: at, to, words: writtenText(field, at, to), bare: writtenText(field, bareFrom, to), bareFrom };
}

/**
 * "Ketua BPD Tulamben Agus Salim mengatakan", "Ketua PPS Tulamben Agus Salim mengatakan": three
 * or four capitalised words after an office named by its seat that run straight into a reporting
 * verb are its seat and then its holder; the last two words are the holder's name.
 */
function seatBeforeHolder(
  field: TextField,
  at: number,
): { from: number; to: number; words: string; bare: string; bareFrom: number } | undefined {
  const { tokens } = field;
  // "Ketua BPD Desa Tulamben Agus Salim": the seat's prefix is written, not named.
  const bareFrom = seatWordsFrom(tokens, at);
  let run = bareFrom;
  while (run - bareFrom < LONGEST_SEAT_WORDS + 1 && isSeatWord(tokens, run)) run++;
  if (run - bareFrom < HOLDER_NAME_WORDS + 1 || isSeatWord(tokens, run)) return undefined;
  const to = holderAfterName(tokens, bareFrom, run, 1);
  if (to >= run) return undefined;
  return { from: at, to, words: writtenText(field, at, to), bare: writtenText(field, bareFrom, to), bareFrom };
}

/**
 * Where a seat's own words start: after its prefix ("Desa", "Kec.") when one is written at `at`.
 * Only a short prefix ("Kec.", "Kel.") takes the full stop after it; after a whole word the stop
 * ends the sentence ("di 8 KUA Kecamatan. Hadir …"), and the next sentence is no seat.
 */
function seatWordsFrom(tokens: readonly Token[], at: number): number {
  const prefix = tokens[at];
  if (!SEAT_PREFIXES.has(prefix?.lower ?? "") || !prefix?.capitalized) return at;
  if (tokens[at + 1]?.text !== ".") return at + 1;
  return prefix.lower.length <= ABBREVIATED_SEAT_PREFIX_LENGTH ? at + 2 : at + 1;
}

/** The longest seat prefix written short ("Kec", "Kel"): the full words are "Kecamatan", "Desa". */
const ABBREVIATED_SEAT_PREFIX_LENGTH = 3;

const ZONE_WORD = "wilayah";
const BRANCH_WORD = "cabang";
const ZONE_NUMBER = /^(?:[IVXL]{1,6}|\d{1,2})$/;

/** A Roman numeral: "wilayah IX" written lowercase still numbers a zone; "wilayah 3" may count one. */
const ROMAN_ZONE_NUMBER = /^[IVXL]{1,6}$/;

/** "Wilayah XV", "Wilayah 3", "wilayah IX": the numbered zone a regional office serves. */
function readZone(tokens: readonly Token[], at: number): { number: string; from: number; to: number } | undefined {
  const word = tokens[at];
  const numeral = tokens[at + 1];
  if (word?.lower !== ZONE_WORD || !numeral?.spaced || !ZONE_NUMBER.test(numeral.text)) return undefined;
  if (!word.capitalized && !ROMAN_ZONE_NUMBER.test(numeral.text)) return undefined;
  return { number: `${word.text} ${numeral.text}`, from: at, to: at + 2 };
}

/**
 * "Bali-Nusra", "Jabar-Banten": a zone's seat written as regions joined by a hyphen with no space.
 * Returns the end of the last joined word (or `to` when none is joined).
 */
function hyphenJoinedEnd(tokens: readonly Token[], to: number): number {
  let end = to;
  while (
    tokens[end]?.text === "-" &&
    !tokens[end]?.spaced &&
    tokens[end + 1]?.isWord &&
    tokens[end + 1]?.capitalized &&
    !tokens[end + 1]?.spaced
  )
    end += 2;
  return end;
}

/**
 * Where a word reduplicated with a hyphen ends ("Budong-budong", "Kuala-kuala": the word before `at`,
 * an unspaced hyphen at `at`, then the same word in lowercase), or `at` when none is written there.
 */
function reduplicationEnd(tokens: readonly Token[], at: number): number {
  const hyphen = tokens[at];
  const again = tokens[at + 1];
  if (hyphen?.text !== "-" || hyphen.spaced || !again?.isWord || again.spaced || again.capitalized) return at;
  return again.lower === tokens[at - 1]?.lower ? at + 2 : at;
}

/** "01/Blora", "0721-01/Blora", "03": the number a military or police unit is named by. */
function readUnitNumber(
  tokens: readonly Token[],
  at: number,
): { number: string; from: number; to: number } | undefined {
  const first = tokens[at];
  if (!first || !/^\d{2,4}$/.test(first.text)) return undefined;
  // "Koperasi Berkah 2023-2028 Budi": a range of years is the holder's term, not the unit's number.
  if (termYearsEnd(tokens, at) > at) return undefined;
  // "MAS Silihnara 56 siswa": a number before what it counts is no unit's number.
  if (SCHOOL_COUNT_NOUNS.has(tokens[at + 1]?.lower ?? "")) return undefined;
  let j = at + 1;
  let number = first.text;
  if (tokens[j]?.text === "-" && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? "") && !tokens[j + 1]?.spaced) {
    number += `-${tokens[j + 1]?.text}`;
    j += 2;
  }
  if (tokens[j]?.text === "/" && !tokens[j]?.spaced) j++;
  return { number, from: at, to: j };
}

/**
 * "Dinas Pendidikan Kota Malang" and "Dinas Pendidikan Kabupaten Malang" are two offices: a city or
 * regency written with its prefix, when the other kind has the same name, is told apart in the
 * identity (NAMESAKE_KIND_SUFFIXES); recordInstitution joins a mention without the prefix to it.
 */
export const NAMESAKE_KIND_SUFFIXES = { city: ":kota", regency: ":kabupaten" } as const;
const NAMESAKE_KINDS: ReadonlySet<string> = new Set(Object.values(NAMESAKE_KIND_SUFFIXES));

function namesakeKindSuffix(place: PlaceMatch | undefined): string {
  if (!place?.prefixed || (place.place.kind !== "CITY" && place.place.kind !== "REGENCY")) return "";
  if (placeLabel(place.place) === place.place.bareName) return "";
  return place.place.kind === "CITY" ? NAMESAKE_KIND_SUFFIXES.city : NAMESAKE_KIND_SUFFIXES.regency;
}

/** How a place is told apart in a short name: "Blora", but "Kota Semarang" beside Kabupaten Semarang. */
export function placeLabel(place: GazetteerPlace): string {
  if (place.kind !== "CITY" && place.kind !== "REGENCY") return place.shortForm;
  const namesakes = (gazetteer().bySurface.get(compactSurface(place.bareName)) ?? []).filter(
    (p) => p.kind === "CITY" || p.kind === "REGENCY",
  );
  return namesakes.length > 1 ? place.name : place.bareName;
}

/** Words opening a post inside a unit, written right after the unit's seat ("Koordinator Divisi …"). */
const POSTS_AFTER_SEAT = new Set(lowerWords(unitLexicon.postsAfterSeat));

/** The most words of a holder's name set off by commas after a unit's region. */
const LONGEST_APPOSITIVE_NAME = 5;

/**
 * "Kepala Dinkes Madukara, Budi Santoso, mengatakan": one capitalised word the gazetteer does not
 * know, right after a unit and before a name set off by commas, is the region the unit serves;
 * the holder's name stands after the comma, so the word is not part of it.
 */
function regionBeforeAppositive(
  tokens: readonly Token[],
  at: number,
): { words: string; from: number; to: number } | undefined {
  const word = tokens[at];
  if (!word?.isWord || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return undefined;
  if (NOT_PLACE_WORDS.holds(word) || UNIT_FIRST_WORDS.holds(word) || SEAT_PREFIXES.has(word.lower)) return undefined;
  // "Anggota Bawaslu Sukamaju Koordinator Divisi Hukum, …": a post inside the unit follows its seat.
  const post = tokens[at + 1];
  if (post?.capitalized && POSTS_AFTER_SEAT.has(post.lower) && tokens[at + 2]?.capitalized)
    return { words: word.text, from: at, to: at + 1 };
  if (tokens[at + 1]?.text !== ",") return undefined;
  // "Hadir Kadis Kesehatan Arianto, Kadis Pertanian Budi Santoso, …": a title after the comma opens
  // the next post of a list of posts and their holders; the word before it closes the item as its
  // holder's name, not as a region set off before a holder.
  if (opensNextPost(tokens, at + 1)) return undefined;
  let j = at + 2;
  while (j - at - 2 < LONGEST_APPOSITIVE_NAME && tokens[j]?.isWord && tokens[j]?.capitalized) {
    // "Dinkes Madukara, Dinas Sosial, …": a list of units, not a holder.
    if (UNIT_FIRST_WORDS.holds(tokens[j])) return undefined;
    j++;
  }
  // "Kepala Dinas Pendidikan Sukamaju, Budi Santoso.": a full name may close the sentence instead.
  const closed =
    tokens[j]?.text === "," || (tokens[j]?.text === "." && j > at + 3) || (tokens[j] === undefined && j > at + 3);
  return j > at + 2 && closed ? { words: word.text, from: at, to: at + 1 } : undefined;
}

/**
 * "BPKP Riau", "BPKP Perwakilan Provinsi Riau", "Basarnas Surabaya": a national agency followed by
 * a region the gazetteer knows is its office there, a body of its own. Only a listed region: after
 * a national agency an unknown capitalised word is more likely its head's name.
 */
function nationalOfficeRegion(
  tokens: readonly Token[],
  at: number,
): { place?: PlaceMatch; words?: string; from: number; to: number } | undefined {
  const word = tokens[at];
  const from = word?.capitalized && REPRESENTATIVE_OFFICE_WORDS.has(word.lower) ? at + 1 : at;
  const region = readRegion(tokens, from);
  return region?.place ? region : undefined;
}

/**
 * "Dinas Pendidikan kota Yogyakarta", "BKD provinsi Jambi": a region's prefix written in lowercase
 * before a place the gazetteer knows is the unit's region, prefix and all.
 */
function lowercasePrefixedRegion(
  tokens: readonly Token[],
  at: number,
  evidence?: Set<string>,
): { place?: PlaceMatch; words?: string; from: number; to: number } | undefined {
  const prefix = tokens[at];
  if (!prefix?.isWord || prefix.capitalized || !REGION_PREFIXES.holds(prefix)) return undefined;
  // A place the gazetteer knows at the prefix's level is that place, as if written "Kota Yogyakarta".
  const level = REGION_LEVELS.get(prefix.lower);
  const inner = matchPlaceAt(tokens, at + 1, level);
  if (inner && (level !== "province" || inner.place.kind === "PROVINCE"))
    return { place: { ...inner, from: at, prefixed: true }, from: at, to: inner.to };
  const region = readRegion(tokens, at + 1, evidence);
  return region && !region.place
    ? { ...region, from: at, words: region.words && `${prefix.text} ${region.words}` }
    : undefined;
}

/** "Kelas", "Klas": the word a national office's class follows (institutions.json classWords). */
const CLASS_WORDS = new Set(lowerWords(institutionLexicon.classWords));
/** The written classes of an office, in lowercase, to the class as named: "2" and "ii" are "II". */
const OFFICE_CLASSES = new Map(Object.entries(institutionLexicon.classes as Record<string, string>));
/** "TPI", "Non TPI", "Khusus": words after an office's class, before its seat (units.json officeClassQualifiers). */
const OFFICE_CLASS_QUALIFIERS = unitLexicon.officeClassQualifiers.map(lowerWords);

/**
 * "Kantor Imigrasi Kelas II TPI Sukamaju", "Kantor Imigrasi Kelas I Khusus TPI Sukamaju": a
 * national agency's regional office is ranked by a class, written with "Kelas" and perhaps
 * qualified, between the office's name and its seat. The class as written (a class's digits
 * named as the nomenclature does, "Kelas 2" → "Kelas II") and where it ends, when a capitalised
 * word, the seat, follows it.
 */
function readOfficeClass(tokens: readonly Token[], at: number): { text: string; to: number } | undefined {
  const word = tokens[at];
  if (!word?.capitalized || !CLASS_WORDS.has(word.lower)) return undefined;
  const named = OFFICE_CLASSES.get(tokens[at + 1]?.lower ?? "");
  if (!named) return undefined;
  let j = at + 2;
  const words = [word.text, named];
  for (let more = true; more; ) {
    more = false;
    for (const qualifier of OFFICE_CLASS_QUALIFIERS) {
      const to = wordsAt(tokens, j, qualifier);
      if (to < 0 || !tokens[j]?.capitalized) continue;
      words.push(
        tokens
          .slice(j, to)
          .map((t) => t.text)
          .join(" ")
          .replace(" - ", "-"),
      );
      j = to;
      more = true;
      break;
    }
  }
  return tokens[j]?.isWord && tokens[j]?.capitalized ? { text: words.join(" "), to: j } : undefined;
}

/** "Perwakilan": the word a national agency's office in a region is written with (before the body or before the region). */
export const REPRESENTATIVE_OFFICE_WORDS = new Set(lowerWords(unitLexicon.representativeOfficeWords));

/** Kinds of bodies a village or district has of its own: cooperatives, BUMDes, posyandu. */
const VILLAGE_BODY_TYPES = new Set<InstitutionType>(["COMMUNITY", "COMPANY", "HEALTH"]);

function unitMatch(
  field: TextField,
  spec: UnitSpec,
  from: number,
  afterName: number,
  national = false,
  seated = false,
  seatOnly = false,
): InstitutionMatch {
  const { tokens } = field;
  let j = afterName;
  let number = readUnitNumber(tokens, j);
  if (number) j = number.to;
  let bracket = bracketedAcronym(tokens, j);
  let short = spec.short ?? SHORT_OF_LONG.get(compactSurface(spec.long));
  if (bracket) j = bracket.to;
  // "LLDIKTI Wilayah XV", "Lembaga Layanan Pendidikan Tinggi (LLDIKTI) Wilayah III": a numbered
  // zone names the unit as a number does. A branch's zone ("Cabang Dinas Pendidikan Wilayah VI
  // Jawa Barat") is not its parent's: the parent is named by the region after it.
  const zone = number ? undefined : readZone(tokens, j);
  if (zone) {
    if (tokens[from - 1]?.lower !== BRANCH_WORD) number = zone;
    j = zone.to;
  }
  // One identity for "Dinas Koperasi dan Usaha Kecil Menengah (UKM) X" and "Dinas Koperasi dan UKM X".
  const domainAcronymForm = bracket && !spec.short ? withDomainAcronym(spec.long, bracket.acronym) : undefined;
  if (domainAcronymForm) bracket = undefined;
  // "Dinas Koperasi, Usaha Kecil dan Menengah X" and "Dinas Koperasi dan UKM X": one identity too.
  const identityLong = compactSurface(
    domainAcronymForm ?? (bracket || spec.short ? undefined : withSpelledDomainAcronym(spec.long)) ?? spec.long,
  );
  // "Himpunan Mahasiswa Islam (HMI) Cabang Blora": an association's chapter level before its
  // region is part of its name.
  let level: string | undefined;
  const levelWord = tokens[j];
  const schoolLevel =
    SCHOOL_LEVELLED_LONGS.has(compactSurface(spec.long)) && levelWord?.isWord && /^\p{Lu}/u.test(levelWord.text)
      ? LEVEL_OF.get(levelWord.lower)
      : undefined;
  if (schoolLevel) {
    // "Musyawarah Kerja Kepala Sekolah (MKKS) SMP Kabupaten X": a forum of the heads of one
    // level's schools names that level before its region; each level has its own forum.
    level = schoolLevel;
    j++;
  } else if (
    // "BPJS Kesehatan Cabang Blora": any body may have branch offices named by their region.
    (spec.type === "COMMUNITY" || levelWord?.lower === "cabang") &&
    levelWord?.capitalized &&
    ORGANISATION_LEVELS.has(levelWord.lower) &&
    readRegion(tokens, j + 1, field.placeEvidence)
  ) {
    level = levelWord.text;
    j++;
  } else if (spec.type === "COMMUNITY" && bracket?.to === j && isOwnerWord(field, j)) {
    // "Ikatan Keluarga Alumni (IKA) Uniku agar …": one proper word after an association's
    // bracketed acronym names the body it belongs to, and is part of its name ("IKA Uniku").
    level = levelWord?.text;
    j++;
  }
  const levelPrefix = level ? `${level} ` : "";
  // "Kantor Imigrasi Kelas II TPI Sukamaju": the office's class before its seat is part of its
  // name; the same office written without it ("Kantor Imigrasi Sukamaju") is one institution.
  const officeClass = level ? undefined : readOfficeClass(tokens, j);
  if (officeClass) j = officeClass.to;
  const classPrefix = officeClass ? `${officeClass.text} ` : "";
  if (spec.type === "LOCAL_GOVERNMENT" && !national && !seatOnly && !spec.regionless) j = mergedDomainsEnd(tokens, j);
  const regionRead =
    seatOnly || spec.regionless
      ? undefined
      : national
        ? nationalOfficeRegion(tokens, j)
        : (readRegion(tokens, j, field.placeEvidence) ?? lowercasePrefixedRegion(tokens, j, field.placeEvidence));
  // "PPK Medan Timur": a body seated in a district takes the district a town and a direction name,
  // not the town.
  const districtSeat =
    (seated || PLACE_BOUND_LONGS.has(compactSurface(spec.long))) &&
    regionRead?.place &&
    regionRead.to > regionRead.place.to
      ? readSeat(field, j)
      : undefined;
  const inDistrict = districtSeat !== undefined && districtSeat.to === regionRead?.to;
  const listedRegion = inDistrict ? undefined : regionRead;
  // "BUMDes Sumber Makmur Desa Sukamaju", "Posyandu Melati Desa Sukamaju": a body of a village or
  // district written with its seat's prefix is named by that seat too.
  const prefixedSeat = VILLAGE_BODY_TYPES.has(spec.type) && seatWordsFrom(tokens, j) > j && !listedRegion;
  const bySeat = seated || seatOnly || prefixedSeat;
  // Only an office named by its seat, which the gazetteer's regencies do not list, reads a seat
  // before its holder; after a regional unit the gazetteer knows the region, and three words
  // there may be one name.
  const seat = inDistrict
    ? districtSeat
    : !national && !listedRegion && bySeat
      ? ((!matchPlaceAt(tokens, j) ? readSeat(field, j, spec.type !== "SCHOOL") : undefined) ??
        seatBeforeHolder(field, j))
      : undefined;
  const appositive = !national && !listedRegion && !seat && !bySeat ? regionBeforeAppositive(tokens, j) : undefined;
  const region: { place?: PlaceMatch; words?: string; from: number; to: number } | undefined =
    listedRegion ?? seat ?? appositive;
  // "Komisi Pemilihan Umum Republik Indonesia (KPU RI)": the bracket may follow the region.
  const bracketAfterRegion = !bracket && region ? bracketedAcronym(tokens, region.to) : undefined;
  if (bracketAfterRegion) bracket = bracketAfterRegion;
  if (bracket && !bracketAfterRegion && !bracket.headTitle) short ??= bracket.acronym;
  if (bracketAfterRegion) short ??= bracketAfterRegion.acronym.split(" ")[0];
  if (number) {
    // "Koramil 01/Blora": the number names the unit, the seat after the slash is part of its name.
    // "LLDIKTI Wilayah VIII Bali-Nusra": a zone's seat may join several regions.
    const end = region && number === zone ? hyphenJoinedEnd(tokens, region.to) : (region?.to ?? j);
    const seat = writtenText(field, number.from, end);
    return {
      identity: `unit:${identityLong}:${number.number}`,
      type: spec.type,
      name: `${spec.long} ${seat}`,
      shortName: short ? `${short} ${seat}` : undefined,
      standardAliases: [],
      written: writtenText(field, from, end),
      place: region?.place,
      province: region?.place?.place.province,
      unitRole: spec.long,
      unitNameTo: afterName,
      from,
      to: end,
      generic: false,
      unknownPlace: false,
    };
  }
  const place = region?.place;
  // "Panitia Pemilihan Kecamatan" + "Kecamatan Cepu": the unit's name already says the prefix.
  const prefixRepeated =
    seat !== undefined &&
    seat.bareFrom > seat.from &&
    spec.long.toLowerCase().endsWith(` ${tokens[seat.from]?.lower ?? ""}`);
  const regionName = place
    ? place.prefixed
      ? place.place.name
      : place.place.bareName
    : prefixRepeated
      ? (seat?.bare ?? "")
      : region?.words
        ? regionWrittenOut(field, region.from, region.to)
        : "";
  // "KPU RI": the republic is written short in a short name.
  const regionLabel = place
    ? placeLabel(place.place)
    : region?.words === "Republik Indonesia"
      ? "RI"
      : (seat?.bare ?? region?.words ?? "");
  const end = bracketAfterRegion?.to ?? region?.to ?? j;
  const name = `${spec.long} ${levelPrefix}${classPrefix}${regionName}`.trim();
  const shortName = short ? `${short} ${levelPrefix}${regionLabel}`.trim() : undefined;
  const standardAliases = place
    ? [
        ...new Set([
          `${spec.long} ${levelPrefix}${regionLabel}`,
          `${spec.long} ${levelPrefix}${place.place.name}`,
          // "Dinas Kesehatan Provinsi Jawa Tengah": how a province's unit is named in full.
          ...(place.place.kind === "PROVINCE" ? [`${spec.long} ${levelPrefix}Provinsi ${place.place.name}`] : []),
        ]),
      ].filter((a) => a !== name)
    : seat && seat.bare !== seat.words
      ? [`${spec.long} ${levelPrefix}${seat.bare}`]
      : [];
  if (domainAcronymForm) standardAliases.push(`${domainAcronymForm} ${levelPrefix}${regionName}`.trim());
  if (officeClass && regionName) standardAliases.push(`${spec.long} ${levelPrefix}${regionName}`);
  const written = writtenText(field, from, end)
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .trim();
  return {
    identity: `unit:${identityLong}:${compactSurface(place?.place.bareName ?? seat?.bare ?? region?.words ?? "")}${level ? `:${level.toLowerCase()}` : ""}${namesakeKindSuffix(place)}`,
    type: spec.type,
    name,
    shortName: shortName && shortName.length <= 100 ? shortName : undefined,
    standardAliases,
    written,
    place,
    province: place?.place.kind === "PROVINCE" ? place.place : place?.place.province,
    unitRole: spec.long,
    unitNameTo: afterName,
    from,
    to: end,
    generic: false,
    unknownPlace: false,
    // A seat the gazetteer may know as a district of a regency the article names.
    placeWords: seat ? compactSurface(seat.bare) : undefined,
    unknownPlaceRange: seat ? { from: seat.bareFrom, to: seat.to } : undefined,
  };
}

/** "SMA Negeri 2 Blora", "SMAN 2 Blora", "Madrasah Aliyah Negeri 1 Blora": one school. */
function matchSchool(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  const first = tokens[at];
  if (!first) return undefined;
  let level = LEVEL_OF.get(first.lower);
  let j = at + 1;
  let status: string | undefined;
  if (!level && JOINED_LEVEL_OF.has(first.lower) && first.text === first.text.toUpperCase().replace("TSN", "TsN")) {
    level = JOINED_LEVEL_OF.get(first.lower);
    status = "Negeri";
  }
  if (
    !level &&
    JOINED_PRIVATE_LEVEL_OF.has(first.lower) &&
    first.text === first.text.toUpperCase().replace("TSS", "TsS")
  ) {
    level = JOINED_PRIVATE_LEVEL_OF.get(first.lower);
    status = "Swasta";
  }
  if (!level) {
    for (const long of SCHOOL_LONG_LEVELS) {
      const to = wordsAt(tokens, at, long.words);
      if (to > 0) {
        level = long.level;
        j = to;
        break;
      }
    }
  }
  if (!level || (j === at + 1 && first.text !== first.text.toUpperCase() && level !== "MTs")) return undefined;
  const levelEnd = j;
  // "SMA.N 9", "SMA. N 10": a stop may stand between the level and its status.
  if (
    !status &&
    j === at + 1 &&
    tokens[j]?.text === "." &&
    !tokens[j]?.spaced &&
    STATUS_OF.has(tokens[j + 1]?.lower ?? "")
  )
    j++;
  if (!status) {
    status = STATUS_OF.get(tokens[j]?.lower ?? "");
    if (status && tokens[j]?.capitalized) j++;
    else status = undefined;
  }
  // "Sekolah Menengah Pertama Negeri (SMPN) 1 X": the level's acronym bracketed before the number.
  const bracket = tokens[j]?.text === "(" ? bracketedAcronym(tokens, j) : undefined;
  if (bracket && SCHOOL_NUMBER.test(tokens[bracket.to]?.text ?? "")) j = bracket.to;
  // "Sekolah Menengah Kejuruan (SMK) Bhara Trikora": or before a private school's own name, written
  // again after the acronym elsewhere (schoolNameWrittenAgain).
  const bracketBeforeName =
    bracket !== undefined &&
    j < bracket.to &&
    !status &&
    LEVEL_OF.get(bracket.acronym.toLowerCase()) === level &&
    tokens[bracket.to]?.capitalized === true;
  if (bracketBeforeName) j = bracket.to;
  // "SD Muhammadiyah 1 Blora", "SMA Kristen Petra": a private school's proper name after the level.
  // "MI Swasta Nurul Hikmah": a private school has a name of its own after its status too.
  const nameEnd = status === "Negeri" ? j : endWhereWrittenClosed(field, at, j, privateSchoolNameEnd(tokens, j));
  const name = nameEnd > j ? writtenText(field, j, nameEnd) : undefined;
  if (name) j = nameEnd;
  const number = tokens[j];
  // "MAN I Bengkulu Utara", "SMPN II X": the number in capital roman numerals, before the seat.
  const roman = number !== undefined && SCHOOL_ROMAN_NUMBER.test(number.text) && tokens[j + 1]?.capitalized === true;
  const numbered =
    number !== undefined &&
    (SCHOOL_NUMBER.test(number.text) || roman) &&
    !SCHOOL_COUNT_NOUNS.has(tokens[j + 1]?.lower ?? "");
  // "SLB Negeri Blora": a state school that is the only one of its level needs no number.
  // "SD YPK Yende", "SMP YPPK Santo Yusuf": or after the acronym of the foundation that runs it.
  const opening = name?.split(" ")[0] ?? "";
  // The level's one word as the school is written again elsewhere: "SMK", or its bracketed acronym.
  const levelWord = bracketBeforeName ? bracket.acronym.toLowerCase() : levelEnd === at + 1 ? first.compact : "";
  const founded =
    name !== undefined &&
    (FOUNDATION_WORDS.has(opening.toLowerCase()) ||
      (FOUNDATION_ACRONYM.test(opening) &&
        !LEVEL_OF.has(opening.toLowerCase()) &&
        !JOINED_LEVEL_OF.has(opening.toLowerCase())));
  // "MAS Silihnara", "MIS Nurul Hikmah": a private school's acronym says so, and its own name follows.
  // "TK Melati Sukamaju": a kindergarten is named freely, in the body.
  const namedPrivate =
    (status === "Swasta" ||
      (!status && FREELY_NAMED_LEVELS.has(level) && field.name !== "title") ||
      // "SMK Bhara Trikora", "SMP Bina Karya": a school named freely, written so again and closed.
      (!status &&
        name !== undefined &&
        schoolNameWrittenAgain(tokens, nameEnd - name.split(" ").length, nameEnd, levelWord))) &&
    name !== undefined &&
    j === nameEnd;
  // "Sekolah Menengah Pertama Negeri (SMPN) 1 X": a bracket before the number is left to the acronym.
  if (!numbered && !founded && !namedPrivate && !(status && !name && tokens[j]?.text !== "(")) return undefined;
  // "PPDB SMA/SMKN 2023": a year after the level is no school's number nor seat.
  if (!numbered && SCHOOL_YEAR.test(number?.text ?? "")) return undefined;
  if (numbered) j++;
  // "SD GMIM 02/Manado": the seat written against the number after a slash, as commands are.
  const slash = tokens[j];
  const seatAfterSlash = tokens[j + 1];
  if (numbered && slash?.text === "/" && !slash.spaced && seatAfterSlash?.isWord && !seatAfterSlash.spaced) {
    if (/^\p{Lu}/u.test(seatAfterSlash.text) && !/^[IVXLC]+$/.test(seatAfterSlash.text)) j++;
  }
  const long = [level, status, name, numbered ? number.text : undefined].filter(Boolean).join(" ");
  const school = unitMatch(field, { long, type: "SCHOOL" }, at, j, false, true);
  // "SMA Negeri se-Kabupaten Blora": without a number or a seat the words name a kind of school.
  return numbered || founded || namedPrivate || school.to > j ? school : undefined;
}

/**
 * Whether the school's own name at `from`..`end` ("Bhara Trikora") is written again after its level's word `level`
 * elsewhere in the field, and at least once closed (followed by punctuation or a lowercase word):
 * a private school named without a number or a foundation's word is named so more than once,
 * while a level before a holder's name ("Kepsek SMP Darto Wiyono mengatakan") is written once.
 */
function schoolNameWrittenAgain(tokens: readonly Token[], from: number, end: number, level: string): boolean {
  const length = end - from;
  if (!level) return false;
  let written = 0;
  let closed = false;
  for (let p = 1; p + length <= tokens.length; p++) {
    // "SMK Bhara Trikora", "(SMK) Bhara Trikora": the level's word right before the name.
    const before = tokens[p - 1]?.text === ")" ? tokens[p - 2] : tokens[p - 1];
    if (before?.compact !== level) continue;
    let k = 0;
    while (k < length && tokens[p + k]?.isWord && tokens[p + k]?.compact === tokens[from + k]?.compact) k++;
    if (k < length) continue;
    written++;
    const next = tokens[p + length];
    if (!next?.isWord || !next.capitalized) closed = true;
  }
  return written >= 2 && closed;
}

const FOUNDATION_WORDS = new Set(lowerWords(SCHOOLS.foundationWords));
/** A foundation's acronym after a school's level: "YPK", "YPPK", "GMIT" (three to five capitals). */
const FOUNDATION_ACRONYM = /^\p{Lu}{3,5}$/u;
/** Nouns a number counts ("8 siswa"): a number before one is no school's number. */
const SCHOOL_COUNT_NOUNS = new Set(lowerWords(SCHOOLS.countNouns));

/** The most words of a holder's name endWhereWrittenClosed leaves after a unit's name. */
const HOLDER_RUN_WORDS = 5;
/** The longest run of capitalised words readClosedNames records. */
const CLOSED_NAME_WORDS = 8;

/** The compact runs of capitalised words `tokens` writes closed, with every ending part of each, counted. */
export function readClosedNames(tokens: readonly Token[]): Map<string, number> {
  const closed = new Map<string, number>();
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token?.isWord && token.capitalized) continue;
    // A run closes at punctuation, a lowercase word or the end; not inside a hyphenated name, nor
    // at the stop of a shortened word ("PT. Sinar", "Dr. Budi") or before "dan" ("Maju dan Jaya").
    const last = tokens[i - 1];
    const shortened = token?.text === "." && (last?.text.length ?? 0) <= 3;
    if (
      i - start >= 2 &&
      i - start <= CLOSED_NAME_WORDS &&
      token?.text !== "-" &&
      token?.lower !== "dan" &&
      !shortened
    ) {
      let compact = "";
      for (let k = i - 1; k >= start; k--) {
        compact = `${tokens[k]?.compact ?? ""}${compact}`;
        if (k < i - 1) closed.set(compact, (closed.get(compact) ?? 0) + 1);
      }
    }
    start = i + 1;
  }
  return closed;
}

/**
 * "Kepala SMP Bina Karya Budi Santoso mengatakan": a private name after `from`'s unit noun that
 * runs on into its holder's name ends where the article writes the unit closed elsewhere
 * ("SMP Bina Karya, Sukamaju"), when the words after that are no place and the whole run is
 * written closed nowhere. The name is read from `nameAt` to `end`.
 */
function endWhereWrittenClosed(field: TextField, from: number, nameAt: number, end: number): number {
  const { tokens } = field;
  if (end - nameAt < 2) return end;
  // Only a plain run of capitalised words: "RSUP Dr. Budi", "Koperasi Maju dan Sejahtera" keep their reading.
  for (let k = from; k < end; k++) if (!tokens[k]?.isWord || !tokens[k]?.capitalized) return end;
  const closedNames = field.closedNames?.();
  if (!closedNames?.size) return end;
  let runEnd = end;
  while (tokens[runEnd]?.isWord && tokens[runEnd]?.capitalized && runEnd - end < 3) runEnd++;
  let compact = "";
  const prefixes: string[] = [];
  for (let k = from; k < runEnd; k++) {
    compact += tokens[k]?.compact ?? "";
    prefixes.push(compact);
  }
  // The run read here is one closed run itself: written so once more, it is the name as the article has it.
  if ((closedNames.get(compact) ?? 0) > 1) return end;
  for (let k = end - 1; k > nameAt; k--) {
    if (!closedNames.has(prefixes[k - from - 1] ?? "")) continue;
    // The words left, up to the run's end, must all be a name's: no unit, level, region, nor a place
    // the article or the regencies know (villages named after people are too many to ask).
    let r = k;
    for (; tokens[r]?.isWord && tokens[r]?.capitalized; r++) {
      const word = tokens[r];
      if (
        !word ||
        r - k >= HOLDER_RUN_WORDS ||
        NOT_PROPER_WORDS.holds(word) ||
        UNIT_FIRST_WORDS.holds(word) ||
        ORGANISATION_LEVELS.has(word.lower) ||
        REGION_PREFIXES.holds(word) ||
        SEAT_PREFIXES.has(word.lower) ||
        field.placeEvidence?.has(word.compact) ||
        matchPlaceAt(tokens, r)
      )
        return end;
    }
    // And they must read as a person's: a common given name first, or two words or more closed by
    // a comma, "selaku" or a reporting verb ("… Budi Santoso mengatakan").
    const closer = tokens[r];
    const closesName =
      closer?.text === "," || (closer?.isWord === true && !closer.capitalized && HOLDER_PREDICATES.has(closer.lower));
    if (knownGivenName(tokens[k]?.lower ?? "") || (r - k >= 2 && closesName)) return k;
    return end;
  }
  return end;
}

/** Where a private school's name after its level ends: up to three capitalised words, not a place or rank. */
function privateSchoolNameEnd(tokens: readonly Token[], at: number): number {
  let j = at;
  for (let words = 0; words < 3; words++) {
    const token = tokens[j];
    if (!token?.isWord || !token.capitalized || /^\d/.test(token.text) || NOT_PROPER_WORDS.holds(token)) break;
    if (matchPlaceAt(tokens, j) || REGION_PREFIXES.holds(token) || SEAT_PREFIXES.has(token.lower)) break;
    j++;
    // "SD Al-Azhar": a hyphen joins the words of one name.
    if (tokens[j]?.text === "-" && !tokens[j]?.spaced && tokens[j + 1]?.capitalized) j++;
  }
  return j;
}

/**
 * "DPC PDIP Kabupaten Blitar", "DPD Partai Golkar Jateng": a party's board at a level, named by
 * the party and the region it serves. Written as the article writes it, the board is one
 * institution with its long form ("Dewan Pimpinan Cabang PDIP Kabupaten Blitar").
 */
function matchPartyChapter(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  const level = chapterLevelAt(tokens, at);
  if (!level) return undefined;
  const { chapter, ownerAt, bracketed } = level;
  if (!tokens[ownerAt]?.capitalized) return undefined;
  const party = PARTY_FIRST_WORDS.has(tokens[ownerAt]?.lower ?? "");
  // "Dewan Pimpinan Cabang (DPC) Apdesi Kabupaten X": a level written out and abbreviated in
  // brackets says a board's owner follows, whatever case its acronym is written in.
  if (!party && !isAssociationChapter(tokens, ownerAt, chapter.long.endsWith(CENTRAL_LEVEL), bracketed === true))
    return undefined;
  const ownerEnd = party ? partyChapterEnd(tokens, ownerAt, properWordsEnd(tokens, ownerAt)) : ownerAt + 1;
  if (ownerEnd <= ownerAt) return undefined;
  const owner = writtenText(field, ownerAt, ownerEnd);
  const match = unitMatch(
    field,
    { long: `${chapter.long} ${owner}`, short: `${chapter.short} ${owner}`, type: party ? "OTHER" : "COMMUNITY" },
    at,
    ownerEnd,
  );
  return match;
}

/**
 * "Ketua DPC PKB Sukamaju Ahmad Fauzi": a party's chapter ends with the region it serves, and the
 * holder's name written after it is no word of the chapter's name. A region's prefix or a place the
 * gazetteer knows already ends the proper words read (properWordsEnd); with a seat it does not know,
 * a party written by its short name ("PKB", "Partai Golkar", "PDI Perjuangan") is followed by a seat
 * of one word (and a compass word), and two words after the seat are the holder's, or more when the
 * first is a common given name. A party written out in full
 * ("Partai Kebangkitan Bangsa") is kept whole. Returns where the chapter's name ends, at most `end`.
 */
function partyChapterEnd(tokens: readonly Token[], party: number, end: number): number {
  const opener = tokens[party]?.lower ?? "";
  const second = tokens[party + 1]?.lower ?? "";
  const shortName =
    opener === "partai"
      ? PARTY_FIRST_WORDS.has(second) && second !== "partai"
      : opener !== "pdi" || second === "perjuangan";
  if (!shortName) return end;
  // "DPC PKB Sukamaju Utara Budi": a compass word after the seat is the seat's.
  let seatEnd = (opener === "partai" || opener === "pdi" ? party + 2 : party + 1) + 1;
  if (DIRECTIONS.has(tokens[seatEnd]?.lower ?? "")) seatEnd++;
  // "DPC PKB Sungai Jernih Budi Santoso": three words or more after a one-word seat may hold the
  // seat's second word; only a common given name then says the holder starts there.
  const rest = end - seatEnd;
  return rest === 2 || (rest > 2 && knownGivenName(tokens[seatEnd]?.lower ?? "")) ? seatEnd : end;
}

/**
 * "DPC IKADIN Kabupaten Jepara", "DPD KNPI Kota Sukamaju": associations have chapters at the same
 * levels as parties. An acronym the lexicon does not know as a party counts when a region word
 * follows it, so "DPD RI" (the senate) and a chapter word before a person stay what they are.
 */
function isAssociationChapter(tokens: readonly Token[], ownerAt: number, central: boolean, anyCase = false): boolean {
  const owner = tokens[ownerAt];
  const acronym = anyCase ? /^\p{Lu}\p{L}{2,7}$/u : /^\p{Lu}{3,8}$/u;
  if (!owner?.isWord || (!anyCase && !owner.allCapitals) || !acronym.test(owner.text)) return false;
  if (NOT_DOMAIN_ACRONYMS.has(owner.text)) return false;
  // "DPP APDESI", "DPP KNPI": the central board serves no region, so none is written after it.
  return central || REGION_PREFIXES.holds(tokens[ownerAt + 1]);
}

/** Forums of school heads or teachers named with the school level they gather (units.json schoolLevelledBodies). */
const SCHOOL_LEVELLED_LONGS = new Set(unitLexicon.schoolLevelledBodies.map(compactSurface));

/** The last word of the central board's level ("Dewan Pimpinan Pusat"). */
const CENTRAL_LEVEL = "Pusat";

/** Domain words after a unit noun: "Kependudukan dan Pencatatan Sipil". */
function domainWordsEnd(tokens: readonly Token[], at: number): number {
  return listedDomainsEnd(tokens, at, domainRunEnd(tokens, at));
}

/**
 * Where domains listed after a comma at `end` close (`end` when none does): "Pemberdayaan
 * Perempuan, Perlindungan Anak, … dan Keluarga Berencana". Domains listed with commas belong to
 * the unit when "dan" closes the list; otherwise the comma ends the name.
 */
function listedDomainsEnd(tokens: readonly Token[], at: number, end: number): number {
  let listEnd = end;
  while (listEnd > at && tokens[listEnd]?.text === "," && listEnd - at < 24) {
    const itemEnd = domainRunEnd(tokens, listEnd + 1);
    if (itemEnd === listEnd + 1) break;
    const closes = tokens.slice(listEnd + 1, itemEnd).some((token) => token.lower === "dan");
    listEnd = itemEnd;
    if (closes) return listEnd;
  }
  return end;
}

/**
 * Government domains are mostly nouns formed with ke-…-an and pe(N)-…-an ("Pematusan",
 * "Pertanahan", "Kebudayaan"): such a capitalised word after a unit noun is a domain even when the
 * lexicon does not list it, unless it names a place ("Pekalongan") or a place level ("Kecamatan").
 */
const DOMAIN_NOUN_SHAPE = /^(?:ke|pe)\p{Ll}{3,}an$/u;
/** "Dinas PU …", "Dinas Koperasi dan UKM": an acronym standing for domain words; not a roman numeral ("Komisi III"). */
const DOMAIN_ACRONYM = /^(?![IVXL]+$)\p{Lu}{2,6}$/u;
/** A domain acronym fused with a domain word's first letters: "PMDSos" (PMD, Sosial), "PMDes" (PM, Desa). */
const FUSED_DOMAIN_ACRONYM = /^(?![IVXL]+)(\p{Lu}{2,5})(\p{Lu}\p{Ll}{2,3})$/u;
/** Acronyms of the state, not of a domain: "Dinas Kesehatan RI" is not a domain "RI". */
const NOT_DOMAIN_ACRONYMS = new Set(unitLexicon.notDomainAcronyms);

/** Digits inside an acronym that counts its letters: "P3A" (PPPA), "P2KB". */
const COUNTED_ACRONYM = /^(?=\p{Lu}*\d)[\p{Lu}\d]{2,6}$/u;
/** Words joining the acronyms of one merged agency: "Dinsos P3A serta PMD". */
const COMPOUND_JOINERS = new Set(["dan", "serta", "&"]);

/**
 * "Dinsos P3A serta PMD Tuban", "Diskominfo SP Sukamaju": an agency's abbreviation followed at once
 * by acronyms of the further domains a merged agency holds, which name no unit on their own, and
 * perhaps joined by "dan" or "serta". Returns where the acronyms end (`at` when none follows).
 */
/** Abbreviations that name a unit only after its noun ("PMD"): inside a compound they are domain acronyms. */
const AFTER_NOUN_ONLY_WORDS = new Set(
  [...ABBREVIATIONS].filter(([, entries]) => entries.every((e) => e.afterNounOnly)).map(([word]) => word),
);

function compoundAcronymsEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  let j = at;
  while (j - at < 6) {
    // "Dinkop dan UMKM Jateng": the domain acronym of small business may be joined to the office's
    // own abbreviation by "dan" (another body's acronym after "dan" is another body: "Dinkes dan BPBD").
    const joined =
      COMPOUND_JOINERS.has(tokens[j]?.lower ?? "") &&
      (end > at || SPELLED_DOMAIN_ACRONYMS.includes(tokens[j + 1]?.text ?? ""));
    const k = joined ? j + 1 : j;
    const token = tokens[k];
    if (
      !token?.isWord ||
      !token.spaced ||
      !(DOMAIN_ACRONYM.test(token.text) || COUNTED_ACRONYM.test(token.text)) ||
      NOT_DOMAIN_ACRONYMS.has(token.text) ||
      (UNIT_FIRST_WORDS.holds(token) && !AFTER_NOUN_ONLY_WORDS.has(token.lower)) ||
      matchPlaceAt(tokens, k)
    )
      break;
    end = k + 1;
    j = end;
  }
  return end;
}

/**
 * The lexicon's long forms (lowercase words) by their first word, for the ones that open with a
 * word that is also a domain word: "Sekretariat Daerah". A long form holding another body's
 * acronym ("Sekretariat DPRD") is left out: the institution reader reads that body there.
 */
const DOMAIN_WORD_LONG_FORMS = new Map<string, string[][]>();
for (const entry of unitLexicon.abbreviations) {
  const written = entry.long.replaceAll(",", "").split(" ");
  const words = lowerWords(written);
  const first = words[0] ?? "";
  if (words.length < 2 || !DOMAIN_WORDS.has(first) || written.some((word) => /^\p{Lu}{2,}$/u.test(word))) continue;
  DOMAIN_WORD_LONG_FORMS.set(first, [...(DOMAIN_WORD_LONG_FORMS.get(first) ?? []), words]);
}

/**
 * "Kepala Bagian Pemerintahan Sekretariat Daerah Sukamaju": a section's domain ends where the
 * office it belongs to starts, written by its long form from the lexicon, even when that form's
 * first word ("Sekretariat") is a domain word elsewhere. The section is then read as inside the
 * office (insideAnother), and the office is the institution.
 */
function opensListedOffice(tokens: readonly Token[], j: number, runStart: number): boolean {
  if (j === runStart) return false;
  const token = tokens[j];
  if (!token?.capitalized || !UNIT_FIRST_WORDS.holds(token)) return false;
  return someWordsAt(tokens, j, DOMAIN_WORD_LONG_FORMS.get(token.lower) ?? []);
}

function isDomainWord(tokens: readonly Token[], j: number, runStart: number): boolean {
  const token = tokens[j];
  if (!token?.isWord) return false;
  if (opensListedOffice(tokens, j, runStart)) return false;
  // "Dinas Pendidikan Wilayah VI": a numbered zone closes the unit's domain.
  if (readZone(tokens, j)) return false;
  if (DOMAIN_WORDS.has(token.lower)) return true;
  if (DOMAIN_ACRONYM.test(token.text)) {
    if (tokens[j - 1]?.lower === "dan" || (j === runStart && DOMAIN_WORDS.has(tokens[j + 1]?.lower ?? ""))) return true;
    // "Dinas UMKM Halut", "Kadis UMKM Halut": small business's acronym names a domain even alone.
    if (j === runStart && SPELLED_DOMAIN_ACRONYMS.includes(token.text)) return true;
    // "Dinas Koperasi UKM, Perdagangan …", "Dinas Koperasi, UKM, Perindustrian dan …": an acronym
    // after a domain word, or as an item of a listed domain, stands for domain words too, unless
    // it names the region the unit serves ("Dinas Kesehatan NTB") or another unit.
    const afterDomain = j > runStart && DOMAIN_WORDS.has(tokens[j - 1]?.lower ?? "");
    const listItem = j === runStart && tokens[j - 1]?.text === ",";
    return (
      (afterDomain || listItem) &&
      !NOT_DOMAIN_ACRONYMS.has(token.text) &&
      !UNIT_FIRST_WORDS.holds(token) &&
      !matchPlaceAt(tokens, j)
    );
  }
  // "Dinas PMDSos Lebong", "Dinas PMDes X": a domain acronym in capitals fused with the first letters
  // of one more domain word ("Sos" of Sosial, "Des" of Desa), as a merged office shortens its
  // domains, opens the unit's domain as the acronym alone would.
  const fused = j === runStart ? FUSED_DOMAIN_ACRONYM.exec(token.text) : null;
  if (fused?.[1] && fused[2] && !NOT_DOMAIN_ACRONYMS.has(fused[1])) {
    const syllable = fused[2].toLowerCase();
    if (SYLLABLE_SOURCES.some((source) => source.startsWith(syllable))) return true;
  }
  return (
    token.capitalized &&
    DOMAIN_NOUN_SHAPE.test(token.lower) &&
    !PLACE_MARKERS.holds(token) &&
    !REGION_PREFIXES.holds(token) &&
    !matchPlaceAt(tokens, j)
  );
}

function domainRunEnd(tokens: readonly Token[], at: number): number {
  let j = at;
  while (j - at < 8) {
    const token = tokens[j];
    if (!token || !isDomainWord(tokens, j, at)) break;
    if (token.lower === "dan" ? !tokens[j + 1]?.capitalized : !token.capitalized) break;
    j++;
  }
  while (j > at && tokens[j - 1]?.lower === "dan") j--;
  return j > at ? openDomainEnd(tokens, j) : j;
}

/** The most words of a unit's domain read past the lexicon's domain words up to the region. */
const OPEN_DOMAIN_WORDS = 4;

/**
 * "Dinas Pengelolaan Air Limbah Domestik Blora", "Badan Penanggulangan Bencana dan Kebakaran Daerah
 * Sukamaju": a unit's domain goes on past the words the lexicon knows as far as the region it serves,
 * when every word between is a capitalised everyday noun ("Limbah", "Domestik", "Benih") and none a
 * given name, a place, a unit's first word or a headline's verb. Without the region closing the run
 * the words are not taken: after "Dinas Sosial" a capitalised word may be the holder's name. Returns
 * where the domain ends: after the words when the region follows them, else `end`.
 */
function openDomainEnd(tokens: readonly Token[], end: number): number {
  let j = end;
  while (j - end < OPEN_DOMAIN_WORDS) {
    const token = tokens[j];
    if (
      !token?.isWord ||
      !token.capitalized ||
      !token.spaced ||
      // "Dinas Pendidikan Wilayah VI Jawa Barat": a numbered zone closes the domain.
      readZone(tokens, j) ||
      !dictionaryNoun(token.lower) ||
      UNIT_FIRST_WORDS.holds(token) ||
      NOT_OPEN_DOMAIN_WORDS.holds(token) ||
      REGION_PREFIXES.holds(token) ||
      PLACE_MARKERS.holds(token) ||
      HEADLINE_VERB.test(token.lower) ||
      HEADLINE_VERBS.holds(token) ||
      VERB_PREFIXES.test(token.lower) ||
      matchPlaceAt(tokens, j)
    )
      break;
    j++;
  }
  if (j === end) return end;
  const region = tokens[j];
  const closedByRegion =
    region?.isWord === true &&
    region.capitalized &&
    (REGION_PREFIXES.holds(region) || matchPlaceAt(tokens, j) !== undefined);
  return closedByRegion ? j : end;
}

/**
 * Words that never carry a unit's domain on: the first words of a regional body's forms ("Pemerintah",
 * "Kantor", "Polres": the body the unit belongs to starts there) and the prepositions and conjunctions
 * a Title Case headline capitalises ("Dinas Kesehatan Kepada Kabupaten …").
 */
const NOT_OPEN_DOMAIN_WORDS = new WordClass([
  ...institutionLexicon.regionalHeads.flatMap((head) => head.forms.map((form) => (form[0] ?? "").toLowerCase())),
  ...lowerWords(unitLexicon.openDomainStopWords),
]);

/** Lowercase words that open the predicate right after a holder written without a comma. */
const HOLDER_PREDICATES = new Set([...speechLexicon.reporting, ...unitLexicon.holderPredicates]);
/** The fewest words of an organisation's proper name: "Al Hikmah", "Maju Jaya", "Sri Rejeki". */
const SHORTEST_PROPER_NAME = 2;
/** The words of a holder's name read off the end of such a run: "Ahmad Fauzi". */
const HOLDER_NAME_WORDS = 2;

/**
 * "Pengasuh Pondok Pesantren Al Hikmah Ahmad Fauzi mengatakan": a run of four or more proper
 * words that ends right at a reporting verb, with no comma, is the name and then its holder; the
 * last two words are the holder's name, so the name ends before them.
 */
function holderAfterName(tokens: readonly Token[], at: number, end: number, shortest = SHORTEST_PROPER_NAME): number {
  if (end - at < shortest + HOLDER_NAME_WORDS) return end;
  const next = tokens[end];
  if (!next?.isWord || next.capitalized || !HOLDER_PREDICATES.has(next.lower)) return end;
  return end - HOLDER_NAME_WORDS;
}

/** "Sejahtera", "Makmur": words that close a cooperative's or a small business's own name. */
const ORGANISATION_CLOSING_WORDS = new Set(lowerWords(unitLexicon.organisationClosingWords));
/** Most words of a holder's name after an organisation's closing word. */
const CLOSED_NAME_HOLDER_WORDS = 3;

/**
 * "Ketua KUD Mina Sejahtera Rudi Hartono hadir …": after a post's title, a name closed by one of
 * an organisation's closing words and run on, without a comma, into two or three name-shaped words
 * (no closing word among them) up to a lowercase word or a stop ends at the closing word; the rest
 * is the holder's name. Returns where the name ends: `end` when nothing so closes it ("Koperasi
 * Makmur Jaya").
 */
function holderAfterClosingWord(field: TextField, at: number, wordsAt: number, end: number): number {
  const { tokens } = field;
  if (!holderExpectedBefore(tokens, at)) return end;
  // The run must close there: a lowercase word, a comma or a stop follows it.
  const after = tokens[end];
  if (after?.isWord && after.capitalized) return end;
  for (let cut = Math.max(wordsAt + 1, end - CLOSED_NAME_HOLDER_WORDS); cut <= end - 2; cut++) {
    if (!ORGANISATION_CLOSING_WORDS.has(tokens[cut - 1]?.lower ?? "")) continue;
    // "Koperasi Sejahtera Bersama Abadi": another closing word after it is still the name's.
    let closingAfter = false;
    for (let k = cut; k < end; k++) closingAfter ||= ORGANISATION_CLOSING_WORDS.has(tokens[k]?.lower ?? "");
    if (!closingAfter && nameShapedWords(field, cut, end)) return cut;
  }
  return end;
}

/**
 * "Ketua BUMDes Maju Jaya Rudi Hartono hadir …", "Rektor Universitas Sukamaju Budi Santoso Wibowo
 * melantik …": after a post's title, a run of proper words written without a comma and closed by a
 * lowercase word or a stop ends with its holder's name when its last words read as a person's by the
 * word lists: each a common given name or a word no list counts among its most frequent, at least
 * one a common given name, and name-shaped (no place, unit or title word). The name is the last two
 * words, or three when the first of the three is a common given name; at least one word of a name
 * of its own (no domain word such as "Pendidikan") is left to the institution. The words an
 * organisation names itself with are frequent words ("Maju Jaya", "Sinar Budi Jaya", "Tunas
 * Harapan"), so such a name keeps them. Returns where the institution's name ends: `end` when the
 * run does not so end.
 */
function holderByNameWords(field: TextField, at: number, wordsAt: number, end: number): number {
  const { tokens } = field;
  if (end - wordsAt < 1 + HOLDER_NAME_WORDS || !runClosesBefore(tokens[end])) return end;
  // "Kepala Balai X, Budi Santoso, …": a comma may set the holder off after the whole name; not
  // one before the next post of a list ("…, Wakil Ketua Rina Wulandari").
  const next = tokens[end + 1];
  if (tokens[end]?.text === "," && next?.capitalized && !TITLE_OPENING_WORDS.has(next.lower)) return end;
  if (!holderExpectedBefore(tokens, at)) return end;
  const longest = end - WRITTEN_APART_NAME_WORDS;
  const cut = longest > wordsAt && knownGivenName(tokens[longest]?.lower ?? "") ? longest : end - HOLDER_NAME_WORDS;
  let given = false;
  for (let k = cut; k < end; k++) {
    const lower = tokens[k]?.lower ?? "";
    if (!nameLikeWord(lower)) return end;
    given ||= knownGivenName(lower);
  }
  // "Ketua Yayasan Pendidikan Budi Hartono": words of a kind of body alone leave the institution no
  // name of its own; the run is its name.
  let ownName = false;
  for (let k = wordsAt; k < cut && !ownName; k++) ownName = !DOMAIN_WORDS.has(tokens[k]?.lower ?? "");
  return given && ownName && nameShapedWords(field, cut, end) && !writtenClosedElsewhere(tokens, at, end) ? cut : end;
}

/** Most words of a holder's name read off the end of an institution's name by what the article writes elsewhere. */
const WRITTEN_APART_NAME_WORDS = 3;

/**
 * Whether a run of proper words ends right before `after`: at a lowercase word other than "dan"
 * ("Maju dan Jaya" goes on), at a comma, a stop or a semicolon, or at the end of the text. A run
 * going on into capitalised words or other punctuation has no holder's name at its end to cut off.
 */
function runClosesBefore(after: Token | undefined): boolean {
  return after?.isWord ? !after.capitalized && after.lower !== "dan" : /^[,.;]$/.test(after?.text ?? ".");
}

/**
 * "Rektor Universitas Sukamaju Budi Santoso melantik 1.200 wisudawan …", "Mahasiswa Universitas
 * Sukamaju Joko Prasetyo membantu …": a run of proper words after an institution's noun, written
 * without a comma and closed by a lowercase word or a stop, whose last words are its holder's name
 * whatever verb follows. The article tells where the institution's name ends: it writes the words
 * before the holder's as the institution elsewhere, closed there ("… di Universitas Sukamaju."), or
 * it writes a word of the holder's name alone elsewhere ("kata Budi"), not inside this run. A
 * holder of one word needs both. Returns where the institution's name ends: `end` when nothing
 * says so ("Koperasi Sinar Budi Jaya menggelar RAT", "Universitas Gadjah Mada").
 */
function holderWrittenApart(field: TextField, at: number, wordsAt: number, end: number): number {
  const { tokens } = field;
  if (end - wordsAt < 2) return end;
  if (!runClosesBefore(tokens[end])) return end;
  const after = tokens[end];
  // "Kepala Balai X, Budi Santoso, …": a comma may set the holder off after the whole name; a
  // degree after the comma ("Ketua Yayasan X Budi Santoso, SE, MM") is the holder's, written on.
  if (after?.text === "," && tokens[end + 1]?.capitalized && degreeEndAt(tokens, end + 1) < 0) return end;
  // "Koperasi Sinar Budi Jaya" written whole elsewhere is the name, holder or not.
  if (!holderExpectedBefore(tokens, at) || writtenClosedElsewhere(tokens, at, end)) return end;
  const nameFrom = nameWordWrittenAlone(tokens, at, Math.max(wordsAt + 1, end - WRITTEN_APART_NAME_WORDS), end);
  // The institution written apart says where the name starts; the longest such institution wins.
  for (let cut = end - 1; cut > wordsAt && end - cut <= WRITTEN_APART_NAME_WORDS; cut--) {
    if (!writtenClosedElsewhere(tokens, at, cut) || !nameShapedWords(field, cut, end)) continue;
    if (end - cut > 1 || nameFrom === cut) return cut;
  }
  // A word of the name written alone says a name ends the run; it starts at that word, or two
  // words before the end when the word is the name's last ("kata Santoso").
  if (nameFrom < 0) return end;
  const cut = Math.min(nameFrom, end - HOLDER_NAME_WORDS);
  return cut > wordsAt && nameShapedWords(field, cut, end) ? cut : end;
}

/** Words written between an institution's noun and the name it bears (namesakes.json qualifiers): "Islam Negeri", "Umum Daerah", "Internasional". */
const NAMESAKE_QUALIFIERS = new Set(lowerWords(namesakeLexicon.qualifiers));
/** Most qualifier words passed over before a namesake's name. */
const NAMESAKE_QUALIFIER_WORDS = 4;
/** Most tokens of a namesake's name, its stops and hyphens included: "Prof. Dr. I.G.N.G. Ngoerah". */
const NAMESAKE_NAME_TOKENS = 16;
/**
 * The names institutions bear after their noun, most of them a person's (namesakes.json: universities,
 * Islamic colleges, hospitals, airports, air bases, military commands), as letters only: "Prof. Dr. Hamka" is "profdrhamka".
 */
const NAMESAKE_NAMES: ReadonlySet<string> = new Set(
  [
    namesakeLexicon.universities,
    namesakeLexicon.institutes,
    namesakeLexicon.polytechnics,
    namesakeLexicon.hospitals,
    namesakeLexicon.airports,
    namesakeLexicon.airBases,
    namesakeLexicon.militaryCommands,
  ].flatMap((names) => names.map(compactSurface)),
);

/**
 * Where the longest name of namesakes.json written from `at` (right after an institution's noun)
 * ends, after at most a few qualifier words ("Universitas Islam Negeri Sunan Kalijaga", "RSUD Syekh
 * Yusuf", "Bandara Internasional Sultan Hasanuddin"), or -1. The name is compared letters only, its
 * stops and hyphens written or not; it opens with a capitalised word.
 */
export function namesakeNameEnd(tokens: readonly Token[], at: number): number {
  let best = -1;
  for (let start = at; start - at <= NAMESAKE_QUALIFIER_WORDS; start++) {
    if (tokens[start]?.capitalized) {
      let letters = "";
      for (let k = start; k - start < NAMESAKE_NAME_TOKENS; k++) {
        const token = tokens[k];
        if (!token) break;
        if (token.isWord) {
          // "Sunan Gunung Djati": each word capitalised; "Mathla'ul" is one word.
          if (!token.capitalized) break;
          letters += token.compact;
          if (k + 1 > best && NAMESAKE_NAMES.has(letters)) best = k + 1;
        } else if (token.text !== "." && token.text !== "-") break;
      }
    }
    if (!NAMESAKE_QUALIFIERS.has(tokens[start]?.lower ?? "")) break;
  }
  return best;
}

/**
 * "Rektor Universitas Ahmad Dahlan Budi mengatakan", "Direktur RSUD Syekh Yusuf Budi Santoso …",
 * "Komandan Lanud Sultan Hasanuddin …": an institution named after a person bears that person's
 * name after its noun, and the name is read whole as the institution's own (namesakes.json): no
 * holder's name is cut off inside it ("Universitas Ahmad" and "Dahlan Budi"). After a post's
 * title, or a noun for the institution's people, name-shaped words run on after the namesake's
 * name are its holder's when a reporting verb follows them or one is a common given name, unless
 * the article writes the longer run whole elsewhere. Returns where the institution's name ends, `end` when no listed name
 * follows the noun at `wordsAt`.
 */
function namesakeNameBound(field: TextField, at: number, wordsAt: number, end: number): number {
  const named = namesakeNameEnd(field.tokens, wordsAt);
  if (named < 0) return writtenWholeEnd(field, at, end);
  if (named === end) return end;
  if (end < named) return named;
  // "Pasien dirujuk ke RSUD Kartini Budi Santoso di Blora": the longer run written whole elsewhere
  // is the name the article gives the institution.
  const { tokens } = field;
  if (writtenClosedElsewhere(tokens, at, end)) return end;
  if (!holderExpectedBefore(tokens, at) || !nameShapedWords(field, named, end)) return end;
  // The words left read as a person's: a reporting verb follows them, or one is a common given name
  // ("Wakil Bupati Kunjungi RSUD X Kuala Tungkal, …": a headline's seat is neither).
  const next = tokens[end];
  let given = next?.isWord === true && !next.capitalized && HOLDER_PREDICATES.has(next.lower);
  for (let k = named; k < end && !given; k++) given = knownGivenName(tokens[k]?.lower ?? "");
  return given ? named : end;
}

/** Most capitalised words read on after a cut institution's name to find the name the article writes whole. */
const WRITTEN_WHOLE_RUN_WORDS = 4;

/**
 * "Wisuda Universitas Pangeran Darmo Sentono berlangsung … Rektor Universitas Pangeran Darmo Sentono
 * Wiyono mengatakan": a name cut at `end` for a holder's name after it, which the article writes
 * longer and closed elsewhere, is that longer name, as a listed namesake's is: the holder's name
 * starts after it, and must still be left (name-shaped words up to the run's end). Returns where
 * the institution's name ends, `end` when the article writes no such longer name.
 */
function writtenWholeEnd(field: TextField, at: number, end: number): number {
  const { tokens } = field;
  let runEnd = end;
  while (runEnd - end < WRITTEN_WHOLE_RUN_WORDS && tokens[runEnd]?.isWord && tokens[runEnd]?.capitalized) runEnd++;
  for (let k = runEnd - 1; k > end; k--)
    if (writtenClosedElsewhere(tokens, at, k) && nameShapedWords(field, k, runEnd)) return k;
  return end;
}

/**
 * "Kepala Bandara Sultan Hasanuddin Budi Santoso mengatakan": after a post's title an airport named
 * after a person (namesakes.json airports) is the office that runs it, which the post is held at;
 * its name is the namesake's, read whole, and the holder's name starts after it. An airport with no
 * title before it is a place one lands at, a building and no institution (eval/README.md).
 */
function airportAfterTitle(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  if (tokens[at]?.lower !== AIRPORT_NOUN || !holderExpectedBefore(tokens, at)) return undefined;
  const end = namesakeNameEnd(tokens, at + 1);
  return end > at + 1 ? unitMatch(field, { long: writtenText(field, at, end), type: "OTHER" }, at, end) : undefined;
}

/** Speech words a speaker's name follows: "kata", "menurut". */
const NAMED_SPEECH_WORDS = new Set(speechLexicon.named);

/**
 * "“…,” kata Kepala Puskesmas Sukamaju Rina Wulandari.", "ujar Kepala SMP Bina Karya Budi Santoso,
 * Senin.", "disampaikan Rektor Universitas Sukamaju Joko Prasetyo saat …": a title right after a
 * speech word that a speaker's name follows ("kata", "ujar", "menurut", "disampaikan") names its
 * speaker, so a run of proper words after the institution's noun, closed by punctuation or a
 * lowercase word, ends with the speaker's name: its last two words, when at least one word is left
 * for the institution and both are shaped as a name's (no place, unit or title word). Returns where
 * the institution's name ends: `end` when the run is shorter or no such speech word stands before.
 */
function holderAfterNamedSpeech(field: TextField, at: number, wordsAt: number, end: number): number {
  const { tokens } = field;
  const cut = end - HOLDER_NAME_WORDS;
  if (cut <= wordsAt) return end;
  if (!runClosesBefore(tokens[end])) return end;
  // The title: capitalised words (and the stop of "Plt.") from a title's first word up to the noun.
  let opener = at - 1;
  while (opener >= 0 && at - opener <= TITLE_REACH && (tokens[opener]?.capitalized || tokens[opener]?.text === "."))
    opener--;
  const titleAt = opener + 1;
  if (titleAt >= at || !TITLE_OPENING_WORDS.has(tokens[titleAt]?.lower ?? "")) return end;
  if (!NAMED_SPEECH_WORDS.has(tokens[opener]?.lower ?? "")) return end;
  return nameShapedWords(field, cut, end) ? cut : end;
}
/** Nouns for people that a holder's name follows with their institution: "mahasiswa", "siswa", "dosen". */
const HOLDER_NOUNS = new Set(lowerWords([...peopleLexicon.descriptorNouns, ...peopleLexicon.nounsBeforeName]));
/** Most words of a post's title read back from an institution's noun: "Wakil Rektor Bidang Akademik". */
const TITLE_REACH = 6;

/**
 * Whether a post's title or a noun for its people stands right before the institution at `at`
 * ("Rektor", "Wakil Rektor I", "Dekan Fakultas Hukum", "mahasiswa"), so a holder's name may follow it.
 */
function holderExpectedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= TITLE_REACH; k--) {
    const token = tokens[k];
    if (!token?.isWord) return false;
    if (TITLE_OPENING_WORDS.has(token.lower) || HOLDER_NOUNS.has(token.lower)) return true;
    if (!token.capitalized) return false;
  }
  return false;
}

/** Whether the words from `from` to `to` may be a person's name: capitalised words, no place, rank or unit's noun. */
function nameShapedWords(field: TextField, from: number, to: number): boolean {
  const { tokens } = field;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (!token?.isWord || !token.capitalized || token.hasDigit || token.allCapitals || token.text.length < 2)
      return false;
    if (NOT_PROPER_WORDS.holds(token) || UNIT_FIRST_WORDS.holds(token) || PROPER_NAME_STOPS.holds(token)) return false;
    if (TITLE_OPENING_WORDS.has(token.lower) || SEAT_PREFIXES.has(token.lower) || matchPlaceAt(tokens, k)) return false;
    // "… di Bening": a word the article writes as a place is no word of a name.
    if (field.placeEvidence?.has(token.compact)) return false;
  }
  return true;
}

/**
 * Whether the words from `from` to `to` are written again elsewhere, followed by no capitalised
 * word, or by an honorific that opens the next person's name ("Pembina Yayasan X Hj. Rina").
 */
function writtenClosedElsewhere(tokens: readonly Token[], from: number, to: number): boolean {
  const length = to - from;
  const first = tokens[from]?.lower;
  for (let p = 0; p + length <= tokens.length; p++) {
    if (p === from || tokens[p]?.lower !== first) continue;
    let k = 1;
    while (k < length && tokens[p + k]?.lower === tokens[from + k]?.lower) k++;
    if (k < length) continue;
    const next = tokens[p + length];
    if (!next?.isWord || !next.capitalized) return true;
    if (honorificOpensName(tokens, p + length)) return true;
  }
  return false;
}

/** Whether an honorific written with its stop ("Hj.", "Dr.", "Prof.") opens a person's name at `at`. */
function honorificOpensName(tokens: readonly Token[], at: number): boolean {
  const stop = tokens[at + 1];
  return (
    HONORIFIC_WORDS.has(tokens[at]?.lower ?? "") &&
    stop?.text === "." &&
    !stop.spaced &&
    tokens[at + 2]?.isWord === true &&
    tokens[at + 2]?.capitalized === true
  );
}

/**
 * Where the first word of the name from `from` to `to` that the article writes elsewhere as a
 * name on its own stands, or -1: a capitalised run holding only words of the name, in their order
 * ("kata Budi", "Budi Santoso menambahkan"), outside the run that starts at `unitAt`.
 */
function nameWordWrittenAlone(tokens: readonly Token[], unitAt: number, from: number, to: number): number {
  const words = tokens.slice(from, to).map((t) => t.lower);
  let first = -1;
  for (let p = 0; p < tokens.length; p++) {
    if (p >= unitAt && p < to) continue;
    const token = tokens[p];
    if (!token?.isWord || !token.capitalized) continue;
    // "Menurut Budi": only a speech word may stand capitalised before the name.
    if (tokens[p - 1]?.capitalized && !NAMED_SPEECH_WORDS.has(tokens[p - 1]?.lower ?? "")) continue;
    const start = words.indexOf(token.lower);
    if (start < 0 || token.text.length < 3) continue;
    let k = 1;
    while (start + k < words.length && tokens[p + k]?.lower === words[start + k]) k++;
    if (!tokens[p + k]?.capitalized && (first < 0 || from + start < first)) first = from + start;
  }
  return first;
}

/**
 * "Dinas Kependudukan dan Catatan Sipil (Dispendukcapil)": when the capitalised words after the
 * domain run end at an acronym of the unit itself (it starts as the unit noun does), the article
 * has said where the name ends, so the words up to the bracket are the unit's name.
 */
function nameBeforeOwnAcronym(tokens: readonly Token[], at: number, end: number): number {
  let j = end;
  while (j - end < 6) {
    const token = tokens[j];
    if (!token?.isWord || (!token.capitalized && token.lower !== "dan")) break;
    if (REGION_PREFIXES.holds(token) || NOT_PROPER_WORDS.holds(token) || matchPlaceAt(tokens, j)) return end;
    j++;
  }
  if (j === end || tokens[j - 1]?.lower === "dan") return end;
  const bracket = bracketedAcronym(tokens, j);
  const noun = tokens[at]?.lower ?? "";
  if (!bracket || bracket.acronym.includes(" ")) return end;
  return bracket.acronym.toLowerCase().startsWith(noun.slice(0, 2)) ? j : end;
}

/**
 * "Dinas Koperasi dan Usaha Kecil Menengah (UKM)": a bracket that spells the last domain words,
 * not the unit, abbreviates those words. Returns the long form written with the acronym
 * ("Dinas Koperasi dan UKM"), the way the article may write the unit later.
 */
function withDomainAcronym(long: string, acronym: string): string | undefined {
  const words = long.split(" ");
  if ((words[0] ?? "").charAt(0).toLowerCase() === acronym.charAt(0).toLowerCase()) return undefined;
  const letters = acronym.toLowerCase();
  let initials = "";
  for (let from = words.length - 1; from > 0; from--) {
    const word = words[from] ?? "";
    if (word.toLowerCase() === "dan") continue;
    initials = word.charAt(0).toLowerCase() + initials;
    if (initials === letters) return [...words.slice(0, from), acronym].join(" ");
    if (!letters.endsWith(initials)) return undefined;
  }
  return undefined;
}

/** Domain acronyms a unit's name may spell out in full: "UKM" for "Usaha Kecil dan Menengah". */
const SPELLED_DOMAIN_ACRONYMS: readonly string[] = unitLexicon.spelledDomainAcronyms;

/**
 * "Dinas Koperasi, Usaha Kecil dan Menengah" → "Dinas Koperasi dan UKM": a name whose last words
 * spell a domain acronym out, written as it is written with the acronym; undefined when none does.
 * Remembered by unit name: a unit kind's names are few and asked for often.
 */
const withSpelledDomainAcronym = remembered(spelledDomainAcronymForm);

function spelledDomainAcronymForm(long: string): string | undefined {
  const plain = long.replace(/,/g, "");
  for (const acronym of SPELLED_DOMAIN_ACRONYMS) {
    const form = withDomainAcronym(plain, acronym);
    if (!form) continue;
    const words = form.split(" ");
    return words.at(-2)?.toLowerCase() === "dan" ? form : [...words.slice(0, -1), "dan", acronym].join(" ");
  }
  return undefined;
}

/** A proper name after "Universitas", "Yayasan", "PT": capitalised words up to a bracket, region or comma. */
/**
 * Titles that open the name of a person an institution is named after: "RSUD dr Doris Sylvanus",
 * "RSUP Dr. Sardjito", "Universitas Prof. Dr. Moestopo", "Yayasan H. Agus Salim".
 */
const NAME_OPENING_TITLES = new Set(lowerWords(unitLexicon.nameOpeningTitles));

/** Where the titles (each perhaps with its dot) before a namesake's name end, or `at`. */
function afterNameOpeningTitles(tokens: readonly Token[], at: number): number {
  let j = at;
  while (j - at < 6 && NAME_OPENING_TITLES.has(tokens[j]?.lower ?? "")) {
    const next = tokens[j + 1]?.text === "." ? j + 2 : j + 1;
    if (!tokens[next]?.isWord || !tokens[next]?.capitalized) break;
    j = next;
  }
  return j;
}

/**
 * "PT. Sinar Maju", "CV. Karya": a proper noun abbreviated with its full stop; returns where its
 * name starts after the stop, or -1.
 */
function afterAbbreviatedProperNoun(tokens: readonly Token[], at: number): number {
  const stop = tokens[at + 1];
  if (stop?.text !== "." || stop.spaced || !tokens[at]?.allCapitals || !tokens[at + 2]?.capitalized) return -1;
  return nounAt(tokens, at, PROPER_NOUNS)?.to === at + 1 ? at + 2 : -1;
}

/** Nouns of offices that end a proper name run: what follows is the institution it belongs to. */
const PROPER_NAME_STOPS = new WordClass(lowerWords(unitLexicon.properNameStops));

/**
 * A verb made with -kan ("Wujudkan", "Tingkatkan", "Sosialisasikan"); nouns in -kan are made with
 * pe-/ke- ("Pendidikan", "Pekan") and stay in a name.
 */
export const HEADLINE_VERB = /^(?!pe|ke)\p{L}{3,}kan$/u;

/** "L." of "H. L. M. Baharuddin": one capital letter, its full stop, then a capitalised word. */
function isInitialWithStop(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return (
    token?.isWord === true &&
    /^\p{Lu}$/u.test(token.text) &&
    tokens[at + 1]?.text === "." &&
    !tokens[at + 1]?.spaced &&
    tokens[at + 2]?.capitalized === true
  );
}

/**
 * "RSUD Haji, RSKD Ibu dan Anak Pertiwi": an honorific spelled out inside a name, with no name of
 * a person after it (no capitalised word, no other honorific, no stop of an abbreviation), is a
 * word of the name.
 */
function honorificInName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  return (
    token !== undefined &&
    token.text.length >= 3 &&
    HONORIFIC_WORDS.has(token.lower) &&
    next?.text !== "." &&
    !(next?.isWord && (next.capitalized || HONORIFIC_WORDS.has(next.lower)))
  );
}
const HONORIFIC_WORDS = new Set(peopleLexicon.honorifics.map((word) => word.toLowerCase()));

function properWordsEnd(tokens: readonly Token[], at: number): number {
  const named = afterNameOpeningTitles(tokens, at);
  if (named > at) {
    // "RSUD dr. H. L. M. Baharuddin, M.Kes.": the namesake's initials, each with its full stop.
    let first = named;
    while (isInitialWithStop(tokens, first)) first += 2;
    const end = properWordsEnd(tokens, first);
    if (end <= first) return at;
    // The namesake's degree after a comma belongs to the name.
    const degree = tokens[end]?.text === "," ? degreeEndAt(tokens, end + 1) : -1;
    return degree > 0 ? degree : end;
  }
  let j = at;
  while (j - at < 5) {
    const token = tokens[j];
    // "Koperasi Berkah 2023-2028 Budi Santoso": a range of years after the name is its holder's term.
    if (j > at && termYearsEnd(tokens, j) > j) break;
    // "Pontren Al-Aziz": a hyphen written against two capitalised words joins them into one name.
    if (token?.text === "-" && j > at && !token.spaced && tokens[j + 1]?.capitalized && !tokens[j + 1]?.spaced) {
      j++;
      continue;
    }
    if (!token?.isWord || (NOT_PROPER_WORDS.holds(token) && !honorificInName(tokens, j))) break;
    // "Koperasi Karyawan PT. Adis Footwear": a company named inside the name carries it on.
    const nested = tokens[j + 1]?.text === "." ? afterAbbreviatedProperNoun(tokens, j) : -1;
    if (nested > 0) {
      const end = properWordsEnd(tokens, nested);
      if (end > nested) return end;
    }
    if (token.lower === "dan" || token.lower === "-") {
      if (!tokens[j + 1]?.capitalized || j === at) break;
      // "Koperasi Harapan Bersama dan Koperasi Sinar Jaya": another institution starts after "dan".
      if (token.lower === "dan" && UNIT_FIRST_WORDS.holds(tokens[j + 1])) break;
      if (token.lower === "dan" && personAfterLink(tokens, j)) break;
    } else if (!token.capitalized) break;
    // "Bidang … Pondok Pesantren Kantor Wilayah Kementerian Agama …": an office's noun starts
    // another institution, the one the named thing belongs to, not a word of its name.
    if (PROPER_NAME_STOPS.holds(token)) break;
    // "BUMDes Sumber Makmur Desa Sukamaju": a seat's prefix after the name starts the seat.
    if (j > at && SEAT_PREFIXES.has(token.lower)) break;
    const place = matchPlaceAt(tokens, j);
    if (place) {
      // "Universitas Riau": a name that is a place ends with it; words after it are not the name.
      if (j === at) return place.to;
      // "KSU Pos Kupang Sejahtera": a cooperative's closing word after the place is still its name.
      if (ORGANISATION_CLOSING_WORDS.has(tokens[place.to]?.lower ?? "") && tokens[place.to]?.capitalized) {
        j = place.to + 1;
        continue;
      }
      break;
    }
    // "LSM Peduli Desa Wujudkan Pemilu Damai": a Title Case headline's verb in -kan ends the name.
    if (HEADLINE_VERB.test(token.lower) || HEADLINE_VERBS.holds(token)) break;
    // "di Puskesmas Sukamaju Senin (8/4)": the day the event took place ends the name; a month
    // after a day's number is a date the name holds ("Universitas 17 Agustus 1945").
    if (CALENDAR_WORDS.holds(token) && !tokens[j - 1]?.hasDigit) break;
    j++;
  }
  while (j > at && tokens[j - 1]?.lower === "dan") j--;
  // "program Koperasi Desa", "pengurus Koperasi Desa/Kelurahan Merah Putih": a seat's prefix with
  // no seat after it is the kind of village the body is found in, not a name of its own.
  if (j === at + 1 && SEAT_PREFIXES.has(tokens[at]?.lower ?? "")) return at;
  return holderAfterName(tokens, at, j);
}

/** The most words of a person's name read after "dan" before the word that shows it is one. */
const LINKED_NAME_WORDS = 4;

/**
 * "Kepala Puskesmas Sukamaju dan Agus Salim selaku …": after "dan" at `at` a person starts, not more
 * of the unit's name, when the next word is a common given name or the capitalised run after it
 * ends at "selaku", a reporting verb or a post's title. "Dinas Pemuda dan Olahraga" reads its
 * domain words elsewhere; "Koperasi Maju dan Sejahtera" has none of these after it.
 */
function personAfterLink(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at + 1];
  if (!first?.isWord || !first.capitalized) return false;
  if (knownGivenName(first.lower)) return true;
  let j = at + 1;
  while (j - at <= LINKED_NAME_WORDS && tokens[j]?.isWord && tokens[j]?.capitalized) {
    // "… dan Yusran Hadi Sekretaris Desa …": the title of the person's post ends the run.
    if (TITLE_OPENING_WORDS.has(tokens[j]?.lower ?? "")) return j > at + 1;
    if (NOT_PROPER_WORDS.holds(tokens[j])) return false;
    j++;
  }
  const next = tokens[j];
  if (!next?.isWord) return false;
  return !next.capitalized && (next.lower === "selaku" || speechLexicon.reporting.includes(next.lower));
}

/**
 * A lone proper word at `at`: capitalised, not a region, a rank or honorific, a chapter level or
 * the first word of a longer name (the word after it is not capitalised).
 */
function isOwnerWord(field: TextField, at: number): boolean {
  const { tokens } = field;
  const word = tokens[at];
  const next = tokens[at + 1];
  if (!word?.isWord || !word.capitalized || /^\d/.test(word.text)) return false;
  if (next?.isWord && next.capitalized) return false;
  if (NOT_PROPER_WORDS.holds(word) || ORGANISATION_LEVELS.has(word.lower) || REGION_PREFIXES.holds(word)) return false;
  return !readRegion(tokens, at, field.placeEvidence) && !matchPlaceAt(tokens, at);
}

/** Where reading resumes after a bracketed acronym at `at`, if there is one. */
function skipBracket(tokens: readonly Token[], at: number): number {
  return bracketedAcronym(tokens, at)?.to ?? at;
}

function nounAt(
  tokens: readonly Token[],
  at: number,
  nouns: readonly NounSpec[],
): { noun: NounSpec; to: number } | undefined {
  let best: { noun: NounSpec; to: number } | undefined;
  for (const noun of nouns) {
    const to = wordsAt(tokens, at, noun.words);
    if (to > 0 && (!best || to > best.to)) best = { noun, to };
  }
  return best;
}

/** Most acronyms of a merged office's other domains between its name and its region. */
const MERGED_DOMAINS = 3;

/**
 * "Dinsos PPKB-PPPA HST", "Dinsos P3AP2KB Blora": a regional office merged from several writes the
 * other domains' acronyms (letters and digits, joined by hyphens) between its name and its region.
 * Returns the token after them when a place the gazetteer knows follows them; else `at`.
 */
function mergedDomainsEnd(tokens: readonly Token[], at: number): number {
  const joined = (k: number) =>
    tokens[k]?.text === "-" && tokens[k]?.spaced === false && tokens[k + 1]?.spaced === false;
  // "Dinsos PPKB-PPPA": the name may have read the first acronym as its own domain already.
  let k = joined(at) && tokens[at - 1]?.allCapitals ? at + 1 : at;
  let acronyms = 0;
  while (acronyms < MERGED_DOMAINS) {
    const token = tokens[k];
    if (!token?.isWord || !token.allCapitals || token.text.length < 3 || /^\d+$/.test(token.text)) break;
    // The region is found: the acronyms end before it (asked once, not again after the loop).
    if (matchPlaceAt(tokens, k)) return acronyms > 0 && tokens[k - 1]?.text !== "-" ? k : at;
    acronyms++;
    k++;
    if (joined(k)) k++;
  }
  return acronyms > 0 && tokens[k - 1]?.text !== "-" && matchPlaceAt(tokens, k) ? k : at;
}

/** A unit of government or an organisation written at token `at`, read by the grammar above. */
export function matchUnitAt(field: TextField, at: number): InstitutionMatch | undefined {
  const byGrammar = matchUnitByGrammar(field, at);
  const learned = startsLearnedLongForm(field, field.tokens[at]) ? learnedLongFormAt(field, at) : undefined;
  // "Universitas Muhammadiyah Blora (UMB)": where both readings end at the bracket, the article's
  // own definition says the place is a word of the name, not the region the grammar reads.
  return learned && (!byGrammar || learned.to >= byGrammar.to) ? learned : byGrammar;
}

/** First words of the long forms an article's field defines, per learned map. */
const learnedFirstWords = new WeakMap<Map<string, UnitSpec>, Set<string>>();

/** Whether a long form the article defines ("Ikatan Persaudaraan Haji Indonesia (IPHI)") may start at `token`. */
export function startsLearnedLongForm(field: TextField, token: Token | undefined): boolean {
  const learned = field.learnedAbbreviations;
  if (!learned || learned.size === 0 || !token?.isWord) return false;
  let firstWords = learnedFirstWords.get(learned);
  if (!firstWords) {
    firstWords = new Set([...learned.values()].map((spec) => spec.long.split(" ")[0]?.toLowerCase() ?? ""));
    learnedFirstWords.set(learned, firstWords);
  }
  return firstWords.has(token.lower);
}

/**
 * "Ikatan Persaudaraan Haji Indonesia (IPHI) Blora", "Pimpinan Daerah Muhammadiyah (PDM) Blora":
 * where the article defines an acronym, its long form written before the bracket is one name,
 * whatever words it holds, and the region after the bracket is the unit's.
 */
function learnedLongFormAt(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  for (const [acronym, spec] of field.learnedAbbreviations ?? []) {
    // "Rumah Sakit Umum Daerah (RSUD) Jayapura": an acronym the lexicon knows as a kind of body
    // with its own name after it ("RSUD Jayapura") reads that name as the lexicon does, not as a region.
    const known = UNIT_BY_SHORT.get(acronym.toLowerCase());
    if (known?.proper && known.long === spec.long) continue;
    const to = longFormAt(tokens, at, lowerWords(spec.long.replaceAll(",", "").split(" ")));
    if (to > 0 && bracketedAcronym(tokens, to)?.acronym === acronym) return unitMatch(field, spec, at, to);
  }
  return undefined;
}

function matchUnitByGrammar(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  const token = tokens[at];
  if (!token?.isWord || !token.capitalized) return undefined;
  const joined = field.learnedAbbreviations?.size ? hyphenatedAcronymAt(tokens, at) : undefined;
  const learnedJoined = joined ? field.learnedAbbreviations?.get(joined.acronym) : undefined;
  if (joined && learnedJoined) return unitMatch(field, learnedJoined, at, joined.to);
  const learned = field.learnedAbbreviations?.get(token.text);
  // "Dewan Pimpinan Cabang (DPC) APDESI X … Ketua DPC APDESI X": a chapter's level the article
  // spelled out is still a chapter when its owner follows.
  const learnedChapter = learned && PARTY_CHAPTERS.has(token.lower) ? matchPartyChapter(field, at) : undefined;
  if (learnedChapter) return learnedChapter;
  // An abbreviation the lexicon knows with the same long form learns nothing new: the lexicon
  // reading also takes the proper name after it ("RSUD HIS").
  if (learned && UNIT_BY_SHORT.get(token.lower)?.long !== learned.long) {
    // "KPRI Karya Sejahtera": an acronym of a kind of body the article defines, then a body's own name.
    const ownEnd = learned.kindOfBody
      ? endWhereWrittenClosed(field, at, at + 1, properWordsEnd(tokens, at + 1))
      : at + 1;
    if (ownEnd > at + 1) {
      const own = writtenText(field, at + 1, ownEnd);
      const match = unitMatch(field, { long: `${learned.long} ${own}`, type: learned.type }, at, ownEnd);
      match.standardAliases.push(`${token.text} ${own}`);
      return match;
    }
    return unitMatch(field, learned, at, at + 1);
  }
  if (UNIT_PREFIXES.has(token.lower) && token.allCapitals) return matchPrefixedUnit(field, at);
  const airport = airportAfterTitle(field, at);
  if (airport) return airport;
  if (!UNIT_FIRST_WORDS.holds(token)) return undefined;
  const school = matchSchool(field, at);
  if (school) return school;
  const chapter = matchPartyChapter(field, at);
  if (chapter) return chapter;

  let best: InstitutionMatch | undefined;
  for (const abbreviation of ABBREVIATIONS.get(token.lower) ?? []) {
    const to = wordsAt(tokens, at, abbreviation.words);
    // Abbreviations are written as such ("BPBD", "Dinkes"), not as a lowercase word.
    if (to < 0 || (best && best.to >= to) || abbreviation.afterNounOnly) continue;
    if (abbreviation.partyContextOnly && !aboutParties(field)) continue;
    // "Ketua RT, Pan Suparman": a short acronym written in title case is a name word.
    if (abbreviation.capitalsOnly && !token.allCapitals) continue;
    // "bikin PKS-nya": an abbreviation with a possessive suffix is a common noun's (a cooperation
    // agreement), not a body's name.
    if (tokens[to]?.text === "-" && !tokens[to]?.spaced && tokens[to + 1]?.lower === "nya") continue;
    let properEnd = abbreviation.proper
      ? holderByNameWords(
          field,
          at,
          to,
          holderAfterClosingWord(field, at, to, endWhereWrittenClosed(field, at, to, properWordsEnd(tokens, to))),
        )
      : to;
    // "RSUD Syekh Yusuf", "UIN Sunan Kalijaga": a namesake's name is read whole.
    if (abbreviation.proper) properEnd = namesakeNameBound(field, at, to, properEnd);
    if (properEnd > to) {
      // "RSUD Harapan Sehat": an abbreviated noun before a proper name.
      const properWords = writtenText(field, to, properEnd);
      const spec = { ...abbreviation.spec, long: `${abbreviation.spec.long} ${properWords}`, short: undefined };
      best = unitMatch(field, spec, at, properEnd);
      best.standardAliases.push(`${writtenText(field, at, to)} ${properWords}`);
    } else {
      // "Fraksi PKS DPRD Kabupaten X": a body named without a region (a party) merges no agency's
      // acronyms; what follows it is another body.
      const compoundEnd = abbreviation.national || abbreviation.spec.regionless ? to : compoundAcronymsEnd(tokens, to);
      // "Diskominfo, Statistik dan Persandian X": an office's abbreviation, then its further domains listed.
      const listed =
        compoundEnd === to && !abbreviation.national && !abbreviation.spec.regionless
          ? abbreviationWithListedDomains(field, abbreviation.spec, at, to)
          : undefined;
      best =
        listed ??
        (compoundEnd > to
          ? unitMatch(
              field,
              { long: writtenText(field, at, compoundEnd), type: abbreviation.spec.type },
              at,
              compoundEnd,
            )
          : unitMatch(
              field,
              abbreviation.spec,
              at,
              to,
              abbreviation.national,
              abbreviation.seated,
              abbreviation.seatOnly,
            ));
    }
  }
  if (best) return best;
  // "Majelis Ulama Indonesia (MUI) Kabupaten Blora": a listed unit written out in full.
  for (const long of LONG_FORMS.get(token.lower) ?? []) {
    const to = longFormAt(tokens, at, long.words);
    if (to > 0 && (!best || to > best.to)) best = unitMatch(field, long.spec, at, to, long.national, long.seated);
  }
  if (best) return best;

  const vocabulary = nounAt(tokens, at, VOCABULARY_NOUNS);
  const found = nounAt(tokens, at, PROPER_NOUNS);
  // "PP. Al-Hikmah": a short noun read as this kind only in a text of its kind (onlyInTextWith),
  // and only as written in capitals.
  const proper =
    found?.noun.onlyInTextWith &&
    !(tokens[at]?.allCapitals && found.noun.onlyInTextWith.test(field.articleText ?? field.text))
      ? undefined
      : found;
  const vocabularyEnd = vocabulary ? nameBeforeOwnAcronym(tokens, at, domainWordsEnd(tokens, vocabulary.to)) : -1;
  // "Badan Usaha Milik Desa (BUMDes) …": a listed noun longer than the unit noun and its domain
  // words is the one written ("Badan" and the domain "Usaha" are only its start).
  const properLonger = proper !== undefined && proper.to > vocabularyEnd;
  if (vocabulary && !properLonger && !vocabulary.noun.buildingOf?.has(tokens[vocabulary.to]?.lower ?? "")) {
    const end = vocabularyEnd;
    // "Dinas Kominfo Provsu", "Dinas PUPR Blora": the noun before an abbreviation of a unit of its
    // own kind is part of how that unit is written.
    const abbreviated =
      (end === vocabulary.to ? abbreviationAfterNoun(field, at, vocabulary.to) : undefined) ??
      abbreviationOfNounAndContraction(field, at, vocabulary.to, end);
    if (abbreviated) return abbreviated;
    // "Dinas Perindagkop Kaltim": the domain words contracted into one word the lexicon does not list.
    const contracted =
      end === vocabulary.to && !vocabulary.noun.partOf ? contractedDomainEnd(tokens, vocabulary.to) : -1;
    if (contracted > 0) {
      const long = `${titleCase(tokens[at]?.text ?? "")} ${tokens[vocabulary.to]?.text}`;
      return unitMatch(field, { long, type: vocabulary.noun.type }, at, contracted);
    }
    // "Dinas" alone, "Badan itu": a unit noun names a unit only with its domain.
    // "Fakultas Ekonomi" alone: a part of an institution that the text does not tie to a named
    // whole (no university after it) is no institution of its own.
    if (end > vocabulary.to && vocabulary.noun.partOf) {
      // "Dekan Fakultas Teknik Universitas X": a part gives way to the whole it names, which is
      // the institution (eval/README.md: a faculty is no institution; its posts are the university's).
      const whole = matchUnitAt(field, skipBracket(tokens, end));
      return whole?.type === vocabulary.noun.partOf ? { ...whole, from: at } : undefined;
    }
    if (end > vocabulary.to) {
      // A comma of a listed domain stays against its word: "Perempuan, Perlindungan Anak".
      const long = tokens
        .slice(at, end)
        .map((t) => titleCase(t.text))
        .join(" ")
        .replaceAll(" , ", ", ");
      const type = TYPE_OF_LONG.get(compactSurface(long)) ?? vocabulary.noun.type;
      // "Kantor Urusan Agama (KUA) Kecamatan Cepu": an office found in every district takes its seat.
      const seated = PLACE_BOUND_LONGS.has(compactSurface(long));
      const unit = unitMatch(field, { long, type }, at, end, false, seated);
      if (vocabulary.noun.insideAnother) unit.insideNext = true;
      return unit;
    }
  }
  if (proper && !proper.noun.notBefore?.has(tokens[proper.to]?.lower ?? "")) {
    // "Rumah Sakit Umum Daerah (RSUD) Harapan Sehat": the noun's acronym may stand before the name.
    const nounAcronym = bracketedAcronym(tokens, proper.to);
    const afterStop = proper.to === at + 1 ? afterAbbreviatedProperNoun(tokens, at) : -1;
    const wordsAt = nounAcronym?.to ?? (afterStop > 0 ? afterStop : proper.to);
    let end = endWhereWrittenClosed(field, at, wordsAt, properWordsEnd(tokens, wordsAt));
    const ownName = end > wordsAt && !nounAcronym ? kindThenOwnName(field, at, proper.to, end) : undefined;
    if (ownName) return ownName;
    // "Kepala Puskesmas Kutowinangun Agus Salim mengatakan": one seat word, then the holder.
    if (proper.noun.seatNamed) end = holderAfterName(tokens, wordsAt, end, 1);
    // "Hadir Kepala Puskesmas Sukamaju Rina Kartika, Kepala SMPN 1 …": or before the next post of a list.
    if (
      proper.noun.seatNamed &&
      end - wordsAt === 1 + HOLDER_NAME_WORDS &&
      opensNextPost(tokens, end) &&
      nameShapedWords(field, end - HOLDER_NAME_WORDS, end)
    )
      end -= HOLDER_NAME_WORDS;
    // "Rektor Universitas Sukamaju Budi Santoso melantik …": the holder's name written on after
    // the name, which the article writes apart from it elsewhere.
    if (!nounAcronym) end = holderWrittenApart(field, at, wordsAt, end);
    // "…,” kata Kepala Puskesmas Sukamaju Rina Wulandari.": a speaker's attribution names the speaker.
    if (!nounAcronym) end = holderAfterNamedSpeech(field, at, wordsAt, end);
    end = holderAfterClosingWord(field, at, wordsAt, end);
    end = holderByNameWords(field, at, wordsAt, end);
    end = namesakeNameBound(field, at, wordsAt, end);
    // "PT Bank Jateng", "PT Semen Gresik": a company's name keeps the place words it is written
    // with; they are neither renamed ("Jawa Tengah") nor a region the company serves.
    const placeInName = end > wordsAt && proper.noun.type === "COMPANY" ? matchPlaceAt(tokens, end) : undefined;
    if (placeInName) end = placeInName.to;
    if (end > wordsAt) {
      const properWords = writtenText(field, wordsAt, end);
      const long = `${writtenText(field, at, proper.to)} ${properWords}`;
      const match = unitMatch(field, { long, type: proper.noun.type }, at, end);
      if (nounAcronym) {
        match.shortName ??= `${nounAcronym.acronym} ${properWords}`;
        match.standardAliases.push(`${nounAcronym.acronym} ${properWords}`);
      }
      // "Kopdes Merah Putih Sukamaju" is also "Koperasi Desa Merah Putih Sukamaju".
      if (proper.noun.expandsTo) {
        const region = match.to > end ? ` ${writtenText(field, end, match.to)}` : "";
        const expanded = `${proper.noun.expandsTo} ${properWords}`;
        match.standardAliases.push(`${expanded}${region}`);
        // "Ponpes Al Hikmah" and "Pondok Pesantren Al Hikmah" are one institution: the contracted
        // noun's identity is its expansion's.
        const written = `unit:${compactSurface(long)}:`;
        if (match.identity.startsWith(written))
          match.identity = `unit:${compactSurface(expanded)}:${match.identity.slice(written.length)}`;
      }
      return match;
    }
    // "Puskesmas Blora", "Koperasi Jepara": the noun and a place.
    const place = matchPlaceAt(tokens, proper.to);
    if (place)
      return unitMatch(field, { long: writtenText(field, at, proper.to), type: proper.noun.type }, at, proper.to);
    // "BUMDes Desa Sukamaju": the noun and a seat written with its prefix.
    if (seatWordsFrom(tokens, wordsAt) > wordsAt) {
      const seated = unitMatch(field, { long: writtenText(field, at, proper.to), type: proper.noun.type }, at, wordsAt);
      if (seated.to > wordsAt) return seated;
    }
    // "Hadir pengurus BPD, LPM dan Karang Taruna", "Ketua Lembaga Adat, Kader …": a village's own
    // body written bare, both words capitalised and no name word after them ("Karang Taruna Tunas
    // Muda" is a body's own name; "Karang Sari" is no such noun at all).
    const nextWord = tokens[proper.to];
    // "Karang Taruna Desa dan …": a seat's prefix with no seat after it is no name word either.
    const bareSeat = wordsAt === proper.to && end === wordsAt && SEAT_PREFIXES.has(nextWord?.lower ?? "");
    if (
      proper.noun.villageBody &&
      tokens.slice(at, proper.to).every((t) => t.capitalized) &&
      (bareSeat || !(nextWord?.isWord && nextWord.capitalized))
    ) {
      const long = proper.noun.words.map(titleCase).join(" ");
      const to = bareSeat ? proper.to + 1 : proper.to;
      return unitMatch(field, { long, type: proper.noun.type }, at, to, false, true, true);
    }
  }
  return undefined;
}

/**
 * "Koperasi Pegawai Republik Indonesia (KPRI) Karya Sejahtera Kabupaten Cirebon": a kind of body
 * written out with the acronym its words spell, then the body's own name. The kind and the name
 * are one name; the acronym with the name ("KPRI Karya Sejahtera") and the noun with the name
 * ("Koperasi Karya Sejahtera") are how the article may write it again.
 */
/** Nouns of bodies whose kind is written out before their own name: "Koperasi Pegawai … (KPRI) X". */
const KINDS_BEFORE_OWN_NAME = new Set(lowerWords(unitLexicon.kindsBeforeOwnName));

/** Kinds written as one contracted word: "kopwan" → "koperasi wanita" (units.json properNouns expandsTo). */
const CONTRACTED_KINDS = new Map(
  PROPER_NOUNS.filter((n) => n.words.length === 1 && n.expandsTo !== undefined).map((n) => [
    n.words[0] as string,
    (n.expandsTo as string).toLowerCase(),
  ]),
);

function kindThenOwnName(field: TextField, at: number, nounTo: number, kindEnd: number): InstitutionMatch | undefined {
  const { tokens } = field;
  // "Ikatan Keluarga Alumni (IKA) Budi Santosa mengatakan": after other kinds the words may be a person.
  if (!KINDS_BEFORE_OWN_NAME.has(tokens[at]?.lower ?? "")) return undefined;
  const bracket = bracketedAcronym(tokens, kindEnd);
  if (!bracket || bracket.acronym.includes(" ")) return undefined;
  let initials = "";
  for (let k = at; k < kindEnd; k++) initials += tokens[k]?.isWord ? (tokens[k]?.lower.charAt(0) ?? "") : "";
  // "Koperasi Wanita (Kopwan) Setia Budi": the bracket may hold the kind's contraction the lexicon
  // knows ("Kopwan" for Koperasi Wanita) instead of its initials.
  const contraction = CONTRACTED_KINDS.get(bracket.acronym.toLowerCase());
  const kindWords = writtenText(field, at, kindEnd).toLowerCase();
  if (initials !== bracket.acronym.toLowerCase() && contraction !== kindWords) return undefined;
  const nameEnd = properWordsEnd(tokens, bracket.to);
  if (nameEnd <= bracket.to) return undefined;
  const kind = writtenText(field, at, kindEnd);
  const own = writtenText(field, bracket.to, nameEnd);
  const type = nounAt(tokens, at, PROPER_NOUNS)?.noun.type ?? "COMMUNITY";
  const match = unitMatch(field, { long: `${kind} ${own}`, type }, at, nameEnd);
  match.shortName = `${bracket.acronym} ${own}`;
  match.standardAliases.push(`${bracket.acronym} ${own}`, `${writtenText(field, at, nounTo)} ${own}`);
  return match;
}

/** Domain words long enough to lend a syllable to a contraction. */
const SYLLABLE_SOURCES = [...DOMAIN_WORDS].filter((word) => word.length >= 4);
/** "Dik" of "Dikpora", "Dikbud": a shortened domain word that may open a contracted domain. */
const DOMAIN_CONTRACTION_STEMS = new Set(lowerWords(unitLexicon.domainContractionStems));
/** The fewest letters of each piece of a contracted domain word: "perin-dag-kop", "kom-info". */
const CONTRACTED_PIECE_LETTERS = 3;

/**
 * "Perindagkop", "Kominfo", "Perkim": one capitalised word that is pieces of domain words joined
 * (each piece three letters or more, found inside a domain word, the first opening one), right after a unit noun and
 * followed by its region or by no other name word. Returns where it ends, or -1. A person's name
 * after the noun is not spelled so: "Budi" is too short, and few names split into such pieces.
 */
function contractedDomainEnd(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token?.isWord || !/^\p{Lu}\p{Ll}{5,}$/u.test(token.text)) return -1;
  if (NOT_PROPER_WORDS.holds(token) || UNIT_FIRST_WORDS.holds(token) || matchPlaceAt(tokens, at)) return -1;
  const next = tokens[at + 1];
  if (next?.isWord && next.capitalized && !matchPlaceAt(tokens, at + 1) && !REGION_PREFIXES.holds(next)) return -1;
  return spelledByDomainPieces(token.lower) ? at + 1 : -1;
}

function spelledByDomainPieces(word: string): boolean {
  // spelled[k]: whether the letters from k on split into pieces; filled from the end. The first
  // piece opens a domain word ("perin-dustrian"), as the nomenclature's abbreviations do.
  const spelled: boolean[] = new Array(word.length + 1).fill(false);
  spelled[word.length] = true;
  for (let from = word.length - CONTRACTED_PIECE_LETTERS; from >= 0; from--) {
    for (let to = from + CONTRACTED_PIECE_LETTERS; to <= word.length && !spelled[from]; to++) {
      if (!spelled[to] || (from === 0 && to === word.length)) continue;
      const piece = word.slice(from, to);
      spelled[from] =
        (from === 0 && DOMAIN_CONTRACTION_STEMS.has(piece)) ||
        SYLLABLE_SOURCES.some((source) => (from === 0 ? source.startsWith(piece) : source.includes(piece)));
    }
  }
  return spelled[0] === true;
}

/**
 * "Kadis Kesehatan Kabupaten Blora", "Kadis PMD Kabupaten Blora": a head's title that contracts
 * the unit noun ("Kadis" = Kepala Dinas) is followed by the unit's domain, read as if the noun
 * were written before it; `at` is the first word after the title, `from` the title.
 */
export function matchUnitAfterContractedNoun(
  field: TextField,
  at: number,
  nounWord: string,
  from: number,
): InstitutionMatch | undefined {
  const { tokens } = field;
  const noun = nounWord.toLowerCase();
  const spec = VOCABULARY_NOUNS.find((n) => n.words.length === 1 && n.words[0] === noun);
  if (!spec || !tokens[at]?.capitalized) return undefined;
  for (const abbreviation of ABBREVIATIONS.get(tokens[at]?.lower ?? "") ?? []) {
    const to = wordsAt(tokens, at, abbreviation.words);
    if (to < 0 || abbreviation.proper || !abbreviation.spec.long.toLowerCase().startsWith(`${noun} `)) continue;
    // "PMD" of "Kadis PMD" is the domain's abbreviation; the unit's own short form is the listed one (DPMD).
    const spec = { ...abbreviation.spec, short: SHORT_OF_LONG.get(compactSurface(abbreviation.spec.long)) };
    // "Kadis Kominfo, Statistik dan Persandian X": the merged office's listed domains, as after "Dinas".
    const listed = abbreviationWithListedDomains(field, spec, at, to);
    if (listed) return { ...listed, from, written: `${titleCase(nounWord)} ${writtenText(field, at, listed.to)}` };
    const match = unitMatch(field, spec, from, to, abbreviation.national, abbreviation.seated);
    return { ...match, written: `${titleCase(nounWord)} ${writtenText(field, at, match.to)}` };
  }
  const end = domainWordsEnd(tokens, at);
  if (end <= at) return undefined;
  const domain = tokens
    .slice(at, end)
    .map((t) => titleCase(t.text))
    .join(" ")
    .replaceAll(" , ", ", ");
  const long = `${titleCase(nounWord)} ${domain}`;
  const type = TYPE_OF_LONG.get(compactSurface(long)) ?? spec.type;
  const match = unitMatch(field, { long, type }, from, end, false, PLACE_BOUND_LONGS.has(compactSurface(long)));
  return { ...match, written: `${titleCase(nounWord)} ${writtenText(field, at, match.to)}` };
}

/** Words that say a text is about parties, candidates or elections. */
const PARTY_CONTEXT = new RegExp(`\\b(?:${unitLexicon.partyContextWords.join("|")})\\b`, "i");
const PARTY_CONTEXT_OF = new WeakMap<TextField, boolean>();

/** Whether the field's text is about parties or elections (read once per field). */
function aboutParties(field: TextField): boolean {
  let about = PARTY_CONTEXT_OF.get(field);
  if (about === undefined) {
    about = PARTY_CONTEXT.test(field.text);
    PARTY_CONTEXT_OF.set(field, about);
  }
  return about;
}

function abbreviationAfterNoun(field: TextField, at: number, nounTo: number): InstitutionMatch | undefined {
  const { tokens } = field;
  const noun = writtenText(field, at, nounTo).toLowerCase();
  for (const abbreviation of ABBREVIATIONS.get(tokens[nounTo]?.lower ?? "") ?? []) {
    const to = wordsAt(tokens, nounTo, abbreviation.words);
    if (to < 0 || abbreviation.proper || !abbreviation.spec.long.toLowerCase().startsWith(`${noun} `)) continue;
    const listed = abbreviationWithListedDomains(field, abbreviation.spec, at, to);
    if (listed) return listed;
    return unitMatch(
      field,
      // "Dinas PMD": an abbreviation read only after its noun is the domain's; the unit's short form is the listed one.
      abbreviation.afterNounOnly
        ? { ...abbreviation.spec, short: SHORT_OF_LONG.get(compactSurface(abbreviation.spec.long)) }
        : abbreviation.spec,
      at,
      to,
      abbreviation.national,
      abbreviation.seated,
      abbreviation.seatOnly,
    );
  }
  return undefined;
}

/**
 * "Dinas Perindag Sukamaju" is "Disperindag Sukamaju": a unit noun written out before the
 * contracted domain its abbreviation is made of ("Dinas" + "Perindag" for "Dis" + "perindag",
 * "Dinas LH" for "DLH") names the unit that abbreviation names, with its long form, so that both
 * ways of writing it are one institution. Only a one-word abbreviation of a long form that opens
 * with the noun counts, and only when the word is the whole domain written (`domainEnd`): in
 * "Dinas PU Bina Marga dan Pematusan" the acronym opens a longer domain of the office's own. A
 * noun's one-letter contraction ("D" of DPU) is left out: "Dinas PU" is not always the DPU of the
 * lexicon. Returns undefined when the noun's contractions and the word make none.
 */
function abbreviationOfNounAndContraction(
  field: TextField,
  at: number,
  nounTo: number,
  domainEnd: number,
): InstitutionMatch | undefined {
  const { tokens } = field;
  const word = tokens[nounTo];
  if (nounTo !== at + 1 || domainEnd > nounTo + 1 || !word?.isWord || !word.capitalized || !word.spaced)
    return undefined;
  const noun = tokens[at]?.lower ?? "";
  for (const contraction of NOUN_CONTRACTIONS.get(noun) ?? []) {
    if (contraction.length < 2) continue;
    for (const abbreviation of ABBREVIATIONS.get(`${contraction}${word.lower}`) ?? []) {
      if (abbreviation.words.length !== 1 || abbreviation.proper) continue;
      if (!abbreviation.spec.long.toLowerCase().startsWith(`${noun} `)) continue;
      const listed = abbreviationWithListedDomains(field, abbreviation.spec, at, nounTo + 1);
      if (listed) return listed;
      return unitMatch(
        field,
        abbreviation.spec,
        at,
        nounTo + 1,
        abbreviation.national,
        abbreviation.seated,
        abbreviation.seatOnly,
      );
    }
  }
  return undefined;
}

/**
 * "Dinas Kominfo, Statistik dan Persandian", "Diskominfo, Statistik dan Persandian": a merged
 * office written with the abbreviation of its first domains, then, after a comma, the further
 * domains it took on, listed and closed by "dan". The list is part of the office's name (without
 * it the office would be the plain one of the abbreviation, and the first listed domain would be
 * read as its holder's name); its long form spells the abbreviation out before the list.
 */
function abbreviationWithListedDomains(
  field: TextField,
  spec: UnitSpec,
  from: number,
  to: number,
): InstitutionMatch | undefined {
  if (field.tokens[to]?.text !== ",") return undefined;
  const end = listedDomainsEnd(field.tokens, from, to);
  if (end <= to) return undefined;
  const listed = writtenText(field, to + 1, end);
  const long = `${spec.long}, ${listed}`;
  return unitMatch(field, { long, short: writtenText(field, from, end), type: spec.type }, from, end);
}

const UNIT_PREFIXES = new Set(lowerWords(unitLexicon.unitPrefixes.words));

/**
 * "UPT Pendidikan Kecamatan Dawe", "UPTD Pendidikan Kecamatan X": a technical unit written with the
 * domain of the office it belongs to but not its noun, then its seat with a place prefix: read as
 * the office's domain would be after "Dinas", the unit is named by the prefix and the domain.
 */
function technicalUnitOfDomain(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  const prefix = tokens[at];
  if (!prefix || !tokens[at + 1]?.capitalized) return undefined;
  // Read as "Dinas …" on a copy of the tokens around the prefix only: a copy of the whole text
  // for every prefix (with the memos keyed by the token list starting empty for each copy) made
  // extraction quadratic in the article's length (a 1 MB article took 13 s instead of 0.7 s).
  const windowFrom = Math.max(0, at - OFFICE_READING_BEFORE);
  const asOffice = tokens.slice(windowFrom, at + OFFICE_READING_AFTER);
  asOffice[at - windowFrom] = {
    ...prefix,
    text: OFFICE_NOUN,
    lower: OFFICE_NOUN.toLowerCase(),
    compact: OFFICE_NOUN.toLowerCase(),
  };
  const office = matchUnitAt({ ...field, tokens: asOffice }, at - windowFrom);
  if (!office?.unitNameTo || office.type !== "LOCAL_GOVERNMENT" || office.generic) return undefined;
  const unitNameTo = office.unitNameTo + windowFrom;
  // Only with a seat written with its prefix ("Kecamatan Dawe"): "UPT Pendidikan" alone names no one unit.
  if (!SEAT_PREFIXES.has(tokens[unitNameTo]?.lower ?? "")) return undefined;
  const long = writtenText(field, at, unitNameTo);
  const unit = unitMatch(field, { long, type: office.type }, at, unitNameTo, false, true);
  return unit.to > unitNameTo ? unit : undefined;
}
/** Tokens before and after a technical unit's prefix that reading it as an office may look at. */
const OFFICE_READING_BEFORE = 20;
const OFFICE_READING_AFTER = 60;
/** The noun of a regional office, read before a technical unit's domain. */
const OFFICE_NOUN = "Dinas";

/**
 * "UPTD Puskesmas Cepu", "UPT Dinas Pendidikan Kecamatan Cepu": a technical unit written before
 * the unit it runs is that unit at its seat, written with the prefix.
 */
function matchPrefixedUnit(field: TextField, at: number): InstitutionMatch | undefined {
  const inner = matchUnitAt(field, at + 1);
  if (!inner) return technicalUnitOfDomain(field, at);
  if (!inner.unitRole || inner.unitNameTo === undefined) return undefined;
  if (inner.place || inner.to > inner.unitNameTo)
    return { ...inner, from: at, written: writtenText(field, at, inner.to) };
  return unitMatch(field, { long: inner.unitRole, type: inner.type }, at, inner.unitNameTo, false, true);
}

/**
 * "Lembaga Penjaminan Mutu Pendidikan (LPMP)": an abbreviation the article defines, so later
 * mentions of "LPMP" are the same institution. Only long forms the grammar reads as a unit count.
 */
/** Nouns that open an organisation's name, for acronyms the article defines ("Lembaga … (LPMP)"). */
const ORGANISATION_NOUNS: NounSpec[] = [
  ...VOCABULARY_NOUNS,
  ...PROPER_NOUNS,
  ...unitLexicon.acronymOnlyNouns.map((n) => ({ words: lowerWords(n.words), type: n.type as InstitutionType })),
];

/** Most words of a long form written in brackets after its acronym. */
const REVERSED_LONG_FORM_WORDS = 9;

/**
 * "LPMP Jawa Tengah (Lembaga Penjaminan Mutu Pendidikan)", "DPKUKM (Dinas Perdagangan, Koperasi
 * dan UKM) Sukamaju": an acronym, perhaps with its region, then its long form in the bracket at
 * `open`: a unit the grammar reads whose words contract to the acronym, or capitalised words that
 * open with an organisation noun and whose initials spell it.
 */
function reversedLongForm(field: TextField, open: number): UnitSpec | undefined {
  const { tokens } = field;
  let close = open + 1;
  while (close - open <= REVERSED_LONG_FORM_WORDS + 1) {
    const token = tokens[close];
    if (!token || token.text === ")") break;
    if (!(token.isWord && (token.capitalized || token.lower === "dan")) && token.text !== ",") return undefined;
    close++;
  }
  if (tokens[close]?.text !== ")" || close - open < 3) return undefined;
  // The acronym stands right before the bracket or before the region that closes it.
  let at = open - 1;
  const acronymShape = (token: Token | undefined) => token?.isWord === true && /^\p{Lu}{2,8}$/u.test(token.text);
  if (!acronymShape(tokens[at])) {
    for (let from = open - 2; from >= Math.max(0, open - 5); from--) {
      if (acronymShape(tokens[from]) && matchPlaceAt(tokens, from + 1)?.to === open) {
        at = from;
        break;
      }
    }
  }
  const acronym = tokens[at];
  if (!acronym || !(acronymShape(acronym) || (at === open - 1 && SYLLABLE_ACRONYM.test(acronym.text))))
    return undefined;
  const short = acronym.text;
  const words: string[] = [];
  for (let k = open + 1; k < close; k++) {
    const token = tokens[k];
    if (token?.isWord && token.lower !== "dan") words.push(token.lower);
  }
  const unit = matchUnitAt(field, open + 1);
  if (unit?.unitRole && unit.to === close && spellsContraction(short.toLowerCase(), words))
    return { long: unit.unitRole, short, type: unit.type };
  // "Gakoptindo (Gabungan Koperasi Produsen Tempe Tahu Indonesia)": an acronym of syllables,
  // written in title case, spelled from the first word to the last (some middle words left out).
  if (!acronymShape(acronym)) {
    const noun = nounAt(tokens, open + 1, ORGANISATION_NOUNS);
    return noun && !noun.noun.partOf && syllablesSpell(short.toLowerCase(), words)
      ? { long: writtenText(field, open + 1, close), short, type: noun.noun.type }
      : undefined;
  }
  const noun = nounAt(tokens, open + 1, ORGANISATION_NOUNS);
  if (noun && words.map((word) => word.charAt(0)).join("") === short.toLowerCase())
    return { long: writtenText(field, open + 1, close), short, type: noun.noun.type };
  return undefined;
}

/** The fewest letters of an acronym read as syllables of its long form rather than initials. */
const SHORTEST_SYLLABLE_ACRONYM = 5;
/** An acronym of syllables written as a word in title case: "Gakoptindo", "Apdesi". */
const SYLLABLE_ACRONYM = new RegExp(`^\\p{Lu}\\p{Ll}{${SHORTEST_SYLLABLE_ACRONYM - 1},}$`, "u");

/** Whether `acronym` takes syllables from the first of `words` through the start of the last. */
function syllablesSpell(acronym: string, words: readonly string[]): boolean {
  const last = words.at(-1) ?? "";
  const endsWithLast = [...last].some((_, k) => acronym.endsWith(last.slice(0, k + 1)));
  const content = words.filter((word) => !CONTRACTION_SKIPPED.has(word));
  return words.length >= 3 && endsWithLast && spellsContraction(acronym, content, true);
}

/**
 * "Himpunan Pendidik dan Tenaga Kependidikan Anak Usia Dini (HIMPAUDI)": an acronym made of
 * syllables of its long form, which may leave middle words out but starts with the first word and
 * ends with the last, so the whole run before the bracket is its long form. An acronym the lexicon
 * knows, as a unit or as a kind of body ("BUMDes"), is read by the lexicon instead.
 */
function contractsLongForm(tokens: readonly Token[], from: number, bracket: number, acronym: string): boolean {
  if (acronym.length < SHORTEST_SYLLABLE_ACRONYM || bracket - from < 3) return false;
  const words: string[] = [];
  for (let k = from; k < bracket; k++) {
    const token = tokens[k];
    if (token?.isWord && !CONTRACTION_SKIPPED.has(token.lower)) words.push(token.lower);
  }
  const last = words.at(-1) ?? "";
  const endsWithLast = [...last].some((_, k) => acronym.endsWith(last.slice(0, k + 1)));
  return endsWithLast && spellsContraction(acronym, words, true);
}

/** "Organisasi Perangkat Daerah", "Satuan Kerja Perangkat Daerah": names of a kind of office, in words. */
const KIND_PHRASES = unitLexicon.kindPhrases.map((phrase) => phrase.toLowerCase().split(" "));

/** Where a kind-of-office phrase written at `at` ends, or -1. */
export function kindPhraseEnd(tokens: readonly Token[], at: number): number {
  // Loops rather than a closure over `at`: asked at every capitalised word, a closure there makes
  // the engine allocate a context for `at` at each call.
  for (const phrase of KIND_PHRASES) {
    let k = 0;
    while (k < phrase.length && tokens[at + k]?.lower === phrase[k]) k++;
    if (k === phrase.length) return at + phrase.length;
  }
  return -1;
}

/** Whether a kind-of-office phrase ends right before `end` ("Organisasi Perangkat Daerah (OPD)"). */
function kindPhraseEndsAt(tokens: readonly Token[], end: number): boolean {
  return KIND_PHRASES.some((phrase) => kindPhraseEnd(tokens, end - phrase.length) === end);
}

export function learnAbbreviations(field: TextField): Map<string, UnitSpec> {
  const learned = new Map<string, UnitSpec>();
  const { tokens } = field;
  // Long forms are read by the grammar alone, not by abbreviations learned so far.
  const unlearned: TextField = { ...field, learnedAbbreviations: undefined };
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.text !== "(") continue;
    const bracket = bracketedAcronym(tokens, i);
    if (!bracket) {
      // "LPMP Jawa Tengah (Lembaga Penjaminan Mutu Pendidikan)": the long form in the bracket.
      const reversed = reversedLongForm(unlearned, i);
      if (reversed?.short && !learned.has(reversed.short)) learned.set(reversed.short, reversed);
      continue;
    }
    if (bracket.acronym.includes(" ") || bracket.headTitle || learned.has(bracket.acronym)) continue;
    // "Organisasi Perangkat Daerah (OPD)": the acronym of a kind of office names no office.
    if (kindPhraseEndsAt(tokens, i)) continue;
    const acronym = bracket.acronym.toLowerCase();
    const knownAcronym = UNIT_BY_SHORT.has(acronym);
    // The long form ends just before the bracket: either a unit the grammar reads, or capitalised
    // words whose initials spell the acronym ("Lembaga Penjaminan Mutu Pendidikan (LPMP)").
    let initials = "";
    for (let from = i - 1; from >= Math.max(0, i - 9); from--) {
      const start = tokens[from];
      // "Dinas Perdagangan, Koperasi dan Usaha Kecil Mikro (DPKUKM)": a comma of a listed domain.
      if (start?.text === "," && from < i - 1) continue;
      if (!start?.isWord || (!start.capitalized && start.lower !== "dan")) break;
      if (start.lower !== "dan") initials = start.lower.charAt(0) + initials;
      // "Kantor Pencarian dan Pertolongan (Basarnas) X": an acronym the lexicon knows, written
      // after a unit the grammar reads, stands for that unit here, whatever letter it opens with.
      const known = knownAcronym && start.capitalized && UNIT_FIRST_WORDS.holds(start);
      if (!known && (!start.capitalized || start.lower.charAt(0) !== acronym.charAt(0))) continue;
      const unit = matchUnitAt(unlearned, from);
      if (unit?.unitRole && unit.unitNameTo === i) {
        learned.set(bracket.acronym, { long: unit.unitRole, short: bracket.acronym, type: unit.type });
        break;
      }
      if (
        (initials === acronym && i - from >= 2) ||
        (!knownAcronym && !UNIT_FIRST_WORDS.holds(tokens[i + 1]) && contractsLongForm(tokens, from, i, acronym))
      ) {
        const noun = nounAt(tokens, from, ORGANISATION_NOUNS);
        // "Kelas Rawat Inap Standar (KRIS)", "Rapat Dengar Pendapat (RDP)": initials alone spell
        // programmes and events too; only a long form that opens with an organisation noun is one.
        // "Fakultas Hukum (FH)": a part of an institution is none of its own, acronym or not.
        if (!noun || noun.noun.partOf) break;
        const long = writtenText(field, from, i);
        learned.set(bracket.acronym, {
          long,
          short: bracket.acronym,
          type: noun.noun.type,
          kindOfBody:
            KINDS_BEFORE_OWN_NAME.has(tokens[from]?.lower ?? "") && properWordsEnd(tokens, bracket.to) > bracket.to,
        });
        break;
      }
    }
  }
  return learned;
}

const UNIT_BY_SHORT = new Map(
  unitLexicon.abbreviations.flatMap((a) =>
    a.short.map((form) => [
      form.toLowerCase(),
      {
        long: a.long,
        short: a.short[0],
        type: a.type as InstitutionType,
        proper: "proper" in a && a.proper === true,
      },
    ]),
  ),
);

/** Offices named by their seat ("Puskesmas"), by their noun, for titles that imply the noun ("Kapus"). */
const SEAT_NAMED_BY_NOUN = new Map(
  PROPER_NOUNS.filter((noun) => noun.seatNamed).map((noun) => [noun.words.join(" "), noun]),
);

/** The unit an abbreviated title names: "Kadinkes Blora" heads the Dinas Kesehatan of Blora. */
export function matchImpliedUnit(
  field: TextField,
  at: number,
  unitShort: string,
  from: number,
): InstitutionMatch | undefined {
  const seatNamed = SEAT_NAMED_BY_NOUN.get(unitShort.toLowerCase());
  if (seatNamed) {
    // "Kapus Cibeber Budi Santoso": the title's office is named by the seat written after it,
    // which ends where the holder's name begins.
    const match = unitMatch(field, { long: unitShort, type: seatNamed.type }, from, at, false, true);
    return match.to > at ? { ...match, written: match.name } : undefined;
  }
  const spec = UNIT_BY_SHORT.get(unitShort.toLowerCase());
  if (!spec) return undefined;
  // "Danlanud Abdulrachman Saleh": a unit named by a proper name carries it after the title too.
  const properEnd = spec.proper ? properWordsEnd(field.tokens, at) : at;
  if (properEnd > at) {
    const properWords = writtenText(field, at, properEnd);
    const named = unitMatch(field, { long: `${spec.long} ${properWords}`, type: spec.type }, from, properEnd);
    named.standardAliases.push(`${spec.short} ${properWords}`);
    return { ...named, written: `${spec.short} ${properWords}` };
  }
  // "Kadiskop UKM Tabanan": domain acronyms after the title belong to the unit ("Diskop UKM").
  const compoundEnd = compoundAcronymsEnd(field.tokens, at);
  if (compoundEnd > at) {
    const long = `${unitShort} ${writtenText(field, at, compoundEnd)}`;
    const compound = unitMatch(field, { long, type: spec.type }, from, compoundEnd);
    return { ...compound, written: compound.name };
  }
  const match = unitMatch(field, spec, from, at);
  return { ...match, written: match.shortName ?? match.name };
}

/**
 * "Dinas Kesehatan" written without its region is the one Dinas Kesehatan the article places
 * ("… Kabupaten Blora"), if it places exactly one.
 */
const SHORT_WRITTEN_DOMAIN_TYPES = new Set<InstitutionType>(["LOCAL_GOVERNMENT", "HEALTH"]);

/**
 * "Kadis Koperasi Budi" after "Dinas Koperasi UKM Kabupaten X": a placeless unit whose name is the
 * first words of exactly one other unit's name in the article is that unit, written short.
 */
function longerNamedUnit(context: ExtractionContext, entity: InstitutionEntity): InstitutionEntity | undefined {
  // Only a government office's domain is written short; an association's national body
  // ("Dewan Koperasi Indonesia") is another body than its regional one ("… Daerah Kabupaten X").
  if (!entity.name.includes(" ") || !SHORT_WRITTEN_DOMAIN_TYPES.has(entity.type)) return undefined;
  // "Puskesmas Limboto" beside "Puskesmas Limboto Barat": an office named by its seat is another
  // office at a longer seat, not the same one written short.
  const lowered = entity.name.toLowerCase();
  for (const noun of SEAT_NAMED_BY_NOUN.keys()) if (lowered.startsWith(`${noun} `)) return undefined;
  let found: InstitutionEntity | undefined;
  for (const other of context.institutions.values()) {
    if (other === entity || !other.identity.startsWith("unit:") || other.type !== entity.type) continue;
    const next = other.name.charAt(entity.name.length);
    if (!other.name.startsWith(entity.name) || (next !== " " && next !== ",")) continue;
    if (found) return undefined;
    found = other;
  }
  return found;
}

/** Bodies every village has, which a story writes bare as well as by their own name or seat. */
const VILLAGE_BODY_LONGS = new Set(PROPER_NOUNS.filter((n) => n.villageBody).map((n) => n.words.join("")));

/**
 * "Ketua Karang Taruna terpilih Budi" after "Karang Taruna Tunas Muda Desa Sukamaju": a bare
 * village body in a story that names such bodies of its own is one of them, the one named if one is.
 */
function namedVillageBodies(context: ExtractionContext, entity: InstitutionEntity): InstitutionEntity[] {
  if (!VILLAGE_BODY_LONGS.has(entity.identity.slice("unit:".length, -1))) return [];
  const prefix = `${entity.name.toLowerCase()} `;
  return [...context.institutions.values()].filter(
    (other) => other !== entity && other.name.toLowerCase().startsWith(prefix),
  );
}

/** How many villages the article names as places, the gazetteer's and those written with "Desa". */
function villagesPlaced(context: ExtractionContext): number {
  const villages = new Set<string>();
  for (const entity of context.places.values())
    if (entity.place.kind === "VILLAGE") villages.add(compactSurface(entity.place.bareName));
  // A headline's capitalised words run on past the village's name ("Desa X Adakan Musyawarah").
  for (const mention of context.unlistedPlaces)
    if (mention.kind === "VILLAGE" && mention.span.field === "body") villages.add(mention.compact);
  return villages.size;
}

/**
 * "BPBD Provinsi X … BPBD Kabupaten Y telah mengevakuasi korban. “… BPBD juga menyalurkan bantuan”":
 * of several offices of one kind the article places, the one written bare is the one named last
 * before it in the body, the office the story is on; undefined when none is named before it.
 */
function placedJustBefore(
  entity: InstitutionEntity,
  placed: readonly InstitutionEntity[],
): InstitutionEntity | undefined {
  const first = entity.mentions.find((mention) => mention.field === "body");
  if (!first) return undefined;
  let best: InstitutionEntity | undefined;
  let bestEnd = -1;
  for (const other of placed) {
    for (const mention of other.mentions) {
      if (mention.field === "body" && mention.end <= first.start && mention.end > bestEnd) {
        best = other;
        bestEnd = mention.end;
      }
    }
  }
  return best;
}

export function mergePlacelessUnits(context: ExtractionContext): void {
  mergeContractedRegions(context);
  for (const [identity, entity] of context.institutions) {
    if (!identity.startsWith("unit:") || !identity.endsWith(":")) continue;
    const placed = [...context.institutions.values()].filter(
      (other) => other !== entity && other.identity.startsWith(identity),
    );
    const named = placed.length === 0 ? namedVillageBodies(context, entity) : [];
    if (named.length > 1) {
      context.institutions.delete(identity);
      context.mergedIdentities.delete(identity);
      continue;
    }
    const target =
      placed.length === 1
        ? placed[0]
        : placed.length === 0
          ? (longerNamedUnit(context, entity) ?? named[0])
          : placedJustBefore(entity, placed);
    if (!target) {
      const long = identity.slice("unit:".length, -1);
      // "Ketua LPM Supono": the post a named holder has in a village's own body keeps the body,
      // and so does a post written with no holder named ("dihadiri Camat X, Ketua BPD, …").
      const heldBody =
        SEAT_ONLY_LONGS.has(long) &&
        (context.positions.some((post) => post.institution === identity) ||
          context.references.some((reference) => reference.role !== undefined && reference.institution === identity) ||
          // "Hadir pengurus BPD, LPM dan Karang Taruna", "musdes yang dilakukan oleh BPD": in a story
          // set in one village, its own bodies written bare are that village's.
          villagesPlaced(context) === 1);
      if (PLACE_BOUND_LONGS.has(long) && !heldBody) {
        context.institutions.delete(identity);
        context.mergedIdentities.delete(identity);
      }
      continue;
    }
    for (const form of entity.writtenForms) target.writtenForms.add(form);
    for (const mention of entity.mentions) addSpan(target.mentions, mention);
    context.institutions.delete(identity);
    context.mergedIdentities.set(identity, target.identity);
  }
  mergeContractions(context);
  mergeBareKinds(context);
  mergeUnnumberedCommands(context);
  mergeUnnumberedSchools(context);
  mergeStatuslessSchools(context);
  mergeMisspelledForms(context);
  mergeShortDomainForms(context);
  mergeMovedVillageWords(context);
  mergeNamesakeShortForms(context);
  mergeAssociationsIntoChapters(context);
  mergeSameNames(context);
}

/**
 * "APDESI Kota Sungai Penuh" beside "DPC APDESI Kota Sungai Penuh": an association named with a
 * region is the one chapter of it the article names there, its board at that level.
 */
function mergeAssociationsIntoChapters(context: ExtractionContext): void {
  const bodies = [...context.institutions.values()].filter(
    (entity) => entity.type === "COMMUNITY" && entity.shortName !== undefined && entity.place !== undefined,
  );
  if (bodies.length < 2 || bodies.length > 40) return;
  for (const association of bodies) {
    const chapters = bodies.filter((chapter) => {
      const [level, ...owner] = (chapter.shortName ?? "").split(" ");
      return (
        chapter !== association &&
        chapter.place === association.place &&
        PARTY_CHAPTERS.has((level ?? "").toLowerCase()) &&
        compactSurface(owner.join(" ")) === compactSurface(association.shortName ?? "")
      );
    });
    mergeIntoTheOne(context, association, chapters);
  }
}

/**
 * "Politeknik X Bali (PXB)" read as one proper name and "Kampus Politeknik X Bali" read as a college
 * seated in Bali: two readings that give one kind of body the same name are one institution.
 */
function mergeSameNames(context: ExtractionContext): void {
  if (context.institutions.size < 2) return;
  const byName = new Map<string, InstitutionEntity>();
  for (const entity of [...context.institutions.values()]) {
    const key = `${entity.type}:${compactSurface(entity.name)}`;
    const first = byName.get(key);
    if (!first) byName.set(key, entity);
    else {
      first.shortName ??= entity.shortName;
      mergeInto(context, entity, first);
    }
  }
}

/** A person's honorific opening the namesake in a hospital's name: "dr.", "H.", "Prof.". */
const NAMESAKE_OPENER = /^(?:dr|drg|Dr|Drs|Dra|Prof|H|Hj|Ir|KH)\.?$/u;

/**
 * "RSUD Natal" beside "RSUD dr. Husni Thamrin Natal": a hospital named after a person is also
 * called by its kind and the place words its name ends with; the one such hospital the article
 * names is the short form's.
 */
function mergeNamesakeShortForms(context: ExtractionContext): void {
  const hospitals = [...context.institutions.values()].filter((entity) => entity.type === "HEALTH");
  if (hospitals.length < 2 || hospitals.length > 40) return;
  for (const short of hospitals) {
    const targets = hospitals.filter((long) => long !== short && namesakeLongForm(short.name, long.name));
    mergeIntoTheOne(context, short, targets);
  }
}

/**
 * Whether `long` is `short` with a namesake written between its kind and its last words. The
 * short form may write the seat contracted ("RSUD Tanbu" beside "RSUD dr H Andi … Tanah Bumbu"):
 * one word the gazetteer does not know, spelled from the starts of the long form's last two or
 * three words, as a regency's name is contracted ("Tanbu" = TANah BUmbu).
 */
function namesakeLongForm(short: string, long: string): boolean {
  const shortWords = short.split(" ");
  const longWords = long.split(" ");
  if (longWords.length < shortWords.length + 2) return false;
  for (let kind = 1; kind < shortWords.length; kind++) {
    if (shortWords[kind - 1] !== longWords[kind - 1]) return false;
    if (!NAMESAKE_OPENER.test(longWords[kind] ?? "")) continue;
    const tail = shortWords.slice(kind).join(" ");
    if (longWords.slice(longWords.length - (shortWords.length - kind)).join(" ") === tail) return true;
    if (kind === shortWords.length - 1 && contractedSeat(tail, longWords.slice(kind + 1))) return true;
  }
  return false;
}

/** Longest seat, in words, a contracted seat word may spell ("Tanjung Jabung Timur"). */
const CONTRACTED_SEAT_WORDS = 3;

/**
 * Whether `word` contracts the last two or three of `words` (the namesake and seat after a kind):
 * the gazetteer's short form of that place ("Tanbu" of Tanah Bumbu), or, for a word it does not
 * know, a spelling from the starts of those words.
 */
function contractedSeat(word: string, words: readonly string[]): boolean {
  if (word.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const known = gazetteer().bySurface.get(compactSurface(word));
  for (let n = 2; n <= CONTRACTED_SEAT_WORDS && n < words.length; n++) {
    const seat = words.slice(words.length - n);
    if (known) {
      if (known.some((place) => compactSurface(place.bareName) === compactSurface(seat.join(" ")))) return true;
    } else if (
      spellsContraction(
        word.toLowerCase(),
        seat.map((w) => w.toLowerCase()),
      )
    )
      return true;
  }
  return false;
}

/** A cooperative's words with its short kind written out: "Kopdes Merah Putih X" → koperasi desa merah putih x. */
function cooperativeWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .flatMap((word) =>
      word === "kopdes" ? ["koperasi", "desa"] : word === "kopkel" ? ["koperasi", "kelurahan"] : [word],
    );
}

/**
 * "Koperasi Merah Putih Desa Sukamaju" beside "Koperasi Desa Merah Putih Sukamaju" (or "Kopdes
 * Merah Putih Sukamaju"): one village's cooperative, its village word written before or after its
 * proper name. Two names of a body that differ only in where 'Desa' or 'Kelurahan' stands are one.
 */
function mergeMovedVillageWords(context: ExtractionContext): void {
  const bodies = [...context.institutions.values()].filter((entity) => entity.type === "COMMUNITY");
  if (bodies.length < 2 || bodies.length > 60) return;
  const keyed = bodies.flatMap((entity) => {
    const words = cooperativeWords(entity.name);
    const at = words.findIndex((word) => word === "desa" || word === "kelurahan");
    if (at < 0 || words.lastIndexOf(words[at] as string) !== at) return [];
    return [{ entity, at, key: words.filter((_, k) => k !== at).join(" ") }];
  });
  for (const a of keyed) {
    for (const b of keyed) {
      if (a === b || a.key !== b.key || a.at === b.at) continue;
      if (!context.institutions.has(a.entity.identity) || !context.institutions.has(b.entity.identity)) continue;
      const [from, into] = b.entity.mentions.length > a.entity.mentions.length ? [a, b] : [b, a];
      into.entity.writtenForms.add(from.entity.name);
      for (const alias of from.entity.standardAliases) into.entity.standardAliases.add(alias);
      mergeInto(context, from.entity, into.entity);
    }
  }
}

/**
 * "Dinas Pendidikan Kabupaten Serang" beside "Dinas Pendidikan dan Kebudayaan Kabupaten Serang":
 * a region has one office of a domain, so a unit whose domains are the first of another's of the
 * same kind and seat, joined by "dan", is that unit written short; it takes the fuller name.
 */
function mergeShortDomainForms(context: ExtractionContext): void {
  const units = [...context.institutions.values()].filter(
    (entity) => entity.type === "LOCAL_GOVERNMENT" && entity.identity.startsWith("unit:"),
  );
  if (units.length < 2) return;
  const parts = (identity: string) => {
    const [, long = "", seat = "", ...rest] = identity.split(":");
    // "…:serang:kabupaten": the seat's kind, told apart from its namesake, is the seat's.
    const kind = rest.length === 1 && NAMESAKE_KINDS.has(`:${rest[0]}`) ? `:${rest[0]}` : undefined;
    return (rest.length === 0 || kind) && seat !== "" ? { long, seat: `${seat}${kind ?? ""}` } : undefined;
  };
  for (const short of units) {
    const own = parts(short.identity);
    if (!own || !context.institutions.has(short.identity)) continue;
    const fuller = units.filter((other) => {
      const theirs = other !== short ? parts(other.identity) : undefined;
      return theirs?.seat === own.seat && theirs.long.startsWith(`${own.long}dan`);
    });
    mergeIntoTheOne(context, short, fuller);
  }
}

/** The shortest name a one-letter misspelling is looked for in: shorter names differ by design. */
const SHORTEST_MISSPELLED_NAME = 12;
/** The shortest word a misspelt letter may stand in ("Kuatan" for Kuantan, not "Blora" for "Blura"). */
const SHORTEST_MISSPELLED_WORD = 5;

/**
 * "Kejaksaan Negeri Kuatan Singingi" once beside "Kejaksaan Negeri Kuantan Singingi": two names of
 * one kind a letter apart inside a long word, in one article, are one institution spelt two ways;
 * the form written more often names it. Two places the gazetteer tells apart stay two.
 */
function mergeMisspelledForms(context: ExtractionContext): void {
  const entities = [...context.institutions.values()];
  if (entities.length < 2 || entities.length > 60) return;
  for (const entity of entities) {
    if (!context.institutions.has(entity.identity) || entity.name.length < SHORTEST_MISSPELLED_NAME) continue;
    for (const other of entities) {
      if (other === entity || other.type !== entity.type || !context.institutions.has(other.identity)) continue;
      if (entity.place && other.place && entity.place !== other.place) continue;
      if (!misspeltLetterApart(entity.name, other.name)) continue;
      const [from, into] = other.mentions.length > entity.mentions.length ? [entity, other] : [other, entity];
      mergeInto(context, from, into);
    }
  }
}

/** Whether two names differ in one letter (one more, one less or one other) inside a long word of letters. */
function misspeltLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  if (endA - start > 1 || endB - start > 1) return false;
  // The word the differing letter stands in, in the longer name.
  const longer = a.length >= b.length ? a : b;
  let wordFrom = start;
  while (wordFrom > 0 && longer[wordFrom - 1] !== " ") wordFrom--;
  let wordTo = start;
  while (wordTo < longer.length && longer[wordTo] !== " ") wordTo++;
  const word = longer.slice(wordFrom, wordTo);
  return word.length >= SHORTEST_MISSPELLED_WORD && /^\p{L}+$/u.test(word);
}

/**
 * "para pengurus KPRI" after "KPRI Karya Sejahtera", "RSUD" after "RSUD Harapan Sehat": a kind of
 * body named by a name of its own, written bare, is the article's one body of that kind.
 */
function mergeBareKinds(context: ExtractionContext): void {
  for (const entity of [...context.institutions.values()]) {
    const { identity } = entity;
    if (!identity.startsWith("unit:") || !identity.endsWith(":")) continue;
    if (!PROPER_KIND_LONGS.has(identity.slice("unit:".length, -1))) continue;
    const stem = identity.slice(0, -1);
    const named = [...context.institutions.values()].filter(
      (other) => other !== entity && other.identity.startsWith(stem),
    );
    mergeIntoTheOne(context, entity, named);
  }
}

/** "SMA Negeri 1 Sigunung": a state school's level and status, its number, and its seat. */
const NUMBERED_SCHOOL = /^(\S+ Negeri) (?:\d{1,3}|\d{6}) (\S.*)$/;

/**
 * "SMA Negeri Sigunung" and "SMA N 1 Sigunung" in one article: a state school written without
 * its number is the one numbered school of the same level and seat the article names.
 */
function mergeUnnumberedSchools(context: ExtractionContext): void {
  const schools = [...context.institutions.values()].filter((entity) => entity.type === "SCHOOL");
  if (schools.length < 2) return;
  const numbered = schools.flatMap((entity) => {
    const parts = NUMBERED_SCHOOL.exec(entity.name);
    return parts ? [{ entity, unnumbered: `${parts[1]} ${parts[2]}` }] : [];
  });
  for (const school of schools) {
    const targets = numbered.filter(({ unnumbered }) => unnumbered === school.name);
    const target = targets.length === 1 ? targets[0]?.entity : undefined;
    if (target && context.institutions.has(school.identity)) mergeInto(context, school, target);
  }
}

/** "SMA 13": a school's level and number alone, without its status or its seat. */
const STATUSLESS_SCHOOL = /^(\S+) (\d{1,3}|\d{6})$/;

/**
 * "SMA 13 Raih Juara" over a story about "SMA Negeri 13 Merangin": a school written by its level
 * and number alone is the one state school of the same level and number the article names with its seat.
 */
function mergeStatuslessSchools(context: ExtractionContext): void {
  const schools = [...context.institutions.values()].filter((entity) => entity.type === "SCHOOL");
  if (schools.length < 2) return;
  for (const school of schools) {
    const parts = STATUSLESS_SCHOOL.exec(school.name);
    if (!parts) continue;
    const [, level, number] = parts;
    const targets = schools.filter((other) => {
      const words = other.name.split(" ");
      return other !== school && words[0] === level && words[1] === "Negeri" && words[2] === number && words.length > 3;
    });
    const target = targets.length === 1 ? targets[0] : undefined;
    if (target && context.institutions.has(school.identity)) mergeInto(context, school, target);
  }
}

/** "Komando Distrik Militer 0823 Situbondo", "Komando Rayon Militer 05/KK": head, number and seat. */
const NUMBERED_COMMAND = /^(\D+?) (\d[\d-]*)[ /](\S.*)$/;

/**
 * "Dandim Situbondo" in a headline names the "Kodim 0823 Situbondo" of the story: a command
 * written without its number is the one numbered command of the same kind whose seat it names,
 * written out or as the seat's initials ("Koramil Kampar Kiri" / "Koramil 05/KK").
 */
function mergeUnnumberedCommands(context: ExtractionContext): void {
  const entities = [...context.institutions.values()].filter((entity) => entity.type === "MILITARY");
  if (entities.length < 2) return;
  const numbered = entities.flatMap((entity) => {
    const parts = NUMBERED_COMMAND.exec(entity.name);
    return parts ? [{ entity, head: parts[1] ?? "", seat: (parts[3] ?? "").toLowerCase() }] : [];
  });
  for (const entity of entities) {
    if (/\d/.test(entity.name)) continue;
    const targets = numbered.filter(({ head, seat }) => {
      if (!entity.name.startsWith(`${head} `)) return false;
      const written = entity.name.slice(head.length + 1).toLowerCase();
      const initials = written
        .split(" ")
        .map((word) => word.charAt(0))
        .join("");
      return written === seat || (written.includes(" ") && initials === seat);
    });
    const target = targets.length === 1 ? targets[0]?.entity : undefined;
    if (!target) continue;
    mergeInto(context, entity, target);
  }
}

/** Moves one institution's forms and mentions to another and retires its identity. */
/**
 * Merges `from` into the one institution `candidates` holds, when they hold exactly one and both are
 * still the article's (an earlier merge may have taken either): two or more leave the name ambiguous.
 */
function mergeIntoTheOne(
  context: ExtractionContext,
  from: InstitutionEntity,
  candidates: readonly InstitutionEntity[],
): void {
  const into = candidates.length === 1 ? candidates[0] : undefined;
  if (into && context.institutions.has(from.identity) && context.institutions.has(into.identity))
    mergeInto(context, from, into);
}

function mergeInto(context: ExtractionContext, from: InstitutionEntity, into: InstitutionEntity): void {
  for (const form of from.writtenForms) into.writtenForms.add(form);
  for (const mention of from.mentions) addSpan(into.mentions, mention);
  context.institutions.delete(from.identity);
  for (const [earlier, to] of context.mergedIdentities) {
    if (to === from.identity) context.mergedIdentities.set(earlier, into.identity);
  }
  context.mergedIdentities.set(from.identity, into.identity);
}

/**
 * "BPBD Kobar" and "BPBD Kabupaten Kotawaringin Barat" in one article: a one-word region the
 * gazetteer does not know that spells the start of the words of another mention's region is that
 * region's contraction, so the two mentions are one institution.
 */
function mergeContractedRegions(context: ExtractionContext): void {
  const entities = [...context.institutions.values()];
  if (entities.length < 2 || entities.length > 40) return;
  for (const short of entities) {
    const words = short.name.split(" ");
    const contracted = words[words.length - 1] ?? "";
    if (words.length < 2 || contracted.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(contracted)) continue;
    if (short.place || gazetteer().bySurface.has(compactSurface(contracted))) continue;
    const stem = `${words.slice(0, -1).join(" ")} `;
    const longs = entities.filter((other) => {
      if (other === short || other.type !== short.type || !other.name.startsWith(stem)) return false;
      let region = other.name.slice(stem.length).toLowerCase().split(" ");
      if (REGION_WORDS.has(region[0] ?? "")) region = region.slice(1);
      return region.length >= 2 && spellsContraction(contracted.toLowerCase(), region);
    });
    mergeIntoTheOne(context, short, longs);
  }
}

/** Words a contraction skips: "Dinas Komunikasi dan Informatika" is "Dinkominfo". */
const CONTRACTION_SKIPPED = new Set(["dan", "&", "-"]);
const REGION_WORDS = new Set(["kabupaten", "kab", "kab.", "kota", "provinsi", "prov", "prov."]);

/**
 * Whether `short` spells the words from their starts, each word giving at least its first letter
 * ("uniku" = UNIversitas KUningan, "dkum" = Dinas Koperasi Usaha Mikro, "dinkominfo"). With
 * `skipping`, words after the first may be left out and the spelling may end before the last
 * ("sekkab" = SEKretaris daerah KABupaten).
 */
export function spellsContraction(short: string, words: readonly string[], skipping = false): boolean {
  const spell = (at: number, word: number): boolean => {
    if (at === short.length) return skipping || word === words.length;
    for (let next = word; next < words.length; next++) {
      const written = words[next] ?? "";
      for (let k = 0; k < written.length && short[at + k] === written[k]; k++) {
        if (spell(at + k + 1, next + 1)) return true;
      }
      // the first word always gives the first letters; only later ones may be skipped
      if (!skipping || at === 0) return false;
    }
    return false;
  };
  return spell(0, 0);
}

/**
 * The long-form words a written contraction covers, when it spells them and the rest of the long
 * name is its region, written the same after the contraction ("DKUM Depok" / "Dinas Koperasi dan
 * Usaha Mikro Kota Depok") or not at all ("Uniku" / "Universitas Kuningan").
 */
function contractionOf(short: string, long: string): boolean {
  const shortWords = short.split(" ");
  const first = shortWords[0] ?? "";
  // Too short to tell from a word, or a lowercase word: not a contraction.
  if (first.length < 3 || !/^\p{Lu}/u.test(first) || (first.length < 4 && first !== first.toUpperCase())) return false;
  const rest = shortWords.slice(1).join(" ").toLowerCase();
  const longWords = long.split(" ");
  if ((longWords[0] ?? "").toLowerCase() === first.toLowerCase()) return false;
  const content = longWords.map((w) => w.toLowerCase().replace(/[,.]$/, "")).filter((w) => !CONTRACTION_SKIPPED.has(w));
  // "Disdakop" is DIS-nas perDAgangan KOP-erasi: a regional office's abbreviation takes a
  // syllable from inside a domain word too, and its noun in the nomenclature's own short form.
  const nounForms = NOUN_CONTRACTIONS.get(content[0] ?? "");
  for (let covered = content.length; covered >= 2; covered--) {
    let region = content.slice(covered);
    if (region.length > 0 && REGION_WORDS.has(region[0] ?? "")) region = region.slice(1);
    if (region.join(" ") !== rest && !(rest === "" && region.length === 0)) continue;
    const spelled = content.slice(0, covered);
    if (spellsContraction(first.toLowerCase(), spelled)) return true;
    if (nounForms && spellsSyllables(first.toLowerCase(), spelled, nounForms)) return true;
  }
  return false;
}

/** How the nomenclature shortens a unit noun inside an abbreviation: Dinas is "Dis" or "Din". */
const NOUN_CONTRACTIONS = new Map(
  Object.entries(unitLexicon.nounContractions as Record<string, string[]>).map(([noun, forms]) => [
    noun.toLowerCase(),
    lowerWords(forms),
  ]),
);
/** The fewest letters of a syllable taken from inside a word ("da" of perDAgangan). */
const INNER_SYLLABLE_LETTERS = 2;

/**
 * Whether `short` spells the words in order, the first by one of `nounForms`, each other word
 * giving its first letters or a piece from inside it ("disdakop": dis-nas, per-da-gangan, kop-erasi).
 */
function spellsSyllables(short: string, words: readonly string[], nounForms: readonly string[]): boolean {
  const spell = (at: number, word: number): boolean => {
    if (at === short.length) return word === words.length;
    const next = words[word];
    if (next === undefined) return false;
    for (let length = 1; at + length <= short.length; length++) {
      const piece = short.slice(at, at + length);
      const given = next.startsWith(piece) || (length >= INNER_SYLLABLE_LETTERS && next.includes(piece));
      if (!given) {
        if (length >= INNER_SYLLABLE_LETTERS) break;
        continue;
      }
      if (spell(at + length, word + 1)) return true;
    }
    return false;
  };
  for (const form of nounForms) {
    if (short.startsWith(form) && spell(form.length, 1)) return true;
  }
  return false;
}

/**
 * Two institutions of one article with the same short name, or one written the way the other is
 * abbreviated ("Komisi Pemilihan Umum RI" / "… Republik Indonesia", both "KPU RI"), are one.
 * The one with more mentions gives way only to one of the same kind.
 */
function sharesForm(one: InstitutionEntity, other: InstitutionEntity): boolean {
  if (one.type !== other.type && one.type !== "OTHER") return false;
  if (one.mentions.length > other.mentions.length) return false;
  const otherForms = [other.shortName, ...other.standardAliases]
    .filter(Boolean)
    .map((f) => (f as string).toLowerCase());
  if (otherForms.length === 0) return false;
  // "Kopdes Merah Putih Sukamaju" (also "Koperasi Desa Merah Putih Sukamaju") and "Koperasi Desa
  // Merah Putih (KDMP) Desa Sukamaju": a name or standard form that the other reading gives as a
  // standard form of its own is that institution too.
  const oneForms = [one.shortName, one.name, ...one.writtenForms, ...one.standardAliases]
    .filter(Boolean)
    .map((f) => (f as string).toLowerCase());
  return oneForms.some((form) => otherForms.includes(form));
}

/**
 * An institution the article names by its own contraction or initials ("Uniku", "DKUM Depok") is
 * the one whose long name those letters spell, when exactly one does: one node, the written
 * contraction its short name.
 */
function mergeContractions(context: ExtractionContext): void {
  const entities = [...context.institutions.values()];
  if (entities.length < 2 || entities.length > 40) return;
  for (const short of entities) {
    const longs =
      short.name.split(" ").length > 3
        ? []
        : entities.filter(
            (other) =>
              other !== short && context.institutions.has(other.identity) && contractionOf(short.name, other.name),
          );
    const sharing = longs.length > 0 ? [] : entities.filter((other) => other !== short && sharesForm(short, other));
    const target = longs.length === 1 ? longs[0] : sharing.length === 1 ? sharing[0] : undefined;
    if (!target || !context.institutions.has(short.identity) || !context.institutions.has(target.identity)) continue;
    mergeInto(context, short, target);
    // Of two written names of one institution, the fuller is its name.
    if (longs.length === 0 && short.name.length > target.name.length) {
      target.writtenForms.add(target.name);
      target.name = short.name;
    }
    // The article's own short form replaces a standard one it never writes.
    if (!target.shortName || !target.writtenForms.has(target.shortName)) target.shortName = short.name;
  }
}

const PLACE_MARKERS = new WordClass(unitLexicon.placeMarkers.map((w) => w.toLowerCase()));

/** A place marker written short before a stop, "Kab." or "Kec.": capitalised, at most three letters. */
function isAbbreviatedMarker(token: Token | undefined): boolean {
  return token?.capitalized === true && token.text.length <= 3 && token.lower !== "di" && token.lower !== "ke";
}

/** Heads of village posts written with the place marker: "Kepala Desa", "Sekretaris Kelurahan". */
const VILLAGE_POST_HEADS = new Set(unitLexicon.villagePostHeads.map((w) => w.toLowerCase()));

/**
 * "Kepala Desa Budi Santoso mengatakan": two capitalised words alone after a village post's title
 * are its seat and a name, or the name alone; which one the rest of the article decides, so the
 * title's own words are no evidence that the first is a place.
 */
function ownSeatOrName(tokens: readonly Token[], marker: number, next: number): boolean {
  if (!VILLAGE_POST_HEADS.has(tokens[marker - 1]?.lower ?? "")) return false;
  const isCapitalised = (token: Token | undefined) => token?.isWord === true && token.capitalized;
  return isCapitalised(tokens[next]) && isCapitalised(tokens[next + 1]) && !isCapitalised(tokens[next + 2]);
}

/** The markers that write a village: "Desa Sukamaju", "Kelurahan Cibiru", "Nagari Koto Baru". */
const VILLAGE_MARKERS = new Set(["desa", "kelurahan", ...unitLexicon.villageKindWords.map((w) => w.toLowerCase())]);

/**
 * "Desa Sukamaju menggelar musdes … Kepala Desa Ahmadi dan Sekcam Budi …": one capitalised word
 * after a village post's title, with no name word after it, is its holder, not the village, when
 * the article names its village otherwise and the word is no place: the gazetteer knows no
 * village or district so named, and the article writes it after a place marker only in such a
 * title. Exported for the people reader, which reads the title without the seat then.
 */
export function oneWordVillagePostHolder(tokens: readonly Token[], marker: number): boolean {
  const word = tokens[marker + 1];
  const after = tokens[marker + 2];
  if (!VILLAGE_POST_HEADS.has(tokens[marker - 1]?.lower ?? "") || !VILLAGE_MARKERS.has(tokens[marker]?.lower ?? ""))
    return false;
  if (!word?.isWord || !word.capitalized || word.allCapitals || word.text.length < 3 || /\d/.test(word.text))
    return false;
  if ((after?.isWord && after.capitalized) || after?.text === "(") return false;
  if (gazetteer().bySurface.has(word.compact) || isLocalPlaceName(word.compact)) return false;
  let otherVillage = false;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!PLACE_MARKERS.holds(tokens[k]) || VILLAGE_POST_HEADS.has(tokens[k - 1]?.lower ?? "")) continue;
    const named = tokens[k + 1];
    if (!named?.isWord || !named.capitalized) continue;
    if (named.compact === word.compact) return false;
    if (VILLAGE_MARKERS.has(tokens[k]?.lower ?? "")) otherVillage = true;
  }
  return otherVillage;
}

/**
 * Capitalised words the article writes after a locative word or a place prefix: "di Kobar",
 * "Desa Gunungsari", "Kota Siantar". Such a word before a name is the region of the title
 * before it, not the person's first name ("Kepala BPBD Kobar Syahruni").
 */
/** Last words of a village affairs section's domain: "Pemerintahan" of "Kabid Pemerintahan Desa". */
const VILLAGE_DOMAIN_WORDS = new Set(peopleLexicon.villageDomainWords.map((word) => word.toLowerCase()));

/**
 * "Kabid Pemerintahan Desa Budi Santoso": "Desa" after a village affairs domain word closes a
 * section's name; what follows it is not shown to be a place by that word. So does "Desa" joined
 * to such a word by "dan", as the national nomenclature names the office ("Dinas Pemberdayaan
 * Masyarakat dan Desa Budi Santoso"): the village is the office's domain, not a village named after it.
 */
export function closesVillageDomain(tokens: readonly Token[], at: number): boolean {
  const marker = tokens[at];
  const joined = tokens[at - 1]?.lower === "dan";
  const before = tokens[joined ? at - 2 : at - 1];
  return (
    marker?.lower === "desa" &&
    marker.capitalized &&
    before?.capitalized === true &&
    VILLAGE_DOMAIN_WORDS.has(before.lower)
  );
}

export function readPlaceEvidence(fields: readonly (readonly Token[])[]): Set<string> {
  const words = new Set<string>();
  for (const tokens of fields) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!PLACE_MARKERS.holds(tokens[i])) continue;
      let next = i + 1;
      // "Kab. Blora": the stop closes an abbreviated marker; after a whole word ("musyawarah desa.
      // Rina …") it ends the sentence, and the next capitalised word is not a place.
      if (tokens[next]?.text === "." && isAbbreviatedMarker(tokens[i])) next++;
      const word = tokens[next];
      if (ownSeatOrName(tokens, i, next) || oneWordVillagePostHolder(tokens, i) || closesVillageDomain(tokens, i))
        continue;
      if (word?.isWord && word.capitalized && !/\d/.test(word.text) && !opensUnitName(tokens, next)) {
        words.add(word.compact);
        // "di Kota Tanjung Pinang,": a pair closed by punctuation is a two-word place.
        const second = tokens[next + 1];
        const after = tokens[next + 2];
        // "Pemerintah Desa Karang Rejo menggelar …": after "Pemerintah" the marker names a
        // government, not a holder's title, so a lowercase word closes the place too.
        const governmentOf = tokens[i - 1]?.lower === "pemerintah" && after?.isWord && !after.capitalized;
        if (
          second?.isWord &&
          second.capitalized &&
          !/\d/.test(second.text) &&
          (!after || !after.isWord || governmentOf)
        )
          words.add(`${word.compact}${second.compact}`);
      }
    }
  }
  return words;
}

/**
 * "Inspektur Kota Banjar": a title held in one kind of office only, with the office's seat written
 * right after the title and the office's own name left out. Only a region the gazetteer knows, or
 * one written with its level ("Kabupaten X"), is a seat: "Inspektur Polisi" is a rank.
 */
export function matchOfficeSeatedAfterTitle(
  field: TextField,
  at: number,
  officeLong: string,
  from: number,
): InstitutionMatch | undefined {
  const type = TYPE_OF_LONG.get(compactSurface(officeLong));
  const region = readRegion(field.tokens, at, field.placeEvidence);
  if (!type || !region || !(region.place || REGION_PREFIXES.holds(field.tokens[at]))) return undefined;
  const match = unitMatch(field, { long: officeLong, type }, from, at);
  return { ...match, written: `${officeLong} ${writtenText(field, at, match.to)}` };
}
