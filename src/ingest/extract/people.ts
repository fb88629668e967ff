import type { InstitutionType } from "../draft.ts";
import { matchCountryAt } from "../gazetteer/countries.ts";
import { compactSurface, gazetteer, isLocalPlaceName } from "../gazetteer/index.ts";
import dateLexicon from "../lexicon/dates.json" with { type: "json" };
import institutionLexicon from "../lexicon/institutions.json" with { type: "json" };
import peopleLexicon from "../lexicon/people.json" with { type: "json" };
import speechLexicon from "../lexicon/speech-verbs.json" with { type: "json" };
import titleLexicon from "../lexicon/titles.json" with { type: "json" };
import unitLexicon from "../lexicon/units.json" with { type: "json" };
import { ABBREVIATED_TITLE_FORMS, TITLE_LEAD_PHRASES } from "./composedTitles.ts";
import {
  addSpan,
  comparisonKey,
  type ExtractionContext,
  type FieldName,
  LIMITS,
  type PersonEntity,
  type PersonReference,
  type PositionFact,
  type Span,
  type TextField,
} from "./context.ts";
import { degreeEndAt } from "./degrees.ts";
import {
  type InstitutionMatch,
  lowercaseHeadedAt,
  matchImpliedInstitution,
  matchInstitutionAt,
  matchNationalAfterTitle,
  matchSpan,
  nationalInstitution,
  recordInstitution,
  resolveGenericIdentity,
  skipBracketedAbbreviation,
} from "./institutions.ts";
import {
  dictionaryNoun,
  everydayWord,
  judgedPersonName,
  knownGivenName,
  listeningToNameCandidates,
  MAX_WITHHELD_NAME_LENGTH,
  mayBeJudged,
  type NameCandidate,
  passiveOfCommonRoot,
  reportNameCandidate,
} from "./nameModel.ts";
import { DEMONSTRATIVES, SPACE_RUNS } from "./patterns.ts";
import { matchPlaceAt } from "./places.ts";
import { recasedClause } from "./recase.ts";
import { isRegionalSecretariatPost, REGIONAL_SECRETARIAT_OFFICES } from "./secretariatPosts.ts";
import { TERM_YEAR, TERM_YEAR_JOINERS, type Token, termYearsEnd, WordClass } from "./tokens.ts";
import {
  closesVillageDomain,
  matchImpliedUnit,
  matchOfficeSeatedAfterTitle,
  matchUnitAfterContractedNoun,
  oneWordVillagePostHolder,
  REPRESENTATIVE_OFFICE_WORDS,
  readRegion,
  spellsContraction,
  UNIT_ABBREVIATED_TITLES,
  UNIT_NAME_WORDS,
  VILLAGE_KIND_WORDS,
} from "./units.ts";

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const HONORIFICS = new WordClass(lower(peopleLexicon.honorifics));
const RANKS = new WordClass(lower(peopleLexicon.ranks));
const RANK_PHRASES = peopleLexicon.rankPhrases.map((phrase) => phrase.toLowerCase().split(" "));
const RANK_PHRASE_FIRST_WORDS = new WordClass(RANK_PHRASES.map((phrase) => phrase[0]));
const PARTICLES = lower(peopleLexicon.nameParticles);
const NAME_ABBREVIATIONS = lower(peopleLexicon.nameAbbreviations);
const ABBREVIATED_TITLES = new Map(ABBREVIATED_TITLE_FORMS.map((t) => [t.word.toLowerCase(), t]));
const NATIONAL_TITLES = new Map(titleLexicon.nationalTitles.map((t) => [t.word.toLowerCase(), t]));
/** Lexicon phrases with their words in lowercase, as tokens are compared. */
const lowerPhrase = <T extends { words: string[] }>(phrase: T): T => ({
  ...phrase,
  words: phrase.words.map((word) => word.toLowerCase()),
});
const LEAD_PHRASES = TITLE_LEAD_PHRASES.map(lowerPhrase).sort((a, b) => b.words.length - a.words.length);
const MULTI_WORD_TITLES = titleLexicon.multiWordTitles.map(lowerPhrase).sort((a, b) => b.words.length - a.words.length);

/** Title phrases by their first word, longest first, so a title word tries only its own phrases. */
function byFirstWord<T extends { words: string[] }>(phrases: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const phrase of phrases) {
    const first = (phrase.words[0] ?? "").toLowerCase();
    map.set(first, [...(map.get(first) ?? []), phrase]);
  }
  return map;
}
const LEADS_BY_FIRST_WORD = byFirstWord(LEAD_PHRASES);
/** Bodies with a supervisory organ of their own ("Badan Pengawas" of a cooperative, "Dewan Pengawas" of a company). */
const ORGAN_HOLDER_TYPES = new Set<InstitutionType>(["COMMUNITY", "COMPANY"]);
/** "Jaksa Agung", "Jaksa Agung Muda": titles of several words held only in one national institution. */
const NATIONAL_PHRASE_TITLES_BY_FIRST_WORD = byFirstWord(
  titleLexicon.nationalPhraseTitles.map(lowerPhrase).sort((a, b) => b.words.length - a.words.length),
);
const MULTI_WORD_TITLES_BY_FIRST_WORD = byFirstWord(MULTI_WORD_TITLES);
const NOT_NAMES = new WordClass(
  lower([
    ...peopleLexicon.notNames,
    ...peopleLexicon.medicalTerms,
    ...dateLexicon.weekdays,
    ...Object.keys(dateLexicon.months),
    ...ABBREVIATED_TITLE_FORMS.map((t) => t.word),
    ...titleLexicon.nationalTitles.map((t) => t.word),
    ...TITLE_LEAD_PHRASES.flatMap((t) => t.words).filter((word) => !titleLexicon.leadWordsAlsoNames.includes(word)),
    "WIB",
    "WITA",
    "WIT",
    // Names of units ("Kegiatan Kerja") and words of institution names ("Kemenkumham Maluku") are never a person.
    ...titleLexicon.unitWords.filter((word) => !titleLexicon.unitWordsAlsoNames.includes(word)),
    ...[
      ...institutionLexicon.facilityHeads,
      ...institutionLexicon.regionalHeads,
      ...institutionLexicon.nationalInstitutions,
    ]
      .flatMap((spec) => spec.forms.flat())
      // "Agung" of "Kejaksaan Agung" is also a given name ("Agung Prabowo").
      .filter((word) => word !== "dan" && !titleLexicon.leadWordsAlsoNames.includes(word)),
    ...UNIT_NAME_WORDS,
    ...UNIT_ABBREVIATED_TITLES.map((t) => t.word),
    // "Ketua PGRI Cabang, dan …": the level of an organisation's branch is no name.
    ...unitLexicon.organisationLevels,
  ]),
);
const NAMED_SPEECH = new WordClass(lower(speechLexicon.named));
/** First words of every title form: a title can only start at one of these. */
const TITLE_FIRST_WORDS = new WordClass(
  lower([
    ...TITLE_LEAD_PHRASES.map((t) => t.words[0] ?? ""),
    ...titleLexicon.multiWordTitles.map((t) => t.words[0] ?? ""),
    ...ABBREVIATED_TITLE_FORMS.map((t) => t.word),
    ...titleLexicon.nationalTitles.map((t) => t.word),
    ...titleLexicon.nationalHeadTitles.map((t) => t.words[0] ?? ""),
    // "Menko Pangan …": a national title of several words may open with a word no other title has.
    ...titleLexicon.nationalPhraseTitles.map((t) => t.words[0] ?? ""),
    ...Object.keys(titleLexicon.actingPrefixes).map((prefix) => prefix.split(" ")[0] ?? ""),
    ...UNIT_ABBREVIATED_TITLES.map((t) => t.word),
  ]),
);
const UNIT_WORDS = new WordClass(lower(titleLexicon.unitWords));
/** "Kabid Pembinaan SMA": the school level an education office's division develops. */
const SCHOOL_LEVEL_UNIT_WORDS = new WordClass(lower(titleLexicon.schoolLevelUnitWords));
/** "Desa" and each region's own word for a village ("Kampung", "Nagari"). */
const VILLAGE_WORDS = new Set(["desa", ...VILLAGE_KIND_WORDS.map((word) => word.toLowerCase())]);
/** "Guru Bahasa Inggris", "Wakasek Kesiswaan", "Pengawas SMP": what a school title's holder teaches or runs. */
const SUBJECT_PHRASES = byFirstWord(
  titleLexicon.subjectPhrases
    .map((phrase) => ({ words: phrase.toLowerCase().split(" ") }))
    .sort((a, b) => b.words.length - a.words.length),
);
/** Most subject phrases one title takes: "Pengawas Pembina SMP", "Guru Pembimbing Matematika". */
const SUBJECTS_PER_TITLE = 2;
/** Words between a school title's subject and its school: "guru Bahasa Inggris di SMA Negeri 2 X". */
const SCHOOL_CONNECTORS = lower(titleLexicon.schoolConnectors);
/** Most words of a college unit's open name: "Program Studi Pendidikan Guru Sekolah Dasar". */
const OPEN_UNIT_WORDS = 7;
/** "Kepala Divisi Pemasyarakatan dari Kantor Wilayah …": words between a title and its institution. */
const INSTITUTION_CONNECTORS = lower(titleLexicon.institutionConnectors);
/** "Seksi", "Bidang": a section's noun, opening the unit of a staff title in any case and after "pada". */
const SECTION_NOUNS = lower(titleLexicon.sectionNouns);
const ANONYMOUS_PHRASES = peopleLexicon.anonymousSpeakerPhrases.map((phrase) => phrase.map((w) => w.toLowerCase()));
const ANONYMOUS_FIRST_WORDS = new WordClass(ANONYMOUS_PHRASES.map((phrase) => phrase[0]));
const NATIONAL_HEAD_TITLES = titleLexicon.nationalHeadTitles
  .map(lowerPhrase)
  .sort((a, b) => b.words.length - a.words.length);
const ACTING_PREFIXES = new Map(Object.entries(titleLexicon.actingPrefixes as Record<string, string>));
/** The first words of the acting prefixes of two words ("pelaksana tugas"): only after one is the pair looked up. */
const ACTING_PAIR_FIRST_WORDS = new Set(
  [...ACTING_PREFIXES.keys()]
    .filter((prefix) => prefix.includes(" "))
    .map((prefix) => prefix.slice(0, prefix.indexOf(" "))),
);
const DEGREE_PHRASES = peopleLexicon.degreePhrases.map((phrase) => phrase.map((w) => w.toLowerCase()));
const DEGREE_FIRST_WORDS = new WordClass(DEGREE_PHRASES.map((phrase) => phrase[0]));
const DESCRIPTORS = new WordClass(lower(peopleLexicon.descriptorNouns));
const INTRODUCERS = new WordClass(lower(peopleLexicon.introducers));
/** The particle an introducer takes before its names: "terdiri dari". */
const INTRODUCER_PARTICLES = new Map<string, string[]>(Object.entries(peopleLexicon.introducerParticles));
const FOLLOWERS = lower(peopleLexicon.followers);
const FOLLOWER_OBJECTS = lower(peopleLexicon.followerObjects);
/**
 * "Gubernur Sumatera Utara (Gubsu) Edy Rahmayadi": a short form in brackets after a title, made
 * from the title's own first word, names the holder wherever the article uses it again ("ujar
 * Gubsu"). Kept per extraction, by the short form as written.
 */
const TITLE_SHORT_FORMS = new WeakMap<ExtractionContext, Map<string, string>>();
const SHORT_FORM_STEM = 3;

/** Head words that name a post on their own once the institution is known: "diwakili Sekretaris X". */
const BARE_HEAD_WORDS = new Set(["sekretaris", "kepala", "ketua", "wakil", "direktur", "kabid", "kasi", "kasubag"]);
const REPRESENTED_REACH = 12;

/**
 * After "diwakili" at `at`: a bare head word and a full name. The post is held where the title
 * just before names its institution; returns the token after the name, or -1.
 */
function readRepresentativePost(context: ExtractionContext, field: TextField, at: number, taken: Uint8Array): number {
  const { tokens } = field;
  const head = tokens[at + 1];
  if (!head?.capitalized || !BARE_HEAD_WORDS.has(head.lower) || matchTitleAt(field, at + 1)) return -1;
  const name = readName(field, at + 2);
  if (!name || name.from !== at + 2 || !name.name.includes(" ") || !nameEndsCleanly(field, name)) return -1;
  const start = tokens[at]?.start ?? 0;
  let represented: PersonReference | undefined;
  for (const reference of context.references) {
    if (reference.field !== field.name || reference.end > start || reference.institution === undefined) continue;
    if (!represented || reference.end > represented.end) represented = reference;
  }
  const reachFrom = tokens[Math.max(0, at - REPRESENTED_REACH)]?.start ?? 0;
  if (!represented || represented.end < reachFrom || taken[name.from]) return -1;
  const person = recordPerson(context, field, name);
  if (!person) return -1;
  if (context.positions.length < LIMITS.positions)
    context.positions.push({
      person: person.key,
      institution: represented.institution,
      role: head.text,
      title: head.text,
      provenance: spanOf(field, at + 1, name.nameTo),
    });
  taken.fill(NAME_TAKEN, name.from, name.to);
  return name.to;
}

function learnTitleShortForm(
  context: ExtractionContext,
  field: TextField,
  title: TitleMatch,
  afterBracket: number,
  person: string,
): void {
  const { tokens } = field;
  const short = tokens[title.to + 1];
  const titleWord = tokens[title.from]?.lower ?? "";
  if (afterBracket !== title.to + 3 || !short?.isWord || short.lower.length <= SHORT_FORM_STEM) return;
  if (short.lower.slice(0, SHORT_FORM_STEM) !== titleWord.slice(0, SHORT_FORM_STEM)) return;
  // A short form the lexicon knows as a title ("Kadinkes") already points at its holder.
  if (matchTitleAt(field, title.to + 1) || context.findPerson(short.text)) return;
  let forms = TITLE_SHORT_FORMS.get(context);
  if (!forms) {
    forms = new Map();
    TITLE_SHORT_FORMS.set(context, forms);
  }
  if (!forms.has(short.text)) forms.set(short.text, person);
}

/** Regional governments whose seat is a regency, city or province, all of which the gazetteer knows. */
const GAZETTEER_SEATED = /^(?:Pemkab|Pemkot|Pemprov):/;
/** The one title whose seat is always a regency, written right after it when written at all. */
const SEATED_BY_REGENCY = "Bupati";
/** "Presiden", "Wakil Presiden": titles whose only seat is a country (titles.json countryHeadTitles). */
const COUNTRY_HEAD_TITLES = new Set<string>(titleLexicon.countryHeadTitles);
const UNIT_HEAD_ROLES = new Set(["Kepala", "Wakil Kepala", "Komandan", "Sekretaris", "Kepala Pelaksana"]);
const UNIT_TITLES = new Map(UNIT_ABBREVIATED_TITLES.map((t) => [t.word.toLowerCase(), t]));

function writtenText(field: TextField, from: number, to: number): string {
  return field.text.slice(field.tokens[from]?.start ?? 0, field.tokens[to - 1]?.end ?? 0).replace(SPACE_RUNS, " ");
}
/** The post a title gives its holder, reported over tokens [from, to) of the field. */
function positionUnderTitle(
  field: TextField,
  title: TitleMatch,
  person: string,
  institution: string | undefined,
  from: number,
  to: number,
): PositionFact {
  return {
    person,
    institution,
    // a title written without its institution says which kinds of institution hold it
    institutionTypes: title.institution ? undefined : title.defaultTypes,
    role: title.role,
    title: writtenText(field, title.from, title.to),
    provenance: spanOf(field, from, to),
  };
}
const REPORTING_VERBS = new WordClass(lower(speechLexicon.reporting));

/** A title as read: the role in canonical form and the institution it names, if any. */
export interface TitleMatch {
  role: string;
  from: number;
  to: number;
  institution?: InstitutionMatch;
  /** Where the institution's own text starts (after "Kepala", after "Kakanwil"). */
  institutionFrom?: number;
  /** The institution is implied by the title ("Bupati Blora"), not written out ("Kepala Rutan Demak"). */
  implied?: boolean;
  /** Where a title written without its institution is held: "Kepala Divisi Pemasyarakatan" at a Kanwil. */
  defaultTypes?: string[];
  /** The institution is an organisation the lexicon does not know, read from its acronym. */
  organisation?: boolean;
  /** An event committee's post: the word after it names the event ("Ketua Panitia PKKMB"). */
  committee?: boolean;
}

/** The title is held at the organisation the one word at `at` names, which the lexicon does not know. */
function holdTitleAtWord(title: TitleMatch, tokens: readonly Token[], at: number): void {
  const word = tokens[at]?.text ?? "";
  title.institution = {
    identity: `organisation:${compactSurface(word)}`,
    type: (title.defaultTypes?.[0] ?? "OTHER") as InstitutionType,
    name: word,
    shortName: word,
    standardAliases: [],
    written: word,
    from: at,
    to: at + 1,
    generic: false,
    unknownPlace: false,
  };
  title.institutionFrom = at;
  title.to = at + 1;
}

/**
 * Where the longest of `phrases` written from `at` ends, or -1. A loop rather than a closure over
 * `at`: readName asks at every name, and a closure there makes the engine allocate a context each time.
 */
function longestWordsEnd(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number {
  let end = -1;
  for (const words of phrases) end = Math.max(end, wordsAt(tokens, at, words));
  return end;
}

/** Where `words` (in lowercase) written at token `at` end, or -1. */
function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    if (!token?.isWord || token.lower !== words[k]) return -1;
  }
  return at + words.length;
}

/**
 * Unit words after "Kepala Seksi", "Staf", "Kabag": "Pelayanan Tahanan", "Binadik", "Ops". The
 * first capitalised word always belongs to the unit; later ones only when they are unit
 * vocabulary, so "Staf Binadik Yusuf" leaves "Yusuf" as the name.
 */
function unitWords(field: TextField, at: number): number {
  let to = at;
  while (to - at < 7) {
    const token = field.tokens[to];
    // "Kepala Bidang Pembinaan, Bimbingan dan Teknologi Informasi": a unit may list its parts.
    if (token?.text === "," && to > at && UNIT_WORDS.holds(field.tokens[to + 1])) {
      to++;
      continue;
    }
    if (!token?.isWord) break;
    const institutionHere = matchInstitutionAt(field, to);
    // "Kabid Pembinaan SMA Budi Santoso": a school level after the division's own words is the level
    // it develops, not the first word of the holder's name; a school named there ("Kepala Tata Usaha
    // SMA Negeri 1 X") is the institution instead.
    if (!institutionHere && to > at && SCHOOL_LEVEL_UNIT_WORDS.holds(token)) {
      to++;
      continue;
    }
    // "Kabid Koperasi Diskopumdag Tuban": a section named by a word that also opens organisations'
    // names ("Koperasi …"), right before the regional office it belongs to, is the section.
    if (institutionHere && !(to === at && matchInstitutionAt(field, to + 1)?.type === "LOCAL_GOVERNMENT")) break;
    // "Bidang Administrasi Pemerintahan Kampung": a village's word after a domain noun is what it
    // governs, unless it opens a village's seat ("Kasi Pemerintahan Desa Sukamaju").
    const seat = field.tokens[to + 1];
    const governed =
      to > at &&
      VILLAGE_WORDS.has(token.lower) &&
      isDomainNoun(field, field.tokens[to - 1] ?? token) &&
      !(seat?.isWord && seat.capitalized && !matchInstitutionAt(field, to + 1));
    if (
      to === at
        ? !token.capitalized
        : !(UNIT_WORDS.holds(token) || isDomainNoun(field, token) || governed) ||
          (token.lower === "dan" && !field.tokens[to + 1]?.capitalized)
    )
      break;
    if (HONORIFICS.holds(token) || RANKS.holds(token)) break;
    to++;
  }
  while (to > at && field.tokens[to - 1]?.lower === "dan") to--;
  // "Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD …": words the vocabulary does not list
  // still name the unit when the institution it belongs to follows them; "Kasi Pemberdayaan dan
  // Pengembangan Ekonomi Masyarakat Dinas PMD …": so do they after listed words joined by "dan".
  const joined = field.tokens[to]?.lower === "dan";
  const afterJoined =
    !joined && to > at + 2 && field.tokens[to - 2]?.lower === "dan" && isUnitNameWord(field.tokens[to]);
  if (to > at && (joined || afterJoined)) {
    let end = joined ? to + 1 : to;
    while (end - at < 8 && isUnitNameWord(field.tokens[end]) && !matchInstitutionAt(field, end)) end++;
    if (end > (joined ? to + 1 : to) && matchInstitutionAt(field, end)) return end;
  }
  // "Kepala Seksi Kesehatan Keluarga dan Gizi Dinkes X", "Kasi Kesehatan Ibu dan Anak Dinkes X":
  // a listed word, then unlisted ones joined by "dan", up to the institution, all name the unit.
  if (to > at && !joined) {
    const end = domainsJoinedEnd(field, to, at + 8);
    if (end > to) return end;
  }
  return to;
}

/**
 * Where capitalised words joined by "dan" that run from `at` up to an institution end (at the
 * institution), or -1: the words name a unit's domains only when an institution closes them and
 * "dan" joins them. A title of address joined by "dan" ("Ibu dan Anak") is a domain word there.
 */
function domainsJoinedEnd(field: TextField, at: number, reach: number): number {
  const { tokens } = field;
  let joinedByAnd = false;
  let end = at;
  while (end < reach) {
    const token = tokens[end];
    if (token?.lower === "dan" && end > at && tokens[end + 1]?.capitalized) {
      joinedByAnd = true;
      end++;
      continue;
    }
    const beforeAnd = token?.capitalized === true && tokens[end + 1]?.lower === "dan";
    if (!(isUnitNameWord(token) || (beforeAnd && token?.isWord)) || matchInstitutionAt(field, end)) break;
    end++;
  }
  return joinedByAnd && end > at && tokens[end - 1]?.lower !== "dan" && matchInstitutionAt(field, end) ? end : -1;
}

/** Most lowercase words naming a section written in lowercase ("seksi pencegahan dan pengendalian penyakit"). */
const LOWERCASE_SECTION_WORDS = 5;
/** Words that end a clause rather than name a section's domain. */
const NOT_SECTION_WORDS = new Set(["di", "pada", "yang", "dari", "untuk", "ke", "oleh", "dengan", "sebagai"]);

/**
 * Where the lowercase words naming a section's domain, written from `at`, end: at an institution
 * the text names, written right after them ("pelayanan kesehatan Dinkes X"), or `at` when none follows.
 */
function lowercaseSectionEnd(field: TextField, at: number): number {
  const { tokens } = field;
  for (let k = at; k - at <= LOWERCASE_SECTION_WORDS; k++) {
    const token = tokens[k];
    if (k > at && token?.capitalized) {
      const institution = matchInstitutionAt(field, k, true);
      return institution && !institution.generic && tokens[k - 1]?.lower !== "dan" ? k : at;
    }
    if (!token?.isWord || token.capitalized || token.hasDigit || NOT_SECTION_WORDS.has(token.lower)) return at;
    if (token.lower === "dan" && k === at) return at;
  }
  return at;
}

/**
 * "Kabid Pengadaan Pemberhentian dan Informasi Pegawai": a capitalised noun formed with ke-…-an or
 * pe(N)-…-an is a unit's domain word even when the vocabulary does not list it, never a name.
 */
const DOMAIN_NOUN_SHAPE = /^(?:ke|pe)\p{Ll}{4,}an$/u;
/** Place levels of the same shape ("Kecamatan X", "Kelurahan Y"), which open a seat, not a domain. */
const PLACE_LEVEL_NOUNS = new Set(["kecamatan", "kelurahan", "kepulauan", "kewedanan", "keresidenan"]);
function isDomainNoun(field: TextField, token: Token): boolean {
  return (
    token.isWord &&
    token.capitalized &&
    !token.allCapitals &&
    DOMAIN_NOUN_SHAPE.test(token.lower) &&
    !PLACE_LEVEL_NOUNS.has(token.lower) &&
    !isPlaceWord(field, token)
  );
}

/** A capitalised word that may stand in a unit's name: not a rank, honorific or place. */
function isUnitNameWord(token: Token | undefined): boolean {
  return (
    token?.isWord === true &&
    token.capitalized &&
    !token.hasDigit &&
    !HONORIFICS.holds(token) &&
    !RANKS.holds(token) &&
    !gazetteer().bySurface.has(token.compact)
  );
}

/** "Bidang": the noun of the field a deputy head runs, before its subject ("Wakasek Bidang Kesiswaan"). */
const FIELD_NOUN = "bidang";

/**
 * Where the subjects written after a school title at `at` end ("Guru Bahasa Inggris", "Wakasek
 * Kesiswaan", any case), or `at`. A word that starts an institution is no subject: "Guru SD Negeri 1 X".
 */
function subjectsEnd(field: TextField, at: number): number {
  const { tokens } = field;
  let to = at;
  for (let taken = 0; taken < SUBJECTS_PER_TITLE; taken++) {
    // "Wakasek Bidang Kurikulum": the field's noun may stand before the subject.
    const subjectAt = taken === 0 && tokens[to]?.lower === FIELD_NOUN ? to + 1 : to;
    const first = tokens[subjectAt];
    if (!first?.isWord) break;
    let end = -1;
    for (const phrase of SUBJECT_PHRASES.get(first.lower) ?? []) {
      end = wordsAt(tokens, subjectAt, phrase.words);
      if (end > 0) break;
    }
    if (end < 0 || matchInstitutionAt(field, to, true)) break;
    to = end;
  }
  return to;
}

/**
 * Where the open name of a college unit after a title at `at` ends: its capitalised words up to the
 * institution it belongs to or up to the comma before the holder ("Kaprodi Pendidikan Bahasa
 * Inggris FKIP Universitas X", "Ketua Jurusan Teknik Sipil, Budi"); -1 when neither closes it.
 */
function openUnitEnd(field: TextField, at: number): number {
  const { tokens } = field;
  for (let k = at; k - at < OPEN_UNIT_WORDS; k++) {
    const token = tokens[k];
    if (!token?.isWord || !token.capitalized || HONORIFICS.holds(token) || RANKS.holds(token)) return -1;
    // "Kaprodi Pendidikan Bahasa Inggris FKIP Universitas X": the faculty's acronym is the unit's.
    const college = k > at ? matchInstitutionAt(field, k, true) : undefined;
    if (college && !(college.from === k && FACULTY_ACRONYM.test(token.text) && matchInstitutionAt(field, k + 1, true)))
      return k;
    if (tokens[k + 1]?.text === ",") return k + 1;
  }
  return -1;
}
/** A faculty's acronym ("FKIP", "FISIP"), which the college after it holds (institutions.ts). */
const FACULTY_ACRONYM = /^F[A-Z]{1,5}$/;

/** The fields a deputy director runs: "Pelayanan", "Umum dan Keuangan", "SDM". */
const DIRECTOR_FIELDS = new Set(lower(titleLexicon.directorFields));

/**
 * Where the field written after a deputy director's title at `at` ends ("Wakil Direktur Pelayanan
 * Medik", "Wadir Umum dan Keuangan"): capitalised words of the closed list, parts joined by "dan";
 * `at` when none follows.
 */
function directorFieldsEnd(tokens: readonly Token[], at: number): number {
  let to = at;
  for (let k = at; k - at < DIRECTOR_FIELD_WORDS; k++) {
    const token = tokens[k];
    if (token?.isWord && token.capitalized && DIRECTOR_FIELDS.has(token.lower)) to = k + 1;
    else if (!(token?.lower === "dan" && k > at && DIRECTOR_FIELDS.has(tokens[k + 1]?.lower ?? ""))) break;
  }
  return to;
}
/** Most words of a deputy director's field: "Pelayanan Medik dan Keperawatan". */
const DIRECTOR_FIELD_WORDS = 5;

/**
 * Past "(Kasi)" after "Kepala Seksi", "(Kabid)" after "Kepala Bidang": a bracketed word that is
 * the same title's one-word short form; `at` itself when there is none.
 */
function pastOwnShortForm(
  tokens: readonly Token[],
  at: number,
  lead: { words: readonly string[]; role: string },
): number {
  const word = tokens[at + 1];
  if (lead.words.length < 2 || tokens[at]?.text !== "(" || tokens[at + 2]?.text !== ")") return at;
  if (!word?.isWord || !word.capitalized) return at;
  const short = (LEADS_BY_FIRST_WORD.get(word.lower) ?? []).some(
    (other) => other.words.length === 1 && other.role === lead.role,
  );
  return short ? at + 3 : at;
}

/**
 * "Kepala Dinas (Kadis) Pendidikan Kabupaten X": the title's head noun written out, then in
 * brackets the one-word title that contracts "Kepala" and that noun, then the unit's domain and
 * seat. The unit is read as after the contracted title ("Kadis Pendidikan Kabupaten X").
 */
function unitAfterBracketedContraction(field: TextField, at: number, to: number): TitleMatch | undefined {
  const { tokens } = field;
  const noun = tokens[to];
  const short = tokens[to + 2];
  if (!noun?.isWord || tokens[to + 1]?.text !== "(" || !short?.isWord || tokens[to + 3]?.text !== ")") return undefined;
  const contracted = (LEADS_BY_FIRST_WORD.get(short.lower) ?? []).find(
    (other) =>
      other.words.length === 1 &&
      "contractedNoun" in other &&
      other.contractedNoun?.toLowerCase() === noun.lower &&
      other.role === `${writtenText(field, at, to)} ${other.contractedNoun}`,
  );
  if (!contracted || !("contractedNoun" in contracted) || !contracted.contractedNoun) return undefined;
  const unit = matchUnitAfterContractedNoun(field, to + 4, contracted.contractedNoun, to);
  if (!unit || unit.generic) return undefined;
  const role = unit.unitRole ? `${contracted.role.split(" ")[0]} ${unit.unitRole}` : contracted.role;
  return { role, from: at, to: unit.to, institution: unit, institutionFrom: to };
}

/** The grades of a functional position, longest first (titles.json functionalGrades). */
const FUNCTIONAL_GRADES = titleLexicon.functionalGrades
  .map((words) => ({ words: words.map((word) => word.toLowerCase()), grade: words.join(" ") }))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * "Widyaiswara Ahli Madya BPSDM X", "Pranata Komputer Terampil Dinas Kominfo X": a civil servant's
 * functional position is written with its grade (jenjang) right after it, and the grade is part of
 * the post, never the start of its institution or of its holder's name. The role with the grade in
 * the lexicon's spelling and where the title now ends; as given when no grade follows.
 */
function withFunctionalGrade(tokens: readonly Token[], role: string, at: number): [string, number] {
  for (const { words, grade } of FUNCTIONAL_GRADES) {
    const end = wordsAt(tokens, at, words);
    if (end > 0) return [`${role} ${grade}`, end];
  }
  return [role, at];
}

/** Heads of a village's or urban village's government, whose one-word titles ("Kuwu", "Lurah") may be followed by the village's own word. */
const VILLAGE_TITLE_HEADS = new Set(["Pemdes", "Pemkel"]);

/** The word that writes a village as such right after its head's one-word title: "Kuwu Desa Sukamaju", "Keuchik Gampong Sukamaju". */
const DESA_SEAT_WORDS = new Set(["desa", "kelurahan"]);
const VILLAGE_SEAT_WORDS = new Set([...DESA_SEAT_WORDS, ...unitLexicon.villageKindWords.map((w) => w.toLowerCase())]);

/**
 * A person's title starting at token `at`: "Kepala Rutan Demak", "Kakanwil Ditjenpas Jateng", "Bupati Blora".
 * "Kepala Dinas pendidikan Kabupaten X", "Kepala seksi Pemerintahan Kecamatan X": words of the title
 * and of its unit written in lowercase inside the clause the title opens are read as capitalised
 * (recasedClause), when that reading takes them all in and reads at least as far as the one as written.
 */
export function matchTitleAt(field: TextField, at: number, anyCase = false): TitleMatch | undefined {
  const token = field.tokens[at];
  if (!token?.isWord || !(token.capitalized || anyCase) || !TITLE_FIRST_WORDS.holds(token)) return undefined;
  const written = readTitleAt(field, at, anyCase);
  const clause = recasedClause(field, at);
  if (!clause) return written;
  const recased = readTitleAt(clause.field, at, anyCase);
  return recased && recased.to > clause.last && (!written || recased.to >= written.to) ? recased : written;
}

function readTitleAt(field: TextField, at: number, anyCase: boolean): TitleMatch | undefined {
  const { tokens } = field;
  const token = tokens[at];
  if (!token?.isWord || !(token.capitalized || anyCase) || !TITLE_FIRST_WORDS.holds(token)) return undefined;

  const twoWordActing = ACTING_PAIR_FIRST_WORDS.has(token.lower)
    ? ACTING_PREFIXES.get(`${token.lower} ${tokens[at + 1]?.lower ?? ""}`)
    : undefined;
  const acting = twoWordActing ?? ACTING_PREFIXES.get(token.lower);
  if (acting) {
    // "Plt. Kepala Rutan Demak", "Pelaksana Tugas Kepala BPBD": the title after the prefix, held in an acting capacity.
    const afterPrefix = twoWordActing ? at + 2 : at + 1;
    let next = tokens[afterPrefix]?.text === "." ? afterPrefix + 1 : afterPrefix;
    // "Pelaksana Tugas (Plt) Direktur RSUD X": the prefix's own short form in brackets after it.
    if (tokens[next]?.text === "(" && ACTING_PREFIXES.has(tokens[next + 1]?.lower ?? "")) {
      const close = tokens[next + 2]?.text === "." ? next + 3 : next + 2;
      if (tokens[close]?.text === ")") next = close + 1;
    }
    const title = matchTitleAt(field, next);
    return title ? { ...title, role: `${acting} ${title.role}`, from: at } : undefined;
  }
  // "Mendes PDT Budi": a phrase of a national title before the one word that opens it ("Mendes").
  for (const title of NATIONAL_PHRASE_TITLES_BY_FIRST_WORD.get(token.lower) ?? []) {
    const to = wordsAt(tokens, at, title.words);
    if (to > 0)
      return {
        role: title.role,
        from: at,
        to,
        institution: nationalInstitution(title.institution, at, to),
        implied: true,
      };
  }
  const national = NATIONAL_TITLES.get(token.lower);
  if (national) {
    return {
      role: national.role,
      from: at,
      to: at + 1,
      institution: nationalInstitution(national.institution, at, at + 1),
      implied: true,
    };
  }
  for (const title of MULTI_WORD_TITLES_BY_FIRST_WORD.get(token.lower) ?? []) {
    const to = wordsAt(tokens, at, title.words);
    const hamlet = to > 0 && title.role === HAMLET_HEAD_ROLE ? hamletNumberEnd(tokens, to) : -1;
    if (hamlet > 0) return { role: hamletHeadRole(tokens, hamlet), from: at, to: hamlet };
    if (to > 0) {
      const institution = matchImpliedInstitution(field, to, title.head);
      return { role: title.role, from: at, to: institution?.to ?? to, institution, institutionFrom: to, implied: true };
    }
  }
  const unitTitle = UNIT_TITLES.get(token.lower);
  if (unitTitle) {
    // "Danpos SAR Kotabaru": the title word contracts the unit's noun ("Dan" + "Pos"), and the
    // rest of the unit's short name is written after it before the seat.
    let seatAt = at + 1;
    for (const word of unitTitle.unit.split(" ").slice(1)) if (tokens[seatAt]?.text === word) seatAt++;
    // "Kasatpol-PP Cianjur": the rest of the unit's short name may be hyphenated onto the title word.
    const hyphenated =
      seatAt === at + 1 &&
      tokens[seatAt]?.text === "-" &&
      tokens[seatAt]?.spaced === false &&
      tokens[seatAt + 1]?.spaced === false &&
      /^\p{Lu}{2,}$/u.test(tokens[seatAt + 1]?.text ?? "")
        ? matchImpliedUnit(field, seatAt + 2, `${unitTitle.unit} ${tokens[seatAt + 1]?.text}`, at)
        : undefined;
    const institution = hyphenated ?? matchImpliedUnit(field, seatAt, unitTitle.unit, at);
    return {
      role: unitTitle.role,
      from: at,
      to: institution?.to ?? at + 1,
      institution: institution && { ...institution, from: at + 1 },
      institutionFrom: at,
      implied: true,
    };
  }
  const abbreviated = ABBREVIATED_TITLES.get(token.lower);
  const hamlet = abbreviated?.role === HAMLET_HEAD_ROLE ? hamletNumberEnd(tokens, at + 1) : -1;
  if (hamlet > 0) return { role: hamletHeadRole(tokens, hamlet), from: at, to: hamlet };
  if (abbreviated) {
    // "Kuwu Desa Sukamaju Budi": a village head's own title word, then its village written with "Desa".
    const seatAt =
      VILLAGE_TITLE_HEADS.has(abbreviated.head) && VILLAGE_SEAT_WORDS.has(tokens[at + 1]?.lower ?? "")
        ? at + 2
        : at + 1;
    const institution = matchImpliedInstitution(field, seatAt, abbreviated.head);
    return {
      // The village's word is the role's as written ("Perbekel Desa"); a region's own word for a
      // village is the title's usual seat ("Keuchik Gampong …" is a Keuchik).
      role:
        seatAt > at + 1 && institution && DESA_SEAT_WORDS.has(tokens[at + 1]?.lower ?? "")
          ? `${abbreviated.role} ${tokens[at + 1]?.text}`
          : abbreviated.role,
      from: at,
      to: institution?.to ?? at + 1,
      institution,
      institutionFrom: at + 1,
      implied: true,
    };
  }
  for (const title of NATIONAL_HEAD_TITLES) {
    const to = wordsAt(tokens, at, title.words);
    const institution = to > 0 ? matchNationalAfterTitle(field, to, title.strip) : undefined;
    // "Sekretaris Jenderal Kementerian Kesehatan", "Sekjen Bawaslu RI": the secretary general's
    // body written out in full after the title, a ministry or a national body of any kind.
    if (!institution && to > 0 && title.bodyWritten) {
      const written = matchInstitutionAt(field, to, true);
      if (written && !written.generic) {
        const role = "role" in title && title.role ? title.role : writtenText(field, at, to);
        return { role, from: at, to: written.to, institution: written, institutionFrom: to };
      }
    }
    // "program unggulan Menteri Budi Arie Setiadi": a full name right after the title, with no
    // ministry between, is held by a minister of a ministry the text does not name.
    if (!institution && to > 0 && "bareHolder" in title && title.bareHolder) {
      const holder = readName(field, to);
      if (
        holder?.from === to &&
        holder.nameFrom === to &&
        holder.name.includes(" ") &&
        // "Perdana Menteri Timor Leste Xanana Gusmao": a country or place after the title is its seat.
        !matchCountryAt(tokens, to) &&
        !isPlaceWord(field, tokens[to])
      )
        return { role: writtenText(field, at, to), from: at, to };
    }
    if (institution) {
      // "Menteri Koperasi dan UKM RI, Teten Masduki": the country's acronym closes the title;
      // "Wakil Menteri Desa … dan Transmigrasi Republik Indonesia, Budi": so does its name written out.
      const end =
        tokens[institution.to]?.text === "RI"
          ? institution.to + 1
          : tokens[institution.to]?.text === "Republik" && tokens[institution.to + 1]?.text === "Indonesia"
            ? institution.to + 2
            : institution.to;
      return {
        role: writtenText(field, at, institution.to),
        from: at,
        to: end,
        institution,
        institutionFrom: to,
      };
    }
  }
  const leads = LEADS_BY_FIRST_WORD.get(token.lower) ?? [];
  for (const lead of leads) {
    let to = wordsAt(tokens, at, lead.words);
    if (to < 0) continue;
    if ("organ" in lead && lead.organ) {
      // "Anggota Badan Pengawas Koperasi Maju Jaya": a post in an association's or a company's
      // supervisory organ is held at that body; before anything else the words are read as usual.
      const body = matchInstitutionAt(field, to, true);
      if (!body || body.generic || !ORGAN_HOLDER_TYPES.has(body.type)) continue;
      return { role: lead.role, from: at, to: body.to, institution: body, institutionFrom: to };
    }
    const bracketedContraction = unitAfterBracketedContraction(field, at, to);
    if (bracketedContraction) return bracketedContraction;
    // "Kepala Seksi (Kasi) Pendidikan Madrasah …": the title's own short form in brackets.
    to = pastOwnShortForm(tokens, to, lead);
    let role = lead.role;
    const functional = "functional" in lead && lead.functional;
    const ungraded = to;
    if (functional) [role, to] = withFunctionalGrade(tokens, role, to);
    if ("fields" in lead && lead.fields) {
      // "Wakil Direktur Umum dan Keuangan, dr. Rina": the field a deputy director runs belongs to the title.
      const end = directorFieldsEnd(tokens, to);
      if (end > to) role = `${role} ${writtenText(field, to, end)}`;
      to = end;
    }
    if ("headOf" in lead && lead.headOf) {
      // "Inspektur Inspektorat Kabupaten X": a title held only in the one kind of office written
      // after it ("Inspektur Polisi" is a rank, read elsewhere).
      const office = matchInstitutionAt(field, to, true);
      if (office && !office.generic && tokens[to]?.lower === lead.headOf.toLowerCase())
        return { role, from: at, to: office.to, institution: office, institutionFrom: to };
      // "Inspektur Kota Banjar": the office left out, its seat written right after the title.
      const seated = matchOfficeSeatedAfterTitle(field, to, lead.headOf, at);
      if (!seated) continue;
      return {
        role: writtenText(field, at, seated.to),
        from: at,
        to: seated.to,
        institution: seated,
        institutionFrom: at,
      };
    }
    if ("neighbourhood" in lead && lead.neighbourhood) {
      const end = neighbourhoodPostEnd(field, to);
      if (end < 0) continue;
      return { role: writtenText(field, at, end), from: at, to: neighbourhoodSeatEnd(field, end) };
    }
    if ("standalone" in lead && lead.standalone && POST_NUMERALS.test(tokens[to]?.text ?? "")) {
      role = `${role} ${tokens[to]?.text}`;
      to++;
    }
    if ("subjects" in lead && lead.subjects) {
      const subjectTo = subjectsEnd(field, to);
      // "Pengawas Ahli Madya": a grade makes the post whole as a subject does.
      const graded = to > ungraded;
      if (subjectTo === to && "subjectRequired" in lead && lead.subjectRequired && tokens[to]?.text !== "," && !graded)
        continue;
      const subject = subjectTo > to;
      if (subject) role = `${role} ${writtenText(field, to, subjectTo)}`;
      to = subjectTo;
      // "Pengawas Sekolah Ahli Madya": the grade after what the holder oversees or teaches.
      if (functional && subject) [role, to] = withFunctionalGrade(tokens, role, to);
      // "guru Bahasa Inggris di SMA Negeri 2 X": the school may follow "di".
      const connector = tokens[to]?.lower;
      const school =
        connector && SCHOOL_CONNECTORS.has(connector) ? matchInstitutionAt(field, to + 1, true) : undefined;
      if (school && !school.generic)
        return { role, from: at, to: school.to, institution: school, institutionFrom: to + 1 };
    }
    if ("openUnit" in lead && lead.openUnit) {
      const unitEnd = openUnitEnd(field, to);
      if (unitEnd < 0) continue;
      role = `${role} ${writtenText(field, to, unitEnd)}`;
      to = unitEnd;
      const college = matchInstitutionAt(field, to, true);
      if (college && !college.generic)
        return { role, from: at, to: college.to, institution: college, institutionFrom: to };
      return { role, from: at, to, defaultTypes: lead.defaultTypes };
    }
    if ("specialty" in lead && lead.specialty) {
      // "Dokter spesialis anak RSUD X, dr Rina": a lowercase specialty between the title and the
      // institution it is practised at belongs to the title.
      const end = specialtyEnd(tokens, to);
      if (end > to && matchInstitutionAt(field, end, true)) {
        role = `${role} ${writtenText(field, to, end)}`;
        to = end;
      } else if (end > to && INSTITUTION_CONNECTORS.has(tokens[end]?.lower ?? "")) {
        // "dokter spesialis kandungan pada RSUD X": the connector is read with the institution below.
        role = `${role} ${writtenText(field, to, end)}`;
        to = end;
      }
    }
    if ("contractedNoun" in lead && lead.contractedNoun) {
      // "Kadis. Perikanan Budi": the contracted title may be written with an abbreviation's stop.
      const stop = tokens[to];
      const domainAt = stop?.text === "." && !stop.spaced && tokens[to + 1]?.capitalized ? to + 1 : to;
      // "Kadis Kesehatan Kabupaten X": the title holds the unit noun, and the domain follows.
      const unit = matchUnitAfterContractedNoun(field, domainAt, lead.contractedNoun, at);
      if (unit && !unit.generic) {
        // "Wakadis …", "Kacabdin …": the words before the contracted noun are the head's, kept whole.
        const headed = unit.unitRole ? `${role.split(" ").slice(0, -1).join(" ")} ${unit.unitRole}` : role;
        return { role: headed, from: at, to: unit.to, institution: unit, institutionFrom: at };
      }
      if ("contractedOnly" in lead && lead.contractedOnly) continue;
    }
    if ("impliedHead" in lead && lead.impliedHead) {
      // "Kepala Pengamanan Rutan (KPR) …": the institution's head word is part of the title.
      const institution = matchImpliedInstitution(field, to, lead.impliedHead);
      return { role, from: at, to: institution?.to ?? to, institution, institutionFrom: to, implied: true };
    }
    if (lead.unit) {
      // "Staf pada Seksi Pendidikan Madrasah Kankemenag X", "staf pada seksi Bimas Islam …": the
      // section may follow a connector, and its noun may be written in lowercase.
      if (INSTITUTION_CONNECTORS.has(tokens[to]?.lower ?? "") && SECTION_NOUNS.has(tokens[to + 1]?.lower ?? "")) to++;
      const section = tokens[to]?.capitalized === false && SECTION_NOUNS.has(tokens[to]?.lower ?? "");
      let unitEnd = section ? unitWords(field, to + 1) : unitWords(field, to);
      // "Budi, kepala bidang pelayanan kesehatan Dinkes X, …": a section written all in lowercase
      // names its domain in lowercase words too, up to the institution it belongs to.
      const unitFrom = section ? to + 1 : to;
      const writtenLowercase =
        section || (tokens[to - 1]?.capitalized === false && SECTION_NOUNS.has(tokens[to - 1]?.lower ?? ""));
      if (writtenLowercase && unitEnd === unitFrom) unitEnd = lowercaseSectionEnd(field, unitFrom);
      // "Koordinator Kampanye Paslon 02": the candidate pair a campaign unit works for is the unit's.
      if (unitEnd > unitFrom) unitEnd = candidatePairEnd(tokens, unitEnd);
      if (unitEnd === (section ? to + 1 : to)) {
        // "Ketua Pansus DPRD X": a council's special committee is often written without its name.
        if (!lead.unitOptional) continue;
      } else {
        // "Anggota Komisi Pemilihan Umum …": the lead's last word starts an institution, not a unit of one.
        const asInstitution = lead.words.length > 1 ? matchInstitutionAt(field, to - 1) : undefined;
        if (asInstitution && asInstitution.to > unitEnd) continue;
        role = `${role} ${field.text.slice(tokens[to]?.start ?? 0, tokens[unitEnd - 1]?.end ?? 0).replace(SPACE_RUNS, " ")}`;
        to = unitEnd;
      }
    }
    if ("committee" in lead && lead.committee) {
      // "Ketua Panitia Wisuda ke-12 Universitas X": the event is the post's; its host may follow.
      // "Ketua Tim Kampanye Paslon 01": a campaign team's post names the pair it works for.
      const eventEnd = candidatePairEnd(tokens, committeeEventEnd(tokens, to));
      if (eventEnd > to) {
        role = `${role} ${writtenText(field, to, eventEnd)}`;
        to = eventEnd;
      }
    }
    to = skipBracketedAbbreviation(tokens, to);
    const connector = tokens[to]?.lower;
    let institutionAt = connector && INSTITUTION_CONNECTORS.has(connector) ? to + 1 : to;
    // "kepala dinas kesehatan Kota X": an office written in lowercase before its region.
    let institution = matchInstitutionAt(field, institutionAt, true) ?? lowercaseHeadedAt(field, institutionAt);
    if (!institution && connector && SCHOOL_CONNECTORS.has(connector)) {
      // "Pembina Pramuka di SMP Negeri 2 X": a post may name its school after "di", as a teacher's
      // does; only a school, since "di" also opens a venue ("Ketua Panitia di Gedung X").
      const school = matchInstitutionAt(field, to + 1, true);
      if (school?.type === "SCHOOL" && !school.generic) {
        institution = school;
        institutionAt = to + 1;
      }
    }
    if (!institution && "regionHead" in lead && lead.regionHead) {
      // "Asisten Pemerintahan dan Kesra Kabupaten X Budi": a post of the regional secretariat
      // written with its region but not its office is held in that region's government.
      const seat = matchImpliedInstitution(field, to, lead.regionHead);
      if (seat && !seat.generic) {
        institution = seat;
        institutionAt = to;
      }
    }
    if (institution) {
      if ("standalone" in lead && lead.standalone) {
        // "Rektor Universitas X", "Hakim PN X": the title is whole without its institution.
      } else if (!lead.unit && !lead.unitOptional && institution.unitRole) {
        // "Kepala Dinas Kesehatan" says what is headed; "Ketua" of an organisation is whole.
        if (UNIT_HEAD_ROLES.has(role)) role = `${role} ${institution.unitRole}`;
      } else if (!lead.unit && !lead.unitOptional && institution.head) role = `${role} ${institution.head.role}`;
      else if (!lead.unit && !lead.unitOptional && !institution.head)
        role = `${role} ${institution.shortName ?? institution.name}`;
      return { role, from: at, to: institution.to, institution, institutionFrom: institutionAt };
    }
    if ("standalone" in lead && lead.standalone) {
      // "Kepala Puskesmas Cepu": the title's last word names the institution, and its seat follows.
      const named = matchInstitutionAt(field, to - 1, true) ?? lowercaseHeadedAt(field, to - 1);
      if (named && named.to > to && !named.generic)
        return { role, from: at, to: named.to, institution: named, institutionFrom: to - 1 };
    }
    if (lead.unit || lead.unitOptional || ("standalone" in lead && lead.standalone))
      return { role, from: at, to, defaultTypes: lead.defaultTypes, committee: "committee" in lead && lead.committee };
  }
  const plainLead = leads.find(
    (lead) => !lead.unit && !lead.unitOptional && !("impliedHead" in lead) && wordsAt(tokens, at, lead.words) > 0,
  );
  if (!plainLead) return undefined;
  const leadEnd = at + plainLead.words.length;
  const bracketed = bracketedShortTitle(field, at, leadEnd, plainLead.role);
  if (bracketed) return bracketed;
  // "Wakil Ketua III Dr. Hana": a roman numeral after the title numbers the post; it is no acronym.
  const numeral = tokens[leadEnd]?.text ?? "";
  if (POST_NUMERALS.test(numeral)) return { role: `${plainLead.role} ${numeral}`, from: at, to: leadEnd + 1 };
  return (
    matchOrganisationTitle(field, at, leadEnd, plainLead.role) ?? listedBoardPost(field, at, leadEnd, plainLead.role)
  );
}

/** How far back a listed board post looks for the post of the body it shares. */
const LISTED_POST_REACH = 40;

/**
 * "Ketua BPD Budi Santoso, Wakil Ketua Joko Susilo dan Sekretaris Rina Wulandari": a bare board
 * post ("Wakil Ketua", "Sekretaris") listed after a post in a named body, with a name of two
 * words or more right after it, is a post in the same body.
 */
function listedBoardPost(field: TextField, at: number, leadEnd: number, role: string): TitleMatch | undefined {
  const { tokens } = field;
  if (!LIST_JOINERS.has(tokens[at - 1]?.lower ?? "")) return undefined;
  const name = readName(field, leadEnd);
  if (name?.from !== leadEnd || name.nameFrom !== leadEnd || !name.name.includes(" ")) return undefined;
  for (let k = at - 2; k >= 0 && at - k <= LISTED_POST_REACH; k--) {
    const token = tokens[k];
    if (!token || SENTENCE_ENDS.holds(token)) return undefined;
    if (!token.capitalized || !LEADS_BY_FIRST_WORD.has(token.lower)) continue;
    const earlier = matchTitleAt(field, k);
    if (!earlier || earlier.to > at) continue;
    const institution = earlier.institution;
    if (!institution || institution.generic) return undefined;
    return { role, from: at, to: leadEnd, institution, institutionFrom: earlier.institutionFrom };
  }
  return undefined;
}

/** Most words of a title written out before its bracketed short form: "Komandan Rayon Militer (Danramil)". */
const WRITTEN_OUT_TITLE_WORDS = 4;

/**
 * "Komandan Rayon Militer (Danramil) 23 Magelang Utara": a title written out in words the
 * lexicon does not list, then its short form in brackets, which names the unit the title heads,
 * then the unit's number and seat. The short form is read as if written before the seat.
 */
function bracketedShortTitle(field: TextField, at: number, leadEnd: number, role: string): TitleMatch | undefined {
  const { tokens } = field;
  let open = leadEnd;
  while (open - leadEnd < WRITTEN_OUT_TITLE_WORDS && tokens[open]?.isWord && tokens[open]?.capitalized) open++;
  if (open === leadEnd || tokens[open]?.text !== "(" || tokens[open + 2]?.text !== ")") return undefined;
  const short = tokens[open + 1];
  const seatAt = open + 3;
  if (!short?.isWord) return undefined;
  const abbreviated = ABBREVIATED_TITLES.get(short.lower);
  const unitTitle = abbreviated ? undefined : UNIT_TITLES.get(short.lower);
  const shortRole = abbreviated?.role ?? unitTitle?.role;
  // The short form abbreviates this title: "Danramil" is a Komandan's.
  if (!shortRole?.startsWith(`${role} `)) return undefined;
  const institution = abbreviated
    ? matchImpliedInstitution(field, seatAt, abbreviated.head)
    : unitTitle && matchImpliedUnit(field, seatAt, unitTitle.unit, open + 1);
  if (!institution || institution.generic) return undefined;
  return { role: shortRole, from: at, to: institution.to, institution, institutionFrom: seatAt, implied: true };
}

/** The head of a hamlet, whose hamlet is often known only by its number. */
const HAMLET_HEAD_ROLE = "Kepala Dusun";
const HAMLET_NUMBER = /^\d{1,2}$/;

/**
 * "Kadus 3", "Kepala Dusun 05", "Kadus Dusun 3 yang terpilih adalah …": a village's hamlets are
 * numbered, and the number after a hamlet head's title (with the word "Dusun" again after the
 * short title) is the post's, as an RT's number is; where it ends, or -1.
 */
function hamletNumberEnd(tokens: readonly Token[], at: number): number {
  const numberAt = tokens[at]?.lower === "dusun" ? at + 1 : at;
  return HAMLET_NUMBER.test(tokens[numberAt]?.text ?? "") ? numberAt + 1 : -1;
}

/**
 * The post as the hamlet's head's full title and the number ("Kepala Dusun 3"), so that it reads as
 * a post of the village's own government (titles.json villageGovernmentRoles).
 */
const hamletHeadRole = (tokens: readonly Token[], end: number) => `${HAMLET_HEAD_ROLE} ${tokens[end - 1]?.text}`;

/** Roman numerals that number a post ("Hakim Anggota II", "Wakil Ketua III"). */
const POST_NUMERALS = /^(?:I|II|III|IV|V)$/;

/** "RT 03", "RT 03/RW 05", "RW 005": a neighbourhood unit's number and the units after it. */
const NEIGHBOURHOOD_NUMBER = /^\d{1,3}$/;
const NEIGHBOURHOOD_WORDS = new Set(["rt", "rw"]);
/** A village seat after a neighbourhood head's unit: "Ketua RW 05 Kelurahan X Budi". */
const NEIGHBOURHOOD_SEATS = new Map([
  ["desa", "Pemdes"],
  ["dusun", "Pemdes"],
  ["kelurahan", "Pemkel"],
]);

/**
 * After "Ketua RT" at `at`: where the unit's number (and a second unit's, "RT 03/RW 05") ends, or -1
 * when no number follows: "Ketua RT setempat" is read by other rules.
 */
function neighbourhoodPostEnd(field: TextField, at: number): number {
  const { tokens } = field;
  if (!NEIGHBOURHOOD_NUMBER.test(tokens[at]?.text ?? "")) return -1;
  let end = at + 1;
  while (end - at < 6) {
    const slash = tokens[end]?.text === "/" ? end + 1 : end;
    if (NEIGHBOURHOOD_NUMBER.test(tokens[slash]?.text ?? "")) end = slash + 1;
    else if (
      NEIGHBOURHOOD_WORDS.has(tokens[slash]?.lower ?? "") &&
      NEIGHBOURHOOD_NUMBER.test(tokens[slash + 1]?.text ?? "")
    )
      end = slash + 2;
    else break;
  }
  return end;
}

/** The village written after a neighbourhood head's unit is its seat, not its holder's name. */
function neighbourhoodSeatEnd(field: TextField, at: number): number {
  const head = NEIGHBOURHOOD_SEATS.get(field.tokens[at]?.lower ?? "");
  if (!head || !field.tokens[at]?.capitalized) return at;
  return matchImpliedInstitution(field, at + 1, head)?.to ?? at;
}

/** The longest specialty written after a practitioner's title ("spesialis penyakit dalam"). */
const LONGEST_SPECIALTY_WORDS = 4;

/** Where a run of lowercase words after a practitioner's title ends, if an institution may follow it. */
function specialtyEnd(tokens: readonly Token[], at: number): number {
  let j = at;
  while (j - at < LONGEST_SPECIALTY_WORDS && tokens[j]?.isWord && !tokens[j]?.capitalized) {
    if (INSTITUTION_CONNECTORS.has(tokens[j]?.lower ?? "")) break;
    j++;
  }
  return j;
}

/** How abbreviated titles begin: Direktur (Dir-), Wakil Direktur, Kepala (Ka-), Wakil Kepala. */
const ABBREVIATED_TITLE_SHAPE = /^(?:Dir|Wadir|Ka|Waka)\p{Ll}{3,}$/u;
/** Their first letters, checked before the expression on every capitalised word. */
const ABBREVIATED_TITLE_INITIALS = new Set(["D", "W", "K"].map((letter) => letter.charCodeAt(0)));
/** How regional agencies' abbreviations begin: Dinas (Dis-, Din-), Badan (Ba-), Bappeda ("Bappeko"). */
const AGENCY_ABBREVIATION = /^(?:Dis|Din|Bapp|Bak|Bad)\p{Ll}{3,}$/u;

/** An organisation's acronym: capitals, perhaps with digits ("DP3A"), opened by a letter; no roman numeral. */
const ORGANISATION_ACRONYM = /^(?![IVXL]+$)\p{Lu}[\p{Lu}\d]{1,5}$/u;
/** "Kabupaten", "Kab.", "Kota", "Provinsi": a region prefix after an organisation's acronym. */
const REGION_PREFIX_WORDS = new WordClass(Object.keys(unitLexicon.regionPrefixes));
/** How a regional government office's capitals-only acronym opens ("DPMK", "DP3A"): the lexicon's list. */
const REGIONAL_AGENCY_OPENING = new RegExp(`^(?:${unitLexicon.regionalAgencyAcronymOpenings.join("|")})`, "u");

/**
 * "Ketua PMI Kota Semarang", "Kepala DPMK Kabupaten Sukamaju": a head of an organisation the
 * lexicon does not know, named by an acronym and perhaps a region, listed or not. Such a title
 * only counts with a name in apposition.
 */
function matchOrganisationTitle(field: TextField, at: number, from: number, role: string): TitleMatch | undefined {
  const { tokens } = field;
  const acronym = tokens[from];
  if (
    !acronym?.isWord ||
    !(ORGANISATION_ACRONYM.test(acronym.text) || AGENCY_ABBREVIATION.test(acronym.text)) ||
    // "Ketua RI …", "Ketua DPC …": the state's and a party board's acronyms are words of the
    // lexicon's institution names, which name no organisation alone.
    NOT_NAMES.holds(acronym)
  )
    return undefined;
  let to = from + 1;
  // "DP3A-KB": two capitals-only parts joined by a hyphen are one acronym.
  const hyphen = tokens[to];
  const second = tokens[to + 1];
  if (hyphen?.text === "-" && !hyphen.spaced && second?.isWord && second.allCapitals && !second.spaced) to += 2;
  // "Kepala SPKT Polres Blora": an acronym right before an institution the lexicon knows names a
  // unit inside it, and the title is held there.
  const parent = matchInstitutionAt(field, to);
  if (parent && !parent.generic)
    return {
      role: `${role} ${writtenText(field, from, to)}`,
      from: at,
      to: parent.to,
      institution: parent,
      institutionFrom: to,
    };
  let regional = false;
  while (to - from < 5) {
    const place = matchPlaceAt(tokens, to);
    if (place) {
      to = place.to;
      regional = true;
      break;
    }
    // "DPMK Kabupaten Mansel": a region prefix before a place the gazetteer does not list; "DPMK
    // Mansel" where the article writes "Mansel" elsewhere as a place.
    const region =
      REGION_PREFIX_WORDS.holds(tokens[to]) || field.placeEvidence?.has(tokens[to]?.compact ?? "")
        ? readRegion(tokens, to, field.placeEvidence)
        : undefined;
    if (region) {
      to = region.to;
      regional = true;
      break;
    }
    const token = tokens[to];
    // "UPTD P3UKM": a further acronym, perhaps with digits, names the organisation with the first.
    if (!token?.isWord || !ORGANISATION_ACRONYM.test(token.text)) break;
    to++;
  }
  const name = writtenText(field, from, to);
  // "Disperkim Kota X", "DPMK Kabupaten X": an office of the regional government.
  const regionalAgency =
    AGENCY_ABBREVIATION.test(acronym.text) || (regional && REGIONAL_AGENCY_OPENING.test(acronym.text));
  const institution: InstitutionMatch = {
    identity: `organisation:${compactSurface(name)}`,
    type: regionalAgency ? "LOCAL_GOVERNMENT" : "OTHER",
    name,
    shortName: name.length <= 100 ? name : undefined,
    standardAliases: [],
    written: name,
    from,
    to,
    generic: false,
    unknownPlace: false,
  };
  return { role, from: at, to, institution, institutionFrom: from, organisation: true };
}

export interface NameMatch {
  /** The name without honorifics, ranks and degrees. */
  name: string;
  /** The name as written, with them. */
  written: string;
  /** Token range of the whole written form. */
  from: number;
  to: number;
  /** Token range of the bare name. */
  nameFrom: number;
  nameTo: number;
  /** A rank or honorific preceded the name: strong evidence that a person follows. */
  introduced: boolean;
}

/** The service after a navy or air force rank: "Kolonel Laut (P)", "Mayor Udara". */
const RANK_SERVICE_WORDS = new Set(peopleLexicon.rankServiceWords);
/** A corps written in brackets after a rank: "(P)", "(T)", "(KH)", "(Inf)", "(Czi)". */
const BRACKETED_CORPS = /^\p{Lu}(?:\p{Lu}{0,2}|\p{Ll}{2})$/u;

/** "Purn", "Purnawirawan": a retired officer's mark after the rank. */
const RETIRED_MARKS = new Set(["purn", "purnawirawan"]);

/** Where a retired officer's mark at `at` ends ("(Purn)", "(Purn.)", "Purn."), or -1. */
function retiredMarkEnd(tokens: readonly Token[], at: number): number {
  const bracketed = tokens[at]?.text === "(";
  const word = bracketed ? at + 1 : at;
  if (!RETIRED_MARKS.has(tokens[word]?.lower ?? "") || !tokens[word]?.capitalized) return -1;
  const after = tokens[word + 1]?.text === "." ? word + 2 : word + 1;
  if (!bracketed) return after;
  return tokens[after]?.text === ")" ? after + 1 : -1;
}

function skipTitlesOfAddress(tokens: readonly Token[], at: number): { to: number; introduced: boolean } {
  let j = at;
  let introduced = false;
  let afterRank = false;
  let afterDoctor = false;
  for (let guard = 0; guard < 8; guard++) {
    const token = tokens[j];
    if (!token) break;
    // "Dr. Eng. Budi", "Dr. rer. nat. Budi": a doctorate's field, shortened with its stop after "Dr.".
    if (afterDoctor && DOCTORATE_FIELDS.has(token.text) && tokens[j + 1]?.text === ".") {
      j += 2;
      continue;
    }
    afterDoctor = false;
    const inBrackets = tokens[j + 1];
    if (
      token.text === "(" &&
      inBrackets &&
      tokens[j + 2]?.text === ")" &&
      (RANKS.holds(inBrackets) || (afterRank && BRACKETED_CORPS.test(inBrackets.text)))
    ) {
      j += 3;
      continue;
    }
    if (afterRank && RANK_SERVICE_WORDS.has(token.text)) {
      j++;
      continue;
    }
    // "Mayjen (Purn) Budi", "Kolonel Inf (Purn.) Budi", "Brigjen TNI Purn Budi": retired.
    const retiredEnd = afterRank ? retiredMarkEnd(tokens, j) : -1;
    if (retiredEnd > 0) {
      j = retiredEnd;
      continue;
    }
    afterRank = false;
    let phraseEnd = -1;
    if (RANK_PHRASE_FIRST_WORDS.holds(token)) {
      for (const phrase of RANK_PHRASES) phraseEnd = Math.max(phraseEnd, wordsAt(tokens, j, phrase));
    }
    if (phraseEnd > 0) {
      j = phraseEnd;
      introduced = true;
      continue;
    }
    // "dr." (a physician) is written in lowercase; other honorifics and ranks are capitalised.
    // "dr Jaka Santosa": the physician's and dentist's honorifics also stand without their full stop.
    const lowercaseHonorific =
      !token.capitalized &&
      HONORIFICS.holds(token) &&
      (tokens[j + 1]?.text === "." ||
        (LOWERCASE_HONORIFICS.has(token.text) &&
          tokens[j + 1]?.capitalized === true &&
          tokens[j + 1]?.spaced === true));
    if (token.isWord && (RANKS.holds(token) || HONORIFICS.holds(token)) && (token.capitalized || lowercaseHonorific)) {
      // "H." is an honorific only before a name, not an initial standing alone.
      const nextAt = tokens[j + 1]?.text === "." ? j + 2 : j + 1;
      const next = tokens[nextAt];
      // "Mayor (Inf) Joko": a rank may stand before its corps in brackets.
      const corpsNext =
        RANKS.holds(token) &&
        next?.text === "(" &&
        BRACKETED_CORPS.test(tokens[nextAt + 1]?.text ?? "") &&
        tokens[nextAt + 2]?.text === ")";
      const retiredNext = RANKS.holds(token) && retiredMarkEnd(tokens, nextAt) > 0;
      // "AKBP dr. Budi": a rank may stand before the physician's lowercase honorific; "Prof dr Budi",
      // "H. drg. Rina": so may another honorific.
      const doctorNext =
        (token.text === "Dr" || token.text === "Drs") &&
        tokens[j + 1]?.text === "." &&
        DOCTORATE_FIELDS.has(next?.text ?? "");
      if (
        !corpsNext &&
        !retiredNext &&
        !doctorNext &&
        (!next?.isWord ||
          !(
            next.capitalized ||
            (RANKS.holds(token) && HONORIFICS.holds(next)) ||
            (LOWERCASE_HONORIFICS.has(next.text) && tokens[nextAt + 1]?.isWord === true)
          ))
      )
        break;
      j += tokens[j + 1]?.text === "." ? 2 : 1;
      introduced = true;
      afterRank = RANKS.holds(token);
      afterDoctor = doctorNext;
      continue;
    }
    break;
  }
  return { to: j, introduced };
}

/** Nouns that describe a person and may stand right before their name ("korban", "staf", "terdakwa"). */
const NOUNS_BEFORE_NAME = new WordClass(
  [...DESCRIPTORS, ...lower(peopleLexicon.nounsBeforeName)].filter(
    (noun) => !peopleLexicon.descriptorsNotBeforeName.includes(noun),
  ),
);
const NOUNS_BEFORE_BARE_NAME = lower(peopleLexicon.nounsBeforeBareName);
const LOWERCASE_HONORIFICS = new Set(peopleLexicon.lowercaseHonorifics);
/** "Eng", "rer", "nat": a doctorate's field written shortened after "Dr." ("Dr. Eng. Budi"). */
const DOCTORATE_FIELDS = new Set(peopleLexicon.doctorateFields);
/** "MKes", "SPd", "MSi": a capital after lowercase letters inside a word. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}*\p{Lu}/u;

/**
 * "SH", "MKes", "SPd": a degree written without full stops ends the name; one of four letters or
 * more only when a capital inside it shows it is no name word.
 */
const isDegreeShaped = (token: Token) => token.text.length <= 3 || INNER_CAPITAL.test(token.text);

function startsTitleOfAddress(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token?.isWord === true && token.capitalized && (HONORIFICS.holds(token) || RANKS.holds(token));
}

/**
 * Indonesian nominalisations, never words of a person's name: "Kekosongan", "Pembangunan",
 * "Penerimaan", "Pendidikan". Only the forms with a nasal or "r" after "pe" ("Pebrian" is a name).
 */
const NOMINALISATION = /^(?:ke\p{Ll}{5,}an|pe(?:m|n|ng|ny|r)\p{Ll}{4,}an)$/u;

function isNameWord(token: Token | undefined): boolean {
  if (!token?.isWord || !token.capitalized || NOT_NAMES.holds(token) || NOMINALISATION.test(token.lower)) return false;
  if (token.hasDigit && (token.compact !== token.lower || /[0-9]/.test(token.text))) return false;
  // Acronyms (WBP, UPT) are not names; initials ("M") are.
  return token.text.length === 1 || !token.allCapitals;
}

/** A place the gazetteer knows by this bare name, and not also a common given name or word. */
function isGazetteerPlace(token: Token | undefined): boolean {
  if (!token?.isWord) return false;
  return gazetteer().bySurface.has(token.compact) && !gazetteer().ambiguousBareNames.has(token.compact);
}

function isPlaceWord(field: TextField, token: Token | undefined): boolean {
  if (!token?.isWord || token.text.includes(".")) return false;
  if (field.placeEvidence?.has(token.compact)) return true;
  const places = gazetteer().bySurface.get(token.compact);
  return places !== undefined && !gazetteer().ambiguousBareNames.has(token.compact);
}

/**
 * "Penyidik Kejaksaan Negeri Kuatan Singingi, Riau, menahan …": one bare word right after a
 * title's institution, then its province set off by a comma, is the last word of the seat's name
 * (misspelt, or of two words the gazetteer does not know), not the holder: a holder's name is
 * not followed by a province.
 */
function seatWordBeforeProvince(tokens: readonly Token[], title: TitleMatch, name: NameMatch, nameAt: number): boolean {
  return (
    title.institution !== undefined &&
    !name.introduced &&
    !name.name.includes(" ") &&
    name.from === nameAt &&
    tokens[name.to]?.text === "," &&
    matchPlaceAt(tokens, name.to + 1, "province") !== undefined
  );
}

/** Balinese name openers ("I Made", "Ni Luh", "Anak Agung", "Ida Bagus"): part of the name, and a sign one follows. */
const NAME_PREFIX_PHRASES = peopleLexicon.namePrefixPhrases
  .map((phrase) => phrase.map((word) => word.toLowerCase()))
  .sort((a, b) => b.length - a.length);
const NAME_PREFIX_FIRST_WORDS = new WordClass(NAME_PREFIX_PHRASES.map((phrase) => phrase[0] ?? ""));

/** Where a Balinese name opener written at `at` ends, or -1. */
function namePrefixEnd(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token?.capitalized || !NAME_PREFIX_FIRST_WORDS.holds(token)) return -1;
  // "Lalu Khaeri Asmuni": the Sasak opener is also the adverb "then", which opens a sentence.
  if (SENTENCE_ADVERBS.holds(token) && (at === 0 || CLAUSE_ENDS.has(tokens[at - 1]?.text ?? ""))) return -1;
  for (const phrase of NAME_PREFIX_PHRASES) {
    const end = wordsAt(tokens, at, phrase);
    if (end > 0) return end;
  }
  return -1;
}

/** Longest lowercase clause after "salah satu" / "salah seorang" that a name set off by a comma may close. */
const ONE_OF_REACH = 6;

/** Whether the comma at `comma` closes a lowercase clause opened by "salah satu" or "salah seorang". */
function closesOneOfClause(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 1 && comma - k <= ONE_OF_REACH; k--) {
    const token = tokens[k];
    if (!token?.isWord) return false;
    if ((token.lower === "satu" || token.lower === "seorang") && tokens[k - 1]?.lower === "salah") return true;
    if (token.capitalized) return false;
  }
  return false;
}

/** Parties to a case, named by a single name too: "terdakwa Sutrisno", "korban Suparmi". */
const CASE_PARTY_NOUNS = lower(peopleLexicon.casePartyNouns);

/** Words that open a list of the people a sentence is about ("yakni A dan B"). */
const LIST_INTRODUCERS = new Set(["yakni", "yaitu", "antaranya"]);
/** How far back in its sentence a list's party noun may stand ("Dua korban ditemukan meninggal dunia, yakni"). */
const PARTY_NOUN_REACH = 8;

/** Whether a noun for a victim or a party to a case stands before `at` in the same sentence. */
function partyNounBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= PARTY_NOUN_REACH; k--) {
    const token = tokens[k];
    if (!token || SENTENCE_ENDS.holds(token)) return false;
    if (NOUNS_BEFORE_BARE_NAME.has(token.lower)) return true;
  }
  return false;
}

/** A token of digits only: an age or a year in brackets, not an acronym. */
const DIGIT_RUN = /^\d+$/;
/** A word between a count and the noun it counts: "tiga orang saksi". */
const COUNT_CLASSIFIERS = new Set(["orang"]);

/**
 * "Tiga orang saksi hadir dalam sidang itu, A, B dan C": a count and a party to a case in the
 * clause before a comma, then as many names as counted, joined by commas and "dan" (a single
 * name too when the list frames it), are those parties. Returns the last token read.
 */
function readCountedParties(pass: PeoplePass, i: number, token: Token): number {
  if (token.text !== ",") return NOT_READ;
  const { context, field, tokens, taken, takeName } = pass;
  let count = 0;
  for (let k = i - 1; k > 0 && i - k <= PARTY_NOUN_REACH; k--) {
    const before = tokens[k];
    if (!before || before.text === "," || SENTENCE_ENDS.holds(before)) return NOT_READ;
    if (CASE_PARTY_NOUNS.has(before.lower)) {
      count = companionCount(tokens[COUNT_CLASSIFIERS.has(tokens[k - 1]?.lower ?? "") ? k - 2 : k - 1]);
      break;
    }
  }
  if (count < 2) return NOT_READ;
  const listed = countedNamesAt(field, i + 1, count, isListedSingleName, taken);
  const last = listed?.at(-1);
  if (!listed || !last) return NOT_READ;
  // "…, A, B, C dan D": more names than counted are no list of these parties.
  if (COORDINATORS.has(tokens[last.to]?.lower ?? "") && readName(field, last.to + 1)?.from === last.to + 1)
    return NOT_READ;
  for (const name of listed) {
    if (!recordPerson(context, field, name)) break;
    takeName(name.from, name.to);
  }
  return last.to - 1;
}

/** Whether a noun describing people ("siswa", "saksi", "pemenang") stands before `at` in the same sentence. */
function describedSubjectBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= PARTY_NOUN_REACH; k--) {
    const token = tokens[k];
    if (!token || SENTENCE_ENDS.holds(token)) return false;
    if (token.isWord && !token.capitalized && DESCRIPTORS.holds(token)) return true;
  }
  return false;
}

/**
 * A single name in such a list: long enough, and followed by the list going on or ending at a
 * comma, a bracketed age or the sentence's end (places and institutions are no names to readName).
 */
function isListedSingleName(field: TextField, name: NameMatch): boolean {
  const next = field.tokens[name.to];
  // "…, Lutfy Zulkarnaen dan Suryati diduga …": the last item after "dan" may run into the verb.
  const closesList =
    COORDINATORS.has(field.tokens[name.from - 1]?.lower ?? "") &&
    field.tokens[name.from - 1]?.text !== "," &&
    next?.isWord === true &&
    !next.capitalized;
  return (
    name.name.length > MAX_WITHHELD_NAME_LENGTH &&
    (next === undefined ||
      closesList ||
      COORDINATORS.has(next.lower) ||
      /^[,.;(]$/.test(next.text) ||
      OTHERS_WITH_NAME.has(next.lower))
  );
}

/** "Syahrul Cs", "Budi dkk": the last one named stands for the others with them. */
const OTHERS_WITH_NAME = new Set(["cs", "dkk"]);

/**
 * Where a bracketed age after a name ends ("Sutrisno (60)", a child's "Rafa (8)", "Saprin (45
 * tahun)"), or -1.
 */
function bracketedAgeEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== "(" || !/^[1-9][0-9]?$/.test(tokens[at + 1]?.text ?? "")) return -1;
  const close = tokens[at + 2]?.lower === "tahun" ? at + 3 : at + 2;
  return tokens[close]?.text === ")" ? close + 1 : -1;
}

/** Parts of a law cited with a number in brackets: "Ayat (4)", "Huruf (b)" (people.json lawPartNouns). */
const LAW_PART_NOUNS = new Set(lower(peopleLexicon.lawPartNouns));
/** How far before a law's part the article it belongs to may be cited ("Pasal 21 Ayat (1) dan Ayat (4)"). */
const LAW_CITATION_REACH = 8;

/** Whether "Pasal" or "ayat" is written shortly before `at`, in the same sentence. */
function lawCitedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= LAW_CITATION_REACH; k--) {
    const token = tokens[k];
    if (!token || CLAUSE_ENDS.has(token.text)) return false;
    if (token.lower === "pasal" || token.lower === "ayat") return true;
  }
  return false;
}

/** '"Buktikan …"', "Pastikan …": a verb's imperative in -kan, seven letters or more. */
const IMPERATIVE_IN_KAN = /^\p{Lu}\p{Ll}{3,}kan$/u;

/**
 * Whether a document's number is written at `at`: "No 1 Tahun 2023", "No. 5", "Nomor 27/2023"
 * ("menurut Sema No 1 Tahun 2023": the run before it names a circular or a decree, not a person).
 */
function documentNumberAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (word !== "no" && word !== "nomor" && word !== "nomer") return false;
  const number = tokens[at + 1]?.text === "." ? tokens[at + 2] : tokens[at + 1];
  return /^\d/.test(number?.text ?? "");
}

/** Where an age set off by a comma after a name ends ("Wahyuni, 35 tahun, …"), or -1. */
function setOffAgeEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== "," || !/^[1-9][0-9]?$/.test(tokens[at + 1]?.text ?? "")) return -1;
  return tokens[at + 2]?.lower === "tahun" ? at + 3 : -1;
}

/** "seorang": the classifier that counts one person ("seorang bocah", "seorang petani"), never a thing. */
const PERSON_CLASSIFIER = "seorang";
/** How far before "bernama" the noun describing the person may stand ("siswa kelas XII bernama"). */
const BERNAMA_REACH = 5;

/**
 * Whether a noun describing a person stands shortly before "bernama" at `at`, in the same clause.
 * Before "atas nama" (`owner`), a house or a grave someone owns ("rumah penduduk atas nama …") and
 * a counted person ("satu orang meninggal dunia atas nama …") say a person's name follows too.
 */
function describedBeforeBernama(tokens: readonly Token[], at: number, owner = false): boolean {
  for (let k = at - 2; k >= 0 && at - k <= BERNAMA_REACH; k--) {
    const token = tokens[k];
    if (!token || CLAUSE_ENDS.has(token.text) || token.text === ",") return false;
    // "seorang bocah bernama Irfan": "seorang" counts people only, so whatever noun it counts is a person.
    if (NOUNS_BEFORE_NAME.holds(token) || token.lower === PERSON_CLASSIFIER) return true;
    if (owner && token.isWord && !token.capitalized && (DESCRIPTORS.holds(token) || OWNED_PLACE_NOUNS.has(token.lower)))
      return true;
  }
  return false;
}

/**
 * "Menteri Koperasi dan UKM AAGN Puspayoga": after a title, initials written in capitals (two to
 * four letters, no institution) before a name word open the holder's name.
 */
function readInitialledName(field: TextField, at: number): NameMatch | undefined {
  const { tokens } = field;
  const initials = tokens[at];
  if (
    !initials?.isWord ||
    !initials.allCapitals ||
    initials.text.length < 2 ||
    initials.text.length > 4 ||
    initials.hasDigit ||
    !tokens[at + 1]?.spaced ||
    matchInstitutionAt(field, at)
  )
    return undefined;
  const rest = readName(field, at + 1);
  if (!rest || rest.from !== at + 1 || rest.introduced) return undefined;
  // "Jaksa Agung RI Budi Santoso": the country's acronym after a national title is no initials.
  if (initials.text === COUNTRY_ACRONYM) return { ...rest, from: at };
  return {
    ...rest,
    name: `${initials.text} ${rest.name}`,
    written: `${initials.text} ${rest.written}`,
    from: at,
    nameFrom: at,
  };
}

/** Whether a degree was read after the name: "Sakri, S.Ag", "Subhan SE". */
function carriesDegree(name: NameMatch): boolean {
  return name.to > name.nameTo && name.name.length > MAX_WITHHELD_NAME_LENGTH;
}

/** Words never opening a name that may close one: "Lukman Hakim", "Musna Antara", not "Hakim Rudi". */
const CLOSING_WORDS_ALSO_NAMES = lower(peopleLexicon.closingWordsAlsoNames);
/** "Hari Wibowo", not "Hari Koperasi": a word of day and event names that may open a given name. */
const OPENING_WORDS_ALSO_NOT_NAMES = new Map(
  Object.entries(peopleLexicon.openingWordsAlsoNotNames).map(([word, eventWords]) => [
    word.toLowerCase(),
    lower(eventWords),
  ]),
);

/** Whether the word at `at` opens a name although it also opens day and event names ("Hari"). */
function opensNameAlsoNotName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const eventWords = token?.capitalized ? OPENING_WORDS_ALSO_NOT_NAMES.get(token.lower) : undefined;
  const next = tokens[at + 1];
  return eventWords !== undefined && next?.spaced === true && isNameWord(next) && !eventWords.has(next.lower);
}

/** The character code of a line break. */
const NEWLINE = 10;

/**
 * Whether a line break stands between the token at `at` and the one before it: a paragraph that
 * ends without its stop ('…,” ujar Rina Wulandari' before 'Rina Wulandari juga menjelaskan …', as
 * newsrooms often leave the stop out after an attribution) ends a person's name all the same.
 */
function lineBreakBefore(field: TextField, at: number): boolean {
  const previous = field.tokens[at - 1];
  const token = field.tokens[at];
  if (!previous || !token) return false;
  // Only the space between the two tokens is read: one character, mostly.
  for (let k = previous.end; k < token.start; k++) if (field.text.charCodeAt(k) === NEWLINE) return true;
  return false;
}

/** Month names, which are also given names ("Mei", "Juni", "Agustus"). */
const MONTH_WORDS = new Set(Object.keys(dateLexicon.months).map((month) => month.toLowerCase()));

/**
 * "Nugraheni Mei Purwasari", "Sri Juni Astuti": a month that is also a given name, written between
 * two name words, is a word of the name; a date writes a day or a year beside its month ("14 Mei
 * 2025"), never a name word on both sides, and a word that continues a date ("Mei Lalu") is no name.
 */
function monthInsideName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token?.capitalized || !token.spaced || !MONTH_WORDS.has(token.lower)) return false;
  return isNameWord(tokens[at - 1]) && opensNameAlsoNotName(tokens, at);
}

/** The honorific that, between a given name and a father's name, is part of the name ("Budi Hi. Santoso"). */
const PATRONYMIC_HAJI = "hi";

/**
 * Whether "Hi." at `j` joins the one name word read so far (from `at`) to the name word after it:
 * the word before is no place and no honorific or rank opened the name, so it is a given name.
 */
function patronymicHajiAt(field: TextField, words: readonly string[], at: number, j: number): boolean {
  const { tokens } = field;
  if (words.length !== 1 || tokens[j]?.lower !== PATRONYMIC_HAJI || tokens[j + 1]?.text !== ".") return false;
  if (!isNameWord(tokens[j + 2]) || HONORIFICS.holds(tokens[j + 2] as Token)) return false;
  return j === at + 1 && !isPlaceWord(field, tokens[at]) && !TITLE_FIRST_WORDS.holds(tokens[at] as Token);
}

/**
 * "Wali Kota Bogor Bima Arya", "Kepala Dinas X, Bima Arya", "Menurut Bima Arya": a place word at
 * `at` (even one the gazetteer knows: Kota Bima) right before a common given name is the person's
 * first name where no region can stand there: opening a run, after a comma that closes the title,
 * or after the title's seat already written.
 */
function placeWordIsGivenName(field: TextField, at: number, nameAt: number, opensRun: boolean): boolean {
  const { tokens } = field;
  const before = tokens[at - 1];
  return (
    nameAt === at &&
    knownGivenName(tokens[at + 1]?.lower ?? "") &&
    (opensRun || before?.text === "," || isPlaceWord(field, before))
  );
}

/** Words that close a region's name ("Jakarta Selatan", "Halmahera Tengah"), never a person's inner word. */
const REGION_DIRECTIONS = lower(peopleLexicon.seatDirectionWords);

/**
 * "Ketua KPU Sukamaju Timur Budi Santoso", "Rektor Unsuka Kota Baru Barat Rina Wati": a direction
 * word with name words after it closes the name of the title's region (one the gazetteer may not
 * know, or shortened: "Tanjab Timur"), and no person's name carries one inside. Where the run
 * from `from` to `to` holds such a word after another word of it, or first after a place word
 * already set aside (`afterPlace`), returns where the name after it starts; else -1. The run must
 * be plain words up to there (no initials or hyphens), and the name keep two letters or more.
 */
function regionDirectionEnd(tokens: readonly Token[], from: number, to: number, afterPlace: boolean): number {
  for (let k = from; k < to - 1; k++) {
    const token = tokens[k];
    if (!token?.isWord || token.text.includes("-")) return -1;
    if (!REGION_DIRECTIONS.has(token.lower) || (k === from && !afterPlace)) continue;
    const next = tokens[k + 1];
    return next?.isWord && next.text.length >= 2 ? k + 1 : -1;
  }
  return -1;
}

/** A person's name starting at token `at`, honorifics and ranks before it and degrees after. */
export function readName(field: TextField, at: number): NameMatch | undefined {
  const { tokens } = field;
  const address = skipTitlesOfAddress(tokens, at);
  // "Ditemani Budi Santoso, …": a passive verb of a common root opening the run is no given name;
  // the name starts after it.
  if (address.to === at && tokens[at]?.capitalized && passiveOfCommonRoot(tokens[at]?.lower ?? "")) {
    return isNameWord(tokens[at + 1]) ? readName(field, at + 1) : undefined;
  }
  let j = address.to;
  // "M.Si.", "S.Pd": a degree written with its stops is no initial and name.
  if (tokens[j + 1]?.text === "." && tokens[j + 2]?.spaced === false && degreeEndAt(tokens, j) > j + 2)
    return undefined;
  const words: string[] = [];
  // "I Made Alep", "Anak Agung Gde Parwatha": the opener is read as name words whatever they are.
  const prefixEnd = namePrefixEnd(tokens, j);
  const prefixed = prefixEnd > 0 && isNameWord(tokens[prefixEnd]) && tokens[prefixEnd]?.spaced === true;
  if (prefixed) {
    for (; j < prefixEnd; j++) words.push(tokens[j]?.text ?? "");
  }
  while (words.length < (prefixed ? 6 : 5)) {
    const token = tokens[j];
    if (!token || documentNumberAt(tokens, j) || (words.length > 0 && lineBreakBefore(field, j))) break;
    const nameWord =
      isNameWord(token) ||
      (words.length === 0 && opensNameAlsoNotName(tokens, j)) ||
      (words.length > 0 && monthInsideName(tokens, j));
    if (nameWord && !(words.length > 0 && isDegreeShaped(token) && degreeEndAt(tokens, j) > 0)) {
      // Initials and shortened given names: "A. Yuspahruddin", "Muh. Ali".
      const shortened = token.text.length === 1 || NAME_ABBREVIATIONS.has(token.lower);
      if (shortened && tokens[j + 1]?.text === "." && isNameWord(tokens[j + 2])) {
        words.push(`${token.text}.`);
        j += 2;
        continue;
      }
      if (words.length > 0 && matchInstitutionAt(field, j)) break;
      // "Budi Hi. Santoso": a given name, then "Hi." and the father's name, as names are written in
      // Maluku Utara; "Hi." stays inside the name.
      if (patronymicHajiAt(field, words, at, j)) {
        words.push(`${token.text}.`);
        j += 2;
        continue;
      }
      // "Wakil Bupati Sukamaju Hj. Siti Rahayu": an honorific of two letters or more opens the name;
      // the words before it are not part of it.
      if (words.length > 0 && token.text.length >= 2 && HONORIFICS.holds(token) && tokens[j + 1]?.text === ".") break;
      // "Kabareskrimsus Komjen Wiryo": a rank inside a run of capitals starts the name; the words
      // before it are a title.
      if (words.length > 0 && RANKS.holds(token) && !RANK_QUALIFIERS.holds(token)) break;
      // "Kemenkop-UKM", "Kemenpan-RB": a word joined to an acronym is an organisation's name.
      const joined = tokens[j + 2];
      if (tokens[j + 1]?.text === "-" && !tokens[j + 1]?.spaced && joined?.allCapitals && !joined.spaced) break;
      // "Windu Subagio-Ahmadi": a hyphen after a name's second word joins two people (a candidate
      // pair, a regent and deputy); the name ends before it and the next one starts after it.
      if (words.length > 0 && pairedNamesAt(tokens, j)) {
        words.push(token.text);
        j++;
        break;
      }
      // "Gun-Gun", "Siti-Aminah": a hyphenated name is one word.
      let word = token.text;
      while (
        tokens[j + 1]?.text === "-" &&
        !tokens[j + 1]?.spaced &&
        isNameWord(tokens[j + 2]) &&
        !tokens[j + 2]?.spaced
      ) {
        word += `-${tokens[j + 2]?.text}`;
        j += 2;
      }
      words.push(word);
      j++;
      continue;
    }
    // "Lukman Hakim, M.Si.", "Musna Antara,": such a word closing a run of name words is the last of the name.
    if (
      words.length > 0 &&
      token.capitalized &&
      CLOSING_WORDS_ALSO_NAMES.has(token.lower) &&
      !(tokens[j + 1]?.isWord && tokens[j + 1]?.capitalized)
    ) {
      words.push(token.text);
      j++;
      break;
    }
    if (words.length > 0 && token.isWord && PARTICLES.has(token.text) && isNameWord(tokens[j + 1])) {
      words.push(token.text);
      j++;
      continue;
    }
    break;
  }
  if (words.length === 0 || documentNumberAt(tokens, j)) return undefined;
  // "Kepala BPBD Kobar Syahruni", "Kemenag Kebumen Sukarno": a place the article names, or the
  // gazetteer knows, before a name is the title's region, not the person's first name.
  let nameStart = address.to;
  // "Menurut Bambang Sutrisno", "Bambang Sutrisno, warga …" where the article also writes "Desa
  // Bambang": a word opening a run of name words is a given name; only a gazetteer place there is
  // a region (the article's own village names are often given names too).
  const before = tokens[at - 1];
  const opensRun = address.to === at && (!before || SENTENCE_ENDS.holds(before) || NAMED_SPEECH.holds(before));
  while (
    !prefixed &&
    words.length > 1 &&
    isPlaceWord(field, tokens[nameStart]) &&
    !(
      nameStart === at &&
      ((opensRun && !isGazetteerPlace(tokens[nameStart])) || placeWordIsGivenName(field, at, address.to, opensRun))
    )
  ) {
    words.shift();
    nameStart++;
  }
  const regionEnd = prefixed ? -1 : regionDirectionEnd(tokens, nameStart, j, nameStart > address.to);
  if (regionEnd > 0) {
    words.splice(0, regionEnd - nameStart);
    nameStart = regionEnd;
  }
  if (words.length === 1 && field.placeEvidence?.has(tokens[nameStart]?.compact ?? "")) return undefined;
  // "(Camat Ibu)": a word of address with no name after it names no one.
  if (words.length === 1 && HONORIFICS.holds(tokens[nameStart] as Token) && tokens[nameStart + 1]?.text !== ".")
    return undefined;
  const last = words[words.length - 1] ?? "";
  if (last.endsWith(".")) return undefined;
  // "Pinilih Craft", "Sampoerna Foundation": a run closed by a business's or an organisation's
  // noun is the name of a business, a brand or a foundation, not a person's.
  if (words.length > 1 && ORGANISATION_TAILS.has(last.toLowerCase())) return undefined;
  const nameTo = j;
  const nameFrom = nameStart;
  // Degrees: ", S.H., M.H." or " SH".
  for (let guard = 0; guard < 6; guard++) {
    const afterComma = tokens[j]?.text === "," ? degreeEndAt(tokens, j + 1) : -1;
    if (afterComma > 0) {
      j = afterComma;
      continue;
    }
    const phraseAt = tokens[j]?.text === "," ? j + 1 : j;
    const phrase = DEGREE_FIRST_WORDS.holds(tokens[phraseAt]) ? longestWordsEnd(tokens, phraseAt, DEGREE_PHRASES) : -1;
    if (phrase > 0) {
      j = tokens[phrase]?.text === "." && !tokens[phrase]?.spaced ? phrase + 1 : phrase;
      continue;
    }
    const direct = degreeEndAt(tokens, j);
    // "SH", "SE MSi": a degree without full stops, written with a capital; "SpTHT": a longer one
    // with a capital inside.
    const directText = tokens[j]?.text ?? "";
    if (direct > 0 && (directText.length <= 4 || INNER_CAPITAL.test(directText)) && /^\p{Lu}/u.test(directText)) {
      j = direct;
      continue;
    }
    break;
  }
  const name = words.join(" ");
  // A place is not a person: "Blora", "Lampung Utara".
  let compact = "";
  for (let k = nameFrom; k < nameTo; k++) compact += tokens[k]?.compact ?? "";
  if (gazetteer().bySurface.has(compact)) return undefined;
  const written = field.text.slice(tokens[at]?.start ?? 0, tokens[j - 1]?.end ?? 0).replace(SPACE_RUNS, " ");
  return { name, written, from: at, to: j, nameFrom, nameTo, introduced: address.introduced || prefixed };
}

/** Last words of a business's or an organisation's name, never of a person's: "Craft", "Foundation". */
const ORGANISATION_TAILS = lower(peopleLexicon.organisationTails);

/** Most words of an origin ("dari Dapil Kecamatan Kubu") between a member's title and the comma. */
const ORIGIN_WORDS = 5;

/** Where the comma after "dari" and capitalised words written at `at` stands, or -1. */
function capitalizedOriginEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "dari" || !tokens[at + 1]?.capitalized) return -1;
  for (let j = at + 1; j <= at + ORIGIN_WORDS + 1; j++) {
    const token = tokens[j];
    if (token?.text === ",") return j > at + 1 ? j : -1;
    if (!token?.isWord || !token.capitalized) return -1;
  }
  return -1;
}

/** Words that open a term of office written after a title: "periode 2015-2021", "masa bakti 2019–2024". */
const TERM_OF_OFFICE_WORDS = new Set(["periode", "masa"]);

/** Where a term of office ("periode 2015-2021", "masa jabatan 2019/2024") written at `at` ends, or `at`. */
function termOfOfficeEnd(tokens: readonly Token[], at: number): number {
  // "Ketua Koperasi X 2023-2028 Budi Santoso": a range of years may be written without "periode".
  const bareYears = termYearsEnd(tokens, at);
  if (bareYears > at) return bareYears;
  const first = tokens[at];
  if (!first?.isWord || first.capitalized || !TERM_OF_OFFICE_WORDS.has(first.lower)) return at;
  let j = at + 1;
  if (first.lower === "masa") {
    const second = tokens[j]?.lower;
    if (second !== "bakti" && second !== "jabatan") return at;
    j++;
  }
  if (!TERM_YEAR.test(tokens[j]?.text ?? "")) return at;
  j++;
  if (TERM_YEAR_JOINERS.has(tokens[j]?.text ?? "") && TERM_YEAR.test(tokens[j + 1]?.text ?? "")) j += 2;
  return j;
}

/** "terpilih", "baru": lowercase words between a title and its holder that say which holder is meant. */
const HOLDER_QUALIFIERS = lower(peopleLexicon.holderQualifiers);
/** "Peraturan Menteri …", "Keputusan Bupati …": a regulation named after the office issuing it. */
const REGULATION_NOUNS = new WordClass(lower(peopleLexicon.regulationNouns));

/**
 * Whether a regulation's issuing title is followed at once by its holder's full name ("Keputusan
 * Bupati Blora Budi Santoso tentang …"): then the title is a post that person holds, as anywhere.
 */
function issuerNamedAfter(field: TextField, at: number): boolean {
  const name = readName(field, at);
  return name !== undefined && name.from === at && name.name.includes(" ") && nameEndsCleanly(field, name);
}

/**
 * Past "terpilih" or "yang baru" right after a title when a capitalised word follows it (perhaps
 * after a comma): "Kepala Desa baru dilantik" keeps its adverb.
 */
function pastHolderQualifier(tokens: readonly Token[], at: number): number {
  const qualifier = tokens[at]?.lower === "yang" ? at + 1 : at;
  if (!HOLDER_QUALIFIERS.has(tokens[qualifier]?.lower ?? "") || tokens[qualifier]?.capitalized) return at;
  const next = tokens[qualifier + 1]?.text === "," ? tokens[qualifier + 2] : tokens[qualifier + 1];
  return next?.isWord && next.capitalized ? qualifier + 1 : at;
}

/**
 * Words that introduce the one holder written right after a title: "Kordiv PP yaitu Nuning",
 * "Panitera Pengganti adalah Budi" (role nouns read the same words, ROLE_NOUN_COPULAS).
 */
const TITLE_HOLDER_INTRODUCERS = new Set(["yaitu", "yakni", "adalah", "ialah"]);

/** The word for "of the place at hand" written where a title's seat would stand. */
const LOCAL_SEAT_WORD = "setempat";

/** Words of an age after its number: "(45 tahun)", "(45 th)". */
const AGE_UNITS = new Set(["tahun", "th", "thn"]);

/** Where a bracketed age ending right before `end` opens ("(45)", "(45 tahun)"), or `end` when none does. */
function bracketedAgeStart(tokens: readonly Token[], end: number): number {
  if (tokens[end - 1]?.text !== ")") return end;
  let k = end - 2;
  if (AGE_UNITS.has(tokens[k]?.lower ?? "")) k--;
  if (!/^\d{1,3}$/.test(tokens[k]?.text ?? "") || tokens[k - 1]?.text !== "(") return end;
  return k - 1;
}

/** The country's acronym as written after a national title, never a name word. */
const COUNTRY_ACRONYM = "RI";

/** The most tokens a degree written before a comma spans ("S.Pd.I" is five). */
const DEGREE_REACH = 8;

/** The most tokens ranks and honorifics written before a name span ("Ir. H.", "Letkol (Inf)"). */
const TITLES_OF_ADDRESS_REACH = 6;

/** Whether the token is a rank or an honorific ("AKBP", "H"). */
const addressWord = (token: Token | undefined) =>
  token?.isWord === true && (RANKS.holds(token) || HONORIFICS.holds(token));

/**
 * Where the ranks and honorifics written right before the name at `nameAt` open ("AKBP", "KH",
 * "Ir. H."), or `nameAt` when none stand there. Those in capitals are no name words, so a name read
 * backwards from its comma stops at them; the name's reader skips them again from their start.
 */
function titlesOfAddressStart(tokens: readonly Token[], nameAt: number): number {
  let start = nameAt;
  for (let k = nameAt - 1; k >= 0 && nameAt - k <= TITLES_OF_ADDRESS_REACH; k--) {
    const token = tokens[k];
    // "H. Darmo": the stop that shortens an honorific or a rank is no clause's end.
    const shortened = token?.text === "." && !token.spaced && addressWord(tokens[k - 1]);
    if (!token || ((CLAUSE_ENDS.has(token.text) || token.text === ",") && !shortened)) break;
    if (addressWord(token) && skipTitlesOfAddress(tokens, k).to === nameAt) start = k;
  }
  return start;
}

/** The name that ends just before token `end` ("Hemu" in "Hemu, Kepala Rutan Demak"). */
/** What may follow a bare title its holder is named right before: the end of its clause or a list joiner. */
const BARE_TITLE_CLOSERS = new Set([",", ".", ";", ")", "dan", "serta"]);

/** Whether the token after a title closes its clause or opens what its holder says. */
const closesTitleClause = (after: Token | undefined) =>
  after !== undefined && (BARE_TITLE_CLOSERS.has(after.lower) || REPORTING_VERBS.holds(after));

/**
 * Words saying someone came ("hadir", "turut"): they close a description before them ("Budi ketua
 * Komisi III DPRD X hadir") and make the clause "yang hadir" say who came.
 */
const PRESENCE_WORDS = new Set(peopleLexicon.attendanceWords);

/**
 * Whether the token after a lowercase title written right after its holder's name closes it: what
 * closes a title's clause, or an active verb the holder does ("Budi Santoso ketua majelis hakim
 * membacakan putusan"): a lowercase noun phrase between a name and its verb describes the name.
 */
const closesLowercaseTitle = (after: Token | undefined) =>
  closesTitleClause(after) ||
  (after?.isWord === true && (ACTIVE_VERB_FORM.test(after.text) || PRESENCE_WORDS.has(after.lower)));

/**
 * "Hadir Budi Santoso Kordiv Hukum dan Penindakan, …", "Budi Santoso Ketua Bawaslu mengatakan …": a
 * full name written right before a title that names no institution, or only a body the article
 * places (no comma between, nobody named after the title), holds it. Opening the sentence, the title
 * must be followed by a reporting verb ("Jabatan Ketua …" is no name).
 */
function fullNameRightBeforeBareTitle(
  context: ExtractionContext,
  field: TextField,
  title: TitleMatch,
): NameMatch | undefined {
  const { tokens } = field;
  const i = title.from;
  const after = tokens[title.to];
  if (!tokens[i - 1]?.isWord || !tokens[i - 1]?.capitalized || after?.capitalized) return undefined;
  if (title.implied || (title.institution && !title.institution.generic)) return undefined;
  // The title closes its clause or is followed by what the holder says: "Surat Keputusan Gubernur
  // tentang …" names a document, not a holder.
  if (!(tokens[i]?.capitalized ? closesTitleClause(after) : closesLowercaseTitle(after))) return undefined;
  const before = readNameBefore(field, i);
  if (!before || !before.name.includes(" ") || matchInstitutionAt(field, before.nameFrom)) return undefined;
  const opensSentence = before.from === 0 || SENTENCE_ENDS.holds(tokens[before.from - 1]);
  if (opensSentence && !(before.introduced || context.findPerson(before.name) || REPORTING_VERBS.holds(after)))
    return undefined;
  return before;
}

/** Verbs of a clause saying a title was given: "yang terpilih", "yang baru dilantik". */
const PICKED_VERBS = new Set(["terpilih", "dipilih", "dilantik", "ditetapkan", "diangkat", "ditunjuk", "dikukuhkan"]);
const PICKED_FILLERS = new Set(["baru", "resmi", "akhirnya", "kini"]);
const PICKED_COPULAS = new Set(["adalah", "ialah", "yakni", "yaitu"]);

/** After "yang", fillers, a verb of choosing and a copula ("yang baru terpilih adalah"): where the holder's name starts, or -1. */
function pickedHolderAt(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "yang") return -1;
  let k = at + 1;
  while (PICKED_FILLERS.has(tokens[k]?.lower ?? "") && k - at <= 2) k++;
  if (!PICKED_VERBS.has(tokens[k]?.lower ?? "")) return -1;
  k++;
  return PICKED_COPULAS.has(tokens[k]?.lower ?? "") ? k + 1 : -1;
}

/** What may open an item of a list of holders: "…: Budi – Kades X; Rina – Kades Y". */
const LIST_ITEM_OPENERS = new Set([":", ";", ","]);

/**
 * "Berikut daftarnya: Budi Santoso, S.Pd – Pj Kades Sukamaju, Kecamatan X": an item of a list of
 * holders, a name (with its degree) set off from its post by a spaced dash, opening after a colon,
 * a semicolon, a comma or a sentence end. Only a full name, or one a degree or an honorific says
 * is a person's: a dateline's place before its dash is none.
 */
function holderBeforeDash(field: TextField, title: TitleMatch): NameMatch | undefined {
  const { tokens } = field;
  const dash = tokens[title.from - 1];
  if (!dash || !DASHES.has(dash.text) || !dash.spaced || !tokens[title.from]?.spaced) return undefined;
  const personal = (name: NameMatch | undefined): name is NameMatch =>
    name !== undefined && (name.name.includes(" ") || carriesDegree(name) || name.introduced);
  // An item on a line of its own opens its paragraph (the line before may end without a stop).
  let lineStart = title.from - 1;
  while (lineStart > 0 && title.from - lineStart <= LIST_ITEM_REACH && !opensParagraph(field, lineStart)) lineStart--;
  const onItsLine = lineStart === 0 || opensParagraph(field, lineStart);
  if (onItsLine) {
    const item = readName(field, lineStart);
    if (personal(item) && item.from === lineStart && item.to === title.from - 1) return item;
  }
  const name = readNameBefore(field, title.from - 1);
  if (!personal(name)) return undefined;
  const opener = tokens[name.from - 1];
  // '"…," kata Budi Santoso – Kepala Desa Sukamaju.': after a quote's speech verb the speaker is
  // written as such an item, the name and then its post after the dash (in a paragraph opened by
  // the quote too, whose start the reach back may have found).
  if (opener && NAMED_SPEECH.holds(opener)) return name;
  // "Rapat digelar Senin. Budi Santoso – Kepala Dinas X – mengatakan …": a sentence ending before
  // the name opens the item even on a line whose first words are no name (the line's start, within
  // reach back, is then another sentence's).
  if (opener && SENTENCE_ENDS.holds(opener)) return name;
  return !onItsLine && opener && LIST_ITEM_OPENERS.has(opener.text) ? name : undefined;
}

/** Most tokens of a list item's name and degree before its dash. */
const LIST_ITEM_REACH = 10;

/** Whether the token at `at` opens a paragraph of the field. */
function opensParagraph(field: TextField, at: number): boolean {
  const before = field.tokens[at - 1];
  const token = field.tokens[at];
  return before !== undefined && token !== undefined && field.text.slice(before.end, token.start).includes("\n");
}

function readNameBefore(field: TextField, end: number, through = end): NameMatch | undefined {
  const { tokens } = field;
  // "Budi Santoso, S.Pd.I, staf …": a degree set off before the comma closes the name before it,
  // and its last piece ("I") is no name.
  for (let k = end - 1; k > 0 && end - k <= DEGREE_REACH; k--) {
    if (tokens[k]?.spaced && degreeEndAt(tokens, k) === end) {
      if (tokens[k - 1]?.text === ",") return readNameBefore(field, k - 1, end);
      // "Rina Wulandari SPd MM, salah satu guru …": degrees written right after the name, without
      // a comma, close it just the same.
      return tokens[k - 1]?.isWord && tokens[k - 1]?.capitalized ? readNameBefore(field, k, through) : undefined;
    }
  }
  // "Budi Santoso (45), Kepala Desa …": a bracketed age stands between the name and its comma.
  end = bracketedAgeStart(tokens, end);
  let from = end;
  while (from > 0 && end - from < 5) {
    const token = tokens[from - 1];
    if (!token?.isWord || !(isNameWord(token) || PARTICLES.has(token.text) || monthInsideName(tokens, from - 1))) break;
    if (from < end && lineBreakBefore(field, from)) break;
    from--;
  }
  // "Hadir Agus Salim Ketua KPU …": a sentence adverb or verb opening the sentence is no name word,
  // nor a name alone ("Terpisah, Wakil Kepala SMA X Bidang Kurikulum, Rina, …").
  if (
    SENTENCE_ADVERBS.holds(tokens[from]) &&
    (from === 0 || SENTENCE_ENDS.holds(tokens[from - 1]) || DASHES.has(tokens[from - 1]?.text ?? ""))
  )
    from++;
  if (from < end) from = titlesOfAddressStart(tokens, from);
  // The name must start at a boundary: "Kakanwil Kemenkumham Maluku, Kepala …" names no one.
  const before = tokens[from - 1];
  // "Menurut Budi Santoso, Kepala …": a capitalised speech word or adverb opening the sentence is one.
  const opensSentence =
    before !== undefined &&
    (NAMED_SPEECH.holds(before) || SENTENCE_ADVERBS.holds(before)) &&
    (from === 1 || SENTENCE_ENDS.holds(tokens[from - 2]) || DASHES.has(tokens[from - 2]?.text ?? ""));
  if (from >= end || (before?.isWord && before.capitalized && !opensSentence)) return undefined;
  const name = readName(field, from);
  return name && (name.to === end || name.to === through) ? name : undefined;
}

function spanOf(field: TextField, from: number, to: number, confidence = 1): Span {
  return matchSpan(field, { from, to }, confidence);
}

const wordsOf = (name: string) => new Set(comparisonKey(name).split(" "));

function addReference(context: ExtractionContext, reference: PersonReference): void {
  if (context.references.length < LIMITS.references) context.references.push(reference);
}

/**
 * "kata Budi" … "Kepala Desa X, Budi Santosa": the one person the article wrote first by a single
 * word that opens or closes the full name now written takes the full name; the short form still
 * finds them.
 */
function shortFormWrittenFirst(context: ExtractionContext, fullName: string): PersonEntity | undefined {
  if (!fullName.includes(" ")) return undefined;
  const words = comparisonKey(fullName).split(" ");
  const edges = new Set([words[0]]);
  let found: PersonEntity | undefined;
  for (const person of context.people.values()) {
    if (person.name.includes(" ") || person.name.length <= MAX_WITHHELD_NAME_LENGTH) continue;
    const key = comparisonKey(person.name);
    if (!edges.has(key)) continue;
    if (found) return undefined;
    found = person;
  }
  if (!found) return undefined;
  found.name = fullName;
  context.addPerson(found);
  return found;
}

/** "Ny", "Nyonya": the married woman's honorific, written before her own name and her husband's. */
const WIFE_HONORIFICS = new Set(["ny", "nyonya"]);

/**
 * "Ketua Persit …, Ny. Linda Hendy Antariksa" beside "Mayjen TNI Hendy Antariksa": a woman
 * addressed as Ny. with her own given name before the full name of a known person is his wife,
 * not him written with a name more.
 */
function wifeOf(field: TextField, name: NameMatch, known: PersonEntity): boolean {
  const honorifics = field.tokens.slice(name.from, name.nameFrom);
  if (!honorifics.some((token) => WIFE_HONORIFICS.has(token.lower))) return false;
  const own = comparisonKey(name.name);
  const his = comparisonKey(known.name);
  return his.includes(" ") && own !== his && own.endsWith(` ${his}`);
}

/** Files a person under their bare name; any other written form becomes an alias. */
export function recordPerson(
  context: ExtractionContext,
  field: TextField,
  name: NameMatch,
  mayBeSpeaker = true,
): PersonEntity | undefined {
  let person = context.findPerson(name.name) ?? shortFormWrittenFirst(context, name.name);
  if (person && wifeOf(field, name, person)) person = undefined;
  if (!person) {
    if (context.people.size >= LIMITS.people) return undefined;
    person = { key: context.newKey(name.name, "person"), name: name.name, aliases: new Set(), mentions: [] };
    context.addPerson(person);
  }
  if (name.written !== person.name && name.written !== name.name) person.aliases.add(name.written);
  else if (
    name.name !== person.name &&
    (name.name.includes(" ") || !wordsOf(person.name).has(comparisonKey(name.name)))
  ) {
    // "Tri Saptono" and a nickname such as "Alexa" are names the person goes by; "Mardi" alone is not.
    person.aliases.add(name.name);
  }
  addSpan(person.mentions, spanOf(field, name.nameFrom, name.nameTo));
  // "Suhardi Duka (SDK)": the initials in brackets are a name the article goes on to use.
  const bracketed = field.tokens[name.to + 1];
  if (
    field.tokens[name.to]?.text === "(" &&
    field.tokens[name.to + 2]?.text === ")" &&
    bracketed?.allCapitals &&
    isAbbreviationOf(bracketed.text, name.name) &&
    !context.findPerson(bracketed.text)
  )
    context.addAlias(person, bracketed.text);
  else if (
    field.tokens[name.to]?.text === "(" &&
    field.tokens[name.to + 2]?.text === ")" &&
    isNicknameOf(bracketed, name)
  )
    context.addAlias(person, bracketed?.text ?? "");
  // "Joko Susilo alias Jack": the name after "alias" is another name of the same person.
  if (field.tokens[name.to]?.lower === "alias") {
    const alias = readName(field, name.to + 1);
    if (alias && alias.from === name.to + 1 && !context.findPerson(alias.name)) context.addAlias(person, alias.name);
  }
  // "Sri Rahayu, yang akrab disapa Bu Yayuk, …": the name the person is called by, with or without
  // a title of address, is theirs too; a later "kata Yayuk" is the same person, not someone new.
  const calledAt = calledNameAt(field.tokens, name.to);
  if (calledAt > 0) {
    const called = readName(field, calledAt);
    if (called && !context.findPerson(called.name)) context.addAlias(person, called.name);
  }
  if (!mayBeSpeaker) return person;
  addReference(context, {
    field: field.name,
    start: field.tokens[name.from]?.start ?? 0,
    end: field.tokens[name.to - 1]?.end ?? 0,
    person: person.key,
  });
  return person;
}

/** How many first letters of a name word a nickname keeps ("Jokowi" of Joko Widodo). */
const NICKNAME_STEM = 3;

/**
 * "Joko Widodo (Jokowi)": one capitalised word in brackets after a full name, opening like one of
 * the name's words, is the nickname the article goes on to use, not an organisation or a place.
 */
function isNicknameOf(bracketed: Token | undefined, name: NameMatch): boolean {
  if (!bracketed?.isWord || !bracketed.capitalized || bracketed.allCapitals || bracketed.hasDigit) return false;
  if (!name.name.includes(" ") || bracketed.text.length <= NICKNAME_STEM) return false;
  const stem = bracketed.lower.slice(0, NICKNAME_STEM);
  return comparisonKey(name.name)
    .split(" ")
    .some((word) => word.length >= NICKNAME_STEM && word.startsWith(stem) && word !== bracketed.lower);
}

/** "akrab disapa", "biasa dipanggil": the verbs that give the name someone is called by. */
const CALLED_VERBS = new Set(["disapa", "dipanggil", "disebut"]);
const CALLED_QUALIFIERS = new Set(["akrab", "biasa", "karib", "kerap", "sering", "lebih"]);

/**
 * Where the name someone is called by starts after their name (", yang akrab disapa Bu Yayuk",
 * "yang biasa dipanggil Yayuk"), or -1. Only with "yang" or a qualifier before the verb, so that
 * "disebut" reporting what someone said is no nickname.
 */
function calledNameAt(tokens: readonly Token[], after: number): number {
  let at = after;
  if (tokens[at]?.text === ",") at++;
  const relative = tokens[at]?.lower === "yang";
  if (relative) at++;
  const qualified = CALLED_QUALIFIERS.has(tokens[at]?.lower ?? "");
  if (qualified) at++;
  if (!(relative || qualified) || !CALLED_VERBS.has(tokens[at]?.lower ?? "")) return -1;
  return isNameWord(tokens[at + 1]) ? at + 1 : -1;
}

/** "kata SDK": capitals the article gave a person's name in brackets ("Suhardi Duka (SDK)"). */
function knownAcronymName(context: ExtractionContext, field: TextField, at: number): NameMatch | undefined {
  const token = field.tokens[at];
  if (!token?.allCapitals || !context.findPerson(token.text)) return undefined;
  return {
    name: token.text,
    written: token.text,
    from: at,
    to: at + 1,
    nameFrom: at,
    nameTo: at + 1,
    introduced: false,
  };
}

/** Words right before a title whose post is handed over: "serah terima jabatan", "sertijab". */
const HANDOVER_LEADS = new Set(["jabatan", "sertijab"]);
/** Verbs between a handed-over title and "dari": "diserahterimakan", "diserahkan". */
const HANDOVER_VERBS = lower(peopleLexicon.handoverVerbs);
/** Acting titles standing before a new holder's name in a handover: "Pelaksana Tugas", "Plh". */
const ACTING_TITLES = peopleLexicon.handoverActingTitles.map((title) => title.toLowerCase().split(" "));

/** Words after "pejabat" that say which holder of a handed-over post is meant: "pejabat lama". */
const HOLDER_LABEL_WORDS = new Set(["lama", "baru", "sebelumnya", "definitif"]);

/** Past "pejabat lama," (with its comma) before a holder's name in a handover, or `at`. */
function pastHolderLabel(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "pejabat" || !HOLDER_LABEL_WORDS.has(tokens[at + 1]?.lower ?? "")) return at;
  return tokens[at + 2]?.text === "," ? at + 3 : at + 2;
}

/**
 * "serah terima jabatan Kepala Dinas X dari Agus Salim kepada Budi Santoso": the people named
 * after "dari" and "kepada" both held the title (the former and the new holder); their keys.
 */
function holdersOfHandover(
  context: ExtractionContext,
  field: TextField,
  title: TitleMatch,
  takeName: (from: number, to: number) => void,
): string[] {
  const { tokens } = field;
  // "Jabatan Kepala Dinas X diserahterimakan dari A kepada B": a handover verb may stand before "dari".
  const fromAt = HANDOVER_VERBS.has(tokens[title.to]?.lower ?? "") ? title.to + 1 : title.to;
  if (!HANDOVER_LEADS.has(tokens[title.from - 1]?.lower ?? "") || tokens[fromAt]?.lower !== "dari") return [];
  // "dari pejabat lama, A, kepada pejabat baru, B": each holder may be described before the name.
  const formerAt = pastHolderLabel(tokens, fromAt + 1);
  const former = readName(field, formerAt);
  // "dari A (2021–2025) kepada B": the former holder's term in brackets before "kepada".
  let toAt = former ? bracketedNoteEnd(tokens, former.to) : -1;
  if (formerAt > fromAt + 1 && tokens[toAt]?.text === ",") toAt++;
  if (!former || former.from !== formerAt || tokens[toAt]?.lower !== "kepada") return [];
  // "… kepada Pelaksana Tugas (Plt) Drs. Budi": an acting title before the new holder's name.
  const actingEnd = longestWordsEnd(tokens, toAt + 1, ACTING_TITLES);
  const nextAt = actingEnd > 0 ? bracketedNoteEnd(tokens, actingEnd) : pastHolderLabel(tokens, toAt + 1);
  const next = readName(field, nextAt);
  if (!next || next.from !== nextAt || !nameEndsCleanly(field, next)) return [];
  if (!(former.name.includes(" ") || former.introduced) || !(next.name.includes(" ") || next.introduced)) return [];
  const holders: string[] = [];
  for (const name of [former, next]) {
    const person = recordPerson(context, field, name);
    if (!person) continue;
    takeName(name.from, name.to);
    holders.push(person.key);
  }
  return holders;
}

/** Nouns for a job (not a membership: mahasiswa, warga, anggota) held at the institution named after them. */
const JOB_NOUNS = lower(peopleLexicon.jobNouns);

/** A job noun at `at` ("dosen", "staf") held at `institution` by `person`. */
function holdJob(
  context: ExtractionContext,
  field: TextField,
  at: number,
  institution: InstitutionMatch,
  person: string,
  nameTo: number,
): void {
  if (context.positions.length >= LIMITS.positions) return;
  const noun = field.tokens[at]?.text ?? "";
  const role = noun.charAt(0).toUpperCase() + noun.slice(1).toLowerCase();
  context.positions.push({
    person,
    institution: recordInstitution(context, field, institution),
    role,
    title: noun,
    provenance: spanOf(field, at, nameTo),
  });
}

/**
 * "SDK" for "Suhardi Duka", "BS" for "Budi Santoso": capitals that take every word's first letter
 * in order, each followed by letters of that word only.
 */
function isAbbreviationOf(acronym: string, name: string): boolean {
  const words = name.toUpperCase().split(" ");
  if (words.length < 2 || acronym.length < 2 || acronym.length > 5) return false;
  // Letter `at` of the acronym read from word `w`, after its letter `from`: try the rest of this
  // word first, then the next word's initial (names are short: the search stays tiny).
  const reads = (at: number, w: number, from: number): boolean => {
    if (at === acronym.length) return w === words.length - 1;
    const letter = acronym.charAt(at);
    const word = words[w] ?? "";
    for (let k = word.indexOf(letter, from); k >= 0; k = word.indexOf(letter, k + 1))
      if (reads(at + 1, w, k + 1)) return true;
    return words[w + 1]?.charAt(0) === letter && reads(at + 1, w + 1, 1);
  };
  return acronym.charAt(0) === words[0]?.charAt(0) && reads(1, 0, 1);
}

/** Most tokens of a note in brackets after a listed name: "(Fisika)", "(SMAN 1 Cepu)". */
const BRACKETED_NOTE_TOKENS = 6;

/** Where a note in brackets written at `at` ends (after its closing bracket), or `at` when none is. */
function bracketedNoteEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== "(") return at;
  for (let k = at + 1; k - at <= BRACKETED_NOTE_TOKENS; k++) {
    const token = tokens[k];
    if (!token || token.text === "(") return at;
    if (token.text === ")") return k + 1;
  }
  return at;
}

/** The mark of a token read as part of a person's name (other read tokens are marked 1). */
const NAME_TAKEN = 2;
/** "milik Karsono": the word before the owner of a product or business. */
const OWNER_WORD = "milik";
const COORDINATORS = new Set(["dan", "serta", ","]);

/** After a listed name at `at`, the end of "dari" and the institution its holder comes from ("dari Partai Golkar"); else `at`. */
function originNoteEnd(field: TextField, at: number): number {
  if (field.tokens[at]?.lower !== "dari") return at;
  const institution = matchInstitutionAt(field, at + 1);
  return institution && !institution.generic ? institution.to : at;
}

const NAMESAKE_PLACE_WORDS = new WordClass(lower(peopleLexicon.namesakePlaceWords));
/** Most capitalised words between a place noun and the name its place is named after. */
const NAMESAKE_RUN_WORDS = 4;

/**
 * "Stadion Gelora Bung Karno", "Masjid Agung Syekh Yusuf", "Rumah Sakit Umum Pusat Prof. Dr. X":
 * a capitalised run before `at` opened by a place noun names a venue or building after a person.
 */
function namesakeRunBefore(tokens: readonly Token[], at: number): boolean {
  let words = 0;
  for (let k = at - 1; k >= 0 && words <= NAMESAKE_RUN_WORDS; k--) {
    const token = tokens[k];
    if (token?.text === ".") continue;
    // "Rumah Sakit Umum Daerah (RSUD) dr. Budi": the place's acronym in brackets goes on the run.
    const acronym = tokens[k - 1];
    if (token?.text === ")" && tokens[k - 2]?.text === "(" && acronym?.allCapitals) {
      if (!NAMESAKE_PLACE_WORDS.holds(acronym)) return false;
      // Its long form, one word a letter, stands before it; a capitalised word before that is a
      // title ("Direktur Rumah Sakit Umum Daerah (RSUD) dr. Budi"), and the name is the holder's.
      let run = 0;
      for (let m = k - 3; m >= 0 && tokens[m]?.isWord && tokens[m]?.capitalized; m--) run++;
      return run <= acronym.text.length;
    }
    // "RSUD dr. H. Budi": the physician's honorific, in lowercase, goes on the namesake's run.
    if (!token?.isWord || !(token.capitalized || LOWERCASE_HONORIFICS.has(token.text))) return false;
    // "Direktur RSUD X dr. Budi", "Rektor Universitas X Prof. Budi": after a title the noun opens
    // the holder's institution, and the name after it is the holder's.
    if (NAMESAKE_PLACE_WORDS.holds(token)) return !(tokens[k - 1]?.isWord === true && tokens[k - 1]?.capitalized);
    words++;
  }
  return false;
}

/** Prepositions after which an abbreviated honorific ("Drs.", "dr.") opens a person's name, not a namesake place. */
const TITLED_PERSON_PREPOSITIONS = lower(peopleLexicon.titledPersonPrepositions);
/** Common nouns for what someone owns, written in lowercase before their name ("rumah Bapak X"). */
const OWNED_PLACE_NOUNS = lower(peopleLexicon.ownedPlaceNouns);
/** Most capitalised words of the place after "asal" ("asal Papua Nugini"). */
const ORIGIN_PLACE_WORDS = 3;

/**
 * After "asal" at `at - 1`: a place of capitalised words, then "dari" and where the person studies
 * or works, or a comma and a noun describing them ("asal Mesir dari Program Studi …", "asal
 * Madagaskar, mahasiswa …").
 */
function describedAfterOrigin(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k - at < ORIGIN_PLACE_WORDS && tokens[k]?.isWord && tokens[k]?.capitalized) k++;
  if (k === at) return false;
  const next = tokens[k];
  if (next?.lower === "dari" && !next.capitalized) return tokens[k + 1]?.capitalized === true;
  const described = tokens[k + 1];
  return next?.text === "," && described?.isWord === true && !described.capitalized && DESCRIPTORS.holds(described);
}

/** "asal": the capitalised word after it is where someone comes from. */
const PLACE_OF_ORIGIN_WORDS = lower(peopleLexicon.originWords);
/** Nouns whose own name follows them ("toko Sinar Jaya", "warung Bu Sri"): no person's name comes next. */
const NAMED_BUSINESS_NOUNS = lower(peopleLexicon.namedBusinessNouns);
/** Nouns whose own name follows them: "lomba Pionering Putra", "kategori Guru Inovatif". */
const NAMED_THING_NOUNS = lower(peopleLexicon.namedThingNouns);
/** Corps and service words written after a rank ("Letkol Inf", "Kombes Pol"): no rank on their own. */
const RANK_QUALIFIERS = new WordClass(lower(peopleLexicon.rankQualifiers));
/** Words of a clause that may stand inside a title before its holder: "Kepala Pelaksana BPBD setempat". */
const TITLE_CLAUSE_WORDS = lower(peopleLexicon.titleClauseWords);
/** Conjunctions that open a clause of their own ("setelah", "karena"): a title clause stops there. */
const CLAUSE_CONJUNCTIONS = lower(peopleLexicon.clauseConjunctions);
const CLAUSE_ENDS = new Set([".", "!", "?", '"', "“", "”", ":", ";"]);

/**
 * "Kepala Desa Sukamaju, Kecamatan X, Budi, mengatakan …", "Kepala Pelaksana BPBD setempat,
 * Salahudin, menyebut …": a name set off by commas after a clause that opens with a title word
 * and before a verb is the title's holder, even when the title is not one the lexicon reads
 * whole. The role is the clause as written; its institution, the one the clause names.
 */
function readAppositive(
  context: ExtractionContext,
  field: TextField,
  comma: number,
  taken: Uint8Array,
): { from: number; to: number } | undefined {
  const { tokens } = field;
  const name = readName(field, comma + 1);
  if (!name || name.from !== comma + 1) return undefined;
  if (!name.name.includes(" ") && name.name.length < 3) return undefined;
  const after = tokens[name.to];
  const verbAfter =
    (after?.text === "," && tokens[name.to + 1]?.isWord === true && !tokens[name.to + 1]?.capitalized) ||
    (after?.isWord === true && REPORTING_VERBS.holds(after));
  // "… ,” kata Anggota Bawaslu X Divisi Hukum, Sari Dewi.": after a speech verb, the title clause and
  // the name set off from it close the sentence, with no verb after the name.
  // "…, Mansyur, SE. Ia menilai …": the stop of a degree closing the name can end the sentence.
  const sentenceEnds =
    after === undefined || CLAUSE_ENDS.has(after.text) || (carriesDegree(name) && tokens[name.to - 1]?.text === ".");
  if ((!verbAfter && !sentenceEnds) || matchInstitutionAt(field, comma + 1) || matchTitleAt(field, comma + 1))
    return undefined;
  const head = titleClauseBefore(field, comma, taken);
  // "mengusung tema Meneguhkan Penghulu Profesional, Toleran, dan Inklusif": a title word inside a
  // theme's capitalised words names no post, and the word set off after it no person.
  if (head >= 0 && insideTheme(tokens, head)) return undefined;
  // "Acara dibuka oleh Kabid Pendidikan Dasar Disdik X, Rina Wati.": a title clause inside the
  // sentence (after a lowercase word) and a full name set off from it close the sentence too;
  // "diwakili Sekretaris Umum, Mansyur, SE.": so does one name that a degree after a comma says is a person's.
  const closesSentence =
    head > 0 &&
    comma - head >= 2 &&
    (NAMED_SPEECH.holds(tokens[head - 1]) ||
      ((name.name.includes(" ") || (carriesDegree(name) && tokens[name.nameTo]?.text === ",")) &&
        tokens[head - 1]?.isWord === true &&
        !tokens[head - 1]?.capitalized));
  if (!verbAfter && !closesSentence) return undefined;
  const opening = head < 0 ? describedBefore(field, comma) : -1;
  if (head < 0 && opening >= 0) {
    // "Pengurus Koperasi Sejahtera, Suparno, mengatakan …", "Siswi kelas XII SMA Negeri 1 X, Anisa
    // Rahma, mengaku …": a clause describing a person, then their name, then what they say; no
    // office to record. Without the speech verb the run may be a group's name ("Peserta X, Pramuka
    // Penggalang, berkumpul").
    if (!REPORTING_VERBS.holds(tokens[name.to + 1])) return undefined;
    const described = recordPerson(context, field, name);
    if (!described) return undefined;
    // "Dosen Fakultas Hukum Universitas X, Budi, mengatakan": a job is held where the clause says.
    if (JOB_NOUNS.has(tokens[opening]?.lower ?? "")) {
      // The last one the clause names: "Fakultas Hukum Universitas X" is a job at the university.
      const workplace = lastInstitutionWithin(field, opening + 1, comma);
      if (workplace) holdJob(context, field, opening, workplace, described.key, name.nameTo);
    }
    return { from: name.from, to: name.to };
  }
  // "Babinsa, Babinmas, jajaran …": a title word alone before the comma is one item of a list.
  if (head < 0 || comma - head < 2) return undefined;
  const person = recordPerson(context, field, name);
  if (!person) return undefined;
  recordClausePosition(context, field, head, comma, person, name.nameTo);
  // After a speech verb the quote's speaker is read where the clause starts: the title read there
  // alone, before its holder was reached, is this person.
  if (!verbAfter) {
    const clauseStart = tokens[head]?.start;
    for (const reference of context.references) {
      if (reference.field === field.name && reference.start === clauseStart && !reference.person && reference.role)
        reference.person = person.key;
    }
  }
  return { from: name.from, to: name.to };
}

/** The last named (not generic) institution written within tokens `from`–`to`, read as after a title. */
function lastInstitutionWithin(field: TextField, from: number, to: number): InstitutionMatch | undefined {
  let last: InstitutionMatch | undefined;
  for (let k = from; k < to; k++) {
    const institution = matchInstitutionAt(field, k, true);
    if (institution && !institution.generic && institution.to <= to) {
      last = institution;
      k = institution.to - 1;
    }
  }
  return last;
}

/**
 * "Budi Santoso, Ketua Fraksi X DPRD Kota Y, mengatakan …", "Budi Santoso, Ketua Badan Anggaran DPRD Y
 * mengatakan …": the mirror of an appositive. A full name, then a comma and a clause that opens with a
 * title word and names an institution, closed by a comma or a reporting verb: the clause is the
 * name's post, even when the lexicon does not read the title whole.
 */
function readTitleClauseAfterName(
  context: ExtractionContext,
  field: TextField,
  comma: number,
  taken: Uint8Array,
): { from: number; to: number } | undefined {
  const { tokens } = field;
  const opener = tokens[comma + 1];
  if (opener?.isWord && !opener.capitalized) return readLowercaseTitleAfterName(context, field, comma, taken);
  if (!opener?.capitalized || !TITLE_FIRST_WORDS.holds(opener) || matchTitleAt(field, comma + 1)) return undefined;
  let end = -1;
  for (let k = comma + 2; k < tokens.length && k - comma <= TITLE_CLAUSE_REACH; k++) {
    const token = tokens[k];
    if (!token) break;
    if (token.text === "," || (token.isWord && !token.capitalized && REPORTING_VERBS.holds(token))) {
      end = k;
      break;
    }
    if (CLAUSE_ENDS.has(token.text) && token.text !== ".") break;
  }
  if (end < 0 || titleClauseBefore(field, end, taken) !== comma + 1) return undefined;
  if (!lastInstitutionWithin(field, comma + 2, end)) return undefined;
  const name = readNameBefore(field, comma);
  if (!name || !(name.name.includes(" ") || name.introduced || carriesDegree(name))) return undefined;
  const person = recordPerson(context, field, name);
  if (!person) return undefined;
  recordClausePosition(context, field, comma + 1, end, person, end);
  return { from: comma + 1, to: end };
}

/** Most lowercase words, past the title's own, a lowercase title clause after a name holds ("bidang"). */
const LOWERCASE_CLAUSE_WORDS = 1;

/**
 * "Budi Santoso, kepala BPJS Kesehatan Cabang X, menjelaskan …", "Agus Salim, koordinator Tagana X,
 * mengatakan …": news writes the title set off after its holder's full name in lowercase as often
 * as capitalised; the clause is the name's post when it names an institution and a comma closes it
 * before a lowercase word, or a reporting verb does. Its title words ("wakil kepala", "kepala
 * seksi") may be lowercase, and one more word; any verb ends it. A lexicon title read in the
 * clause gives its own role and institution.
 */
function readLowercaseTitleAfterName(
  context: ExtractionContext,
  field: TextField,
  comma: number,
  taken: Uint8Array,
): { from: number; to: number } | undefined {
  const { tokens } = field;
  const head = comma + 1;
  if (!TITLE_FIRST_WORDS.holds(tokens[head])) return undefined;
  let end = -1;
  let lowercase = 0;
  let opening = true;
  for (let k = head + 1; k < tokens.length && k - comma <= TITLE_CLAUSE_REACH; k++) {
    const token = tokens[k];
    if (!token) break;
    if (token.text === "," || (token.isWord && !token.capitalized && REPORTING_VERBS.holds(token))) {
      end = k;
      break;
    }
    if (CLAUSE_ENDS.has(token.text)) break;
    if (!token.isWord || token.capitalized) {
      opening = false;
      continue;
    }
    if (VERB_FORM.test(token.lower) || POST_COORDINATORS.has(token.lower)) break;
    if (opening && TITLE_FIRST_WORDS.holds(token)) continue;
    opening = false;
    if (!TITLE_CLAUSE_WORDS.has(token.lower) && ++lowercase > LOWERCASE_CLAUSE_WORDS) break;
  }
  if (end < 0) return undefined;
  if (tokens[end]?.text === "," && !(tokens[end + 1]?.isWord && !tokens[end + 1]?.capitalized)) return undefined;
  if (POST_COORDINATORS.has(tokens[end + 1]?.lower ?? "")) return undefined;
  if (!lastInstitutionWithin(field, head + 1, end)) return undefined;
  // A lexicon title that fills the clause after a name already read is read with its title, which
  // also reads the post taken next ("Andi, guru SMAN 5 X, dipercaya memimpin SMAN 3 X").
  const title = matchTitleAt(field, head, true);
  const whole = title?.institution && !title.institution.generic && title.to === end;
  if (whole && taken[comma - 1] === NAME_TAKEN) return undefined;
  const person = recordClauseHolder(context, field, readNameBefore(field, comma));
  if (!person) return undefined;
  if (title?.institution && !title.institution.generic && title.to <= end) {
    if (!holdClauseTitle(context, field, title, title.institution, person.key, end)) return undefined;
  } else recordClausePosition(context, field, head, end, person, end);
  return { from: head, to: end };
}

/**
 * The holder of a title clause set off after a name ("Budi Santoso, kepala Dinas X, …", "Budi
 * Santoso (Kepala Dinas X)"): a full name, or one a title of address or a degree marks, that opens
 * no institution, recorded as a person. Undefined when the name is no such holder.
 */
function recordClauseHolder(
  context: ExtractionContext,
  field: TextField,
  name: NameMatch | undefined,
): PersonEntity | undefined {
  if (!name || !(name.name.includes(" ") || name.introduced || carriesDegree(name))) return undefined;
  if (matchInstitutionAt(field, name.nameFrom)) return undefined;
  return recordPerson(context, field, name);
}

/** Holds the lexicon title read in such a clause at its institution, the span running to `end`; false when positions are full. */
function holdClauseTitle(
  context: ExtractionContext,
  field: TextField,
  title: TitleMatch,
  institution: InstitutionMatch,
  person: string,
  end: number,
): boolean {
  if (context.positions.length >= LIMITS.positions) return false;
  const identity = recordInstitution(context, field, institution, title.institutionFrom ?? institution.from);
  context.positions.push(positionUnderTitle(field, title, person, identity, title.from, end));
  return true;
}

/** Where the noun describing a person that opens the clause ending at the comma `end` stands, or -1. */
function describedBefore(field: TextField, end: number): number {
  const { tokens } = field;
  for (let k = end - 1; k >= 0 && end - k <= 10; k--) {
    const before = tokens[k - 1];
    if (k === 0 || (before !== undefined && CLAUSE_ENDS.has(before.text))) {
      const opening = tokens[k];
      return opening?.isWord === true && (NOUNS_BEFORE_NAME.holds(opening) || opening.lower === "pengurus") ? k : -1;
    }
    if (before?.text === ",") return -1;
  }
  return -1;
}

/** Region and seat words written with a full stop ("Kab.", "Kec."): the stop does not end the clause. */
const DOTTED_PLACE_PREFIXES = new Set(
  [...Object.keys(unitLexicon.regionPrefixes), ...Object.keys(unitLexicon.seatPrefixes)].filter(
    (word) => !word.startsWith("_") && word.length <= 4,
  ),
);
/** A lowercase word with a verb's prefix ("membuka", "didampingi", "bersama", "tercatat"). */
const VERB_FORM = /^(?:me|di|ber|ter)\p{L}{3,}$/u;
/** An active verb: "memimpin", "meninjau", "menyerahkan", "mengunjungi". */
const ACTIVE_VERB_FORM = /^me(?:m|n|ng|ny)?\p{Ll}{3,}$/u;

/** Most tokens a title clause reaches back over, not counting bracketed notes. */
const TITLE_CLAUSE_REACH = 16;
/** Most tokens inside a bracketed note a title clause passes over. */
const BRACKETED_CLAUSE_NOTE_TOKENS = 12;

/** Where the bracket closed at `close` opens, within one clause and a short note, or -1. */
function bracketOpenBefore(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= BRACKETED_CLAUSE_NOTE_TOKENS + 1; k--) {
    const text = tokens[k]?.text;
    if (text === "(") return k;
    if (text === ")" || (text !== undefined && CLAUSE_ENDS.has(text))) return -1;
  }
  return -1;
}

/**
 * Where the title word opening the clause that ends at token `end` stands, within one sentence, or -1.
 * The clause is read backwards, so it stops at whatever a title cannot hold: a sentence end,
 * another person's name or rank, or a verb ("Kapolres X AKBP Budi didampingi Wakapolres …").
 */
function titleClauseBefore(field: TextField, end: number, taken: Uint8Array): number {
  const { tokens } = field;
  // "dihadiri Kapolres X dan Kompol Budi": a clause closed by "dan" lists another's post; the
  // one named after the conjunction is the next item, not its holder.
  if (POST_COORDINATORS.has(tokens[end - 1]?.lower ?? "")) return -1;
  let head = -1;
  let lowercase = 0;
  // Tokens of a bracketed note skipped over, which do not count against the clause's reach.
  let bracketed = 0;
  for (let k = end - 1; k >= 0 && end - k - bracketed <= TITLE_CLAUSE_REACH; k--) {
    const token = tokens[k];
    if (!token) break;
    // "Kepala UPT Wilayah 1 (Kota X, Kabupaten X, Kabupaten Y) Dinas Pendidikan …, Name": a note in
    // brackets inside the title (the area it serves) is passed over whole, commas and all.
    if (token.text === ")") {
      const open = bracketOpenBefore(tokens, k);
      if (open > 0) {
        bracketed += k - open + 1;
        k = open;
        continue;
      }
    }
    if (RANKS.holds(token) && !RANK_QUALIFIERS.holds(token)) break;
    // A name that a lowercase word or a mark follows within the clause is somebody spoken of, not
    // words of an organisation named after them ("Yayasan Haji Sukamto Blora, Rina, …").
    if (
      taken[k] === NAME_TAKEN &&
      k + 1 < end &&
      taken[k + 1] !== NAME_TAKEN &&
      !(tokens[k + 1]?.isWord && tokens[k + 1]?.capitalized)
    )
      break;
    // "Kadiv Humas Polri Irjen Budi, Kabid Humas Polda X …": a name that closes one item of a
    // list of titles and holders ends the clause of the next one. A name inside the clause
    // ("Direktur RSUD dr. Soetomo, dr. Rina") does not: no title follows its comma.
    if (
      taken[k] === NAME_TAKEN &&
      tokens[k + 1]?.text === "," &&
      tokens[k + 2]?.capitalized === true &&
      TITLE_FIRST_WORDS.holds(tokens[k + 2])
    )
      break;
    // "Koordinator Kampanye, Daniel Bitak, Ketua Tim Kampanye, Zaini": so does a full name set off
    // by commas before the next item's title, though no reader has taken it yet.
    if (token.text === "," && TITLE_FIRST_WORDS.holds(tokens[k + 1]) && tokens[k + 1]?.capitalized) {
      if (setOffFullNameBefore(field, k)) break;
    }
    // "Didampingi Kabid X, Rina Wati, Budi menjelaskan …": a full name set off right before the
    // clause's end is the holder of the title before it, so the clause is not the next name's.
    if (token.text === "," && fullNameSpans(field, k + 1, end)) break;
    // A full stop after an abbreviation ("Kab.", "Prov.") does not end the clause.
    if (token.text === "." && !DOTTED_PLACE_PREFIXES.has(tokens[k - 1]?.lower ?? "")) break;
    if (token.text !== "." && CLAUSE_ENDS.has(token.text)) break;
    if (token.isWord && !token.capitalized && !TITLE_CLAUSE_WORDS.has(token.lower)) {
      // "jabatan Sekda setelah H. Budi diangkat …": a conjunction opens a clause whose subject
      // the name is; the title before it is no part of that clause.
      if (CLAUSE_CONJUNCTIONS.has(token.lower)) break;
      if (VERB_FORM.test(token.lower) || REPORTING_VERBS.holds(token) || ++lowercase > 1) break;
    }
    if (token.isWord && token.capitalized && TITLE_FIRST_WORDS.holds(token)) head = k;
  }
  return head;
}

/** Whether a full name, and nothing else, is written from `from` to `to`. */
function fullNameSpans(field: TextField, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const name = readName(field, from);
  return (
    name !== undefined &&
    name.from === from &&
    name.to === to &&
    name.name.includes(" ") &&
    !matchInstitutionAt(field, from) &&
    !matchTitleAt(field, from)
  );
}

/** Whether a full name, and nothing else, stands between an earlier comma and the comma at `comma`. */
function setOffFullNameBefore(field: TextField, comma: number): boolean {
  const { tokens } = field;
  let from = comma;
  while (from > 0 && tokens[from - 1]?.isWord && tokens[from - 1]?.capitalized) from--;
  if (from === comma || tokens[from - 1]?.text !== ",") return false;
  const name = readName(field, from);
  return name !== undefined && name.from === from && name.to === comma && name.name.includes(" ");
}

const INTERNAL_UNIT_WORDS = lower(titleLexicon.internalUnitWords);
/** A party's group inside a council: "Fraksi PKS DPRD …". */
const CAUCUS_WORDS = lower(titleLexicon.caucusWords);

/** The nouns for a pair of candidates, before their names ("pasangan Budi-Rina", "paslon Budi-Rina"). */
const CANDIDATE_PAIR_NOUNS = new Set(["pasangan", "paslon"]);

/** "Paslon 02", "Pasangan Calon Nomor Urut 1": how news names a candidate pair, by its ballot number. */
const CANDIDATE_PAIR_WORDS: readonly (readonly string[])[] = [["paslon"], ["pasangan", "calon"]];
const BALLOT_NUMBER_WORDS: readonly (readonly string[])[] = [["nomor", "urut"], ["no", "urut"], ["nomor"]];

/** Where a candidate pair named by its ballot number ends, or `at` when none starts there. */
function candidatePairEnd(tokens: readonly Token[], at: number): number {
  const wordsEnd = (from: number, words: readonly string[]) =>
    words.every((word, k) => tokens[from + k]?.lower === word) ? from + words.length : from;
  let j = at;
  for (const words of CANDIDATE_PAIR_WORDS) j = j === at ? wordsEnd(at, words) : j;
  if (j === at) return at;
  const afterPair = j;
  for (const words of BALLOT_NUMBER_WORDS) j = j === afterPair ? wordsEnd(afterPair, words) : j;
  return /^\d{1,2}$/.test(tokens[j]?.text ?? "") ? j + 1 : at;
}

/** Words naming the event a committee runs ("Wisuda", "Dies Natalis"), each as lowercase words. */
const COMMITTEE_EVENTS: readonly (readonly string[])[] = titleLexicon.committeeEvents;

/**
 * "Wisuda ke-12", "Dies Natalis ke-60", "PKKMB": the event written after a committee's post, with its
 * ordinal. Returns where it ends (`at` when no listed event word opens there).
 */
function committeeEventEnd(tokens: readonly Token[], at: number): number {
  let j = at;
  for (let read = true; read; ) {
    read = false;
    for (const words of COMMITTEE_EVENTS) {
      if (words.every((word, k) => tokens[j + k]?.isWord && tokens[j + k]?.lower === word)) {
        j += words.length;
        read = true;
        break;
      }
    }
  }
  if (j === at) return at;
  // "ke-63": the ordinal of the event.
  if (tokens[j]?.lower === "ke" && tokens[j + 1]?.text === "-" && /^\d{1,3}$/.test(tokens[j + 2]?.text ?? ""))
    return j + 3;
  return j;
}

/** The position a title clause [head, end) gives its holder: the role as written, the institution it names. */
function recordClausePosition(
  context: ExtractionContext,
  field: TextField,
  head: number,
  end: number,
  person: PersonEntity,
  nameTo: number,
): void {
  const { tokens } = field;
  let institution: string | undefined;
  for (let k = head + 1; k < end && institution === undefined; k++) {
    const match = matchInstitutionAt(field, k, true);
    if (!match || match.generic || match.to > end) continue;
    // "Ketua Fraksi PKS DPRD Kabupaten X": a party's caucus sits in the council named after it,
    // which holds the post (as a Komisi's does); the party is still a body the text names.
    if (CAUCUS_WORDS.has(tokens[k - 1]?.lower ?? "")) {
      const council = matchInstitutionAt(field, match.to, true);
      if (council && !council.generic && council.to <= end) {
        recordInstitution(context, field, match);
        k = match.to - 1;
        continue;
      }
    }
    institution = recordInstitution(context, field, match);
  }
  let role = writtenText(field, head, end);
  // "Direktur Save Our Borneo, M. Habibi": an organisation's head, then capitalised words the
  // lexicon knows nothing of, closed by the comma before the holder: an organisation of its own.
  const organisation = institution === undefined ? unknownOrganisationAfterHead(field, head, end) : undefined;
  if (organisation) {
    institution = recordInstitution(context, field, organisation.match);
    role = organisation.role;
  }
  // "Kepala Instalasi Rekam Medis, Budi, …": the head of a unit inside an organisation, written
  // without the organisation, works where the official named last before them holds office.
  if (
    institution === undefined &&
    tokens[head]?.lower === "kepala" &&
    INTERNAL_UNIT_WORDS.has(tokens[head + 1]?.lower ?? "")
  ) {
    for (let p = context.positions.length - 1; p >= 0 && institution === undefined; p--) {
      const held = context.positions[p];
      if (held && held.person !== person.key && held.provenance.field === field.name) institution = held.institution;
      if (held?.provenance.field === field.name && held.person !== person.key) break;
    }
  }
  // "PGRI Provinsi X yang diwakili Sekretaris Umum, Name": a post written without its body, after
  // "diwakili", is held in the body represented, named right before the verb.
  if (institution === undefined && tokens[head - 1]?.lower === "diwakili") {
    const represented = institutionEndingAt(field, tokens[head - 2]?.lower === "yang" ? head - 2 : head - 1);
    if (represented) institution = recordInstitution(context, field, represented);
  }
  if (context.positions.length < LIMITS.positions)
    context.positions.push({
      person: person.key,
      institution,
      role,
      title: role,
      provenance: spanOf(field, head, nameTo),
    });
  // "Sekretaris Daerah Kabupaten (Sekkab) X, Name": the title's own short form, written in brackets
  // inside it, is what the holder is called later ("kata Sekkab").
  for (let k = head + 1; k + 2 < end; k++) {
    const short = tokens[k + 1];
    if (tokens[k]?.text !== "(" || tokens[k + 2]?.text !== ")" || !short?.isWord || !short.capitalized) continue;
    const words: string[] = [];
    for (let w = head; w < k; w++) if (tokens[w]?.isWord) words.push(tokens[w]?.lower ?? "");
    if (contractsWords(short.lower, words) && !context.findPerson(short.text)) context.addAlias(person, short.text);
  }
  addReference(context, {
    field: field.name,
    start: tokens[head]?.start ?? 0,
    end: tokens[nameTo - 1]?.end ?? 0,
    person: person.key,
  });
}

/** Roles that head an organisation as a whole, whose name may follow them as written. */
const ORGANISATION_HEAD_ROLES = titleLexicon.organisationHeadRoles
  .map((role) => role.toLowerCase().split(" "))
  .sort((a, b) => b.length - a.length);
/** Words that open a body's inner unit or a field, not an organisation's name: "Bidang", "Divisi", "Pelayanan". */
const NOT_ORGANISATION_WORDS = lower([
  ...titleLexicon.internalUnitWords,
  ...titleLexicon.sectionNouns,
  ...titleLexicon.directorFields,
  ...titleLexicon.unitWords,
]);
/** Most words of an organisation's own name read after its head's title (two at least). */
const UNKNOWN_ORGANISATION_WORDS = 4;

/**
 * The organisation named by the capitalised words between a head's title (from `head`) and the
 * clause's end, when none is an address word, none after the first opens a title, and the first is
 * no place, unit word or field; with the head's role as written. Undefined otherwise.
 */
function unknownOrganisationAfterHead(
  field: TextField,
  head: number,
  end: number,
): { match: InstitutionMatch; role: string } | undefined {
  const { tokens } = field;
  const title = matchTitleAt(field, head);
  if (title?.institution || title?.committee) return undefined;
  const role = ORGANISATION_HEAD_ROLES.find((words) => wordsAt(tokens, head, words) > 0);
  if (!role) return undefined;
  const from = head + role.length;
  // One word ("Ketua Senat") is as often a body inside another as an organisation of its own.
  if (end - from < 2 || end - from > UNKNOWN_ORGANISATION_WORDS) return undefined;
  for (let k = from; k < end; k++) {
    const token = tokens[k];
    if (!token?.isWord || !token.capitalized || !/^\p{Lu}\p{Ll}/u.test(token.text)) return undefined;
    if (ADDRESS_LEVEL_WORDS.has(token.lower)) return undefined;
    // A unit's, a region's or a title's word may go on the name ("Regu Jaga", "Borneo"), not open
    // it; no further title starts in it.
    if (k === from ? NOT_NAMES.holds(token) || NOT_ORGANISATION_WORDS.has(token.lower) : TITLE_FIRST_WORDS.holds(token))
      return undefined;
  }
  // "Aliansi Peduli Borneo": a place may close the name, never open it ("Ketua Sukamaju, Budi").
  if (isPlaceWord(field, tokens[from]) || matchPlaceAt(tokens, from)) return undefined;
  const name = writtenText(field, from, end);
  return {
    role: writtenText(field, head, from),
    match: {
      identity: `organisation:${compactSurface(name)}`,
      type: "COMMUNITY",
      name,
      standardAliases: [],
      written: name,
      from,
      to: end,
      generic: false,
      unknownPlace: false,
    },
  };
}

/** Most tokens of an institution read back from where it ends. */
const INSTITUTION_REACH_BACK = 8;

/** The named institution whose written form ends right before token `end`, the longest one. */
function institutionEndingAt(field: TextField, end: number): InstitutionMatch | undefined {
  for (let k = Math.max(0, end - INSTITUTION_REACH_BACK); k < end; k++) {
    const token = field.tokens[k];
    if (!token?.isWord || !token.capitalized) continue;
    const match = matchInstitutionAt(field, k, true);
    if (match && !match.generic && match.to === end) return match;
  }
  return undefined;
}

/** "sekkab" for "sekretaris daerah kabupaten": a contraction of some of the words, in order, from the first. */
function contractsWords(short: string, words: readonly string[]): boolean {
  return short.length >= 3 && short.length <= 12 && spellsContraction(short, words, true);
}

/**
 * Words that open one level of an address: "Desa Tegalsari", "Kecamatan Cepu", "Kabupaten Blora",
 * and every region's own word for a village or a district ("Gampong", "Nagari", "Pekon", "Distrik").
 */
const ADDRESS_LEVEL_WORDS = new Set([
  ...Object.keys(institutionLexicon.placePrefixes),
  ...["kabupaten", "kota", "provinsi", "kec", "kab"],
]);
/** Address level words written short, read only with their full stop: "Kec. Cepu". */
const SHORT_ADDRESS_LEVEL_WORDS = new Set(["kec", "kab"]);
/** Most levels an address chain written after an institution holds (district, regency, province). */
const ADDRESS_LEVELS = 3;

/**
 * Where an address chain without commas starting at `at` ends: each level is its word and either a
 * place the gazetteer knows or one capitalised word ("Kecamatan Cepu Kabupaten Blora").
 */
function skipAddressChain(tokens: readonly Token[], at: number): number {
  let k = at;
  for (let level = 0; level < ADDRESS_LEVELS && ADDRESS_LEVEL_WORDS.has(tokens[k]?.lower ?? ""); level++) {
    let wordAt = k + 1;
    if (SHORT_ADDRESS_LEVEL_WORDS.has(tokens[k]?.lower ?? "")) {
      if (tokens[wordAt]?.text !== "." || tokens[wordAt]?.spaced) return at;
      wordAt++;
    }
    const place = matchPlaceAt(tokens, wordAt);
    if (place) k = place.to;
    else if (tokens[wordAt]?.isWord && tokens[wordAt]?.capitalized && !NOT_NAMES.holds(tokens[wordAt])) k = wordAt + 1;
    else return at;
  }
  return k;
}

/** Most words of a district or village the gazetteer does not know, set off by commas in an address. */
const UNKNOWN_PLACE_WORDS = 3;

const isUnknownPlaceWord = (token: Token | undefined) =>
  token?.isWord === true && token.capitalized && !NOT_NAMES.holds(token);

/** Where the capitalised words of a place the gazetteer does not know, from `from`, end (at most UNKNOWN_PLACE_WORDS). */
function unknownPlaceWordsEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end - from < UNKNOWN_PLACE_WORDS && isUnknownPlaceWord(tokens[end])) end++;
  return end;
}

/**
 * Where an address whose levels are each set off by a comma ends (", Kecamatan Mancak, Kabupaten
 * Serang"), read from the comma at `comma`, and whether its last level is a place the gazetteer
 * knows (so the word after it is no part of the place); undefined when no level follows the comma.
 */
function commaAddressChainEnd(tokens: readonly Token[], comma: number): { to: number; known: boolean } | undefined {
  let to = comma;
  let known = false;
  for (let level = 0; level < ADDRESS_LEVELS && tokens[to]?.text === ","; level++) {
    const levelWord = tokens[to + 1]?.lower ?? "";
    if (!ADDRESS_LEVEL_WORDS.has(levelWord) || SHORT_ADDRESS_LEVEL_WORDS.has(levelWord)) break;
    const place = matchPlaceAt(tokens, to + 2);
    if (place) to = place.to;
    else {
      // "Kecamatan Tabir Timur, Budi": a district the gazetteer does not know, of more than one
      // word, ends at the comma that sets off what follows; one unknown word may stand alone.
      const end = unknownPlaceWordsEnd(tokens, to + 2);
      if (end === to + 2) break;
      to = end > to + 3 && tokens[end]?.text !== "," ? to + 3 : end;
    }
    known = place !== undefined;
  }
  return to === comma ? undefined : { to, known };
}

/**
 * Verbs whose person is the object or the achiever, not the topic: "IPK tertinggi diraih Gito",
 * "Bupati menemui Budi". A later "tuturnya" points back past them to the last person spoken of.
 */
const OBJECT_INTRODUCERS = new Set(["diraih", "menemui", "bertemu"]);

/** Relation nouns whose person may follow after a comma: "rekannya, Alwi Prayoga". */
const APPOSITIVE_INTRODUCERS = lower(peopleLexicon.appositiveIntroducers);
/** Head nouns with -nya ("ketuanya", "wakilnya") whose holder may follow without a comma. */
const POSSESSIVE_HEADS = new WordClass(lower(peopleLexicon.possessiveHeads));
/** What closes a name set off after a relation noun: "rekannya, Alwi Prayoga (berkas terpisah)". */
const APPOSITION_ENDS = new Set([",", ".", "("]);

/** "di antaranya", "antara lain": the word before the last one of a two-word list introducer. */
const LIST_INTRODUCER_LEADS = new Set(["di", "antara"]);
/** Most lowercase words of a relative clause between a title and the list that shares it. */
const RELATIVE_CLAUSE_REACH = 4;

/**
 * The "yang" opening a short relative clause of lowercase words that ends at `last` ("yang hadir",
 * "yang dilantik", "yang tidak hadir"; "yang" alone before a verb that introduces names, "yang
 * dipimpin"), or -1 when the words up to `last` are no such clause.
 */
function relativeClauseOpening(tokens: readonly Token[], last: number): number {
  for (let k = last; k >= 0 && last - k <= RELATIVE_CLAUSE_REACH; k--) {
    const token = tokens[k];
    if (token?.lower === "yang") return k;
    if (!token?.isWord || token.capitalized) return -1;
    // "Ketua KPU X yang didampingi oleh A, B …": a clause bringing in someone else, whom the list names.
    if (INTRODUCERS.holds(token) && !PRESENCE_WORDS.has(token.lower)) return -1;
  }
  return -1;
}
/** "lainnya": a word after a title saying the ones listed are others holding it. */
const OTHERS_WORDS = new Set(["lainnya", "lain"]);
/** How far back from the comma a title shared by a list may start. */
const SHARED_TITLE_REACH = 10;

/**
 * The title that a list introduced at `introducer` shares out ("anggota Komisi III DPRD X, di
 * antaranya A dan B"): the longest title, in any case, ending right at the comma before the
 * introducer.
 */
function titleBeforeList(field: TextField, introducer: number): TitleMatch | undefined {
  const { tokens } = field;
  let comma = LIST_INTRODUCER_LEADS.has(tokens[introducer - 1]?.lower ?? "") ? introducer - 2 : introducer - 1;
  // "Anggota DPRD yang hadir antara lain A, B …", "Tujuh komisioner KIP X yang dilantik ialah A,
  // B …": a relative clause saying which holders are listed stands for the comma, or stands before
  // it ("yang turut hadir, yaitu A dan B"); the title ends at its "yang".
  const relative = relativeClauseOpening(tokens, tokens[comma]?.text === "," ? comma - 1 : comma);
  // "… hanya diikuti 6 dari 20 anggota DPRD X. Yang hadir ialah A, B …": a sentence opened by the
  // clause lists members the sentence before counted.
  if (relative >= 0 && opensSentence(tokens, relative)) return membershipEndingSentenceBefore(field, relative);
  if (relative >= 0) comma = relative;
  else if (tokens[comma]?.text !== ",") return undefined;
  // "Anggota KPU X lainnya, yaitu …": the others of those holding the title.
  if (OTHERS_WORDS.has(tokens[comma - 1]?.lower ?? "")) comma--;
  let shared: TitleMatch | undefined;
  for (let k = comma - 1; k >= 0 && comma - k <= SHARED_TITLE_REACH; k--) {
    const token = tokens[k];
    if (!token || token.text === "," || CLAUSE_ENDS.has(token.text)) break;
    if (!TITLE_FIRST_WORDS.holds(token)) continue;
    const title = matchTitleAt(field, k, true);
    if (title?.to === comma) shared = title;
  }
  return shared;
}

/** Whether the token at `at` opens its sentence, after a sentence adverb at most ("Adapun yang absen …"). */
function opensSentence(tokens: readonly Token[], at: number): boolean {
  const start = at > 0 && SENTENCE_ADVERBS.holds(tokens[at - 1]) ? at - 1 : at;
  return start === 0 || SENTENCE_ENDS.holds(tokens[start - 1]);
}

/** Lowercase words that open a membership of a body, which a list of several may share: "anggota", "komisioner". */
const MEMBERSHIP_WORDS = new Set(["anggota", "komisioner"]);
/** How far back from a sentence's start the membership that the sentence lists is looked for. */
const MEMBERSHIP_REACH = 12;

/**
 * The membership the sentence before the one opening at `at` ends with, held at a named body
 * ("… diikuti 6 dari 20 anggota DPRD Halteng."), or undefined.
 */
function membershipEndingSentenceBefore(field: TextField, at: number): TitleMatch | undefined {
  const { tokens } = field;
  let stop = at - 1;
  while (stop >= 0 && !SENTENCE_ENDS.holds(tokens[stop])) stop--;
  for (let k = stop - 1; k >= 0 && stop - k <= MEMBERSHIP_REACH; k--) {
    const token = tokens[k];
    if (!token || SENTENCE_ENDS.holds(token) || token.text === ",") return undefined;
    if (!MEMBERSHIP_WORDS.has(token.lower)) continue;
    const title = matchTitleAt(field, k, true);
    return title?.to === stop && title.institution ? title : undefined;
  }
  return undefined;
}

/** Words between a noun for people and the institution they come from: "peserta dari …", "siswa asal …". */
const MEMBER_ORIGIN_WORDS = new Set(["dari", "asal"]);

/** A class as a school writes it: "kelas XI", "kelas 6", "kelas VIIIB", "kelas 12". */
const CLASS_NUMBER = /^(?:[IVX]{1,4}|\d{1,2})[A-Z]?$/;
/** How many words after a class number may name its stream before the school ("kelas XI IPA 2"). */
const CLASS_STREAM_REACH = 2;

/**
 * The institution people come from, read right after the noun for them: "siswa SMAN 1 Cepu",
 * "peserta dari MTs Al Hidayah", "siswa asal SMAN 1 Cepu", and with the pupils' class between,
 * "siswi kelas XI IPA SMAN 1 Cepu", "siswa kelas 6 dari SDN 2 Cepu".
 */
function institutionOfMembers(field: TextField, from: number): InstitutionMatch | undefined {
  const { tokens } = field;
  let at = from;
  let streamReach = 0;
  if (tokens[at]?.lower === "kelas" && CLASS_NUMBER.test(tokens[at + 1]?.text ?? "")) {
    at += 2;
    streamReach = CLASS_STREAM_REACH;
  }
  for (let stream = 0; stream <= streamReach; stream++) {
    const start = MEMBER_ORIGIN_WORDS.has(tokens[at + stream]?.lower ?? "") ? at + stream + 1 : at + stream;
    const institution = matchInstitutionAt(field, start);
    if (institution) return institution;
    if (!tokens[at + stream]?.isWord) break;
  }
  return undefined;
}

/**
 * "siswa SMAN 1 Cepu, Rina Wulandari dan Agus Salim, meraih …": full names set off by a comma
 * after a noun describing people (at `at`) and an institution, one or a list. Returns the token
 * after the last name read, or -1 when the words do not take that shape.
 */
function readMembersOfInstitution(
  context: ExtractionContext,
  field: TextField,
  at: number,
  takeName: (from: number, to: number) => void,
): number {
  const { tokens } = field;
  const institution = institutionOfMembers(field, at + 1);
  if (!institution || institution.generic || tokens[institution.to]?.text !== ",") return -1;
  const listed: NameMatch[] = [];
  let nameAt = institution.to + 1;
  // "seorang staf Disdik X, Joko.": after a job held at the institution, one word is a name too.
  const job = JOB_NOUNS.has(tokens[at]?.lower ?? "");
  for (let name = readName(field, nameAt); name; name = readName(field, nameAt)) {
    const shortName = job && isOneWordNameShaped(field, name);
    if (name.from !== nameAt || !(name.name.includes(" ") || name.introduced || shortName)) break;
    if (!nameEndsCleanly(field, name) || matchInstitutionAt(field, name.nameFrom)) break;
    listed.push(name);
    const joiner = tokens[name.to];
    if (!joiner || !COORDINATORS.has(joiner.lower)) break;
    nameAt = name.to + (joiner.text === "," && COORDINATORS.has(tokens[name.to + 1]?.lower ?? "") ? 2 : 1);
  }
  // The list closes at a comma or the sentence's end, as a set-off name does; one full name may
  // also close at its verb ("siswi SMPN 1 X, Dewi Lestari meraih …").
  const last = listed.at(-1);
  const verb = tokens[last?.to ?? 0];
  const closedByVerb =
    listed.length === 1 &&
    last?.name.includes(" ") === true &&
    verb?.isWord === true &&
    !verb.capitalized &&
    (VERB_FORM.test(verb.lower) || REPORTING_VERBS.holds(verb));
  if (!last || !(closedByVerb || /^[,.]$/.test(tokens[last.to]?.text ?? "."))) return -1;
  for (const name of listed) {
    const person = recordPerson(context, field, name);
    // "staf Disdik X, Joko": the job is held at the institution.
    if (person && job) holdJob(context, field, at, institution, person.key, name.nameTo);
    takeName(name.from, name.to);
  }
  return last.to;
}

/** Nouns for officials and staff whose names a describing phrase and a comma may stand before. */
const DESCRIBED_LIST_NOUNS = new Set(["pejabat", "staf", "pegawai", "karyawan", "pengurus", "anggota"]);
/** Most words describing them: "pejabat eselon IV lainnya", "staf bidang pembinaan". */
const DESCRIBING_WORDS = 3;
/** A numeral that grades an official: "eselon IV", "golongan III". */
const GRADE_NUMERAL = /^(?:[IVX]{1,4}|\d{1,2})$/;

/**
 * "pejabat eselon IV lainnya, Rudi Hartono dan M Yusuf, …": after the noun at `at`, lowercase
 * words (no verb) or grade numerals describing them, a comma and full names (or names with an
 * honorific or a degree) joined by commas or "dan", closed by a comma or the sentence's end.
 * Returns the token after the last name, or -1.
 */
function readDescribedList(
  context: ExtractionContext,
  field: TextField,
  at: number,
  taken: Uint8Array,
  takeName: (from: number, to: number) => void,
): number {
  const { tokens } = field;
  // One item of a list of people: someone is named earlier in the sentence ("didampingi Kabid X, Ardi, dan …").
  let named = false;
  for (let b = at - 1; b >= 0 && !named && !SENTENCE_ENDS.holds(tokens[b]); b--) named = taken[b] === NAME_TAKEN;
  if (!named) return -1;
  let k = at + 1;
  for (; k <= at + DESCRIBING_WORDS; k++) {
    const word = tokens[k];
    if (!word?.isWord) break;
    const describing = word.capitalized ? GRADE_NUMERAL.test(word.text) : !VERB_FORM.test(word.lower);
    if (!describing || COORDINATORS.has(word.lower) || word.lower === "yang") return -1;
  }
  if (k === at + 1 || tokens[k]?.text !== ",") return -1;
  const first = readName(field, k + 1);
  if (!first || first.from !== k + 1 || !(first.name.includes(" ") || first.introduced || carriesDegree(first)))
    return -1;
  if (!nameEndsCleanly(field, first) || matchInstitutionAt(field, first.nameFrom)) return -1;
  // The later names are read as a list of members is: full names, or names with an honorific or a degree.
  const names = [first, ...membersListedAfter(field, first)];
  const last = names.at(-1);
  if (!last || !/^[,.]$/.test(tokens[last.to]?.text ?? ".")) return -1;
  for (const name of names) {
    recordPerson(context, field, name);
    takeName(name.from, name.to);
  }
  return last.to;
}

/** "adalah": an introducer that also links a subject to anything, so it needs more to name a person. */
const COPULA_INTRODUCERS = lower(peopleLexicon.copulaIntroducers);
/** Words after a name that say it takes a post: "adalah Rina sebagai pengawas", "adalah Rina yang …". */
const POST_AFTER_COPULA = new Set(["sebagai", "selaku", "yang"]);
/** The words that say which post listed names take: "sebagai", "selaku". */
const POST_WORDS = new Set(["sebagai", "selaku"]);
/** The most names a list after a copula is read for. */
const COPULA_LIST_NAMES = 6;

/** Whether names joined by "dan" or commas from `first` on end right before "sebagai" or "selaku". */
function listClosedByPost(field: TextField, first: NameMatch): boolean {
  const { tokens } = field;
  let name: NameMatch | undefined = first;
  for (let listed = 0; name && listed < COPULA_LIST_NAMES; listed++) {
    const after: Token | undefined = tokens[name.to];
    if (POST_WORDS.has(after?.lower ?? "")) return listed > 0;
    if (!after || !COORDINATORS.has(after.lower)) return false;
    const next: number = after.text === "," && tokens[name.to + 1]?.lower === "dan" ? name.to + 2 : name.to + 1;
    const following = readName(field, next);
    name = following?.from === next ? following : undefined;
  }
  return false;
}

/** Whether names joined by "dan" or commas from `first` on hold one with a degree or an honorific. */
function listNamesPerson(field: TextField, first: NameMatch): boolean {
  const { tokens } = field;
  let name: NameMatch | undefined = first;
  for (let listed = 0; name && listed < COPULA_LIST_NAMES; listed++) {
    if (name.introduced || carriesDegree(name)) return listed > 0 || tokens[name.to]?.lower === "dan";
    const after: Token | undefined = tokens[name.to];
    if (!after || !COORDINATORS.has(after.lower)) return false;
    const next: number = after.text === "," && tokens[name.to + 1]?.lower === "dan" ? name.to + 2 : name.to + 1;
    const following = readName(field, next);
    name = following?.from === next ? following : undefined;
  }
  return false;
}

/** What may follow an item of a list: "(Gatut Wijaya), camat …", "(Sukardi).". */
const LIST_ITEM_ENDS = new Set([",", ".", ";", "dan", "serta"]);
/** How far before a bracket the title or institution its name belongs to may start. */
const BRACKETED_HOLDER_REACH = 8;

/**
 * "Hadir Dinas Koperasi Kabupaten Jombang (Gatut Wijaya), camat Diwek (Agus Salim) dan kepala
 * desa Keras (Sukardi)": a name in brackets right after a title, in any case, is its holder; after
 * an institution, a full name in brackets is one of its people. Returns the token after the
 * closing bracket, or -1.
 */
function readBracketedHolder(
  context: ExtractionContext,
  field: TextField,
  open: number,
  takeName: (from: number, to: number) => void,
): number {
  const { tokens } = field;
  const name = readName(field, open + 1);
  if (!name || name.from !== open + 1 || tokens[name.to]?.text !== ")") return -1;
  if (matchInstitutionAt(field, name.nameFrom)) return -1;
  let title: TitleMatch | undefined;
  let institution: InstitutionMatch | undefined;
  for (let k = open - 1; k >= 0 && open - k <= BRACKETED_HOLDER_REACH; k--) {
    const token = tokens[k];
    if (!token?.isWord) break;
    if (TITLE_FIRST_WORDS.holds(token)) {
      const read = matchTitleAt(field, k, true);
      if (read?.to === open) title = read;
    }
    if (!title && token.capitalized) {
      const read = matchInstitutionAt(field, k);
      if (read?.to === open && !read.generic) institution = read;
    }
  }
  const fullName = name.name.includes(" ") || name.introduced;
  // After an institution only an item of a list of attendees: "Program Kementerian Agama (Asta
  // Protas) periode …" abbreviates a phrase.
  const listItem = LIST_ITEM_ENDS.has(tokens[name.to + 1]?.lower ?? ".");
  if (!(title ? fullName || name.name.length > MAX_WITHHELD_NAME_LENGTH : institution && fullName && listItem))
    return -1;
  const person = recordPerson(context, field, name);
  if (!person) return -1;
  if (title && context.positions.length < LIMITS.positions) {
    const identity = title.institution
      ? recordInstitution(context, field, title.institution, title.institutionFrom ?? title.institution.from)
      : undefined;
    context.positions.push(positionUnderTitle(field, title, person.key, identity, title.from, name.to + 1));
  }
  takeName(name.from, name.to);
  return name.to + 1;
}

/** Fewest words of a title clause in brackets after a name: "(Ketua Senat)", not a bare "(Ketua)" of a list. */
const BRACKETED_CLAUSE_MIN_WORDS = 2;

/**
 * "Budi Santoso (Kepala Seksi Bimas Islam) menjelaskan …", "Agus Salim (Koordinator Tagana X)
 * mengatakan …": brackets right after a full name set off what the person is, as commas do
 * (readTitleClauseAfterName). A clause filling them that opens with a title word is the name's post,
 * with the institution it names, though the lexicon does not read the title whole (a lexicon title
 * with its institution filling the bracket is read with the title, nameBeforeBracket). A lowercase
 * title ("(anggota Komisi III DPRD X)") counts when the clause names an institution. The bracket
 * closes before what the sentence goes on with: a lowercase word, a comma or the sentence's end.
 * A pair of spaced dashes sets the clause off the same way ("Agus Salim – Koordinator Tagana X –
 * mengatakan …"); one dash alone opens a list item's post (holderBeforeDash).
 */
function readBracketedTitleAfterName(
  context: ExtractionContext,
  field: TextField,
  open: number,
  taken: Uint8Array,
): { from: number; to: number } | undefined {
  const { tokens } = field;
  const opener = tokens[open + 1];
  if (!opener?.isWord || !TITLE_FIRST_WORDS.holds(opener)) return undefined;
  const dashed = DASHES.has(tokens[open]?.text ?? "");
  if (dashed && !(tokens[open]?.spaced && opener.spaced)) return undefined;
  const closing = dashed ? tokens[open]?.text : ")";
  const title = matchTitleAt(field, open + 1);
  if (title?.institution && tokens[title.to]?.text === closing) return undefined;
  let close = -1;
  for (let k = open + 2; k < tokens.length && k - open <= TITLE_CLAUSE_REACH; k++) {
    const token = tokens[k];
    if (!token || token.text === "(" || token.text === "," || CLAUSE_ENDS.has(token.text)) break;
    if (token.text === closing && (!dashed || token.spaced)) {
      close = k;
      break;
    }
    if (token.isWord && !token.capitalized && (VERB_FORM.test(token.lower) || REPORTING_VERBS.holds(token))) break;
  }
  if (close < 0 || close - open - 1 < BRACKETED_CLAUSE_MIN_WORDS) return undefined;
  const after = tokens[close + 1];
  if (after !== undefined && !(after.isWord && !after.capitalized) && !/^[,.;]$/.test(after.text)) return undefined;
  // "(hakim ketua)": a lexicon title filling the brackets whole, written without its institution,
  // says which kind of body holds it (defaultTypes), so it needs no capital and no institution.
  const bare = title ?? (opener.capitalized ? undefined : matchTitleAt(field, open + 1, true));
  const wholeTitle = bare !== undefined && !bare.institution && bare.to === close && bare.defaultTypes !== undefined;
  if (!opener.capitalized && !wholeTitle && !lastInstitutionWithin(field, open + 2, close)) return undefined;
  const name = nameBeforeBracket(field, open);
  if (name && taken[name.nameFrom] === 1) return undefined;
  const person = recordClauseHolder(context, field, name);
  if (!person) return undefined;
  // "(Kepala Dinkes X)": a lexicon title read in the clause gives its role and institution, as it
  // does set off by commas; the words after it, before the bracket closes, are no holder.
  if (title?.institution && title.to < close) {
    if (!holdClauseTitle(context, field, title, title.institution, person.key, close)) return undefined;
  } else if (wholeTitle && bare) {
    // "Budi Hartono, S.H. (hakim ketua)": held where such a post is, as the title written before
    // the name is ("hakim ketua Budi Hartono"), at the court of the case the article names.
    if (context.positions.length >= LIMITS.positions) return undefined;
    context.positions.push(positionUnderTitle(field, bare, person.key, undefined, bare.from, close));
  } else recordClausePosition(context, field, open + 1, close, person, close + 1);
  return { from: open, to: close + 1 };
}

/** Titles of membership, which several people hold at once: "Anggota DPRD X, A, B dan C", "Komisioner KPU X A, B, dan C". */
const SHARED_MEMBERSHIP = /^(?:Anggota|Komisioner)\b/;
/**
 * Posts a bench or a team holds several at once, so "Hakim Anggota A dan B" gives both the post.
 * A hearing is served by more than one judge and clerk, and an Indonesian noun has no plural:
 * "Panitera A dan B", "Hakim A dan B" name two clerks, two judges (not "Hakim Ketua", one a bench has).
 */
const SHARED_BENCH_POST = /^(?:Anggota\b|Hakim Anggota\b|Hakim$|Panitera(?: Pengganti)?$)/;
/** A division of an election body or a company, whose member's post closes a title ("… Divisi Hukum."). */
const DIVISION_WORDS = new Set(["divisi"]);
/** Posts opening a division written after its body ("Koordinator Divisi", "Kordiv"), and the words they take. */
const DIVISION_POSTS = new Map<string, number>([
  ["koordinator", 1],
  ["ketua", 1],
  ["kepala", 1],
  ["kordiv", 0],
  ["kadiv", 0],
]);

/**
 * Where a division's name opens after a member's post that heads it ("Koordinator Divisi" →
 * at "Divisi"; "Kordiv" → after it), or `at` when no such post stands there.
 */
function divisionPostEnd(tokens: readonly Token[], at: number): number {
  const post = tokens[at];
  const words = post?.capitalized ? DIVISION_POSTS.get(post.lower) : undefined;
  if (words === undefined) return at;
  if (words === 0) return at + 1;
  return DIVISION_WORDS.has(tokens[at + 1]?.lower ?? "") && tokens[at + 1]?.capitalized ? at + 1 : at;
}

/**
 * "… Budi Santoso dan Divisi Teknis Penyelenggaraan Rina Wulandari": after a member named with his
 * division, "dan", a division (or a post heading one) and a full name written right after it.
 */
function divisionMemberAfter(
  field: TextField,
  first: NameMatch,
): { divisionFrom: number; name: NameMatch } | undefined {
  const { tokens } = field;
  if (!POST_COORDINATORS.has(tokens[first.to]?.lower ?? "")) return undefined;
  const from = first.to + 1;
  const divisionAt = divisionPostEnd(tokens, from);
  const division = tokens[divisionAt];
  if (!division?.capitalized) return undefined;
  if (!(DIVISION_WORDS.has(division.lower) || divisionAt > from)) return undefined;
  const unitFrom = DIVISION_WORDS.has(division.lower) ? divisionAt + 1 : divisionAt;
  const end = unitWords(field, unitFrom);
  if (end <= unitFrom) return undefined;
  const name = readName(field, end);
  if (!name || name.from !== end || !nameEndsCleanly(field, name)) return undefined;
  if (!(name.name.includes(" ") || name.introduced || carriesDegree(name))) return undefined;
  return { divisionFrom: from, name };
}

/**
 * A prosecution team's post, held by several at once: "JPU Kejari X, A dan B, menuntut …",
 * "Jaksa Penuntut Umum A dan B menghadirkan …" (not "Jaksa Agung").
 */
const SHARED_PROSECUTOR_POST = /^(?:Jaksa Penuntut Umum|Jaksa)$/;

/**
 * The full names (or names with a degree) listed after `first`: "A, B dan C", "A, B, dan C".
 */
function membersListedAfter(field: TextField, first: NameMatch): NameMatch[] {
  const { tokens } = field;
  const listed: NameMatch[] = [];
  let previous = first;
  for (;;) {
    const joiner = tokens[previous.to];
    if (!joiner || !COORDINATORS.has(joiner.lower)) break;
    const at = previous.to + (joiner.text === "," && COORDINATORS.has(tokens[previous.to + 1]?.lower ?? "") ? 2 : 1);
    const name = readName(field, at);
    if (!name || name.from !== at) break;
    // "saksi Ani Lestari, Budi Hartono dan Rudi hadir": the item "dan" closes the list with may be
    // one word, like the given names it lists.
    const closingSingle =
      POST_COORDINATORS.has(tokens[at - 1]?.lower ?? "") &&
      isListedSingleName(field, name) &&
      isOneWordNameShaped(field, name);
    if (!(name.name.includes(" ") || name.introduced || carriesDegree(name) || closingSingle)) break;
    if (!nameEndsCleanly(field, name) || matchInstitutionAt(field, name.nameFrom)) break;
    listed.push(name);
    previous = name;
  }
  return listed;
}

/**
 * "Ketua dan Sekretaris Koperasi X": a plain lead title ("Ketua", "Wakil Ketua") and "dan" right
 * before the title read at `title`, which shares its institution. Returns that first title, with
 * the role the second one has after its own lead ("Ketua Koperasi X").
 */
function pairedTitleBefore(field: TextField, title: TitleMatch): TitleMatch | undefined {
  const { tokens } = field;
  if (tokens[title.from - 1]?.lower !== "dan" || !title.institution) return undefined;
  const ownLead = (LEADS_BY_FIRST_WORD.get(tokens[title.from]?.lower ?? "") ?? []).find(
    (lead) => !lead.unit && wordsAt(tokens, title.from, lead.words) > 0 && title.role.startsWith(lead.role),
  );
  if (!ownLead) return undefined;
  for (const width of [2, 1]) {
    const from = title.from - 1 - width;
    const lead = (LEADS_BY_FIRST_WORD.get(tokens[from]?.lower ?? "") ?? []).find(
      (candidate) =>
        !candidate.unit &&
        candidate.words.length === width &&
        wordsAt(tokens, from, candidate.words) === title.from - 1,
    );
    if (lead && tokens[from]?.capitalized)
      return { ...title, from, to: title.from - 1, role: `${lead.role}${title.role.slice(ownLead.role.length)}` };
  }
  return undefined;
}

/** Units whose head is their "Ketua" ("Ketua Komisi"), by the unit's word: "Komisi A dipimpin …". */
const CHAIRED_UNITS = new Map(
  LEAD_PHRASES.filter((lead) => lead.unit && lead.words.length === 2 && lead.words[0] === "ketua").map((lead) => [
    lead.words[1] ?? "",
    lead,
  ]),
);
/** Verbs that give a unit its head: "Komisi A yang dipimpin …", "Komisi C diketuai …". */
const CHAIRING_VERBS = new Set(["dipimpin", "diketuai"]);
/** Most words naming which unit it is: "Komisi A", "Komisi III", "Komisi Hukum dan HAM". */
const UNIT_DESIGNATOR_WORDS = 4;

/**
 * "Komisi A yang dipimpin ketuanya, Gunawan, …": the post of the head of the unit named right
 * before the chairing verb at `verb`, held where the unit's head usually is.
 */
function chairedUnitBefore(field: TextField, verb: number): TitleMatch | undefined {
  const { tokens } = field;
  if (!CHAIRING_VERBS.has(tokens[verb]?.lower ?? "") || tokens[verb]?.capitalized) return undefined;
  const end = tokens[verb - 1]?.lower === "yang" ? verb - 1 : verb;
  for (let k = end - 1; k >= 0 && end - k <= UNIT_DESIGNATOR_WORDS + 1; k--) {
    const token = tokens[k];
    if (!token?.isWord || !(token.capitalized || token.hasDigit || token.lower === "dan")) return undefined;
    const lead = CHAIRED_UNITS.get(token.lower);
    if (lead && k < end - 1 && (k === 0 || !tokens[k - 1]?.capitalized))
      return {
        role: `${lead.role} ${writtenText(field, k + 1, end)}`,
        from: k,
        to: end,
        defaultTypes: lead.defaultTypes,
      };
  }
  return undefined;
}

/** Whether a name is closed by a comma, a full stop or a semicolon: "menggantikan Akhyar." */
function closesAtPunctuation(tokens: readonly Token[], name: NameMatch): boolean {
  const next = tokens[name.to]?.text;
  return next === undefined || next === "," || next === "." || next === ";";
}

/**
 * Whether a name read where only the sentence's shape says a person stands may be one word: longer
 * than a withheld name, no acronym, no place the article, the gazetteer or the country's districts
 * and villages know ("Cepu", "Kepanjen"), no institution.
 */
function isOneWordNameShaped(field: TextField, name: NameMatch): boolean {
  const word = field.tokens[name.nameFrom];
  return (
    word !== undefined &&
    name.name.length > MAX_WITHHELD_NAME_LENGTH &&
    !word.allCapitals &&
    !isPlaceWord(field, word) &&
    !isLocalPlaceName(word.compact) &&
    !matchInstitutionAt(field, name.nameFrom)
  );
}

/** The word saying in what capacity the one named before it acts: "Budi selaku ketua panitia". */
const CAPACITY_WORD = "selaku";

/** Verbs whose subject hands a post over or takes one: "Budi menggantikan …", "Budi digantikan …". */
const REPLACING_VERBS = new Set(["menggantikan", "digantikan"]);

/** Words after "yang" that speak of a person's post or its end: "yang sudah pensiun", "yang sebelumnya". */
const FORMER_HOLDER_CLAUSE_WORDS = new Set([
  ...peopleLexicon.roleLinkingFillers,
  ...peopleLexicon.roleLinkingVerbs,
  "sudah",
  "telah",
  "pensiun",
  "meninggal",
  "wafat",
]);

/** "… Sudarmo yang sudah pensiun": whether a clause about a person (their post, its end) opens at `at`. */
function aboutFormerHolder(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]?.lower === "yang" &&
    tokens[at + 1]?.isWord === true &&
    FORMER_HOLDER_CLAUSE_WORDS.has(tokens[at + 1]?.lower ?? "")
  );
}

/** Words after a post that say its holder is the former one: "kepala sekolah sebelumnya, Budi". */
const FORMER_HOLDER_WORDS = new Set(["sebelumnya", "lama", "terdahulu"]);

/**
 * After a handover verb, at `at`: a post in lowercase, a word saying it was the former holder's
 * and a comma ("kepala sekolah sebelumnya,"). Answers where the name after the comma starts, or -1.
 */
function formerHolderAt(field: TextField, at: number): number {
  const { tokens } = field;
  const word = tokens[at];
  if (!word?.isWord || word.capitalized || !TITLE_FIRST_WORDS.holds(word)) return -1;
  const title = matchTitleAt(field, at, true);
  if (!title) return -1;
  const after = title.institution ? title.to : (title.institutionFrom ?? title.to);
  let k = after;
  // "kepala sekolah sebelumnya": a kind of institution after the head word is part of the post.
  while (
    k < after + 2 &&
    tokens[k]?.isWord &&
    !tokens[k]?.capitalized &&
    !FORMER_HOLDER_WORDS.has(tokens[k]?.lower ?? "")
  )
    k++;
  if (!FORMER_HOLDER_WORDS.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.text !== ",") return -1;
  return k + 2;
}

/** Where the bracket after a name closes when it holds just an institution ("(SMAN 1 Sukamaju)"), or -1. */
function affiliationEnd(field: TextField, name: NameMatch): number {
  if (field.tokens[name.to]?.text !== "(") return -1;
  const institution = matchInstitutionAt(field, name.to + 1);
  return institution && !institution.generic && field.tokens[institution.to]?.text === ")" ? institution.to + 1 : -1;
}

/** List joiners between the items of "A (X), B (Y) dan C (Z)". */
const LIST_JOINERS = new Set([",", "dan", "serta"]);

/**
 * Whether the name at `name` is an item of a list of names each followed by its institution in
 * brackets: its own bracket holds one, and the item after it (or the one before it) is alike.
 * One name with a bracket alone may be an event's or a team's ("Olimpiade Sains (SMAN 1 X)").
 */
function inAffiliatedList(field: TextField, name: NameMatch, oneWordFollowing = false): boolean {
  const { tokens } = field;
  const end = affiliationEnd(field, name);
  if (end < 0) return false;
  let at = end;
  while (LIST_JOINERS.has(tokens[at]?.lower ?? "") && at - end < 2) at++;
  if (at > end) {
    const following = readName(field, at);
    if (
      following?.from === at &&
      (following.name.includes(" ") || oneWordFollowing) &&
      affiliationEnd(field, following) > 0
    )
      return true;
  }
  let before = name.from - 1;
  while (LIST_JOINERS.has(tokens[before]?.lower ?? "") && name.from - before <= 2) before--;
  return before < name.from - 1 && tokens[before]?.text === ")";
}

/** Most earlier items of a "Name (School)" list walked back over to reach its lead-in. */
const AFFILIATED_ITEMS_REACH = 60;
/** Most tokens of one item's name before its bracket ("Muh. Syarfudin A. Rahman" is seven). */
const AFFILIATED_NAME_TOKENS = 8;
/** Most tokens of a list's lead-in read back from its first item for the post of those listed. */
const LIST_LEAD_IN_REACH = 30;
/** School levels as written after "kepala" for a school's head ("kepala SMA", "Kepala SMPN", "kepala MTs"). */
const SCHOOL_LEVEL_WORDS = new Set([
  ...Object.keys(unitLexicon.numberedSchools.levels),
  ...Object.keys(unitLexicon.numberedSchools.joined),
]);

/** Whether token `k` stands in a name written before its bracket: a capitalised word, or the stop of a short one ("Muh.", "A."). */
function inListedName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token?.isWord) return token.capitalized;
  const before = tokens[k - 1];
  return token?.text === "." && before?.isWord === true && before.capitalized && before.text.length <= 4;
}

/**
 * "Bupati melantik 30 kepala sekolah, masing-masing Budi Santoso (SMPN 1 Sukamaju), Rina (SDN 2
 * Sukamaju), …", "Kepsek yang dilantik: …": where the lead-in of the list of names with their
 * school in brackets that the item at `itemFrom` belongs to says those listed are heads of schools,
 * the span of its words for the post. A list of pupils or delegates with their schools names no post.
 * The lead-in is read from the list's first item back to the sentence's start.
 */
function schoolHeadListLeadIn(field: TextField, itemFrom: number): { from: number; to: number } | undefined {
  const { tokens } = field;
  let start = itemFrom;
  for (let items = 0; items < AFFILIATED_ITEMS_REACH; items++) {
    let k = start - 1;
    while (LIST_JOINERS.has(tokens[k]?.lower ?? "") && start - k <= 2) k--;
    if (k === start - 1 || tokens[k]?.text !== ")") break;
    const open = bracketOpenBefore(tokens, k);
    let nameStart = open;
    while (nameStart > 0 && open - nameStart < AFFILIATED_NAME_TOKENS && inListedName(tokens, nameStart - 1))
      nameStart--;
    if (open < 0 || nameStart === open) break;
    start = nameStart;
  }
  for (let k = start - 1; k >= 0 && start - k <= LIST_LEAD_IN_REACH; k--) {
    const token = tokens[k];
    if (!token || SENTENCE_ENDS.holds(token)) break;
    if (!token.isWord || tokens[k - 1]?.lower === "wakil") continue;
    // "melantik 26 Kepala SMA/SMK", "kepala SMPN se-Kabupaten X": the head's word and a school level.
    const level = tokens[k + 1];
    if (token.lower === "kepala" && level?.capitalized && SCHOOL_LEVEL_WORDS.has(level.lower))
      return { from: k, to: k + 2 };
    if (!TITLE_FIRST_WORDS.holds(token)) continue;
    // "kepala sekolah", "kepsek": the post with no school named; one named is a single head's.
    const title = matchTitleAt(field, k, true);
    if (
      title?.role === SCHOOL_HEAD_ROLE &&
      title.defaultTypes?.includes("SCHOOL") &&
      (!title.institution || title.institution.generic)
    )
      return { from: k, to: title.to };
  }
  return undefined;
}
/** The post of a school's head, as the lexicon names it. */
const SCHOOL_HEAD_ROLE = "Kepala Sekolah";

/**
 * "Danrem 071/WK, Brigjen TNI Budi, Dandim 0701/SKM, Letkol (Inf) Joko SE M.XYZ, …": whether a rank
 * opens the words right after a title (past its comma) and introduces a name there. The title is
 * that officer's even when the name's end is not read (a degree the lexicon does not know); the
 * name set off before the title closes the list's previous item.
 */
function rankedHolderAfter(field: TextField, at: number): boolean {
  const { tokens } = field;
  const rankAt = tokens[at]?.text === "," ? at + 1 : at;
  const rank = tokens[rankAt];
  if (!rank?.isWord || !rank.capitalized || !RANKS.holds(rank) || RANK_QUALIFIERS.holds(rank)) return false;
  const name = readName(field, rankAt);
  return name?.from === rankAt && name.introduced && name.nameFrom > rankAt;
}

/** Verbs that give an institution named before them its head: "SMAN 1 Sukamaju dipimpin …", "dijabat …". */
const HEADING_VERBS = new Set(["dipimpin", "dijabat", "dikepalai"]);
/**
 * "Pondok Pesantren Al Hikmah asuhan KH. Budi", "… yang diasuh (oleh) Kyai Budi", "… dengan
 * pengasuh Syekh Budi": words that give a pesantren (a school) or a religious community named before
 * them its Pengasuh, the kyai who runs it. "pengasuh" only after "dengan" ("dengan pengasuhnya" too).
 */
const CARING_WORDS = new Set(["asuhan", "diasuh", "pengasuh", "pengasuhnya"]);
const CARE_ROLE = "Pengasuh";
/** Kinds of body a kyai "mengasuh": a pesantren or madrasah, a majelis taklim. */
const CARED_TYPES = new Set<InstitutionType>(["SCHOOL", "COMMUNITY"]);

/** Whether the word at `at` gives the institution before it its Pengasuh: "asuhan", "diasuh", "dengan pengasuh". */
function caringWordAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token?.isWord || token.capitalized || !CARING_WORDS.has(token.lower)) return false;
  return !token.lower.startsWith("pengasuh") || tokens[at - 1]?.lower === "dengan";
}
/** Words between the institution and its heading verb: "kini dipimpin", "yang sebelumnya dijabat". */
const HEADING_FILLERS = new Set(["yang", "kini", "sekarang", "sebelumnya", "semula", "akan"]);
/** "di SMAN 1 Sukamaju dipimpin …": after a preposition the institution is where something else is led. */
const PREPOSITIONS_BEFORE_PLACE = new Set(["di", "ke", "dari", "pada", "oleh", "untuk", "kepada", "bagi", "dengan"]);
/** Most tokens an institution's name takes before its heading verb: "MTs Negeri 6/Montasik". */
const HEADED_INSTITUTION_TOKENS = 8;
/** The word for the head of an institution of each kind; a head is its "Kepala" unless listed. */
const HEAD_WORDS: Partial<Record<InstitutionType, string>> = {
  MILITARY: "Komandan",
  COURT: "Ketua",
  COMMUNITY: "Ketua",
  OTHER: "Ketua",
  COMPANY: "Pimpinan",
};

/**
 * "MTsN 4 Sukamaju dipimpin Budi", "MIN 2 Sukamaju dijabat Rina yang sebelumnya …": the post of
 * the head of the institution whose name ends right before the heading verb at `verb` (after
 * "yang", "kini" …), when that institution opens the clause rather than saying where something is.
 */
function headedInstitutionBefore(field: TextField, at: number): TitleMatch | undefined {
  const { tokens } = field;
  // "… yang diasuh oleh KH. Budi": the agent's "oleh" after the verb.
  const verb = tokens[at]?.lower === "oleh" && caringWordAt(tokens, at - 1) ? at - 1 : at;
  const caring = caringWordAt(tokens, verb);
  if (!caring && (!HEADING_VERBS.has(tokens[verb]?.lower ?? "") || tokens[verb]?.capitalized)) return undefined;
  let end = verb;
  // "PP. Darul Ulum dengan pengasuh …": "dengan" before the Pengasuh's noun.
  if (caring && tokens[end - 1]?.lower === "dengan") end--;
  while (end > 0 && HEADING_FILLERS.has(tokens[end - 1]?.lower ?? "")) end--;
  for (let k = end - 1; k >= 0 && end - k <= HEADED_INSTITUTION_TOKENS; k--) {
    const token = tokens[k];
    // "PP. Darul Ulum asuhan …": the stop of an abbreviated noun in capitals ends no clause.
    const abbreviationStop = token?.text === "." && !token.spaced && tokens[k - 1]?.allCapitals === true;
    if (!token || (CLAUSE_ENDS.has(token.text) && !abbreviationStop)) return undefined;
    if (!token.capitalized) continue;
    const institution = matchInstitutionAt(field, k);
    if (!institution || institution.to !== end || institution.generic) continue;
    if (caring && !CARED_TYPES.has(institution.type)) return undefined;
    // "rombongan mengunjungi PP. X asuhan KH. Budi": the pesantren visited is still the one he runs.
    if (!caring && PREPOSITIONS_BEFORE_PLACE.has(tokens[k - 1]?.lower ?? "")) return undefined;
    return {
      role: caring ? CARE_ROLE : `${HEAD_WORDS[institution.type] ?? "Kepala"} ${writtenText(field, k, end)}`,
      from: k,
      to: end,
      institution,
      institutionFrom: k,
    };
  }
  return undefined;
}

/** Verbs after which a companion of the official just named follows: "didampingi", "bersama". */
const COMPANION_VERBS = lower(titleLexicon.companionVerbs);
/** A member's role written bare before a companion's name: "anggota", "sekretaris". */
const COMPANION_ROLES = new Map(
  Object.entries(titleLexicon.companionRoles).map(([word, role]) => [word.toLowerCase(), role]),
);

/**
 * "Ketua Komisi I DPRD X Basuki, didampingi anggota Abdulhak, SH, …": after a companion verb at
 * `at`, a member's role with no institution of its own and a name give that person the role at
 * the institution of the post named last before the verb in the same sentence. Returns where
 * reading stopped, or -1.
 */
function readCompanion(
  context: ExtractionContext,
  field: TextField,
  at: number,
  takeName: (from: number, to: number) => void,
): number {
  const { tokens } = field;
  const verb = tokens[at];
  if (!verb || !COMPANION_VERBS.has(verb.lower)) return -1;
  const count = companionCount(tokens[at + 1]);
  const roleAt = count > 0 ? at + 2 : at + 1;
  const roleWord = tokens[roleAt];
  if (!roleWord?.isWord) return -1;
  const role = COMPANION_ROLES.get(roleWord.lower);
  if (!role || matchInstitutionAt(field, roleAt + 1, true) || matchTitleAt(field, roleAt)?.institution) return -1;
  if (count > 1) return readCountedCompanions(context, field, at, roleAt, count, role, takeName);
  if (count > 0) return -1;
  // "didampingi anggota, Budi Santoso dan Rina Wulandari": the role may be set off by a comma.
  const setOff = tokens[at + 2]?.text === ",";
  const nameAt = setOff ? at + 3 : at + 2;
  const held = readName(field, nameAt);
  if (
    !held ||
    held.from !== nameAt ||
    !nameEndsCleanly(field, held) ||
    !(held.name.includes(" ") || held.introduced || carriesDegree(held) || tokens[held.to]?.text === ",")
  )
    return -1;
  // "… dan Rina Wulandari": the others listed with the first share a membership; a body has one sekretaris.
  const listed = SHARED_POSTS.test(role) ? [held, ...membersListedAfter(field, held)] : [held];
  const institution = institutionHeldBefore(context, field, at);
  if (institution === undefined) return -1;
  let read = -1;
  for (const name of listed) {
    const person = recordPerson(context, field, name);
    if (!person) break;
    if (context.positions.length < LIMITS.positions)
      context.positions.push({
        person: person.key,
        institution,
        role,
        title: writtenText(field, at + 1, at + 2),
        provenance: spanOf(field, at + 1, name.nameTo),
      });
    takeName(name.from, name.to);
    read = name.to;
  }
  // "didampingi Sekretaris Rina, Bendahara Agus, dan Anggota Joko": the next companions, each with
  // a bare board role of their own, are in the same body.
  for (let next = nextCompanionAt(field, read); next > 0 && read > 0; next = nextCompanionAt(field, read)) {
    const nextRole = COMPANION_ROLES.get(tokens[next]?.lower ?? "");
    const name = readName(field, next + 1);
    if (!nextRole || !name || name.from !== next + 1 || !nameEndsCleanly(field, name) || !name.name.includes(" "))
      break;
    const person = recordPerson(context, field, name);
    if (!person || context.positions.length >= LIMITS.positions) break;
    context.positions.push({
      person: person.key,
      institution,
      role: nextRole,
      title: writtenText(field, next, next + 1),
      provenance: spanOf(field, next, name.nameTo),
    });
    takeName(name.from, name.to);
    read = name.to;
  }
  return read;
}

/** Where the next companion's bare board role stands after a companion ending at `at` (", Bendahara"), or -1. */
function nextCompanionAt(field: TextField, at: number): number {
  const { tokens } = field;
  let k = at;
  while (k < at + 2 && (tokens[k]?.text === "," || COORDINATORS.has(tokens[k]?.lower ?? ""))) k++;
  if (k === at || !COMPANION_ROLES.has(tokens[k]?.lower ?? "")) return -1;
  // "…, Anggota Badan Pengawas Koperasi X": a role naming its own body is read as a title.
  if (matchInstitutionAt(field, k + 1, true) || matchTitleAt(field, k)?.institution) return -1;
  return k;
}

/** How many companions a count word or numeral says follow ("empat", "4"), or 0. */
const COMPANION_COUNTS = new Map(Object.entries(titleLexicon.companionCounts));
function companionCount(token: Token | undefined): number {
  if (!token) return 0;
  if (/^[2-9]$/.test(token.text)) return Number(token.text);
  return COMPANION_COUNTS.get(token.lower) ?? 0;
}

/**
 * Exactly `count` names listed from `at`, joined by commas and "dan" (", dan" too), each full or one
 * word that `oneWordName` accepts, none an institution; undefined when the list holds fewer, or a
 * name is unclean or stands on a token already `taken`. Counted lists of parties and companions.
 */
function countedNamesAt(
  field: TextField,
  at: number,
  count: number,
  oneWordName: (field: TextField, name: NameMatch) => boolean,
  taken?: Uint8Array,
): NameMatch[] | undefined {
  const { tokens } = field;
  const listed: NameMatch[] = [];
  let nameAt = at;
  while (listed.length < count) {
    const name = taken?.[nameAt] ? undefined : readName(field, nameAt);
    if (
      !name ||
      name.from !== nameAt ||
      !nameEndsCleanly(field, name) ||
      matchInstitutionAt(field, name.nameFrom) ||
      !(name.name.includes(" ") || name.introduced || carriesDegree(name) || oneWordName(field, name))
    )
      return undefined;
    listed.push(name);
    const joiner = tokens[name.to];
    if (listed.length === count || !joiner || !COORDINATORS.has(joiner.lower)) break;
    nameAt = name.to + (joiner.text === "," && COORDINATORS.has(tokens[name.to + 1]?.lower ?? "") ? 2 : 1);
  }
  return listed.length === count ? listed : undefined;
}

/**
 * "Ketua KPU X, Budi, didampingi empat komisioner lainnya, A, B, C dan D": after a companion verb,
 * a count, a member's bare role and "lainnya" or a comma, as many names as the count says (one
 * word each too) hold the role where the one accompanied holds office. Returns where reading
 * stopped, or -1 when the names listed are not as many as counted.
 */
function readCountedCompanions(
  context: ExtractionContext,
  field: TextField,
  at: number,
  roleAt: number,
  count: number,
  role: string,
  takeName: (from: number, to: number) => void,
): number {
  const { tokens } = field;
  let nameAt = roleAt + 1;
  if (tokens[nameAt]?.lower === OTHERS_WORD) nameAt++;
  if (tokens[nameAt]?.text === ",") nameAt++;
  if (LIST_INTRODUCERS.has(tokens[nameAt]?.lower ?? "")) nameAt++;
  if (nameAt === roleAt + 1) return -1;
  const listed = countedNamesAt(field, nameAt, count, isOneWordNameShaped);
  if (!listed) return -1;
  const institution = institutionHeldBefore(context, field, at);
  if (institution === undefined) return -1;
  for (const name of listed) {
    const person = recordPerson(context, field, name);
    if (!person || context.positions.length >= LIMITS.positions) break;
    context.positions.push({
      person: person.key,
      institution,
      role,
      title: writtenText(field, roleAt, roleAt + 1),
      provenance: spanOf(field, roleAt, name.nameTo),
    });
    takeName(name.from, name.to);
  }
  return listed.at(-1)?.to ?? -1;
}

/** "komisioner lainnya": the others of the body, after the one named before them. */
const OTHERS_WORD = "lainnya";

/** The institution of the last post read before token `at` in its sentence, if it has one. */
function institutionHeldBefore(context: ExtractionContext, field: TextField, at: number): string | undefined {
  const { tokens } = field;
  let sentenceStart = 0;
  for (let k = at - 1; k >= 0; k--) {
    // "Direktur RSUD X dr. Budi bersama …": the stop of "dr.", "Ir.", "H." ends no sentence.
    const abbreviation = tokens[k]?.text === "." && HONORIFICS.holds(tokens[k - 1]);
    if (SENTENCE_ENDS.has(tokens[k]?.text ?? "") && !abbreviation) {
      sentenceStart = tokens[k]?.end ?? 0;
      break;
    }
  }
  const start = tokens[at]?.start ?? 0;
  for (let p = context.positions.length - 1; p >= 0; p--) {
    const held = context.positions[p];
    if (!held || held.provenance.field !== field.name || held.provenance.end > start) continue;
    if (held.provenance.start >= sentenceStart) return held.institution;
    break;
  }
  return institutionOfAccompanied(context, field, at);
}

/**
 * '"…," kata Budi, didampingi Sekretaris Rina': the one accompanied, named (and set off by a comma)
 * right before the companion verb, holds a post the article gave him before at an association or a
 * company; the companion's post, named with a bare board role, is in that body.
 */
function institutionOfAccompanied(context: ExtractionContext, field: TextField, verb: number): string | undefined {
  const { tokens } = field;
  const end = tokens[verb - 1]?.text === "," ? verb - 1 : verb;
  const name = readNameBefore(field, end);
  if (!name || name.to !== end) return undefined;
  const person = context.findPerson(name.name);
  if (!person) return undefined;
  const held = context.positions.findLast((p) => p.person === person.key && p.institution !== undefined);
  const institution = held?.institution ? context.institutions.get(held.institution) : undefined;
  return institution && ORGAN_HOLDER_TYPES.has(institution.type) ? held?.institution : undefined;
}

/** "… dengan wakil ketua Ahmadi", "… dan wakilnya Indra Jaya": the head's deputy named after the head. */
function deputyAfter(field: TextField, at: number): number {
  const { tokens } = field;
  let k = tokens[at]?.text === "," ? at + 1 : at;
  if (!DEPUTY_JOINERS.has(tokens[k]?.lower ?? "")) return -1;
  k++;
  if (tokens[k]?.lower === "wakilnya") k++;
  else if (tokens[k]?.lower === "wakil" && /^ketua(?:nya)?$/.test(tokens[k + 1]?.lower ?? "")) k += 2;
  else return -1;
  return tokens[k]?.text === "," ? k + 1 : k;
}
const DEPUTY_JOINERS = new Set(["dan", "dengan", "serta"]);

/**
 * "Budi, mewakili Kepala Dinas …", "Budi atas nama Bupati …": the person whose name ends right
 * before the word that says they stand in for the title at `titleFrom`, or undefined.
 */
function representativeBefore(
  context: ExtractionContext,
  tokens: readonly Token[],
  titleFrom: number,
  taken: Uint8Array,
): string | undefined {
  let k = titleFrom - 1;
  if (tokens[k]?.lower === "mewakili") k--;
  else if (tokens[k]?.lower === "nama" && tokens[k - 1]?.lower === "atas") k -= 2;
  else return undefined;
  if (tokens[k]?.text === ",") k--;
  // A name read beside a title or as an appositive is marked read, not always as a name.
  if (k < 0 || !taken[k]) return undefined;
  const end = tokens[k]?.end;
  const { references } = context;
  for (let r = references.length - 1; r >= 0 && references.length - r <= 8; r--) {
    const reference = references[r];
    if (reference?.person && reference.end === end) return reference.person;
  }
  return undefined;
}

/** "diisi", "menggantikan": verbs that hand a post from one holder to another. */
const HANDED_OVER_POST_VERBS = lower(peopleLexicon.handedOverPostVerbs);
/** "Jabatan yang diemban A kini diisi B": a noun for a post, the subject of a passive verb above. */
const HANDED_OVER_POST_NOUNS = lower(peopleLexicon.handedOverPostNouns);
/**
 * A building named after the office it houses: "Kantor Gubernur", "Rumah Dinas Bupati", "Rujab
 * Gubernur" (rumah jabatan), "Rumdin Bupati" (rumah dinas), "Pendopo Bupati".
 */
const BUILDING_BEFORE_TITLE =
  /(?:^|[^\p{L}])(?:kantor|gedung|rumah dinas|rumah jabatan|rujab|rumdin|rudis|pendopo|pendapa)\s+$/iu;
/** Characters before a title searched for a building word: "rumah jabatan " is the longest. */
const BUILDING_WORD_REACH = 16;

/**
 * "di Kantor Gubernur, Sukamaju, …", "di Rujab Bupati Sukamaju", "Pendopo Bupati, Kartasari": a
 * title right after a building noun names the building the office is housed in, not a post: no
 * name beside it is its holder.
 */
function namesBuilding(field: TextField, title: TitleMatch): boolean {
  const start = field.tokens[title.from]?.start ?? 0;
  return BUILDING_BEFORE_TITLE.test(field.text.slice(Math.max(0, start - BUILDING_WORD_REACH - 1), start));
}
/** How far (in characters) before its verb the post handed over may be named. */
const HANDED_OVER_POST_REACH = 300;

/**
 * "Jabatan yang sebelumnya diemban dr. A kini diisi dr. B", "B dilantik sebagai Kepala Dinas X
 * menggantikan A": the post handed over is named before the verb (a title nobody was named with,
 * or the post just given to someone else), and both its former and its new holder held it.
 * "diemban"/"diisi"/"dijabat" hand over a post only with a noun for it as their subject.
 */
/** The active verb of replacing someone in a post: "B dilantik sebagai X, menggantikan A". */
const REPLACING_VERB = "menggantikan";

/** Most tokens between "yang" after a replaced holder's name and the word of his term ("masa jabatannya"). */
const TERM_WORD_REACH = 3;

/** Whether a relative clause right after the name ending at `nameTo` tells a term of office ("yang masa jabatannya …"). */
function termToldAfter(tokens: readonly Token[], nameTo: number): boolean {
  const relative = tokens[nameTo]?.text === "," ? nameTo + 1 : nameTo;
  if (tokens[relative]?.lower !== "yang") return false;
  for (let k = relative + 1; k <= relative + TERM_WORD_REACH; k++) {
    if (tokens[k]?.lower.startsWith("jabatan")) return true;
  }
  return false;
}

function holdHandedOverPost(
  context: ExtractionContext,
  field: TextField,
  verb: number,
  person: string,
  nameTo: number,
): void {
  const { tokens } = field;
  const verbToken = tokens[verb];
  if (!verbToken) return;
  let reach = verbToken.start - HANDED_OVER_POST_REACH;
  if (verbToken.lower.endsWith("gantikan")) {
    // "Ia menggantikan A": without a post named in its own sentence, which of the subject's
    // posts (a former one, a new one) was handed over is not said.
    let k = verb - 1;
    // The full stop of "dr." or "Ir." does not end the sentence.
    const sentenceEndsAt = (at: number) =>
      SENTENCE_ENDS.holds(tokens[at]) && !(tokens[at - 1]?.isWord && (tokens[at - 1]?.text.length ?? 0) <= 3);
    while (k > 0 && !sentenceEndsAt(k)) k--;
    reach = tokens[k]?.end ?? 0;
  } else {
    let subject = false;
    for (let k = verb - 1; k >= 0 && verb - k <= 16 && !subject; k--) {
      const token = tokens[k];
      // The full stop of "dr." or "Ir." does not end the clause.
      const abbreviation = token?.text === "." && (tokens[k - 1]?.text.length ?? 9) <= 3;
      if (!token || (CLAUSE_ENDS.has(token.text) && !abbreviation)) break;
      subject = token.isWord && HANDED_OVER_POST_NOUNS.has(token.lower);
    }
    if (!subject) return;
  }
  let post:
    | { role: string; title: string; institution?: string; institutionTypes?: string[]; start: number; end: number }
    | undefined;
  for (let r = context.references.length - 1; r >= 0; r--) {
    const reference = context.references[r];
    if (!reference || reference.field !== field.name || reference.end > verbToken.start) continue;
    if (reference.end < reach) break;
    // "di Kantor Gubernur": a title naming a building is no post.
    if (!reference.role || reference.person) continue;
    // "melantik A sebagai X. Jabatan itu kini diisi B": the nearest title has a holder, and which
    // post was handed over is not said.
    if (
      context.positions.some(
        (p) =>
          p.provenance.field === field.name &&
          p.provenance.start === reference.start &&
          p.provenance.end === reference.end,
      )
    )
      break;
    if (!BUILDING_BEFORE_TITLE.test(field.text.slice(Math.max(0, reference.start - 12), reference.start))) {
      post = {
        role: reference.role,
        title: field.text.slice(reference.start, reference.end).replace(SPACE_RUNS, " "),
        institution: reference.institution,
        start: reference.start,
        end: reference.end,
      };
      break;
    }
  }
  // "B dilantik sebagai X menggantikan A": the post just given to someone else; "Jabatan itu
  // kini diisi B" after "A dilantik sebagai X" would not hand over A's new post.
  for (let p = context.positions.length - 1; p >= 0 && verbToken.lower.endsWith("gantikan"); p--) {
    const held = context.positions[p];
    if (!held || held.provenance.field !== field.name || held.provenance.end > verbToken.start) continue;
    if (held.provenance.end < Math.max(reach, post?.end ?? 0)) break;
    if (held.person !== person) {
      post = held.provenance.end >= (post?.end ?? 0) ? { ...held, ...held.provenance } : post;
      break;
    }
  }
  if (!post || context.positions.length >= LIMITS.positions) return;
  // "B diangkat sebagai Plt. Sekda menggantikan A": the acting capacity is B's own; whether A held
  // the post itself or acted in it too is not said, so A is given neither, unless the text tells
  // A's term in it ("menggantikan A yang masa jabatannya berakhir"): A held the post itself.
  const acting = ACTING_ROLES.find((prefix) => post.role.startsWith(`${prefix} `));
  if (acting && !termToldAfter(tokens, nameTo)) return;
  const { title, institution, institutionTypes } = post;
  const role = acting ? post.role.slice(acting.length + 1) : post.role;
  if (context.positions.some((p) => p.person === person && p.role === role && p.institution === institution)) return;
  context.positions.push({
    person,
    institution,
    institutionTypes,
    role,
    title,
    // From the post as written to its holder's name: the span holds the title.
    provenance: {
      field: field.name,
      start: post.start,
      end: tokens[nameTo - 1]?.end ?? verbToken.end,
      confidence: 0.8,
    },
  });
}

/** A given name of three letters as a name is written ("Adi", "Ani", "Eko"), not a withheld one. */
const THREE_LETTER_GIVEN_NAME = /^\p{Lu}\p{Ll}{2}$/u;
/** One word of a stem of four letters or more and the possessive "-nya": "Rinciannya", "Hasilnya", not "Sonya". */
const POSSESSED_OPENER = /^\p{L}{4,}nya$/u;
const SENTENCE_ADVERBS = new WordClass(lower(peopleLexicon.sentenceAdverbs));
const SENTENCE_ENDS = new WordClass([".", "!", "?", '"', "”"]);
/** Dashes that end a dateline ("BLORA - …", "Semarang (ANTARA) – …") and open the first sentence after it. */
const DASHES = new Set(["-", "–", "—"]);
/** Marks a line of a list may open with: "- Budi Santoso, semula …", "• Rina Wulandari, …". */
const LINE_BULLETS = new Set([...DASHES, "•", "*"]);

/**
 * Whether the token at `k` is a bullet opening an item of a list: first in the field, or after a
 * sentence's end or a colon ("berikut namanya: - Budi, semula …"). The body joins a paragraph's
 * lines with spaces, so an item's bullet follows the full stop of the item before, not a line break.
 */
function bulletOpensLine(field: TextField, k: number): boolean {
  const { tokens } = field;
  if (!LINE_BULLETS.has(tokens[k]?.text ?? "")) return false;
  const before = tokens[k - 1];
  return before === undefined || SENTENCE_ENDS.holds(before) || before.text === ":";
}

/** "menjabat", "sebagai", "selaku", "menjadi": a verb that gives the person before it the title after it. */
const ROLE_LINKING_VERBS = lower(peopleLexicon.roleLinkingVerbs);
/** Words that may stand between the person and the linking verb: "yang sebelumnya", "dimutasi", "kini". */
const ROLE_LINKING_FILLERS = lower(peopleLexicon.roleLinkingFillers);

/** Words after "Name," that say what the person was or is: "semula", "sebelumnya", "yang", "selaku". */
const APPOSED_STATE_WORDS = new Set([...ROLE_LINKING_VERBS, ...ROLE_LINKING_FILLERS, "semula"]);

/** Most lowercase fillers between a name (or its comma) and the linking verb: "yang ketika itu masih aktif menjabat". */
const LINKING_FILLERS_REACH = 5;

/** Pronouns for a person that may open a sentence giving their title: "Ia adalah Kepala …". */
const SUBJECT_PRONOUNS = new Set(["ia", "dia", "beliau"]);

/**
 * Whether a linking verb (after a comma and fillers) and a capitalised title word follow `at`;
 * "yang sebelumnya menjabat kepala SMAN 2 X": or a title in lowercase that names its institution.
 */
function titleLinkedAfter(field: TextField, at: number, namingOnly = false): boolean {
  const { tokens } = field;
  let k = pastLinkingFillers(tokens, at);
  // "Budi Santoso yang juga Ketua …": "yang juga", the last fillers read, links like a verb.
  const yangJuga = k > at && tokens[k - 1]?.lower === "juga" && tokens[k - 2]?.lower === "yang";
  const verb = tokens[k];
  if (yangJuga) return !namingOnly && verb?.capitalized === true && TITLE_FIRST_WORDS.holds(verb);
  if (verb?.isWord !== true || verb.capitalized || !ROLE_LINKING_VERBS.has(verb.lower)) return false;
  // "yang masih aktif menjabat sebagai Kadis …": two linking verbs in a row link as one.
  if (tokens[k + 1]?.isWord && !tokens[k + 1]?.capitalized && ROLE_LINKING_VERBS.has(tokens[k + 1]?.lower ?? "")) k++;
  const title = tokens[k + 1];
  if (namingOnly) return namesInstitution(matchTitleAt(field, k + 1, true));
  if (title?.capitalized === true) return TITLE_FIRST_WORDS.holds(title);
  return title?.isWord === true && TITLE_FIRST_WORDS.holds(title) && namesInstitution(matchTitleAt(field, k + 1, true));
}

/** Whether a title names the institution it is held at, not one of a kind ("kepala SMAN 2 X", not "kepala sekolah"). */
const namesInstitution = (title: TitleMatch | undefined) =>
  title?.institution !== undefined && !title.institution.generic;

/**
 * "secara": with the lowercase word after it, an adverb of manner ("secara aklamasi", "secara resmi",
 * "secara bulat"). It says how a post was given, not what, so it may stand among the fillers between
 * a name and its linking verb ("Budi terpilih secara aklamasi menjadi Ketua …") as one filler.
 */
const MANNER_ADVERB_MARKER = "secara";

/** Whether the lowercase word at `k` closes an adverb of manner opened by "secara" right before it. */
const closesMannerAdverb = (tokens: readonly Token[], k: number) =>
  tokens[k - 1]?.lower === MANNER_ADVERB_MARKER && tokens[k]?.isWord === true && !tokens[k]?.capitalized;

/** Past an optional comma at `at` and up to LINKING_FILLERS_REACH lowercase fillers ("yang sebelumnya", "kini", "secara aklamasi"). */
function pastLinkingFillers(tokens: readonly Token[], at: number): number {
  let k = tokens[at]?.text === "," ? at + 1 : at;
  for (let fillers = 0; fillers < LINKING_FILLERS_REACH; fillers++) {
    const token = tokens[k];
    if (token?.lower === MANNER_ADVERB_MARKER && closesMannerAdverb(tokens, k + 1)) {
      k += 2;
      continue;
    }
    if (!token?.isWord || token.capitalized || !ROLE_LINKING_FILLERS.has(token.lower)) break;
    k++;
  }
  return k;
}

/**
 * After `at`: a comma, fillers ("kini", "sekarang"), a linking verb ("menjadi", "menjabat") and a
 * title in any case that names its institution: the post linked to whoever the clause is about.
 */
function postLinkedAfter(field: TextField, at: number): TitleMatch | undefined {
  const { tokens } = field;
  const k = pastLinkingFillers(tokens, at);
  const verb = tokens[k];
  if (!verb?.isWord || verb.capitalized || !ROLE_LINKING_VERBS.has(verb.lower)) return undefined;
  const title = matchTitleAt(field, k + 1, true);
  return namesInstitution(title) ? title : undefined;
}

/** "dipindahkan ke SMAN 1 X": verbs that move the holder of a post to another institution. */
const MOVED_VERBS = new Set(["dipindahkan", "dimutasi", "dirotasi"]);

/**
 * After a post held by `person` (the title, set off by a comma or not): "dipercaya memimpin" an
 * institution, which the person now heads, or "dipindahkan ke" one, where they hold the same kind
 * of post. Records that post and answers the token after it, or -1.
 */
function holdNextPost(pass: PeoplePass, title: TitleMatch, person: string): number {
  const { context, field, tokens, take } = pass;
  if (!title.institution || context.positions.length >= LIMITS.positions) return -1;
  const led = tokens[title.to]?.text === "," ? institutionLedAfter(field, title.to) : undefined;
  const movedAt = tokens[title.to]?.text === "," ? title.to + 1 : title.to;
  const moved =
    !led && MOVED_VERBS.has(tokens[movedAt]?.lower ?? "") && tokens[movedAt + 1]?.lower === "ke"
      ? matchInstitutionAt(field, movedAt + 2)
      : undefined;
  const next = led ?? moved;
  // "kepala SMA Negeri 7 yang dilantik menjadi kepala SMA Negeri 9": the post linked right after
  // the one set off, at another institution, is the person's next post.
  const linked = next ? undefined : postLinkedAfter(field, title.to);
  if (linked?.institution && linked.institution.identity !== title.institution.identity) {
    context.positions.push(
      positionUnderTitle(
        field,
        linked,
        person,
        recordInstitution(context, field, linked.institution),
        title.from,
        linked.to,
      ),
    );
    take(title.to, linked.to);
    return linked.to;
  }
  if (!next || next.generic || next.identity === title.institution.identity) return -1;
  // The post's words before its institution, as written: "kepala" of "kepala SMAN 2 X" is "Kepala".
  const lead = writtenText(field, title.from, Math.min(title.institutionFrom ?? title.to, title.institution.from));
  const role = led ? HEAD_ROLE : `${lead.charAt(0).toUpperCase()}${lead.slice(1)}`;
  context.positions.push({
    person,
    institution: recordInstitution(context, field, next),
    role,
    title: writtenText(field, next.from - (led ? 1 : 2), next.to),
    provenance: spanOf(field, title.from, next.to),
  });
  take(title.to, next.to);
  return next.to;
}

/** The post of whoever heads an institution ("memimpin"): its head. */
const HEAD_ROLE = "Kepala";
/** "yang sebelumnya memimpin SMPN 4 X": the verb that makes the person before it the head of the institution after it. */
const HEADING_VERB = "memimpin";

/**
 * After a name ending at `at`: fillers ("yang sebelumnya", "yang selama ini", "dipercaya"), the
 * verb "memimpin" and a named institution, which the person heads (or headed).
 */
function institutionLedAfter(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  const k = pastLinkingFillers(tokens, at);
  if (tokens[k]?.lower !== HEADING_VERB || !tokens[k + 1]?.capitalized) return undefined;
  const institution = matchInstitutionAt(field, k + 1);
  return institution && !institution.generic ? institution : undefined;
}

/**
 * "Budi Santosa, yang sebelumnya menjabat Kepala Dinas …", "melantik Budi Santosa sebagai
 * Penjabat Sekda …", "Budi dimutasi menjadi Staf Ahli Bupati": the person whose name ends just
 * before a linking verb (and its fillers) holds the title written after it. Returns the
 * person's key, or undefined when no name read in this field ends there.
 */
function holderBeforeLinkingVerb(
  context: ExtractionContext,
  field: TextField,
  titleFrom: number,
  taken: Uint8Array,
): string | undefined {
  const { tokens } = field;
  let k = titleFrom - 1;
  let linked = false;
  let alsoLinked = false;
  for (; k >= 0 && titleFrom - k <= LINKING_FILLERS_REACH + 4; k--) {
    const token = tokens[k];
    if (!token) return undefined;
    // "…, yang juga Pembantu Rektor I": "yang juga" links like a verb.
    // "…, yang sebelumnya Kepala MIS X": a former post links as well.
    const also = token.lower === "juga" && tokens[k - 1]?.lower === "yang";
    if (
      token.isWord &&
      !token.capitalized &&
      (ROLE_LINKING_VERBS.has(token.lower) || FORMER_POST_WORDS.has(token.lower) || also)
    ) {
      linked = true;
      alsoLinked ||= also;
    } else if (closesMannerAdverb(tokens, k)) k--;
    else if (!(token.text === "," || (token.isWord && !token.capitalized && ROLE_LINKING_FILLERS.has(token.lower))))
      break;
  }
  // "… kata Budi Santoso. Ia adalah Kepala Dinas …": a pronoun opening the sentence is the last
  // person named before it, unless someone unnamed spoke in between.
  const pronoun = tokens[k];
  if (
    linked &&
    pronoun?.isWord &&
    SUBJECT_PRONOUNS.has(pronoun.lower) &&
    (k === 0 || SENTENCE_ENDS.holds(tokens[k - 1]))
  ) {
    for (let r = context.references.length - 1; r >= 0; r--) {
      const reference = context.references[r];
      if (!reference || reference.field !== field.name || reference.end > pronoun.start) continue;
      if (reference.anonymous || reference.role) return undefined;
      if (reference.person) return reference.person;
    }
    return undefined;
  }
  // "Budi Santoso (45), mantan Kepala Desa …": a bracketed age stands between the name and its comma.
  if (linked && tokens[k]?.text === ")") k = bracketedAgeStart(tokens, k + 1) - 1;
  // "milik Supriyadi, caleg DPRD Kabupaten X dari Dapil 2 yang juga Sekretaris DPC …": a
  // description set off by a comma after the name, then "yang juga" and the holder's other post.
  if (alsoLinked && k >= 0 && taken[k] !== NAME_TAKEN) k = nameBeforeDescription(tokens, k, taken);
  if (!linked || k < 0 || taken[k] !== NAME_TAKEN) return undefined;
  const end = tokens[k]?.end;
  const { references } = context;
  for (let r = references.length - 1; r >= 0 && references.length - r <= 8; r--) {
    const reference = references[r];
    if (reference?.field === field.name && reference.person && reference.end === end) return reference.person;
  }
  return undefined;
}

/** What stands between two names of a list: a comma, "dan", or both. */
const NAME_LIST_GAP = /^\s*(?:,\s*(?:dan\s+)?|dan\s+)$/u;

/**
 * The people named in a list right before `holder`, whose name ends at the linking verb before the
 * title at `titleFrom` ("Zamrodi dan Ahmad Nurudin sebagai …"): each joined to the next by a comma
 * or "dan", at most COPULA_LIST_NAMES, in the order written.
 */
function namesListedBefore(context: ExtractionContext, field: TextField, holder: string, titleFrom: number): string[] {
  const titleStart = field.tokens[titleFrom]?.start ?? 0;
  const { references } = context;
  let current: PersonReference | undefined;
  for (let r = references.length - 1; r >= 0; r--) {
    const reference = references[r];
    if (reference?.field === field.name && reference.person === holder && reference.end <= titleStart) {
      current = reference;
      break;
    }
  }
  const listed: string[] = [];
  while (current && listed.length < COPULA_LIST_NAMES) {
    const after: PersonReference = current;
    const before = references.findLast(
      (reference) => reference.field === field.name && reference.person && reference.end <= after.start,
    );
    if (!before?.person || before.person === holder || !NAME_LIST_GAP.test(field.text.slice(before.end, after.start)))
      break;
    // "Kepala Desa X Rina, Kopda Budi selaku Babinsa …": a name read with a post of its own is
    // the list's previous item, not one more holder of this post.
    const heldHere = context.positions.some(
      (post) =>
        post.person === before.person &&
        post.provenance.field === field.name &&
        post.provenance.start < before.end &&
        post.provenance.end > before.start,
    );
    if (heldHere) break;
    listed.unshift(before.person);
    current = before;
  }
  return listed;
}

/** Most tokens of the description between a name's comma and "yang juga": "caleg DPRD Kabupaten X dari Dapil 2". */
const DESCRIPTION_REACH = 10;

/**
 * Where the name ends that a description closing at `k` is set off after ("Supriyadi, caleg …"):
 * the description opens with a lowercase noun (no verb, no speech word) right after the comma and
 * holds no other mark, name or sentence end. -1 when no such name is there.
 */
function nameBeforeDescription(tokens: readonly Token[], k: number, taken: Uint8Array): number {
  for (let c = k; c > 0 && k - c < DESCRIPTION_REACH; c--) {
    const token = tokens[c];
    if (!token || taken[c] === NAME_TAKEN || CLAUSE_ENDS.has(token.text) || token.text === "(") return -1;
    if (token.text !== ",") continue;
    const opening = tokens[c + 1];
    if (
      !opening?.isWord ||
      opening.capitalized ||
      VERB_FORM.test(opening.lower) ||
      REPORTING_VERBS.holds(opening) ||
      ROLE_LINKING_FILLERS.has(opening.lower)
    )
      return -1;
    return taken[c - 1] === NAME_TAKEN ? c - 1 : -1;
  }
  return -1;
}

/** Words after a person that say what post they held before: "Budi, semula kepala …". */
const FORMER_POST_WORDS = new Set(["semula", "sebelumnya"]);
/** Words before the post a person holds now, after the one they held: "Budi, semula kepala …, kini kepala …". */
const PRESENT_POST_WORDS = new Set(["kini", "sekarang"]);
/**
 * Words joining two items of a list without a comma: two posts of one holder ("kepala DPMPTSP dan
 * Plt Kepala Dispaperta"), a bench's members, a lawyer's clients ("kuasa hukum A dan B, C").
 */
const POST_COORDINATORS = new Set(["dan", "serta"]);
/** Most words between a post and the one before it in a promotion story: ", kini definitif menjabat". */
const PROMOTION_LINK_REACH = 6;

/** Words that close a seat's name after it ("Kecamatan Kaliwungu Selatan"), never open a person's. */
const SEAT_DIRECTIONS = lower(peopleLexicon.seatDirectionWords);
/**
 * Words that often close a village's name ("Tegal Sari", "Mekar Jaya", "Karang Rejo"): one of them
 * after a seat is read as the seat's, not as a one-word holder ("Kepala Desa Tegal Sari mengatakan").
 */
const PLACE_CLOSING_WORDS = lower(peopleLexicon.placeClosingWords);
/** The heads of a village's or an urban village's government, whose seat such words close. */
const VILLAGE_HEADS = new Set(["Pemdes", "Pemkel"]);

/**
 * The title read again ending before what was taken for its seat: "Kades" of "Kades Budi Santoso"
 * heads the article's one village government when it names one, so the generic reading stays.
 */
function titleWithoutSeat(field: TextField, title: TitleMatch, seatFrom: number): TitleMatch {
  const generic = matchTitleAt({ ...field, tokens: field.tokens.slice(0, seatFrom) }, title.from);
  if (generic?.to === seatFrom && generic.institution?.generic) return generic;
  return { ...title, to: seatFrom, institution: undefined, institutionFrom: undefined };
}

/** Local governments whose head's seat is a village, an urban village or a district. */
const LOCAL_SEAT_HEADS = new Set(["Pemdes", "Pemkel", "Kecamatan"]);

/** Most capitalised words after a local seat read short that may still be the seat's: "Kali Jernih Baru". */
const SEAT_RUN_ON_WORDS = 2;

/**
 * "H. Darmo Kepala Desa Kali Jernih mengatakan", "Budi Santoso, Kepala Desa Kali Jernih, …": with
 * its holder named right before it (a full name, or an honorific and a name), a village's or
 * district's title names no one after it, so the capitalised words up to a reporting verb or the
 * clause's end are all the seat's: the seat is not cut to leave a name after it, and one read short
 * runs on over them. The title so read, or undefined when no holder is named before it.
 */
function seatAfterHolderNamedBefore(field: TextField, title: TitleMatch): TitleMatch | undefined {
  const { tokens } = field;
  const institution = title.institution;
  if (!institution || institution.generic || institution.to !== title.to) return undefined;
  if (!LOCAL_SEAT_HEADS.has(institution.head?.key ?? "")) return undefined;
  const seatFrom = institution.unknownPlaceRange?.from ?? institution.place?.from;
  if (seatFrom === undefined) return undefined;
  let end = title.to;
  while (end - title.to < SEAT_RUN_ON_WORDS && isNameWord(tokens[end]) && !HONORIFICS.holds(tokens[end])) end++;
  const closer = tokens[end];
  if (!closer || !closesTitleClause(closer)) return undefined;
  const setOff = tokens[title.from - 1]?.text === ",";
  // Set off by commas, the seat closes at the second one.
  if (setOff && closer.text !== ",") return undefined;
  const holder = readNameBefore(field, setOff ? title.from - 1 : title.from);
  if (!holder || !(holder.name.includes(" ") || holder.introduced)) return undefined;
  if (matchInstitutionAt(field, holder.nameFrom) || isPlaceWord(field, tokens[holder.nameFrom])) return undefined;
  // "Rapat Koordinasi Kepala Desa …": words opening the sentence name a person only before a reporting verb.
  const opensSentence = holder.from === 0 || SENTENCE_ENDS.holds(tokens[holder.from - 1]);
  if (opensSentence && !holder.introduced && !REPORTING_VERBS.holds(closer)) return undefined;
  if (end === title.to) return title;
  const placeEvidence = new Set(field.placeEvidence).add(compactWords(tokens, seatFrom, end));
  const longer = matchTitleAt({ ...field, tokens: tokens.slice(0, end), placeEvidence }, title.from);
  return longer?.to === end && longer.institution && !longer.institution.generic ? longer : undefined;
}

/**
 * Whether the article uses the word at `at` as a person's name somewhere else: right after a
 * speech verb or an honorific ("kata Santoso", "Pak Santoso") or right before a reporting verb
 * ("Santoso mengatakan"), and not right after `notAfter` (the seat it was read with).
 */
function namedElsewhere(field: TextField, at: number, notAfter: number, from: number, to: number): boolean {
  const { tokens } = field;
  const word = tokens[at];
  if (!word) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (k >= from && k < to) continue;
    const token = tokens[k];
    if (token?.compact !== word.compact || !token.capitalized) continue;
    const before = tokens[k - 1];
    if (before?.compact === tokens[notAfter]?.compact && notAfter !== at) continue;
    if (before && (NAMED_SPEECH.holds(before) || HONORIFICS.holds(before))) return true;
    if (REPORTING_VERBS.holds(tokens[k + 1])) return true;
  }
  return false;
}

/** Words after which a capitalised word is a place ("di Sukamaju", "Desa Sukamaju"). */
const PLACE_MARKER_WORDS = new Set(unitLexicon.placeMarkers.map((word) => word.toLowerCase()));

/** Whether the article writes the word at `at` as a place away from the title at `from`–`to`. */
function placeElsewhere(field: TextField, at: number, from: number, to: number): boolean {
  const { tokens } = field;
  const word = tokens[at]?.compact;
  for (let k = 1; k < tokens.length; k++) {
    if (k >= from && k < to) continue;
    const token = tokens[k];
    if (!token || token.compact !== word || !token.capitalized) continue;
    if (PLACE_MARKER_WORDS.has(tokens[k - 1]?.lower ?? "")) return true;
  }
  return false;
}

/**
 * "Kabid Pemerintahan Desa Budi Santoso mengatakan …": a section of a village affairs office named
 * by its domain and "Desa" ends with that word, and a full name right after it is the holder's.
 * Not when the article writes the name's first word as a place elsewhere, or the country has a
 * village or district named by its first two words.
 */
/** The role of an office's section head: "Kabid …", "Kepala Bidang …". */
const SECTION_HEAD_ROLE = "Kepala Bidang ";

function sectionClosedByVillage(field: TextField, title: TitleMatch): TitleMatch | undefined {
  const { tokens } = field;
  // A village has no Bidang: its own Kasi and Kaur are written with their village
  // ("Kasi Pemerintahan Desa Sukamaju Agus Salim"), so only a Kabid's section is read so.
  if (title.institution || !title.role.startsWith(SECTION_HEAD_ROLE) || !closesVillageDomain(tokens, title.to))
    return undefined;
  const name = readName(field, title.to + 1);
  if (!name || name.nameFrom !== title.to + 1 || name.nameTo - name.nameFrom < 2) return undefined;
  // "… Ahmad Firdaus SP MM mengungkapkan": degrees (or another acronym) may close the name.
  const closing = tokens[name.to];
  if (closing?.isWord && closing.capitalized && !closing.allCapitals && degreeEndAt(tokens, name.to) <= 0)
    return undefined;
  const pair = `${tokens[name.nameFrom]?.compact ?? ""}${tokens[name.nameFrom + 1]?.compact ?? ""}`;
  if (placeElsewhere(field, name.nameFrom, title.from, name.to) || isLocalPlaceName(pair)) return undefined;
  return { ...title, role: `${title.role} Desa`, to: title.to + 1 };
}

/**
 * "Kades Sukamaju Santoso membuka …" or "Kades Budi Santoso membuka …": two words after the title
 * of a village's, urban village's or district's head, with no name after them, are the seat and
 * a one-word name, or the whole name. The article decides: a word it uses alone as a name is a
 * name; else the first word is the seat when it is a place (written as one in the article, or the
 * name of some district or village of the country). Undefined when the title is not such a one.
 */
function localSeatBeforeName(
  field: TextField,
  title: TitleMatch,
  seat: { from: number; to: number },
): TitleMatch | undefined {
  const { tokens } = field;
  if (seat.to - seat.from !== 2 || !LOCAL_SEAT_HEADS.has(title.institution?.head?.key ?? "")) return undefined;
  const next = tokens[title.to];
  if (next?.isWord && next.capitalized) return undefined;
  const first = tokens[seat.from];
  const second = tokens[seat.from + 1];
  if (!first || !second || first.text.length < 3 || second.text.length < 3) return undefined;
  // "Kepala Desa Tegal Sari mengatakan", "Camat Kembangan Utara": the second word closes the seat.
  if (PLACE_CLOSING_WORDS.has(second.lower) || SEAT_DIRECTIONS.has(second.lower)) return undefined;
  // "Camat Pondok Gede meninjau …": the two words are one district's or village's name.
  if (isLocalPlaceName(`${first.compact}${second.compact}`)) return title;
  const secondNamed = namedElsewhere(field, seat.from + 1, seat.from, title.from, title.to);
  const firstNamed = !secondNamed && namedElsewhere(field, seat.from, seat.from, title.from, title.to);
  const places = gazetteer();
  const seatFirst =
    secondNamed ||
    (!firstNamed &&
      ((places.bySurface.has(first.compact) && !places.ambiguousBareNames.has(first.compact)) ||
        placeElsewhere(field, seat.from, title.from, title.to) ||
        isLocalPlaceName(first.compact)));
  if (!seatFirst) {
    const whole = readName(field, seat.from);
    if (!whole || whole.from !== seat.from || whole.to !== title.to) return undefined;
    return titleWithoutSeat(field, title, seat.from);
  }
  const name = readName(field, seat.from + 1);
  if (!name || name.from !== seat.from + 1 || name.to !== title.to) return undefined;
  const shorter = matchTitleAt({ ...field, tokens: tokens.slice(0, seat.from + 1) }, title.from);
  return shorter?.to === seat.from + 1 && shorter.institution ? shorter : undefined;
}

/**
 * "Kepala Desa Tegalsari Suparno mengatakan", "Camat Sepatan M. Ikbal mengatakan": a seat the
 * gazetteer does not know that ran on into the holder's name. When no name follows the title, the
 * title is read again ending at each later word of the seat, and the first reading after which a
 * name runs into a reporting verb or a comma wins; a seat the article writes whole as a place
 * elsewhere stays whole.
 */
function titleBeforeSwallowedName(field: TextField, title: TitleMatch): TitleMatch | undefined {
  const { tokens } = field;
  const seat = title.institution?.unknownPlace ? title.institution.unknownPlaceRange : undefined;
  if (!seat || seat.to !== title.to || seat.to - seat.from < 2) return undefined;
  const closesName = (at: number) => tokens[at]?.text === "," || REPORTING_VERBS.holds(tokens[at]);
  if (readName(field, title.to)?.from === title.to) return undefined;
  // "Lurah Kembangan Utara, Rudi Hariyanto": a seat set off by a comma before a name is whole.
  if (tokens[title.to]?.text === "," && readName(field, title.to + 1)?.from === title.to + 1) return undefined;
  if (seatWrittenAsPlace(field, seat.from, seat.to)) return undefined;
  const localSeat = localSeatBeforeName(field, title, seat);
  if (localSeat !== undefined) return localSeat;
  // "Lurah Budi Santoso mengatakan": a village's, kelurahan's or district's seat is a place; two
  // whole words after a one-word title that the article never writes as a place, with no name
  // after them, are the name ("Camat Sepatan M. Ikbal" opens its name with an initial instead).
  const twoWholeWords =
    seat.to - seat.from === 2 &&
    (tokens[seat.from]?.text.length ?? 0) > 2 &&
    (tokens[seat.from + 1]?.text.length ?? 0) > 2;
  if (
    twoWholeWords &&
    title.institutionFrom === title.from + 1 &&
    title.institution?.head?.type === "LOCAL_GOVERNMENT" &&
    !isPlaceWord(field, tokens[seat.from])
  ) {
    const whole = readName(field, seat.from);
    if (whole && whole.from === seat.from && whole.to >= title.to && closesName(whole.to))
      return titleWithoutSeat(field, title, seat.from);
  }
  // "Kepala Lapas Imam Sapto beserta jajaran", "disambut Kalapas Hudi Ismono di …": two whole words
  // after any institution's title that no place list knows, neither alone nor together, closed by a
  // lowercase word, are the holder's name; the institution is written without its seat.
  if (twoWholeWords && (title.institutionFrom ?? title.from) <= title.from + 1 && !seatKnownAnywhere(field, seat)) {
    const whole = readName(field, seat.from);
    const after = whole ? tokens[whole.to] : undefined;
    if (
      whole &&
      whole.from === seat.from &&
      whole.to === title.to &&
      (closesName(whole.to) || (after?.isWord === true && !after.capitalized))
    )
      return titleWithoutSeat(field, title, seat.from);
  }
  const before = { ...field, tokens: tokens.slice(0, 0) };
  for (let cut = seat.from + 1; cut < seat.to; cut++) {
    const name = readName(field, cut);
    if (!name || name.from !== cut || name.to < title.to || !closesName(name.to)) continue;
    if (isPlaceWord(field, tokens[name.nameFrom])) continue;
    before.tokens = tokens.slice(0, cut);
    const shorter = matchTitleAt(before, title.from);
    if (shorter?.to === cut && shorter.institution) return shorter;
  }
  return undefined;
}

/** Whether the two-word seat, or either of its words, is a place the article, the gazetteer or the country's districts and villages know. */
function seatKnownAnywhere(field: TextField, seat: { from: number; to: number }): boolean {
  const first = field.tokens[seat.from];
  const second = field.tokens[seat.from + 1];
  if (!first || !second) return true;
  const both = `${first.compact}${second.compact}`;
  return (
    isPlaceWord(field, first) ||
    isPlaceWord(field, second) ||
    isLocalPlaceName(first.compact) ||
    isLocalPlaceName(second.compact) ||
    isLocalPlaceName(both) ||
    gazetteer().bySurface.has(both) ||
    field.placeEvidence?.has(both) === true
  );
}

/** Most tokens of a seat read off before a name the article marks: "Bintang Bayu", "Wangi-Wangi" (three). */
const MARKED_SEAT_TOKENS = 4;

/** Whether tokens `from`–`to` are written again elsewhere, away from `skipFrom`–`skipTo`, after a word `test` accepts. */
function runWrittenElsewhere(
  tokens: readonly Token[],
  from: number,
  to: number,
  skipFrom: number,
  skipTo: number,
  test: (before: Token | undefined) => boolean,
  notThen?: Token,
): boolean {
  const first = tokens[from]?.compact;
  for (let k = 1; k + (to - from) <= tokens.length; k++) {
    if (k + (to - from) > skipFrom && k < skipTo) continue;
    if (tokens[k]?.compact !== first || !tokens[k]?.capitalized) continue;
    let same = true;
    for (let d = 1; d < to - from && same; d++) same = tokens[k + d]?.text === tokens[from + d]?.text;
    const then = tokens[k + to - from];
    if (same && test(tokens[k - 1]) && !(notThen && then?.isWord && then.capitalized)) return true;
  }
  return false;
}

/**
 * "Kepala Kankemenag Sukamaju H. Darmin Sulaiman", "Kepala BPBD Benteng Tomi Marisi … kata Tomi",
 * "Camat Bintang Bayu Sri Hermawati … di Kecamatan Bintang Bayu": a unit's title run on, with no
 * comma, into a seat the gazetteer does not know and its holder's name. The article marks where
 * the name starts: an honorific with its stop or a name opener ("H.", "Drs.", "La Ode") right
 * there, the words before it written elsewhere as a place, or what follows written elsewhere
 * without them (two words or more, or its first word alone as a name). The words before are the
 * seat and the title is read again up to them. Undefined when nothing in the article says so.
 */
function seatBeforeMarkedName(field: TextField, title: TitleMatch): TitleMatch | undefined {
  if (!title.institution) return undefined;
  const { tokens } = field;
  const seat = title.institution.unknownPlace ? title.institution.unknownPlaceRange : undefined;
  const after = readName(field, title.to);
  // "Kepala Puskesmas Wangi-Wangi Mukmini La Idu": a named unit that left one word or none for the
  // name may have run on into it too.
  const swallowed = title.institution.to === title.to && (!after || after.nameTo - after.nameFrom < 2);
  // "Rektor Universitas X Prof Dr Rustono": a name its honorific already opens is bounded.
  if (after?.introduced) return undefined;
  const runFrom = seat && seat.to === title.to ? seat.from : swallowed ? title.institution.from + 1 : title.to;
  const runEnd = after && after.from === title.to ? after.nameTo : title.to;
  if (runEnd - runFrom < 2) return undefined;
  const closesName = (at: number) => tokens[at]?.text === "," || REPORTING_VERBS.holds(tokens[at]);
  for (let cut = runFrom + 1; cut < runEnd && cut - runFrom <= MARKED_SEAT_TOKENS; cut++) {
    const at = tokens[cut];
    const last = tokens[cut - 1];
    // A seat is place words: an honorific, a rank or an initial before the cut is the name's.
    if (last?.isWord && (HONORIFICS.holds(last) || RANKS.holds(last) || last.text.length === 1)) break;
    if (!at?.isWord || !at.capitalized || !at.spaced) continue;
    const name = readName(field, cut);
    if (!name || name.from !== cut || name.nameTo < runEnd || !closesName(name.to)) continue;
    // One word left for the name, or a place opening it, leaves the seat as read.
    if (name.nameTo - name.nameFrom < 2 || isPlaceWord(field, at)) continue;
    const marked =
      (HONORIFICS.holds(at) && tokens[cut + 1]?.text === ".") ||
      namePrefixEnd(tokens, cut) > 0 ||
      runWrittenElsewhere(
        tokens,
        runFrom,
        cut,
        title.from,
        name.to,
        (b) => PLACE_MARKER_WORDS.has(b?.lower ?? ""),
        at,
      ) ||
      // A unit named after a person ("RSUD Ahmad Yani") is no seat: only a place marks its end.
      (!swallowed &&
        !namedElsewhere(field, runFrom, runFrom, title.from, name.to) &&
        (runWrittenElsewhere(
          tokens,
          name.nameFrom,
          name.nameTo,
          title.from,
          name.to,
          (b) => b?.compact !== tokens[cut - 1]?.compact,
        ) ||
          namedElsewhere(field, name.nameFrom, cut - 1, title.from, name.to)));
    if (!marked) continue;
    // "Desa Kesiman … Desa Kesiman Petilan": a seat written elsewhere with the next word is longer.
    if (runWrittenElsewhere(tokens, runFrom, cut + 1, title.from, name.to, (b) => b?.isWord !== true || !b.capitalized))
      continue;
    // The article marks the boundary already read: today's reading stands.
    if (cut === title.to) return undefined;
    // The seat is the article's place now: the title reads it as one, bounded where the name starts.
    const placeEvidence = new Set(field.placeEvidence).add(compactWords(tokens, runFrom, cut));
    const shorter = matchTitleAt({ ...field, tokens: tokens.slice(0, cut), placeEvidence }, title.from);
    if (shorter?.to === cut && shorter.institution) return shorter;
  }
  return undefined;
}

/**
 * "Camat Kaliwungu Selatan Rudi Santoso", "Kades Kayu Agung Abdul Majid", "Lurah Kauman Suparno":
 * the first word of a name read right after a seat (or after a village head's title with none)
 * that belongs to the seat: a direction, a word that makes with the seat a place the article
 * writes elsewhere, or a place word after a title whose seat is a place. Returns the name without
 * it, undefined when the name stays as read, or null when every word of it was the seat's.
 */
function nameAfterSeatWord(field: TextField, title: TitleMatch, name: NameMatch): NameMatch | null | undefined {
  const { tokens } = field;
  const first = tokens[name.nameFrom];
  const localHead = !title.institution && title.defaultTypes?.includes("LOCAL_GOVERNMENT") && name.from === title.to;
  // "Lurah Kauman Suparno" where the article writes "Kelurahan Kauman": the name read skips the place.
  if (localHead && name.nameFrom === name.from + 1 && isPlaceWord(field, tokens[name.from]))
    return { ...name, from: name.nameFrom, written: writtenText(field, name.nameFrom, name.to) };
  // "Kepala Desa Tegal Sari mengatakan": a word that closes village names, right after a village's
  // seat, is the seat's too; with no word left after it, the title names no one.
  const village = title.institution !== undefined && VILLAGE_HEADS.has(title.institution.head?.key ?? "");
  if (village && !name.introduced && name.from === title.to && PLACE_CLOSING_WORDS.has(first?.lower ?? "")) {
    const rest = readName(field, name.nameFrom + 1);
    return rest && rest.from === name.nameFrom + 1 && rest.nameTo === name.nameTo ? rest : null;
  }
  if (name.introduced || name.from !== name.nameFrom || !first || name.nameTo - name.nameFrom < 2) return undefined;
  const seat = title.institution?.unknownPlace ? title.institution.unknownPlaceRange : undefined;
  const afterSeat = seat !== undefined && seat.to === title.to && name.from === title.to;
  const seatWord =
    (afterSeat && SEAT_DIRECTIONS.has(first.lower)) ||
    (afterSeat && field.placeEvidence?.has(`${tokens[title.to - 1]?.compact ?? ""}${first.compact}`)) ||
    (localHead && isPlaceWord(field, first));
  if (!seatWord) return undefined;
  const rest = readName(field, name.nameFrom + 1);
  return rest && rest.from === name.nameFrom + 1 && rest.nameTo === name.nameTo ? rest : undefined;
}

/**
 * Whether the title at `titleFrom` continues a promotion story's list of posts: a linking verb
 * or "semula" stands before it ("kini menjadi kepala …"), or "dan" right after another title
 * ("kepala DPMPTSP dan Plt Kepala …"), with only fillers and commas between.
 */
function continuesPostList(tokens: readonly Token[], titleFrom: number, taken: Uint8Array): boolean {
  for (let k = titleFrom - 1; k >= 0 && titleFrom - k <= PROMOTION_LINK_REACH; k--) {
    const token = tokens[k];
    if (!token) return false;
    if (
      token.isWord &&
      !token.capitalized &&
      (ROLE_LINKING_VERBS.has(token.lower) || FORMER_POST_WORDS.has(token.lower) || PRESENT_POST_WORDS.has(token.lower))
    )
      return true;
    if (POST_COORDINATORS.has(token.lower)) return taken[k - 1] === 1;
    if (token.text === "," || (token.isWord && !token.capitalized && ROLE_LINKING_FILLERS.has(token.lower))) continue;
    return false;
  }
  return false;
}

/**
 * "Wahyu Budi Santoso, sebelumnya kepala DPMPTSP dan Plt Kepala Dispaperta, kini menjadi kepala
 * Disperindagkop": every post in a sentence that opens with a name set off by a comma (or followed
 * by "yang") is that person's, when nobody else is named in it before the post.
 */
function sentenceSubject(context: ExtractionContext, field: TextField, titleFrom: number): string | undefined {
  const { tokens } = field;
  let first = titleFrom;
  while (first > 0 && !SENTENCE_ENDS.holds(tokens[first - 1]) && !bulletOpensLine(field, first - 1)) first--;
  const sentenceStart = tokens[first]?.start ?? 0;
  const titleStart = tokens[titleFrom]?.start ?? 0;
  let subject: PersonReference | undefined;
  for (let r = context.references.length - 1; r >= 0; r--) {
    const reference = context.references[r];
    if (!reference || reference.field !== field.name || reference.end > titleStart) continue;
    if (reference.start < sentenceStart) break;
    if (reference.anonymous) return undefined;
    if (!reference.person) continue;
    if (subject && subject.person !== reference.person) return undefined;
    subject = reference;
  }
  if (subject?.start !== sentenceStart) return undefined;
  let after = first;
  while (after < titleFrom && (tokens[after]?.end ?? 0) <= subject.end) after++;
  const next = tokens[after];
  return next?.text === "," || next?.lower === "yang" ? subject.person : undefined;
}

/** Court and legal roles written as common nouns: "anggota majelis", "hakim ketua", "kuasa hukum". */
const ROLE_NOUN_PHRASES = titleLexicon.roleNounPhrases.map(lowerPhrase).sort((a, b) => b.words.length - a.words.length);
const ROLE_NOUNS_BY_FIRST_WORD = byFirstWord(ROLE_NOUN_PHRASES);
const ROLE_NOUN_FIRST_WORDS = new WordClass(ROLE_NOUN_PHRASES.map((phrase) => phrase.words[0] ?? ""));
/** Roles of those who act for a party in court: the name right after one may be the party's. */
const LAWYER_ROLES = new Set(["Kuasa Hukum", "Penasihat Hukum", "Pengacara", "Advokat"]);
/** Offices a lawyer works at, not acts for: legal aid bodies, law firms, bar associations (titles.json legalOfficeWords). */
const LEGAL_OFFICE_WORDS = new RegExp(`(?:^|\\s)(?:${titleLexicon.legalOfficeWords.join("|")})(?:\\s|$)`, "i");
/** "tim kuasa hukum Ahok": a team of lawyers, named after its client. */
const LAWYER_TEAM_WORDS = new Set(["tim"]);
/** Whom a legal role acts for, between the role and the name: "kuasa hukum pemohon, Budi …". */
const ROLE_NOUN_PARTIES = lower(titleLexicon.roleNounParties);
/** Words linking a role noun to its one holder: "panitera pengganti adalah Budi". */
const ROLE_NOUN_COPULAS = TITLE_HOLDER_INTRODUCERS;
/** Lowercase words after a role noun saying which court it sits in: "ketua majelis hakim tipikor". */
const ROLE_NOUN_QUALIFIERS = lower(titleLexicon.roleNounQualifiers);

/**
 * "Hakim ketua Budi Santosa yang didampingi anggota majelis Rina dan Agus Salim", "kuasa hukum
 * pemohon, Andi Saputra": a role written as a common noun (at least one word in lowercase, so the
 * title grammar has not read it) names the people listed right after it, single names included.
 * The role is held at the article's court or prosecutor's office when it names one. Returns where
 * reading stopped, or -1 when nobody follows the role.
 */
function readRoleNounHolders(
  context: ExtractionContext,
  field: TextField,
  at: number,
  takeName: (from: number, to: number) => void,
): number {
  const { tokens } = field;
  for (const phrase of ROLE_NOUNS_BY_FIRST_WORD.get(tokens[at]?.lower ?? "") ?? []) {
    const phraseEnd = wordsAtPossessed(tokens, at, phrase.words);
    if (phraseEnd < 0) continue;
    let allCapitalized = true;
    for (let k = at; k < phraseEnd; k++) if (!tokens[k]?.capitalized) allCapitalized = false;
    // A capitalised role is the title grammar's, when it reads one there.
    if (allCapitalized && matchTitleAt(field, at)) return -1;
    let j = phraseEnd;
    // "kuasa hukum Pemohon, Budi …": the party is a common noun, capitalised or not.
    while (j - phraseEnd < 2 && ROLE_NOUN_PARTIES.has(tokens[j]?.lower ?? "")) j++;
    const partyNamed = j > phraseEnd;
    // "Pengacara terdakwa Ahmad Fauzi, Charles Simanjuntak, …": the party's own name stands
    // between the party and the comma; the name after the comma holds the role.
    if (partyNamed && tokens[j]?.text !== ",") {
      const client = readName(field, j);
      if (
        client &&
        client.from === j &&
        tokens[client.to]?.text === "," &&
        nameEndsCleanly(field, client) &&
        !matchInstitutionAt(field, client.nameFrom)
      ) {
        const lawyer = readName(field, client.to + 1);
        if (lawyer && lawyer.from === client.to + 1 && lawyer.name.includes(" ") && nameEndsCleanly(field, lawyer)) {
          if (recordPerson(context, field, client)) takeName(client.from, client.to);
          j = client.to;
        }
      }
    }
    // "Kuasa hukum Mursyidah, Zulfa Zainuddin, menyatakan …": a name right after a lawyer's role,
    // then one full name set off by a comma and closing there, is the client's; the name after the
    // comma holds the role. "tim kuasa hukum Ahok": after a team's role the name is the client's.
    if (!partyNamed && LAWYER_ROLES.has(phrase.role) && tokens[j]?.isWord) {
      const client = readName(field, j);
      const ownName =
        client !== undefined &&
        client.from === j &&
        nameEndsCleanly(field, client) &&
        !client.introduced &&
        !matchInstitutionAt(field, client.nameFrom);
      if (ownName && LAWYER_TEAM_WORDS.has(tokens[at - 1]?.lower ?? "")) {
        if (recordPerson(context, field, client)) takeName(client.from, client.to);
        return client.to;
      }
      // "kuasa hukum Ahmad dan Rina Lestari, Budi Santosa, …": several clients joined by "dan"
      // before the comma; the name after the comma is still the one lawyer's.
      const clients = ownName ? [client] : [];
      for (let last = clients[0]; last && POST_COORDINATORS.has(tokens[last.to]?.lower ?? ""); ) {
        const more = readName(field, last.to + 1);
        if (!more || more.from !== last.to + 1 || !nameEndsCleanly(field, more) || more.introduced) break;
        if (matchInstitutionAt(field, more.nameFrom)) break;
        clients.push(more);
        last = more;
      }
      const lastClient = clients[clients.length - 1];
      const lawyer = lastClient && tokens[lastClient.to]?.text === "," ? readName(field, lastClient.to + 1) : undefined;
      const closes = lawyer ? tokens[lawyer.to] : undefined;
      if (
        client &&
        lastClient &&
        lawyer &&
        lawyer.from === lastClient.to + 1 &&
        lawyer.name.includes(" ") &&
        nameEndsCleanly(field, lawyer) &&
        (closes === undefined ||
          closes.text === "." ||
          // "kuasa hukum A dan B, Joko Susilo mengatakan …": or the lawyer goes on to speak.
          REPORTING_VERBS.holds(closes) ||
          (closes.text === "," && tokens[lawyer.to + 1]?.isWord === true && !tokens[lawyer.to + 1]?.capitalized))
      ) {
        for (const each of clients) if (recordPerson(context, field, each)) takeName(each.from, each.to);
        j = lastClient.to;
      }
    }
    // "Advokat LBH Mata Elang, Budi Santosa, …": the organisation the role is held at, then the holder.
    let heldAt: InstitutionMatch | undefined;
    if (!partyNamed) {
      const institution = matchInstitutionAt(field, j);
      // "anggota DPRD Fraksi PKS Bahrun": the party's caucus may stand between the council and the holder.
      const caucusEnd =
        institution && CAUCUS_WORDS.has(tokens[institution.to]?.lower ?? "")
          ? (matchInstitutionAt(field, institution.to + 1)?.to ?? -1)
          : -1;
      if (institution && !institution.generic && institution.from === j && tokens[institution.to]?.text === ",") {
        // "kuasa hukum PT Sumber Jaya, Budi Santosa": a lawyer acts for the body after his role,
        // unless it is a legal office ("Advokat LBH X, Budi"): he holds no post at his client.
        if (LAWYER_ROLES.has(phrase.role) && !LEGAL_OFFICE_WORDS.test(institution.name))
          recordInstitution(context, field, institution);
        else heldAt = institution;
        j = institution.to;
      } else if (institution && institution.from === j && caucusEnd > 0) {
        // A council written without its region is the article's own (resolved when read through).
        heldAt = institution;
        j = caucusEnd;
      }
    }
    // "ketua majelis hakim tipikor, Rina": a lowercase word naming the kind of court qualifies the role.
    if (!partyNamed && !heldAt && ROLE_NOUN_QUALIFIERS.has(tokens[j]?.lower ?? "") && !tokens[j]?.capitalized) j++;
    // "Panitera Pengganti adalah Budi, S.H.": a copula or "yakni" between the role and its one holder.
    const linked =
      !partyNamed &&
      tokens[j]?.isWord === true &&
      !tokens[j]?.capitalized &&
      ROLE_NOUN_COPULAS.has(tokens[j]?.lower ?? "");
    if (linked) j++;
    // A capitalised role that no party, organisation, copula or comma follows is no common noun.
    if (allCapitalized && !partyNamed && !heldAt && !linked && tokens[j]?.text !== ",") return -1;
    // "anggota Budi" says nothing of what Budi is a member of: such a role needs its institution.
    if ("heldOnlyAt" in phrase && phrase.heldOnlyAt && !heldAt) return -1;
    if (tokens[j]?.text === ",") j++;
    let read = -1;
    for (let guard = 0; guard < 6; guard++) {
      const name = readName(field, j);
      if (
        !name ||
        name.from !== j ||
        !nameEndsCleanly(field, name) ||
        (name.name.length < 4 && !name.name.includes(" ")) ||
        matchInstitutionAt(field, name.nameFrom)
      )
        break;
      const person = recordPerson(context, field, name);
      if (!person) break;
      if (context.positions.length < LIMITS.positions)
        context.positions.push({
          person: person.key,
          institution: heldAt ? recordInstitution(context, field, heldAt) : undefined,
          institutionTypes: heldAt ? undefined : "defaultTypes" in phrase ? phrase.defaultTypes : undefined,
          role: phrase.role,
          title: writtenText(field, at, phraseEnd),
          provenance: spanOf(field, at, name.nameTo),
        });
      takeName(name.from, name.to);
      read = name.to;
      // "anggota majelis Rina dan Agus Salim": the role's holders may be listed.
      const joiner = tokens[name.to];
      if (!joiner || !COORDINATORS.has(joiner.lower)) break;
      j = name.to + 1;
    }
    return read;
  }
  return -1;
}

/**
 * Where `words` end at `at`, the last one also with the possessive "-nya" ("kuasa hukumnya,
 * Budi": his lawyer); -1 when they are not written there.
 */
function wordsAtPossessed(tokens: readonly Token[], at: number, words: readonly string[]): number {
  const end = wordsAt(tokens, at, words);
  if (end >= 0) return end;
  const last = words.length - 1;
  if (last < 0 || wordsAt(tokens, at, words.slice(0, last)) < 0) return -1;
  const token = tokens[at + last];
  return token?.isWord && token.lower === `${words[last]}nya` ? at + words.length : -1;
}

/** The first full name written before `short` whose first word is the short name, if any. */
function fullNameWrittenBefore(field: TextField, short: NameMatch): NameMatch | undefined {
  const { tokens } = field;
  const word = tokens[short.nameFrom];
  if (!word) return undefined;
  for (
    let at = field.text.indexOf(`${word.text} `);
    at >= 0 && at < word.start;
    at = field.text.indexOf(`${word.text} `, at + 1)
  ) {
    // Tokens are sorted by their start: find the one that starts here.
    let low = 0;
    let high = short.nameFrom;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((tokens[middle]?.start ?? 0) < at) low = middle + 1;
      else high = middle;
    }
    if (tokens[low]?.start !== at || tokens[low - 1]?.capitalized) continue;
    const full = readName(field, low);
    if (full && full.nameFrom === low && full.name.includes(" ") && nameEndsCleanly(field, full)) return full;
  }
  return undefined;
}

/**
 * "kata pria yang juga Ketua RT 05 itu, Suyono.": the name that closes a clause describing the
 * speaker, after a descriptor noun right after the speech verb; undefined when none does.
 */
function describedSpeakerName(field: TextField, at: number): NameMatch | undefined {
  const { tokens } = field;
  const first = tokens[at];
  if (!first?.isWord || first.capitalized || !DESCRIPTORS.holds(first)) return undefined;
  // "ucap ketua JPU, Ali Mahmud.": a court's or a prosecutor's role written as a common noun is
  // left to readRoleNounHolders, which gives the post too.
  if (
    (ROLE_NOUNS_BY_FIRST_WORD.get(first.lower) ?? []).some((phrase) => wordsAtPossessed(tokens, at, phrase.words) > at)
  )
    return undefined;
  for (let k = at + 1; k < at + 12; k++) {
    const token = tokens[k];
    if (!token || (token.text !== "," && CLAUSE_ENDS.has(token.text))) return undefined;
    // "ungkap pemilik usaha keripik Dewi Anggraini.": a full name right after the lowercase words
    // describing the speaker, closing the sentence or its clause. A name of one word there may be
    // a shop's or a village's ("pemilik toko Makmur"), so only two words or more. A role noun such as
    // "penasihat hukum" is left to the reading of titles, which gives the post too.
    if (
      token.isWord &&
      token.capitalized &&
      NOUNS_BEFORE_NAME.holds(first) &&
      tokens.slice(at + 1, k).every((word) => word.isWord && !word.capitalized)
    ) {
      const name = readName(field, k);
      const after = tokens[name?.to ?? 0]?.text ?? ".";
      if (
        name &&
        name.from === k &&
        name.name.includes(" ") &&
        (after === "." || after === ",") &&
        !NAMED_BUSINESS_NOUNS.has(tokens[k - 1]?.lower ?? "") &&
        !OWNED_PLACE_NOUNS.has(tokens[k - 1]?.lower ?? "")
      )
        return name;
    }
    if (token.text !== ",") continue;
    const name = readName(field, k + 1);
    const after = tokens[name?.to ?? 0]?.text ?? ".";
    return name && name.from === k + 1 && (after === "." || after === ",") ? name : undefined;
  }
  return undefined;
}

function nameEndsCleanly(field: TextField, name: NameMatch): boolean {
  const next = field.tokens[name.to];
  // "… ASEAN Eng. Hadir pula …": a degree's full stop can end the sentence.
  const sentenceEnded = name.to > name.nameTo && field.tokens[name.to - 1]?.text === ".";
  return (
    !next ||
    !next.isWord ||
    !next.capitalized ||
    next.lower === "dan" ||
    OTHERS_WITH_NAME.has(next.lower) ||
    sentenceEnded
  );
}

/** Words before a title that make it a post held before: "mantan Kepala Dinas …". */
const FORMER_TITLE_WORDS = new Set(["mantan", "eks"]);

/**
 * '"…," tegas Kepala Seksi PD Pontren Kemenag X itu.': a title after a speech verb, closed by a
 * demonstrative, is the post of the person named last before it, who speaks; none when the last
 * one mentioned is unnamed or a title without a holder.
 */
function speakerOfDemonstrativeTitle(
  context: ExtractionContext,
  field: TextField,
  title: TitleMatch,
): string | undefined {
  const { tokens } = field;
  // "Menurut mantan Kepala Dinas Sosial X itu, …": the title may be a former post of the speaker's.
  const former = FORMER_TITLE_WORDS.has(tokens[title.from - 1]?.lower ?? "");
  const before = former ? title.from - 2 : title.from - 1;
  if (!DEMONSTRATIVES.has(tokens[title.to]?.lower ?? "")) return undefined;
  // "Mantan Kakan Kemenag Kabupaten X ini juga berharap …": a former post opening a sentence,
  // closed by a demonstrative and read on by a lowercase word, describes the one named last.
  // '"…," ujar Budi. Kepala Puskesmas X itu menambahkan …': so does a present post naming its
  // institution, when the sentence before named the person last.
  const opensSentence =
    (former || (title.institution !== undefined && !title.institution.generic)) &&
    (before < 0 || SENTENCE_ENDS.holds(tokens[before])) &&
    tokens[title.to + 1]?.isWord === true &&
    !tokens[title.to + 1]?.capitalized;
  // "Kakankemenag yang juga Ketua FKUB X itu meminta …": a second post of the one the title
  // before "yang juga" stands for, who is the one named last.
  const alsoHeld =
    !former &&
    tokens[before]?.lower === "juga" &&
    tokens[before - 1]?.lower === "yang" &&
    tokens[before - 2]?.isWord === true &&
    tokens[before - 2]?.capitalized === true &&
    tokens[title.to + 1]?.isWord === true &&
    !tokens[title.to + 1]?.capitalized;
  const described = !former && describedSpeakerBefore(field, before);
  if (!opensSentence && !alsoHeld && !described && !NAMED_SPEECH.holds(tokens[before])) return undefined;
  const start = tokens[title.from]?.start ?? 0;
  for (let r = context.references.length - 1; r >= 0; r--) {
    const reference = context.references[r];
    if (!reference || reference.field !== field.name || reference.end > start) continue;
    // The title before "yang juga", read without its holder, stands for the one named before it.
    if ((alsoHeld || described) && !reference.person && reference.role) continue;
    return reference.person;
  }
  return undefined;
}

/** Most linking verbs between "yang (juga)" and the title: "yang juga menjabat sebagai". */
const DESCRIBED_LINKS_REACH = 2;

/**
 * '"…," beber pria yang juga menjabat Plt Kepala KUA X ini.': after a speech verb, a noun for the
 * speaker ("pria", "wanita"), "yang", an optional "juga" and linking verbs, then the title closed by
 * the demonstrative (checked by the caller): the post of the one named last. A name set off after the
 * demonstrative ("kata pria yang juga Ketua RT itu, Suyono") is read first, with the title.
 * `before` is the token right before the title.
 */
function describedSpeakerBefore(field: TextField, before: number): boolean {
  const { tokens } = field;
  let k = before;
  for (let links = 0; links < DESCRIBED_LINKS_REACH; links++) {
    const token = tokens[k];
    if (!token?.isWord || token.capitalized || !ROLE_LINKING_VERBS.has(token.lower)) break;
    k--;
  }
  if (tokens[k]?.lower === "juga") k--;
  if (tokens[k]?.lower !== "yang") return false;
  const noun = tokens[k - 1];
  return noun?.isWord === true && !noun.capitalized && DESCRIPTORS.holds(noun) && NAMED_SPEECH.holds(tokens[k - 2]);
}

/** A word that binds to the next in an Arabic name: the article ("Al", "El", "As") or a construct form ("Darul", "Nurul"). */
const BOUND_NAME_WORD = /^(?:[AE]l|A[dnrst]|Asy|\p{Lu}\p{Ll}+ul)$/u;

/**
 * "Rektor Universitas Sukamaju Budi Santoso mengatakan", "Ketua STAIN X Budi Santoso mengatakan":
 * a school's own name read on into a reporting verb with no name after it has swallowed its
 * head's name; the last two words, when they are a name and no place, are the holder's.
 */
/** Village bodies named by a name of their own, whose holder's name the name may swallow. */
const VILLAGE_BODY_NAMES = /^(?:BUM ?Des(?:a)?|Badan Usaha Milik Desa|Karang Taruna)\s/i;

function schoolBeforeSwallowedName(field: TextField, title: TitleMatch): TitleMatch | undefined {
  const { tokens } = field;
  const institution = title.institution;
  if (!institution || institution.generic || institution.to !== title.to) return undefined;
  // "Direktur RSUD Kartini Budi Santoso mengatakan": a hospital's own name (a district, an
  // honoree) swallows its director's name the same way, when the text writes that run only once.
  const hospital = institution.type === "HEALTH" && onlyOnce(field, institution.from, title.to);
  // "Direktur BUMDes Maju Jaya Agus Salim, Ketua Karang Taruna Tunas Muda Dedi Kurnia, …": so does
  // a village's business or youth body, named freely, in a list of posts as well.
  const villageBody =
    VILLAGE_BODY_NAMES.test(institution.written) &&
    onlyOnce(field, institution.from, title.to) &&
    // "Ketua Karang Taruna Tunas Muda, Budi, …": a name set off after the body holds the post.
    !(tokens[title.to]?.text === "," && readName(field, title.to + 1)?.from === title.to + 1);
  if (institution.type !== "SCHOOL" && !hospital && !villageBody) return undefined;
  const closed =
    REPORTING_VERBS.holds(tokens[title.to]) || (villageBody && LIST_JOINERS.has(tokens[title.to]?.lower ?? ""));
  if (!closed || readName(field, title.to)?.from === title.to) return undefined;
  const cut = title.to - 2;
  if (cut <= (title.institutionFrom ?? title.from) + 1) return undefined;
  // "Pondok Pesantren Al Bukhori Mangunan menyampaikan": an Arabic article or a construct form
  // ("Al", "Darul", "Nurul") cannot end a school's name, so the words after it are still the name's.
  if (BOUND_NAME_WORD.test(tokens[cut - 1]?.text ?? "")) return undefined;
  const name = readName(field, cut);
  if (!name || name.from !== cut || name.to !== title.to || !name.name.includes(" ")) return undefined;
  for (let k = cut; k < title.to; k++) if (isPlaceWord(field, tokens[k])) return undefined;
  const shorter = matchTitleAt({ ...field, tokens: tokens.slice(0, cut) }, title.from);
  return shorter?.to === cut && shorter.institution && !shorter.institution.generic ? shorter : undefined;
}

/** Whether the words from `from` to `to` are written only once in the field. */
function onlyOnce(field: TextField, from: number, to: number): boolean {
  const written = writtenText(field, from, to);
  const first = field.text.indexOf(written);
  return first >= 0 && field.text.indexOf(written, first + 1) < 0;
}

/** What the rules of one extractPeople pass over a field share. */
interface PeoplePass {
  readonly context: ExtractionContext;
  readonly field: TextField;
  readonly tokens: readonly Token[];
  /** Which tokens were read: 1 for titles and other words, NAME_TAKEN for names. */
  readonly taken: Uint8Array;
  readonly take: (from: number, to: number) => void;
  readonly takeName: (from: number, to: number) => void;
  /** Only the body introduces new people; a headline is read for titles and people already named. */
  readonly allowNewPeople: boolean;
  /** The context's title short forms ("Kadinkes" for its holder), read again once one is learned. */
  shortForms: Map<string, string> | undefined;
}

/**
 * What a rule answers when it reads nothing at the token, so the next rule is tried. Otherwise a
 * rule answers the last token it read, and the pass goes on after it.
 */
const NOT_READ = -1;

/** The word that makes a regional head's title its deputy's: "Bupati" and "Wakil Bupati". */
const DEPUTY_WORD = "wakil";

/**
 * "Bupati dan Wakil Bupati Sukamaju, Rina Wati dan Budi Santoso": a head's title and its deputy's,
 * sharing the seat written once after the second, then two full names in the same order. The first
 * name holds the head's post and the second the deputy's. Answers the last token read, or NOT_READ.
 * (The names written first, "A dan B selaku Bupati dan Wakil Bupati X", are not read this way: the
 * pass has read them before it reaches the titles.)
 */
function readHeadAndDeputy(pass: PeoplePass, i: number, token: Token): number {
  const { context, field, tokens, taken, take, takeName } = pass;
  if (!token.capitalized || taken[i]) return NOT_READ;
  // The head's title is a word or two; the deputy's repeats it after "dan Wakil".
  let width = 0;
  for (const w of [1, 2]) {
    if (tokens[i + w]?.lower !== "dan" || tokens[i + w + 1]?.lower !== DEPUTY_WORD) continue;
    let same = true;
    for (let k = 0; k < w && same; k++) same = tokens[i + k]?.lower === tokens[i + w + 2 + k]?.lower;
    if (same) width = w;
  }
  if (width === 0) return NOT_READ;
  const dan = i + width;
  const deputy = matchTitleAt(field, dan + 1);
  const head = matchTitleAt(field, i);
  if (!deputy || !head || head.to !== dan || !deputy.role.toLowerCase().startsWith(DEPUTY_WORD)) return NOT_READ;
  if (tokens[deputy.to]?.text !== ",") return NOT_READ;
  const first = readName(field, deputy.to + 1);
  const second = first && tokens[first.to]?.lower === "dan" ? readName(field, first.to + 1) : undefined;
  if (!first || !second || first.from !== deputy.to + 1 || second.from !== first.to + 1) return NOT_READ;
  if (!first.name.includes(" ") || !second.name.includes(" ")) return NOT_READ;
  const seat = deputy.to > dan + 2 + width ? ` ${writtenText(field, dan + 2 + width, deputy.to)}` : "";
  const institution = deputy.institution ? recordInstitution(context, field, deputy.institution) : undefined;
  const headPerson = recordPerson(context, field, first);
  const deputyPerson = recordPerson(context, field, second);
  if (!headPerson || !deputyPerson || context.positions.length + 2 > LIMITS.positions) return NOT_READ;
  const headRole = deputy.role.slice(DEPUTY_WORD.length + 1);
  context.positions.push({
    ...positionUnderTitle(field, { ...head, role: headRole }, headPerson.key, institution, i, first.nameTo),
    title: `${writtenText(field, i, dan)}${seat}`,
  });
  context.positions.push(positionUnderTitle(field, deputy, deputyPerson.key, institution, dan + 1, second.nameTo));
  takeName(first.from, first.to);
  takeName(second.from, second.to);
  take(i, deputy.to);
  return second.to - 1;
}

/** Most capitalised words from a title word to the verb after its holder's name. */
const CLAUSE_AND_HOLDER_REACH = 12;
/** Most words of a holder's name read off the end of a title clause written without a comma. */
const HOLDER_AFTER_CLAUSE_WORDS = 3;

/**
 * "Koordinator Tagana Wonosobo Agus Salim mengatakan …", "Kepala Dinkes X Budi Santoso menjelaskan
 * …": news often writes a title clause and its holder's full name with no comma between. Where the
 * run of capitalised words a verb closes ends in a full name, and an institution ends right before
 * that name, the name holds the clause's post at it. Read only where the lexicon's title stops short
 * of the name (a title read up to it finds its holder in readTitleHolder); a place word does not open
 * the name.
 */
function readHolderAfterTitleClause(pass: PeoplePass, i: number, token: Token): number {
  const { context, field, tokens, taken, take, takeName } = pass;
  if (!token.capitalized || taken[i] || !TITLE_FIRST_WORDS.holds(token)) return NOT_READ;
  let verbAt = i + 1;
  while (verbAt - i <= CLAUSE_AND_HOLDER_REACH && tokens[verbAt]?.isWord && tokens[verbAt]?.capitalized) verbAt++;
  const verb = tokens[verbAt];
  if (!verb?.isWord || verb.capitalized || !(REPORTING_VERBS.holds(verb) || ACTIVE_VERB_FORM.test(verb.lower)))
    return NOT_READ;
  const title = matchTitleAt(field, i);
  for (let at = verbAt - 2; at >= verbAt - HOLDER_AFTER_CLAUSE_WORDS && at > i + 1; at--) {
    if (title && title.to >= at) return NOT_READ;
    if (isPlaceWord(field, tokens[at]) || matchInstitutionAt(field, at)) continue;
    const name = readName(field, at);
    if (!name || name.from !== at || name.to !== verbAt || !name.name.includes(" ")) continue;
    const institution = institutionEndingAt(field, at);
    if (!institution || institution.from <= i) continue;
    const person = recordPerson(context, field, name);
    if (!person || context.positions.length >= LIMITS.positions) return NOT_READ;
    const role = writtenText(field, i, at);
    context.positions.push({
      person: person.key,
      institution: recordInstitution(context, field, institution),
      role,
      title: role,
      provenance: spanOf(field, i, verbAt),
    });
    addReference(context, {
      field: field.name,
      start: token.start,
      end: tokens[verbAt - 1]?.end ?? token.end,
      person: person.key,
    });
    take(i, at);
    takeName(at, verbAt);
    return verbAt - 1;
  }
  return NOT_READ;
}

/**
 * People read from a comma or an opening bracket: an appositive, the one of a group the clause
 * before describes, a holder in brackets.
 */
function readAtPunctuation(pass: PeoplePass, i: number, token: Token): number {
  const { context, field, tokens, taken, take, takeName, allowNewPeople } = pass;
  if (token?.text === "," && allowNewPeople && !taken[i + 1]) {
    const appositive = readAppositive(context, field, i, taken);
    if (appositive) {
      take(appositive.from, appositive.to);
      return appositive.to - 1;
    }
    const clause = readTitleClauseAfterName(context, field, i, taken);
    if (clause) {
      take(clause.from, clause.to);
      return clause.to - 1;
    }
  }
  // "Salah satu yang dilantik, Wilopo, mengikutinya …": the one of a group the clause describes.
  if (token?.text === "," && allowNewPeople && !taken[i + 1] && closesOneOfClause(tokens, i)) {
    const one = readName(field, i + 1);
    if (
      one &&
      one.from === i + 1 &&
      tokens[one.to]?.text === "," &&
      (one.name.includes(" ") || one.name.length > MAX_WITHHELD_NAME_LENGTH) &&
      !matchInstitutionAt(field, one.nameFrom)
    ) {
      recordPerson(context, field, one);
      takeName(one.from, one.to);
      return one.to - 1;
    }
  }
  if (token?.text === "," && allowNewPeople && !taken[i + 1]) {
    const read = readCountedParties(pass, i, token);
    if (read !== NOT_READ) return read;
  }
  if ((token?.text === "(" || DASHES.has(token?.text ?? "")) && allowNewPeople && !taken[i + 1]) {
    const clause = readBracketedTitleAfterName(context, field, i, taken);
    if (clause) {
      take(clause.from, clause.to);
      return clause.to - 1;
    }
  }
  if (token?.text === "(" && allowNewPeople && !taken[i + 1]) {
    const read = readBracketedHolder(context, field, i, takeName);
    if (read > 0) {
      return read - 1;
    }
  }
  return NOT_READ;
}

/**
 * "kepala sekolah, Budi Santoso, …": a lowercase title that names no institution but has a usual
 * workplace, set off by a comma before a full name closed by a comma or the sentence's end.
 */
function workplaceTitleSetOff(field: TextField, title: TitleMatch): boolean {
  const { tokens } = field;
  if (title.institution || title.defaultTypes === undefined || tokens[title.to]?.text !== ",") return false;
  const holder = readName(field, title.to + 1);
  return (
    holder !== undefined &&
    holder.from === title.to + 1 &&
    holder.name.includes(" ") &&
    /^[,.]$/.test(tokens[holder.to]?.text ?? ".") &&
    nameEndsCleanly(field, holder)
  );
}

/** A school's level written bare, as the level is written ("SD", "SMP", "MTs"). */
const BARE_SCHOOL_LEVELS = new Set(Object.values(unitLexicon.numberedSchools.levels as Record<string, string>));

/** Words before a lowercase title that make it the post of several or one of a list: "para kepala sekolah, …". */
const MANY_HOLDERS_BEFORE = lower(peopleLexicon.manyHoldersBefore);

/**
 * The title starting at the token, as the holder's name after it is read: in lowercase too when
 * its institution or its holder says so, without a seat that is the first word of a name.
 */
/**
 * Whether a seat of one word from `from` to `to` is written as an acronym of two letters or more
 * and no honorific ("KSB", "KKT" for a regency), with a name word after it: the region's short form,
 * where a word the gazetteer does not know would be the holder's first name ("Bupati Zahir").
 */
function regionAcronymSeat(tokens: readonly Token[], from: number, to: number): boolean {
  const seat = tokens[from];
  return (
    to === from + 1 &&
    seat?.allCapitals === true &&
    seat.text.length >= 2 &&
    !HONORIFICS.holds(seat) &&
    !RANKS.holds(seat) &&
    isNameWord(tokens[to])
  );
}

function titleAtToken(pass: PeoplePass, i: number, token: Token): TitleMatch | undefined {
  const { context, field, tokens, taken, allowNewPeople } = pass;
  let title = matchTitleAt(field, i);
  // "Yarsono, semula kepala Disparpora, kini menjadi kepala Disdukcapil": a promotion story
  // writes a head's title in lowercase after the verb; it counts only with a named institution.
  // "…, anggota DPRD Blora Budi Santoso, …": so is one its holder's full name follows at once.
  if (!title && allowNewPeople && !token.capitalized && !taken[i] && TITLE_FIRST_WORDS.holds(token)) {
    const lowercase = matchTitleAt(field, i, true);
    // "anggota DPRD X dari Dapil Kecamatan Y, Name,", "calon anggota DPRD dari PBB, Name,": where
    // the member was elected or nominated from stands between the title and the comma.
    const originEnd = lowercase ? capitalizedOriginEnd(tokens, lowercase.to) : -1;
    // "guru olahraga SDN 1 X, Rina Wulandari, menyebut …": or set off by a comma, closed by one or the sentence's end.
    const setOff = lowercase !== undefined && (tokens[lowercase.to]?.text === "," || originEnd > 0);
    const commaAt = originEnd > 0 ? originEnd : lowercase?.to;
    const holderAt = setOff && commaAt !== undefined ? commaAt + 1 : lowercase?.to;
    const holder = holderAt !== undefined ? readName(field, holderAt) : undefined;
    // "dihadiri anggota KPU X Muhammadun dan Muntoko": one word too, when "dan" lists another after it.
    // "Sementara, anggota Komisi III DPRD X, Efrinaldi mengatakan …": one word set off after the
    // title that a reporting verb closes is the speaking holder's name. "Sementara itu kepala Rutan
    // X Wiryo mengatakan …": so is one right after a title whose institution is named, the verb
    // closing the word as the comma would.
    const closedBySpeech =
      (setOff || (lowercase?.institution !== undefined && !lowercase.institution.generic)) &&
      holder !== undefined &&
      REPORTING_VERBS.holds(tokens[holder.to]);
    // '"…," kata kepala desa Sukamaju, Budi.': after a quote's speech verb the words up to the
    // sentence's end or the next comma name who spoke, a title and then its holder, so one word set
    // off after the title and closed there is that holder's name, as it is after a reporting verb.
    const spokenAfterQuote =
      setOff &&
      holder !== undefined &&
      NAMED_SPEECH.holds(tokens[i - 1]) &&
      /^[,.]$/.test(tokens[holder.to]?.text ?? ".");
    const heldAtOnce =
      holder !== undefined &&
      holder.from === holderAt &&
      (holder.name.includes(" ") ||
        ((closedBySpeech || spokenAfterQuote || (!setOff && tokens[holder.to]?.lower === "dan")) &&
          isOneWordNameShaped(field, holder))) &&
      (!setOff || closedBySpeech || /^[,.]$/.test(tokens[holder.to]?.text ?? "")) &&
      nameEndsCleanly(field, holder);
    // "Budi Santoso, guru Bahasa Inggris di SMA Negeri 2 X, mengatakan …": a title set off after
    // the full name it describes.
    const nameCommaAt = lowercase !== undefined ? commaBeforeTitle(tokens, i) : -1;
    // "Budi Santoso, kepala SMA Negeri 7 yang dilantik menjadi kepala SMA Negeri 9; …": or closed
    // by a semicolon, or by "yang" and the post the person is moved to.
    const apposedToName =
      lowercase !== undefined &&
      nameCommaAt >= 0 &&
      taken[nameCommaAt - 1] === NAME_TAKEN &&
      (/^[,.;]$/.test(tokens[lowercase.to]?.text ?? "") ||
        (tokens[lowercase.to]?.lower === "yang" && postLinkedAfter(field, lowercase.to) !== undefined));
    // "Budi Santoso kepala desa Sukamaju mengatakan …", "disampaikan Budi Santoso kepala SMA Negeri
    // 1 X.": a lowercase title written right after the full name it describes, no comma between,
    // closed by the clause's end or by what the holder says.
    const rightAfterName =
      lowercase !== undefined &&
      (!taken[i - 1] || taken[i - 1] === NAME_TAKEN) &&
      closesLowercaseTitle(tokens[lowercase.to]) &&
      readNameBefore(field, i)?.name.includes(" ") === true;
    // "ditangani dokter spesialis anak RSUD X, dr. Rina, …": a holder set off by commas whose
    // honorific says a person follows, even by one name.
    const apposed = setOff && commaAt !== undefined ? readName(field, commaAt + 1) : undefined;
    const heldInApposition =
      apposed !== undefined &&
      apposed.from === (commaAt ?? 0) + 1 &&
      apposed.introduced &&
      tokens[apposed.to]?.text === ",";
    if (
      (lowercase?.institution &&
        !lowercase.institution.generic &&
        (heldAtOnce || apposedToName || rightAfterName || heldInApposition || continuesPostList(tokens, i, taken))) ||
      // "diwakili Habris Simamora, guru Matematika.": a job title whose usual workplace is known.
      ((apposedToName || rightAfterName) && !lowercase?.institution && lowercase?.defaultTypes !== undefined) ||
      // "disambut oleh kepala madrasah, Sidik Wibowo Akhmad.": such a title of one holder, a full name
      // set off after it and closed by a comma or the sentence's end; not after a list or a plural.
      (heldAtOnce &&
        setOff &&
        originEnd < 0 &&
        !lowercase?.institution &&
        lowercase?.defaultTypes !== undefined &&
        holder?.name.includes(" ") === true &&
        tokens[i - 1]?.isWord === true &&
        !MANY_HOLDERS_BEFORE.has(tokens[i - 1]?.lower ?? "")) ||
      // "dipantau oleh kepala sekolah Budi Santoso dan …": a title of two words or more whose usual
      // workplace is known, a full name right after it, closed by punctuation or a lowercase word.
      (heldAtOnce &&
        !setOff &&
        !lowercase?.institution &&
        lowercase?.defaultTypes !== undefined &&
        lowercase.to - lowercase.from >= 2 &&
        holder?.name.includes(" ") === true &&
        !tokens[holder.to]?.capitalized &&
        tokens[i - 1]?.isWord === true &&
        !MANY_HOLDERS_BEFORE.has(tokens[i - 1]?.lower ?? "")) ||
      // "Rapat dipimpin kasi Bimas Islam Budi Santoso, M.Pd.": a section's head whose section is
      // named in capitals, with its usual workplace known, and a full name right after it.
      (heldAtOnce &&
        !setOff &&
        !lowercase?.institution &&
        lowercase?.defaultTypes !== undefined &&
        lowercase.to - lowercase.from >= 2 &&
        tokens[lowercase.to - 1]?.capitalized === true &&
        UNIT_WORDS.holds(tokens[lowercase.to - 1])) ||
      // "Jabatan kepala sekolah diserahterimakan dari A kepada B": a handed-over post in lowercase,
      // its usual workplace known or its institution named, whose holders the handover names.
      (((!lowercase?.institution && lowercase?.defaultTypes !== undefined) ||
        (lowercase?.institution !== undefined && !lowercase.institution.generic)) &&
        HANDOVER_LEADS.has(tokens[i - 1]?.lower ?? "") &&
        (HANDOVER_VERBS.has(tokens[lowercase.to]?.lower ?? "") || tokens[lowercase.to]?.lower === "dari")) ||
      // "Juwarmi Fatah sebagai pengawas MTs": a job title whose usual workplace is known, linked to
      // the name right before its linking verb; "Budi, S.Pd., selaku pembina SMP Negeri 3 X": or
      // one with its institution, and the name (with its degrees) may be set off by a comma.
      (((!lowercase?.institution && lowercase?.defaultTypes !== undefined) ||
        (lowercase?.institution !== undefined && !lowercase.institution.generic)) &&
        ROLE_LINKING_VERBS.has(tokens[i - 1]?.lower ?? "") &&
        (taken[i - 2] === NAME_TAKEN || (tokens[i - 2]?.text === "," && taken[i - 3] === NAME_TAKEN)))
    )
      title = lowercase && originEnd > 0 ? { ...lowercase, to: originEnd } : lowercase;
    else if (lowercase && headSetOffBeforeName(field, lowercase)) title = lowercase;
  }
  // "Bupati Remigo Yolando Berutu", "Bupati Zahir": the seat of a regency's, city's or
  // province's head is a place the gazetteer knows, so a word after the title that it does not
  // know is no seat but the first word of the holder's name.
  if (
    allowNewPeople &&
    title?.institution?.unknownPlace &&
    title.institutionFrom === title.institution.from &&
    GAZETTEER_SEATED.test(title.institution.identity) &&
    // "Wali Kota Sukamaju, Rina Wulandari, …": a word set off from the name after it is the seat.
    tokens[title.institution.to]?.text !== "," &&
    // "mantan Bupati KSB Budi Santoso": an acronym is the region's short form, never a given name.
    !regionAcronymSeat(tokens, title.institution.from, title.institution.to) &&
    // "Bupati Pangkep Muhammad Yusran …" where the article also writes "Pemkab Pangkep": a seat the
    // article names as a place elsewhere is the seat, though the gazetteer does not list it so.
    !seatWrittenAsPlace(field, title.institution.from, title.institution.to)
  )
    title = { ...title, to: title.institution.from, institution: undefined, institutionFrom: undefined };
  // "Wakil Ketua DPRD Matius Yudi membuka rapat": a council's seat is a regency, city or province,
  // which the gazetteer lists, so two or more words after "DPRD" that neither it nor the article
  // knows as a place, and that read whole as a name, are the holder's name.
  if (allowNewPeople && title?.institution?.unknownPlace && title.institution.identity.startsWith("DPRD:")) {
    const councilSeat = title.institution.unknownPlaceRange;
    if (
      councilSeat &&
      councilSeat.to === title.to &&
      councilSeat.to - councilSeat.from >= 2 &&
      tokens[councilSeat.to]?.text !== "," &&
      !isPlaceWord(field, tokens[councilSeat.from]) &&
      !regionAcronymSeat(tokens, councilSeat.from, councilSeat.to) &&
      !seatWrittenAsPlace(field, councilSeat.from, councilSeat.to)
    ) {
      const holder = readName(field, councilSeat.from);
      if (holder && holder.from === councilSeat.from && holder.to >= councilSeat.to)
        title = titleWithoutSeat(field, title, councilSeat.from);
    }
  }
  // "kata Dandim Arief": a seat the gazetteer does not know that is the name of someone the
  // article named before is that person, not the seat.
  const seat = title?.institution?.unknownPlace ? title.institution.unknownPlaceRange : undefined;
  if (
    allowNewPeople &&
    title &&
    seat &&
    seat.to === title.to &&
    seat.to - seat.from === 1 &&
    !isPlaceWord(field, tokens[seat.from]) &&
    context.findPerson(tokens[seat.from]?.text ?? "") !== undefined
  )
    title = { ...title, to: seat.from, institution: undefined, institutionFrom: undefined };
  // "Kepala Desa Ahmadi dan Sekcam Budi …": a one-word seat that is the holder (units.ts).
  if (
    allowNewPeople &&
    title &&
    seat &&
    seat.to === title.to &&
    seat.to - seat.from === 1 &&
    oneWordVillagePostHolder(tokens, seat.from - 1)
  )
    title = titleWithoutSeat(field, title, seat.from);
  // "kata Kepsek SD Rina Wulandari": a bare school level after a school's title names the kind of
  // school, not the holder's initials; the name starts after it.
  if (
    title &&
    allowNewPeople &&
    !title.institution &&
    title.defaultTypes?.includes("SCHOOL") &&
    BARE_SCHOOL_LEVELS.has(tokens[title.to]?.text ?? "") &&
    isNameWord(tokens[title.to + 1])
  )
    title = { ...title, to: title.to + 1 };
  if (title && allowNewPeople)
    title =
      seatAfterHolderNamedBefore(field, title) ??
      seatBeforeMarkedName(field, title) ??
      titleBeforeSwallowedName(field, title) ??
      schoolBeforeSwallowedName(field, title) ??
      title;
  return title;
}

/**
 * '"…," kata kepala desa setempat, Budi Santoso.', 'kata kepala sekolah tersebut, Rina Wati.': a
 * lowercase title set off before a full name closed by a comma or the sentence's end, after a word
 * that is no plural or list word ("para kepala desa, …"): the head of a village, an urban village
 * or a district that names no seat (or only "setempat", the one the story is about), or a title
 * with a usual workplace pointed back to by a demonstrative ("itu", "tersebut").
 */
function headSetOffBeforeName(field: TextField, title: TitleMatch): boolean {
  const { tokens } = field;
  const localHead = title.institution?.generic === true && LOCAL_SEAT_HEADS.has(title.institution.head?.key ?? "");
  if (!localHead && (title.institution || !title.defaultTypes)) return false;
  const previous = tokens[title.from - 1];
  if (!previous?.isWord || MANY_HOLDERS_BEFORE.has(previous.lower)) return false;
  const pointer = tokens[title.to]?.lower ?? "";
  const pointed = (localHead && pointer === LOCAL_SEAT_WORD) || DEMONSTRATIVES.has(pointer);
  if (!localHead && !pointed) return false;
  const comma = pointed ? title.to + 1 : title.to;
  if (tokens[comma]?.text !== ",") return false;
  const holder = readName(field, comma + 1);
  return (
    holder !== undefined &&
    holder.from === comma + 1 &&
    holder.name.includes(" ") &&
    /^[,.]$/.test(tokens[holder.to]?.text ?? ".") &&
    nameEndsCleanly(field, holder)
  );
}

/** Lowercase words whose own wording follows them in capitals: a theme, a slogan. */
const THEME_NOUNS = new Set(peopleLexicon.themeNouns);
/** Most capitalised words of a theme read back from a title inside it. */
const THEME_REACH = 4;

/** Whether the word at `at` is inside, not opening, the capitalised words right after a theme noun. */
function insideTheme(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= THEME_REACH && tokens[k]?.isWord && tokens[k]?.capitalized) k--;
  return k < at - 1 && THEME_NOUNS.has(tokens[k]?.lower ?? "") && tokens[k]?.capitalized === false;
}

/** "salah satu", "salah seorang": "one of", between a name set off by a comma and the post it shares. */
const ONE_OF_WORDS = new Set(["satu", "seorang"]);

/**
 * The comma that sets a title at `at` off after its holder's name ("Budi, Kepala …"), perhaps
 * across "salah satu" ("Budi, salah satu ketua APDESI X"), or -1.
 */
function commaBeforeTitle(tokens: readonly Token[], at: number): number {
  if (tokens[at - 1]?.text === ",") return at - 1;
  if (
    ONE_OF_WORDS.has(tokens[at - 1]?.lower ?? "") &&
    tokens[at - 2]?.lower === "salah" &&
    tokens[at - 3]?.text === ","
  )
    return at - 3;
  return -1;
}

/** Words that join the posts of one list: "Ketua X Budi, Wakil Ketua Rina, serta Sekretaris Agus". */
const POST_LIST_JOINERS = new Set([",", "dan", "serta"]);
/** Most tokens between a listed holder's name and the next post's title: the holder's degrees. */
const LISTED_POST_GAP = 10;

/** The posts of an association, a cooperative or an enterprise's board, management and staff (titles.json boardBodyPosts). */
const BOARD_BODY_POSTS: readonly string[] = titleLexicon.boardBodyPosts;
/** The roles an acting prefix gives a title: "Pelaksana Tugas", "Penjabat". */
const ACTING_ROLES = [...new Set(ACTING_PREFIXES.values())];

/**
 * Whether `role` is a post an association, a cooperative or an enterprise has ("Wakil Ketua",
 * "Bendahara", "Manajer Unit Simpan Pinjam", "Plt Direktur"): such a body has a board, a
 * management and staff, and no field post of a ministry's programme or another office
 * ("Pendamping Desa", "Penyuluh Agama", "Bidan").
 */
function boardBodyPost(role: string): boolean {
  const acting = ACTING_ROLES.find((prefix) => role.startsWith(`${prefix} `));
  const post = acting ? role.slice(acting.length + 1) : role;
  return BOARD_BODY_POSTS.some((board) => post === board || post.startsWith(`${board} `));
}

/**
 * "Ketua Baznas X Dr. Budi, M.Si, Wakil Ketua III Rina, Kabag Keuangan Agus": a post written
 * without its institution, listed right after the post of a body the text names (only the
 * holder's degrees and the list's comma between), is a post of that body. An association, a
 * cooperative or an enterprise holds only its own kinds of post: "Ketua BUMDes X, Budi, Pendamping
 * Desa, Rina" lists a village's companion from a ministry's programme, no post of the BUMDes. The
 * institution of that post, or undefined.
 */
function bodyOfListedPostBefore(
  context: ExtractionContext,
  field: TextField,
  titleFrom: number,
  role: string,
): string | undefined {
  const { tokens } = field;
  if (!POST_LIST_JOINERS.has(tokens[titleFrom - 1]?.lower ?? "")) return undefined;
  const previous = context.positions.at(-1);
  if (!previous?.institution || previous.provenance.field !== field.name) return undefined;
  const held = resolveGenericIdentity(context, previous.institution);
  const body = held === undefined ? undefined : context.institutions.get(held);
  if (!body) return undefined;
  if (BOARD_BODY_TYPES.has(body.type) && !boardBodyPost(role)) return undefined;
  // "Ketua DPRD X Budi dan Asisten II, Rina": a regional secretariat's assistant is no post of the
  // council or the Dinas listed before; only of the secretariat or the regional government.
  if (isRegionalSecretariatPost(role) && !REGIONAL_SECRETARIAT_OFFICES.some((office) => office.test(body.name)))
    return undefined;
  let k = titleFrom - 1;
  for (; k >= 0 && (tokens[k]?.start ?? 0) >= previous.provenance.end; k--) {
    const token = tokens[k];
    // Only the holder's degrees, their full stops and the list's joiners stand between.
    if (titleFrom - k > LISTED_POST_GAP || (token?.isWord && !token.capitalized && !POST_LIST_JOINERS.has(token.lower)))
      return undefined;
  }
  return previous.institution;
}

/** Most tokens a name before a bracketed title spans: ranks, the name, degrees set off by a comma. */
const NAME_BEFORE_BRACKET_REACH = 14;

/**
 * The name written right before the bracket opening at `open`, with its ranks, honorifics and
 * degrees ("Brigjen TNI Aminullah (", "Yustinus Nono Yulianto, SE.M.Si ("): the longest name that
 * ends there and starts after a boundary (punctuation, a lowercase word or an introducer such as
 * "Hadir"). Degrees glued into one word ("SE.M.Si") are no name of their own.
 */
function nameBeforeBracket(field: TextField, open: number): NameMatch | undefined {
  const { tokens } = field;
  for (let k = Math.max(0, open - NAME_BEFORE_BRACKET_REACH); k < open; k++) {
    const token = tokens[k];
    if (!token?.isWord || !token.spaced || INTRODUCERS.holds(token)) continue;
    const before = tokens[k - 1];
    // "Menurut Budi Santoso (Kepala Puskesmas X), …": a speech word opening the sentence is no name's.
    if (before?.isWord && before.capitalized && !INTRODUCERS.holds(before) && !NAMED_SPEECH.holds(before)) continue;
    const name = readName(field, k);
    if (name?.from === k && (name.to === open || degreesEndAt(tokens, name.to, open))) return name;
  }
  return undefined;
}

/** Whether degrees set off by a comma ("…, SE.M.Si", "…, S.Pd, M.Si") fill tokens `from` to `to`. */
function degreesEndAt(tokens: readonly Token[], from: number, to: number): boolean {
  let j = from;
  while (j < to) {
    if (tokens[j]?.text === "," || tokens[j]?.text === ".") {
      j++;
      continue;
    }
    const end = degreeEndAt(tokens, j);
    if (end <= j) return false;
    j = end;
  }
  return j === to;
}

/**
 * "hadir Budi (Ketua Bawaslu X), Rina (Anggota Bawaslu X) dan …": in a list read name by name,
 * a title with its institution filling the bracket after a listed name (or after the degrees set
 * off behind it) is that person's post.
 */
function holdBracketedPost(context: ExtractionContext, field: TextField, person: string, name: NameMatch): void {
  const { tokens } = field;
  let open = name.to;
  // Only degrees set off by a comma may stand between the name and its bracket.
  if (tokens[open]?.text === ",")
    while (open < name.to + NAME_BEFORE_BRACKET_REACH && tokens[open] && tokens[open]?.text !== "(") open++;
  if (tokens[open]?.text !== "(" || (open > name.to && !degreesEndAt(tokens, name.to, open))) return;
  const title = matchTitleAt(field, open + 1);
  if (!title?.institution || tokens[title.to]?.text !== ")" || context.positions.length >= LIMITS.positions) return;
  const identity = recordInstitution(
    context,
    field,
    title.institution,
    title.institutionFrom ?? title.institution.from,
  );
  context.positions.push(positionUnderTitle(field, title, person, identity, title.from, title.to));
}

/** The one name "dan" joins right after `first` ("Muhammadun dan Muntoko"), one word too when shaped like a name. */
function memberJoinedAfter(field: TextField, first: NameMatch): NameMatch[] {
  const { tokens } = field;
  if (tokens[first.to]?.lower !== "dan") return [];
  const name = readName(field, first.to + 1);
  if (
    !name ||
    name.from !== first.to + 1 ||
    !nameEndsCleanly(field, name) ||
    matchInstitutionAt(field, name.nameFrom) ||
    !(name.name.includes(" ") || name.introduced || carriesDegree(name) || isOneWordNameShaped(field, name))
  )
    return [];
  return [name];
}

/** Posts several people hold at once, shared by the names listed before their holder. */
const SHARED_POSTS = /^(?:Anggota|Komisioner)\b/;
/** Most names a list before a shared post's holder is read back over. */
const MEMBERS_BEFORE_REACH = 8;

/**
 * The names listed right before `last`, nearest last: "A, B, dan C", "A, B dan C" (full names,
 * names with a rank, honorific or degree, or one word shaped like a name).
 */
function membersListedBefore(field: TextField, last: NameMatch): NameMatch[] {
  const { tokens } = field;
  const listed: NameMatch[] = [];
  let end = last.from;
  while (listed.length < MEMBERS_BEFORE_REACH) {
    let joiner = end - 1;
    if (COORDINATORS.has(tokens[joiner]?.lower ?? "") && tokens[joiner]?.text !== ",") {
      if (tokens[joiner - 1]?.text === ",") joiner--;
    } else if (tokens[joiner]?.text !== ",") break;
    const name = readNameBefore(field, joiner);
    if (
      !name ||
      !(name.name.includes(" ") || name.introduced || carriesDegree(name) || isOneWordNameShaped(field, name)) ||
      matchInstitutionAt(field, name.nameFrom)
    )
      break;
    listed.push(name);
    end = name.from;
  }
  return listed;
}

/**
 * Whether a linking verb ("selaku", "sebagai") follows the name ending at `from`, past only the
 * degrees set off after it ("Bun Dahuno, S.Pd selaku …"): the name opens an item of its own.
 */
function linkedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + DEGREE_REACH; k++) {
    const token = tokens[k];
    if (!token) return false;
    if (token.isWord && !token.capitalized) return ROLE_LINKING_VERBS.has(token.lower);
  }
  return false;
}

/** What may close a listed holder's post: the list's next item, the sentence's or the bracket's end. */
const LISTED_POST_CLOSERS = new Set([",", "dan", "serta", "bersama", "beserta", ".", ";", ")"]);
/** What may open a listed holder's item: the list's joiners and the words that introduce a list. */
const LISTED_ITEM_OPENERS = new Set([
  ",",
  "dan",
  "serta",
  ":",
  "ialah",
  "adalah",
  "yakni",
  "yaitu",
  "lain",
  "antaranya",
]);

/**
 * "Saibudin Kades Batubanawa, Awaludin Kades Lolibo, …", "dihadiri Budi Santoso Ketua LPM dan
 * …", "Udara (Kades Sekoban), Darius (Kades Cuhai)": in a list, a name written right before a
 * post that names its body or seat (or before that post in brackets) holds it, when the post
 * closes the item. The name, or undefined.
 */
function holderRightBeforePost(field: TextField, title: TitleMatch, taken: Uint8Array): NameMatch | undefined {
  const { tokens } = field;
  // The post is written with its body or seat, or in more than one word ("Gubernur" alone is
  // also a noun: "Pemilihan Gubernur").
  if (!title.institution || title.to - title.from < 2) return undefined;
  const bracketed = tokens[title.from - 1]?.text === "(";
  const end = bracketed ? title.from - 1 : title.from;
  const close = tokens[title.to];
  if (bracketed ? close?.text !== ")" : !LISTED_POST_CLOSERS.has(close?.lower ?? "")) return undefined;
  if (!isNameWord(tokens[end - 1]) || taken[end - 1]) return undefined;
  // "Budi Santoso, S.Pd (Kades X)": a degree set off after the name closes it.
  const name = readNameBefore(field, end);
  if (!name || taken[name.from]) return undefined;
  // The name opens the item: after the list's joiner, a word introducing the list or a form of
  // address ("saudara Hakiki"), never inside a word ("M.Si" is no name "Si").
  const before = tokens[name.from - 1];
  if (!before || !(LISTED_ITEM_OPENERS.has(before.lower) || (HONORIFICS.holds(before) && !before.capitalized)))
    return undefined;
  if (!tokens[name.from]?.spaced) return undefined;
  if (matchInstitutionAt(field, name.nameFrom)) return undefined;
  if (!name.name.includes(" ") && isPlaceWord(field, tokens[name.nameFrom])) return undefined;
  return name;
}

/** The preposition before a seat written after a title's institution ("… di Geser, Budi"). */
const SEAT_PREPOSITION = "di";

/** Most words of a "yang" clause set off between a title and its holder: "yang baru dilantik pekan lalu". */
const YANG_CLAUSE_REACH = 8;

/** Words that bring someone else into the clause, who may be the one named after it: "yang didampingi …". */
const YANG_CLAUSE_OTHERS = new Set([
  "didampingi",
  "diwakili",
  "mewakili",
  "bersama",
  "dan",
  "serta",
  "dengan",
  "oleh",
  "kepada",
]);

/** Where the comma closing a "yang" clause of lowercase words opening at `at` stands, or -1. */
function yangClauseEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "yang") return -1;
  for (let k = at + 1; k < at + YANG_CLAUSE_REACH; k++) {
    const token = tokens[k];
    if (token?.text === ",") return k > at + 1 ? k : -1;
    if (!token?.isWord || token.capitalized || YANG_CLAUSE_OTHERS.has(token.lower)) return -1;
  }
  return -1;
}

/**
 * A word in the shape of an active Indonesian verb (meN- or ber- before a root: "membuka",
 * "meninjau", "berharap"), or one saying someone attended ("hadir", "turut"): what opens the
 * predicate after a subject that acts, here a holder's name and title. A passive verb ("Lomba
 * Mewarnai Ketua TP PKK X diikuti …") as often follows an event named with the holder's title.
 */
const ACTIVE_VERB_SHAPE = /^(?:me|ber)\p{Ll}{3,}$/u;
function closesWithActiveVerb(token: Token | undefined): boolean {
  return (
    token?.isWord === true &&
    !token.capitalized &&
    (ACTIVE_VERB_SHAPE.test(token.lower) || PRESENCE_WORDS.has(token.lower))
  );
}

/** The words from `from` to `to` run together in compact form, as place evidence keys them ("kayuagung"). */
function compactWords(tokens: readonly Token[], from: number, to: number): string {
  let words = "";
  for (let k = from; k < to; k++) words += tokens[k]?.compact ?? "";
  return words;
}

/** Whether the words from `from` to `to` are written elsewhere in the article as a place, after a marker ("Kabupaten X", "Pemkab X"). */
function seatWrittenAsPlace(field: TextField, from: number, to: number): boolean {
  return field.placeEvidence?.has(compactWords(field.tokens, from, to)) === true;
}

/** The regional governments whose seats, regencies, cities and provinces, the gazetteer lists in full. */
const LISTED_SEAT_GOVERNMENTS = new Set(["Pemkab", "Pemkot", "Pemprov"]);

/**
 * "Wakil Bupati Bakhtiar, Sekda M Azan, …": a regional head's title, one word the gazetteer does not
 * know as a regency, city or province, a comma and the next post's title. The word was read as the
 * seat, but every such seat is listed, and the list goes on post by post: it is the holder's name.
 * The title is given back without the seat; undefined when the title is not read so. A seat the
 * article writes as a place elsewhere ("Kapolres X", "di X") stays the seat.
 */
function holderReadAsRegionalSeat(field: TextField, title: TitleMatch): TitleMatch | undefined {
  const { tokens } = field;
  const seat = title.institution?.unknownPlace ? title.institution.unknownPlaceRange : undefined;
  if (!seat || seat.to !== title.to || seat.to - seat.from !== 1) return undefined;
  if (!LISTED_SEAT_GOVERNMENTS.has(title.institution?.head?.key ?? "")) return undefined;
  if (tokens[title.to]?.text !== "," || !matchTitleAt(field, title.to + 1)) return undefined;
  const word = tokens[seat.from];
  if (!word?.capitalized || word.allCapitals || word.text.length <= MAX_WITHHELD_NAME_LENGTH) return undefined;
  if (isPlaceWord(field, word) || isLocalPlaceName(word.compact)) return undefined;
  return { ...title, institution: undefined, institutionFrom: undefined, to: seat.from };
}

/**
 * The holder of a title (the title is kept as a reference for quote attribution if none is found).
 * Answers the last token read.
 */
function readTitleHolder(pass: PeoplePass, at: number, matched: TitleMatch): number {
  const { context, field, tokens, taken, take, takeName, allowNewPeople } = pass;
  let i = at;
  let title = matched;
  let name: NameMatch | undefined;
  let nameFirst = false;
  let adjoined = false;
  // "Wakil Bupati Bakhtiar, Kapolres AKBP M Hasan, …": a list of posts, each with its holder.
  title = holderReadAsRegionalSeat(field, title) ?? title;
  // "Menteri Imigrasi dan Pemasyarakatan (Menimipas) Agus": the bracket repeats the title.
  let nameAt = skipBracketedAbbreviation(tokens, title.to);
  // "Kepala Desa setempat Budi Santoso": "setempat" stands for the seat the story is about.
  if (tokens[nameAt]?.lower === LOCAL_SEAT_WORD && (!title.institution || title.institution.generic)) nameAt++;
  // "Kepala Dinas X, yang baru dilantik pekan lalu, Budi Santoso, mengatakan": a clause of lowercase
  // words opened by "yang" stands between a title naming its institution and its holder's full name.
  if (allowNewPeople && title.institution && !title.institution.generic && tokens[nameAt]?.text === ",") {
    const clauseEnd = yangClauseEnd(tokens, nameAt + 1);
    const holder = clauseEnd > 0 ? readName(field, clauseEnd + 1) : undefined;
    if (
      holder &&
      holder.from === clauseEnd + 1 &&
      (holder.name.includes(" ") || holder.introduced) &&
      (tokens[holder.to]?.text === "," || REPORTING_VERBS.holds(tokens[holder.to]))
    )
      nameAt = clauseEnd;
  }
  // "kata Ketua Majelis Hakim yang memimpin sidang, Budi Santoso.": the "yang" clause may follow the
  // title with no comma before it; a full name set off after it, closed by a comma, the sentence's
  // end or a reporting verb, is the holder, when the title names its body or its usual kind of body.
  if (
    allowNewPeople &&
    ((title.institution && !title.institution.generic) || (!title.institution && title.defaultTypes)) &&
    tokens[nameAt]?.lower === "yang"
  ) {
    const clauseEnd = yangClauseEnd(tokens, nameAt);
    const holder = clauseEnd > 0 ? readName(field, clauseEnd + 1) : undefined;
    if (
      holder &&
      holder.from === clauseEnd + 1 &&
      holder.name.includes(" ") &&
      (/^[,.]$/.test(tokens[holder.to]?.text ?? ".") || REPORTING_VERBS.holds(tokens[holder.to])) &&
      nameEndsCleanly(field, holder)
    )
      nameAt = clauseEnd;
  }
  // "Kepala Puskesmas itu, Budi Santoso, …": a demonstrative after a title that names no body points
  // back to the one the story named; the holder is set off after it.
  if (
    (!title.institution || title.institution.generic) &&
    DEMONSTRATIVES.has(tokens[nameAt]?.lower ?? "") &&
    tokens[nameAt + 1]?.text === ","
  )
    nameAt++;
  // "Kepala Desa terpilih Budi Santoso", "Ketua Karang Taruna yang baru, Dedi": a word saying which
  // holder of the post is meant stands between the title and the holder.
  const qualifiedAt = pastHolderQualifier(tokens, nameAt);
  // "Kades terpilih Desa Tanjung Rejo, Kecamatan Margo Tabir, Budi Santoso": after the qualifier,
  // the village the post is held in, set off by a comma before its address or its holder.
  if (qualifiedAt > nameAt && VILLAGE_WORDS.has(tokens[qualifiedAt]?.lower ?? "") && tokens[qualifiedAt]?.capitalized) {
    const seatEnd = unknownPlaceWordsEnd(tokens, qualifiedAt + 1);
    nameAt = seatEnd > qualifiedAt + 1 && tokens[seatEnd]?.text === "," ? seatEnd : qualifiedAt;
  } else nameAt = qualifiedAt;
  // "diwakili oleh Kordiv Penanganan Pelanggaran yaitu Nuning Priliastuti beserta staf": "yaitu"
  // or "yakni" stands between the title and its one holder (a list after it is left to the list readers).
  const introducer = tokens[nameAt];
  if (introducer?.isWord && !introducer.capitalized && TITLE_HOLDER_INTRODUCERS.has(introducer.lower)) {
    const holder = readName(field, nameAt + 1);
    if (holder && holder.from === nameAt + 1 && !COORDINATORS.has(tokens[holder.to]?.lower ?? "")) nameAt++;
  }
  // "mantan Kepala Desa Sukamaju periode 2015-2021 Budi Santosa": the term of office stands
  // between the title and its holder.
  nameAt = termOfOfficeEnd(tokens, nameAt);
  // "Anggota KPU Sukamaju Divisi Teknis Penyelenggaraan Budi Santoso": a division of the body,
  // named by its domain words, stands between the body and the holder's name.
  // "Anggota Bawaslu X Koordinator Divisi Hukum, Budi", "Komisioner KPU X Kordiv Teknis Budi": the
  // member's post in the division may open it; the holder may also be set off by a comma after it,
  // or be named before the title ("Budi Santoso Komisioner Bawaslu X Divisi Hukum.").
  const divisionAt = divisionPostEnd(tokens, nameAt);
  const division = tokens[divisionAt];
  if (title.institution && division?.capitalized && (INTERNAL_UNIT_WORDS.has(division.lower) || divisionAt > nameAt)) {
    const unitFrom = INTERNAL_UNIT_WORDS.has(division.lower) ? divisionAt + 1 : divisionAt;
    const divisionEnd = unitWords(field, unitFrom);
    const after = tokens[divisionEnd];
    const closes = divisionAt > nameAt || DIVISION_WORDS.has(division.lower);
    if (
      divisionEnd > unitFrom &&
      (after?.capitalized ||
        (closes && (after === undefined || after.text === "," || !after.isWord || !after.capitalized)))
    ) {
      title = { ...title, role: `${title.role} ${writtenText(field, nameAt, divisionEnd)}`, to: divisionEnd };
      nameAt = divisionEnd;
    }
  }
  // "Kepala Ombudsman RI Perwakilan Sumut Budi": the body's office in a region stands between
  // the body and the holder's name.
  if (title.institution && REPRESENTATIVE_OFFICE_WORDS.has(tokens[nameAt]?.lower ?? "")) {
    const region = readRegion(tokens, nameAt + 1, field.placeEvidence);
    if (region) {
      title = { ...title, to: region.to };
      nameAt = region.to;
    }
  }
  // "Babinsa Koramil 05/KK Kodim 0313/KPR, Serda …": the unit's parent follows the unit.
  const parentInstitution = title.institution ? matchInstitutionAt(field, nameAt) : undefined;
  if (parentInstitution && !parentInstitution.generic) {
    recordInstitution(context, field, parentInstitution);
    nameAt = skipBracketedAbbreviation(tokens, parentInstitution.to);
  }
  // "Rektor Undip Prof. Dr. Yos …": a word between a title and an honorific names where the
  // title is held, an organisation the lexicon does not know.
  if (
    !title.institution &&
    title.defaultTypes &&
    tokens[nameAt]?.isWord &&
    tokens[nameAt]?.capitalized &&
    !NOT_NAMES.holds(tokens[nameAt]) &&
    !startsTitleOfAddress(tokens, nameAt) &&
    startsTitleOfAddress(tokens, nameAt + 1)
  ) {
    // "Babinsa Tegalrejo Serka Budi": a place there is the post's seat, not an organisation.
    const word = tokens[nameAt];
    if (!isPlaceWord(field, word) && !isLocalPlaceName(word?.compact ?? "")) holdTitleAtWord(title, tokens, nameAt);
    nameAt++;
  }
  // "Direktur Eksekutif Lokataru, Budi Santoso, dan …": one word after a title without an
  // institution, then a full name set off by commas: the word is where the title is held.
  // "Lurah Kauman, Rina, …": after a local government's title the word is its seat, a place.
  if (
    allowNewPeople &&
    !title.institution &&
    !title.defaultTypes?.includes("LOCAL_GOVERNMENT") &&
    !title.committee &&
    tokens[nameAt]?.isWord &&
    tokens[nameAt]?.capitalized &&
    !NOT_NAMES.holds(tokens[nameAt]) &&
    !startsTitleOfAddress(tokens, nameAt) &&
    tokens[nameAt + 1]?.text === "," &&
    !matchPlaceAt(tokens, nameAt)
  ) {
    const holder = readName(field, nameAt + 2);
    if (holder?.name.includes(" ") && holder.from === nameAt + 2 && tokens[holder.to]?.text === ",") {
      holdTitleAtWord(title, tokens, nameAt);
      title.organisation = true;
      nameAt++;
    }
  }
  // "Kacabjari X di Geser, Budi Santoso": a branch's or post's seat written after "di" (one place
  // word) between the institution and its holder's full name set off by a comma.
  if (
    allowNewPeople &&
    title.institution &&
    !title.institution.generic &&
    tokens[nameAt]?.lower === SEAT_PREPOSITION &&
    tokens[nameAt + 1]?.capitalized &&
    tokens[nameAt + 2]?.text === "," &&
    !matchInstitutionAt(field, nameAt + 1) &&
    (matchPlaceAt(tokens, nameAt + 1) !== undefined || isLocalPlaceName(tokens[nameAt + 1]?.compact ?? ""))
  ) {
    const holder = readName(field, nameAt + 3);
    if (holder?.from === nameAt + 3 && holder.name.includes(" ") && nameEndsCleanly(field, holder)) nameAt += 2;
  }
  if (allowNewPeople) {
    // "Kepala Bidang … BPBD Kabupaten X, Kalimantan Tengah, Budi, mengatakan": the province
    // set off by commas after the institution locates it; the holder follows.
    const region = title.institution && tokens[nameAt]?.text === "," ? matchPlaceAt(tokens, nameAt + 1) : undefined;
    if (region && tokens[region.to]?.text === "," && readName(field, region.to + 1)) nameAt = region.to;
    // "Kepala Dinas Sosial Kabupaten X, Jawa Tengah Budi Santoso mengatakan": the reporter may leave
    // out the comma that closes the province; a place is no word of a person's name, so a full
    // name (or one its honorific introduces, or one word a reporting verb closes) right after the
    // place is the holder's.
    else if (region && tokens[region.to]?.isWord) {
      const holder = readName(field, region.to);
      if (
        holder?.from === region.to &&
        (holder.name.includes(" ") ||
          holder.introduced ||
          (REPORTING_VERBS.holds(tokens[holder.to]) && isOneWordNameShaped(field, holder))) &&
        !isPlaceWord(field, tokens[holder.nameFrom]) &&
        nameEndsCleanly(field, holder)
      )
        nameAt = region.to;
    }
    // "Kepala Desa Tegalsari Kecamatan Cepu Budi Santosa": a district (and regency) written
    // after the institution without commas locates it; a full name after them is the holder.
    // "Kasi Pemerintahan Kecamatan Cepu Agus Salim": after a section title with no institution
    // the district is where the section works, and the full name after it holds the title.
    if (ADDRESS_LEVEL_WORDS.has(tokens[nameAt]?.lower ?? "")) {
      const afterAddress = skipAddressChain(tokens, nameAt);
      const holder = readName(field, afterAddress);
      if (holder?.name.includes(" ") && holder.from === afterAddress && nameEndsCleanly(field, holder)) {
        nameAt = afterAddress;
      }
    }
    // "mantan Kades Telaga, Kecamatan Mancak, Kabupaten Serang Habibullah, serta …": each level of
    // the address set off by a comma, the holder right after the last one; one word is a name only
    // after a level the gazetteer knows, and when a comma, a full stop or a lowercase word closes it.
    if (tokens[nameAt]?.text === ",") {
      const address = commaAddressChainEnd(tokens, nameAt);
      // "Kades Sukamaju, Kecamatan Jati Timur, Budi Santoso": the holder may be set off by a comma
      // after the last level too.
      const setOff = address !== undefined && tokens[address.to]?.text === ",";
      const holderAt = address ? address.to + (setOff ? 1 : 0) : -1;
      const holder = address ? readName(field, holderAt) : undefined;
      const after = holder ? tokens[holder.to] : undefined;
      if (
        address &&
        holder &&
        holder.from === holderAt &&
        nameEndsCleanly(field, holder) &&
        (holder.name.includes(" ") ||
          // "…, Kecamatan Tiang Pumpung, Zuhdi.": one word set off by a comma after the last level
          // is the holder too, when no place or institution is written that way.
          ((address.known || (setOff && isOneWordNameShaped(field, holder))) &&
            !isPlaceWord(field, tokens[holder.nameFrom]) &&
            (after === undefined || after.text === "," || after.text === "." || !after.capitalized)))
      )
        nameAt = address.to;
    }
    if (tokens[nameAt]?.text === ",") {
      const candidate = readName(field, nameAt + 1);
      if (candidate && nameEndsCleanly(field, candidate)) name = candidate;
    }
    // "Kadus Dusun 3 yang terpilih adalah Endri Yanto": the holder named after the clause that
    // says the title was given ("yang baru dilantik ialah").
    const pickedAt = pickedHolderAt(tokens, nameAt);
    if (!name && pickedAt > 0) {
      const candidate = readName(field, pickedAt);
      if (
        candidate?.from === pickedAt &&
        nameEndsCleanly(field, candidate) &&
        (candidate.name.includes(" ") || candidate.introduced || carriesDegree(candidate))
      ) {
        name = candidate;
        nameAt = pickedAt;
      }
    }
    if (!name) {
      let candidate = readName(field, nameAt) ?? readInitialledName(field, nameAt);
      // "Ketua BPD Sukamaju, Budi Santoso, …", "Kepala SD Negeri 3 Cepu, Budi Santoso, …": one
      // bare word closing the institution before a full name set off by commas is its place.
      // "Sekretaris Desa Werdi Agung Selatan, Bapak I Wayan Sumiarta, …": a longer place name
      // too, when an honorific, a rank or a name opener says the person follows the comma.
      const placeWords = candidate ? candidate.nameTo - candidate.nameFrom : 0;
      if (
        candidate &&
        !candidate.introduced &&
        placeWords <= 3 &&
        candidate.from === nameAt &&
        tokens[candidate.to]?.text === ","
      ) {
        const holder = readName(field, candidate.to + 1);
        // "…, Rina Wati, Senin", "…, Rina Wati.": the full name closes at a comma or the sentence's end.
        if (
          holder &&
          ((placeWords === 1 && holder.name.includes(" ")) || holder.introduced) &&
          holder.from === candidate.to + 1 &&
          /^[,.;]$/.test(tokens[holder.to]?.text ?? ".")
        ) {
          nameAt = candidate.to;
          candidate = holder;
        }
      }
      if (
        candidate &&
        nameEndsCleanly(field, candidate) &&
        (candidate.introduced || tokens[nameAt]?.spaced || tokens[nameAt]?.text === ",")
      ) {
        name = candidate;
      }
    }
    // "…: Budi – Pj Kades X, Kecamatan Y" closing a line of a list: the name opening the next
    // paragraph is the next item's, not this title's holder.
    if (name && opensParagraph(field, name.from)) name = undefined;
    // "Babinsa Koramil 12/Sukamaju Serahkan Tali Asih": in a Title Case headline the verb in -kan
    // after the title opens what the holder does, not the holder's name.
    if (name && !name.introduced && IMPERATIVE_IN_KAN.test(tokens[name.nameFrom]?.text ?? "")) name = undefined;
    // "Rendra Wicaksono, Kepala Dinas Koperasi Sukamaju, membuka …": a full name set off before
    // the title holds it; one word after the title, closed by the comma, is the seat.
    const setOffAt = commaBeforeTitle(tokens, i);
    if (setOffAt >= 0) {
      const seatOnly =
        name !== undefined &&
        !name.introduced &&
        !name.name.includes(" ") &&
        name.from === nameAt &&
        tokens[name.to]?.text === "," &&
        // "Budi Santoso, Kabid Umum Rina, Kabid GTK Agus …": in a list of posts, one name-shaped
        // word after a title that names no institution, closed by the next post's title, is its holder.
        !(!title.institution && isOneWordNameShaped(field, name) && matchTitleAt(field, name.to + 1) !== undefined);
      // "Seto Hadi, Kades Mekar Jaya, Kecamatan Parenggean": words after the title that the
      // address goes on from, past a comma, are the seat, however many.
      const seatBeforeAddress =
        name !== undefined &&
        !name.introduced &&
        name.from === nameAt &&
        tokens[name.to]?.text === "," &&
        ADDRESS_LEVEL_WORDS.has(tokens[name.to + 1]?.lower ?? "") &&
        tokens[name.to + 1]?.capitalized === true;
      if ((!name && !rankedHolderAfter(field, nameAt)) || seatOnly || seatBeforeAddress) {
        let before = readNameBefore(field, setOffAt);
        // "Kepala Desa X Rina, Ketua BPD Desa X, Sekdes, Babinsa …": after a name its own title
        // introduced, a post with no holder that the list goes on from is the list's next item.
        const nameEnd = tokens[setOffAt - 1]?.end;
        if (
          !name &&
          before !== undefined &&
          POST_LIST_JOINERS.has(tokens[title.to]?.lower ?? "") &&
          (tokens[title.to + 1]?.capitalized === true || POST_LIST_JOINERS.has(tokens[title.to + 1]?.lower ?? "")) &&
          context.positions.some((post) => post.provenance.field === field.name && post.provenance.end === nameEnd)
        )
          before = undefined;
        if (!name || before?.name.includes(" ") || (seatBeforeAddress && before !== undefined)) {
          name = before;
          nameFirst = name !== undefined;
        }
      }
    }
    // "Budi Santoso (Ketua Bawaslu Prov X), Rina (Anggota Bawaslu Prov X)": a title with its
    // institution filling a bracket right after a name is that person's post.
    if (!name && title.institution && tokens[i - 1]?.text === "(" && tokens[title.to]?.text === ")") {
      name = nameBeforeBracket(field, i - 1);
      nameFirst = name !== undefined;
    }
    // "dibuka oleh Agus Arifin Ketua KPU Provinsi X, yang …", "Rosnawati Koordinator Divisi Hukum
    // Bawaslu X membenarkan …": a name written right before a title with its institution, no comma
    // between and nobody named after the title, holds it.
    if (
      !name &&
      tokens[i - 1]?.isWord === true &&
      tokens[i - 1]?.capitalized === true &&
      title.institution &&
      !title.institution.generic &&
      !tokens[title.to]?.capitalized
    ) {
      const before = readNameBefore(field, i);
      // "Kursi Kepala MTsN 1 X yang …", "Jabatan Ketua IDI X …": a capitalised noun opening the
      // sentence is no name; there only a rank, an honorific or a person named before says one.
      const opensSentence = before !== undefined && (before.from === 0 || SENTENCE_ENDS.holds(tokens[before.from - 1]));
      if (
        before &&
        (opensSentence
          ? before.introduced ||
            context.findPerson(before.name) !== undefined ||
            // "Budi Santoso Ketua Bawaslu X mengatakan …": a full name whose title and institution a
            // reporting verb closes is the speaking holder's, opening the sentence too.
            (before.name.includes(" ") &&
              (REPORTING_VERBS.holds(tokens[title.to]) ||
                // "Budi Santoso Kepala Dinas X membuka acara itu.", "… Kadispora X turut hadir.": so
                // is one whose title an active verb of the clause closes, when the first word is no
                // everyday word ("Sidang Paripurna Ketua DPRD X memutuskan …" names a sitting).
                (closesWithActiveVerb(tokens[title.to]) && !everydayWord(tokens[before.nameFrom]?.lower ?? ""))) &&
              !matchInstitutionAt(field, before.nameFrom) &&
              !isPlaceWord(field, tokens[before.nameFrom]))
          : before.name.includes(" ")
            ? !matchInstitutionAt(field, before.nameFrom)
            : // "Sementara itu, Rosnawati Koordinator …": one word only set off by a comma before it
              // ("mengacu pada Peraturan Menteri …" names a regulation).
              (tokens[before.from - 1]?.text === "," && isOneWordNameShaped(field, before)) ||
              context.findPerson(before.name) !== undefined ||
              // "dikatakan H. Darmo Kepala Desa X.": one word its honorific introduces, the title
              // closing the clause or followed by what the holder says.
              (before.introduced && closesTitleClause(tokens[title.to])))
      ) {
        name = before;
        nameFirst = true;
        adjoined = true;
      }
    }
    if (!name) {
      name = fullNameRightBeforeBareTitle(context, field, title);
      nameFirst = adjoined = name !== undefined;
    }
    if (!name) {
      name = holderRightBeforePost(field, title, taken);
      nameFirst = name !== undefined;
    }
    if (!name) {
      name = holderBeforeDash(field, title);
      nameFirst = name !== undefined;
    }
  }
  // "Martin Bilau selaku Kasi Trantib Kecamatan X, Kapten Budi selaku Danramil …": the one named
  // right before the linking verb holds the title; the name after the comma opens the next item.
  if (
    name &&
    !nameFirst &&
    tokens[nameAt]?.text === "," &&
    ROLE_LINKING_VERBS.has(tokens[title.from - 1]?.lower ?? "") &&
    linkedAfter(tokens, name.to) &&
    holderBeforeLinkingVerb(context, field, title.from, taken) !== undefined
  )
    name = undefined;
  // A name whose first word went to the seat is named beside a seat, as after an institution.
  const afterSeatWord = name && !nameFirst ? nameAfterSeatWord(field, title, name) : undefined;
  if (afterSeatWord !== undefined) name = afterSeatWord ?? undefined;
  // "Kejaksaan Negeri Kuatan Singingi, Riau": the word after the seat goes on the seat's name. A
  // seat the gazetteer does not know, cut short before it, is read again as written without the
  // title, through that word, or names no institution.
  const cutSeat = name !== undefined && !nameFirst && seatWordBeforeProvince(tokens, title, name, nameAt);
  if (cutSeat && name && title.institution?.unknownPlace) {
    const whole = matchInstitutionAt(field, title.institution.from);
    title.institution = whole && whole.to === name.to ? whole : undefined;
    if (whole && whole.to === name.to) title.to = whole.to;
  }
  const named =
    name &&
    // "Presiden Amerika Serikat": the country a head of state's title names is no holder.
    !(COUNTRY_HEAD_TITLES.has(title.role) && matchCountryAt(tokens, name.nameFrom)) &&
    !cutSeat &&
    // An organisation read from its acronym alone needs the name set off by a comma or a
    // rank, unless a place the gazetteer knows closes it ("Kepala Bappeko Surabaya Eri …").
    (!title.organisation ||
      tokens[nameAt]?.text === "," ||
      name.introduced ||
      // "Kepala UPTD P3UKM Dinas X Budi Santoso": the organisation's parent, named after it, closes it.
      (parentInstitution !== undefined && !parentInstitution.generic && name.name.includes(" ")) ||
      (title.institution !== undefined &&
        (matchPlaceAt(tokens, title.institution.to - 1) !== undefined ||
          // "Kepala DLHK Provinsi Sukamaju Budi Santoso": so does a region written with its prefix.
          tokens
            .slice(title.institution.from + 1, title.institution.to)
            .some((t) => REGION_PREFIX_WORDS.holds(t))) &&
        name.name.includes(" "))) &&
    (title.institution ||
      afterSeatWord !== undefined ||
      name.introduced ||
      name.name.includes(" ") ||
      title.role.includes(" ") ||
      // "Hakim Dominggus": a title before the short name of someone the article named in full.
      context.findPerson(name.name) !== undefined ||
      // "Babinsa Margunadi, Ketua BPD …": one word that is no place the article or the country
      // knows, closed by a comma or "dan" before the next post's title in a list, is the name.
      (!title.institution &&
        (tokens[name.to]?.text === "," || tokens[name.to]?.lower === "dan") &&
        !tokens[name.nameFrom]?.allCapitals &&
        !isPlaceWord(field, tokens[name.nameFrom]) &&
        matchTitleAt(field, name.to + 1) !== undefined) ||
      // "Bupati Zahir": a regent's seat is a regency, which the gazetteer knows, so one word
      // after the title that is no place (nor an acronym) is the regent's name.
      (title.role === SEATED_BY_REGENCY &&
        !title.institution &&
        !tokens[name.nameFrom]?.allCapitals &&
        !isPlaceWord(field, tokens[name.nameFrom])) ||
      // "cita-cita Presiden Prabowo.": a head of state's title has no seat but his country, so one
      // word after it that is no place or acronym (nor a country, above) is his name.
      (COUNTRY_HEAD_TITLES.has(title.role) &&
        !title.institution &&
        !tokens[name.nameFrom]?.allCapitals &&
        !isPlaceWord(field, tokens[name.nameFrom])));
  let institutionIdentity: string | undefined;
  if (title.institution) {
    const from = title.institutionFrom ?? title.institution.from;
    // "Kantor Gubernur Kalimantan Tengah" is a building: a regional head's title alone names
    // the local government only when someone holds it here or the article names it otherwise.
    // An organisation read only from its acronym is kept only when someone heads it here.
    const mayBeOnlyPlace =
      (title.implied && title.institution.type === "LOCAL_GOVERNMENT") || title.organisation === true;
    if (named || !mayBeOnlyPlace) institutionIdentity = recordInstitution(context, field, title.institution, from);
    else {
      institutionIdentity = title.institution.generic
        ? `generic:${title.institution.head?.key}`
        : title.institution.identity;
      if (context.impliedInstitutions.length < LIMITS.pending) {
        context.impliedInstitutions.push({ field: field.name, match: title.institution, from });
      }
    }
  } else if (named && !nameFirst && !title.implied && !title.committee)
    institutionIdentity = bodyOfListedPostBefore(context, field, title.from, title.role);
  // "Kabid X, Tardi, mewakili Kepala Dinas Y, Surianto, mengatakan": the one represented keeps
  // the title but is not who speaks; the representative before "mewakili" is.
  const representative =
    allowNewPeople && !nameFirst ? representativeBefore(context, tokens, title.from, taken) : undefined;
  const person = name && named ? recordPerson(context, field, name, representative === undefined) : undefined;
  if (name && person && !nameFirst) {
    learnTitleShortForm(context, field, title, nameAt, person.key);
    pass.shortForms ??= TITLE_SHORT_FORMS.get(context);
  }
  if (name && person) {
    const from = nameFirst ? name.from : title.from;
    const to = nameFirst ? title.to : name.nameTo;
    // "Ketua dan Sekretaris Koperasi X, Budi dan Rina": two titles sharing one institution,
    // then two names in the same order; the first name holds the first title.
    const paired = !nameFirst && tokens[nameAt]?.text === "," ? pairedTitleBefore(field, title) : undefined;
    const second = paired ? membersListedAfter(field, name) : [];
    const secondHolder =
      paired && second.length === 1 && second[0] ? recordPerson(context, field, second[0], false) : undefined;
    if (paired && secondHolder && second[0] && context.positions.length + 1 < LIMITS.positions) {
      context.positions.push(positionUnderTitle(field, paired, person.key, institutionIdentity, paired.from, to));
      context.positions.push(
        positionUnderTitle(field, title, secondHolder.key, institutionIdentity, title.from, second[0].nameTo),
      );
      takeName(second[0].from, second[0].to);
      take(paired.from, title.from);
      take(title.from, title.to);
      takeName(name.from, name.to);
      return second[0].to - 1;
    }
    if (context.positions.length < LIMITS.positions)
      context.positions.push(positionUnderTitle(field, title, person.key, institutionIdentity, from, to));
    if (representative === undefined)
      addReference(context, {
        field: field.name,
        start: tokens[from]?.start ?? 0,
        end: tokens[to - 1]?.end ?? 0,
        person: person.key,
      });
    // The representative's post that names no institution is held where the one represented holds office.
    else if (institutionIdentity !== undefined)
      for (const held of context.positions)
        if (held.person === representative && held.institution === undefined && held.provenance.field === field.name)
          held.institution = institutionIdentity;
    take(title.from, title.to);
    takeName(name.from, name.to);
    i = Math.max(title.to, nameFirst ? title.to : name.to) - 1;
    // "didampingi Budi Santoso, Rina Wati dan Agus Salim Anggota KPU X": a membership title right
    // after the last of a list of names is held by everyone listed.
    if (adjoined && SHARED_POSTS.test(title.role)) {
      for (const member of membersListedBefore(field, name)) {
        const held = recordPerson(context, field, member, false);
        if (!held || context.positions.length >= LIMITS.positions) break;
        context.positions.push(positionUnderTitle(field, title, held.key, institutionIdentity, member.from, title.to));
        takeName(member.from, member.to);
      }
    }
    // "Andi, guru SMAN 5 X, dipercaya memimpin SMAN 3 X": the post the person set off before takes next.
    const nextEnd = nameFirst ? holdNextPost(pass, title, person.key) : -1;
    if (nextEnd > 0) return nextEnd - 1;
    // "Anggota DPRD Blora, Budi Santoso, Rina Wulandari dan Agus Salim, hadir": a membership
    // title set off before a list is held by everyone listed.
    // "Hakim Anggota Gabriel Lase dan Alexander Yao": a bench's post before names joined by "dan"
    // is held by each of them too, without the comma.
    const teamPost = SHARED_PROSECUTOR_POST.test(title.role);
    const benchList =
      !nameFirst &&
      (SHARED_BENCH_POST.test(title.role) || teamPost) &&
      POST_COORDINATORS.has(tokens[name.to]?.lower ?? "");
    let members =
      !nameFirst && (benchList || (tokens[nameAt]?.text === "," && (SHARED_MEMBERSHIP.test(title.role) || teamPost)))
        ? membersListedAfter(field, name)
        : [];
    // "Anggota KPU X Rina Wulandari, Agus Salim dan Sri Lestari": a membership title right before a
    // list of full names that "dan" closes is held by everyone listed, without the comma before it.
    if (
      members.length === 0 &&
      !nameFirst &&
      name.from === nameAt &&
      SHARED_MEMBERSHIP.test(title.role) &&
      tokens[name.to]?.text === ","
    ) {
      const listed = membersListedAfter(field, name);
      const last = listed.at(-1);
      if (last && POST_COORDINATORS.has(tokens[last.from - 1]?.lower ?? "")) members = listed;
    }
    // "Anggota KPU X Muhammadun dan Muntoko": the one "dan" joins right after the holder, one word too.
    if (members.length === 0 && !nameFirst && name.from === nameAt && SHARED_POSTS.test(title.role))
      members = memberJoinedAfter(field, name);
    for (const member of members) {
      const held = recordPerson(context, field, member, false);
      if (!held || context.positions.length >= LIMITS.positions) break;
      context.positions.push(
        positionUnderTitle(field, title, held.key, institutionIdentity, title.from, member.nameTo),
      );
      takeName(member.from, member.to);
      i = member.to - 1;
    }
    // "Anggota KPU X Divisi Perencanaan, Budi Santoso dan Divisi Teknis Rina Wulandari": after
    // "dan", another member of the body named with a division of his own.
    if (members.length === 0 && !nameFirst && SHARED_MEMBERSHIP.test(title.role)) {
      const other = divisionMemberAfter(field, name);
      const held = other ? recordPerson(context, field, other.name, false) : undefined;
      if (other && held && context.positions.length < LIMITS.positions) {
        context.positions.push({
          person: held.key,
          institution: institutionIdentity,
          role: `${title.role.split(" ")[0]} ${writtenText(field, other.divisionFrom, other.name.from)}`,
          title: writtenText(field, other.divisionFrom, other.name.from),
          provenance: spanOf(field, other.divisionFrom, other.name.nameTo),
        });
        takeName(other.name.from, other.name.to);
        i = other.name.to - 1;
      }
    }
    return i;
  }
  const linkedHolder = allowNewPeople ? holderBeforeLinkingVerb(context, field, title.from, taken) : undefined;
  // "Budi selaku Kasi Trantib Kecamatan X, Kapten Agus …": the district written after the title is
  // the title's, read with it, not a clause of the next item's.
  if (linkedHolder && ADDRESS_LEVEL_WORDS.has(tokens[title.to]?.lower ?? ""))
    take(title.to, skipAddressChain(tokens, title.to));
  const holder = allowNewPeople
    ? (linkedHolder ??
      (continuesPostList(tokens, title.from, taken) ? sentenceSubject(context, field, title.from) : undefined) ??
      speakerOfDemonstrativeTitle(context, field, title))
    : undefined;
  // "serah terima jabatan Kepala Dinas X dari A kepada B": both the former and the new holder.
  const handedOver = allowNewPeople && !holder ? holdersOfHandover(context, field, title, takeName) : [];
  // "Zamrodi dan Ahmad Nurudin sebagai pengawas MTs": the names listed before the holder share the post.
  const listed = linkedHolder ? namesListedBefore(context, field, linkedHolder, title.from) : [];
  for (const heldBy of holder ? [...listed, holder] : handedOver) {
    // The title names its institution as a holder's would: a regional head's government too.
    if (title.institution && !named && institutionIdentity === undefined) {
      institutionIdentity = recordInstitution(context, field, title.institution, title.institutionFrom);
    } else if (title.institution && !named && context.impliedInstitutions.at(-1)?.match === title.institution) {
      context.impliedInstitutions.pop();
      institutionIdentity = recordInstitution(
        context,
        field,
        title.institution,
        title.institutionFrom ?? title.institution.from,
      );
    }
    if (context.positions.length < LIMITS.positions)
      context.positions.push(positionUnderTitle(field, title, heldBy, institutionIdentity, title.from, title.to));
    // "Budi, sebelumnya kepala SMPN 6 X, dipercaya memimpin SMPN 5 X": and heads the one led after it.
    const nextEnd = holder ? holdNextPost(pass, title, heldBy) : -1;
    if (nextEnd > 0) {
      take(title.from, title.to);
      addReference(context, {
        field: field.name,
        start: tokens[title.from]?.start ?? 0,
        end: tokens[title.to - 1]?.end ?? 0,
        role: title.role,
        institution: institutionIdentity,
      });
      return nextEnd - 1;
    }
  }
  addReference(context, {
    field: field.name,
    start: tokens[title.from]?.start ?? 0,
    end: tokens[title.to - 1]?.end ?? 0,
    role: title.role,
    institution: institutionIdentity,
  });
  take(title.from, title.to);
  return title.to - 1;
}

/**
 * A representative's bare post after "diwakili", or an abbreviated title the lexicon does not list.
 */
function readRepresentativeOrAbbreviatedTitle(pass: PeoplePass, i: number, token: Token): number {
  const { context, field, tokens, taken, take, takeName } = pass;
  // "Kepala Dinas Sosial X yang diwakili Sekretaris Budi Santoso menyerahkan …": a bare head word
  // after "diwakili" is the representative's post in the institution of the title represented.
  if (token.lower === "diwakili" && !token.capitalized) {
    const deputy = readRepresentativePost(context, field, i, taken);
    if (deputy > 0) {
      return deputy - 1;
    }
  }
  // "Dirnarkoba Polda X Budi Santosa": an abbreviated title the lexicon does not list (Dir-,
  // Wadir-, Ka-, Waka- and a unit), the institution it is held at, and a full name after it.
  if (
    token.capitalized &&
    ABBREVIATED_TITLE_INITIALS.has(token.text.charCodeAt(0)) &&
    ABBREVIATED_TITLE_SHAPE.test(token.text) &&
    !NOT_NAMES.holds(token) &&
    !taken[i]
  ) {
    const institution = matchInstitutionAt(field, i + 1, true);
    // "Kadis Kominfo Sumut, Ilyas Sitorus, …": the name may also stand set off by commas.
    const apposed = institution !== undefined && tokens[institution.to]?.text === ",";
    const name =
      institution && !institution.generic ? readName(field, apposed ? institution.to + 1 : institution.to) : undefined;
    if (
      institution &&
      name &&
      (apposed ? /^[,.]$/.test(tokens[name.to]?.text ?? "") : tokens[institution.to]?.spaced) &&
      nameEndsCleanly(field, name) &&
      (name.name.includes(" ") || name.introduced)
    ) {
      const person = recordPerson(context, field, name);
      if (person) {
        const identity = recordInstitution(context, field, institution);
        if (context.positions.length < LIMITS.positions)
          context.positions.push({
            person: person.key,
            institution: identity,
            role: token.text,
            title: writtenText(field, i, institution.to),
            provenance: spanOf(field, i, name.nameTo),
          });
        addReference(context, {
          field: field.name,
          start: token.start,
          end: tokens[name.nameTo - 1]?.end ?? token.end,
          person: person.key,
        });
        take(i, institution.to);
        takeName(name.from, name.to);
        return name.to - 1;
      }
    }
  }
  return NOT_READ;
}

/**
 * Someone who speaks and is not named: a withheld name with an age, or a phrase for one of a group.
 */
function readAnonymousSpeaker(pass: PeoplePass, i: number, token: Token): number {
  const { context, field, tokens } = pass;
  // "Er (40)", "salah seorang warga binaan": someone speaks who is not a named official; a later
  // "ujarnya" points at them, not at the last person named.
  const anonymousAge =
    isNameWord(token) &&
    // "Suparman (50)" is a name; "Er (40)" and "S (49)" are a name withheld.
    token.text.length <= MAX_WITHHELD_NAME_LENGTH &&
    tokens[i + 1]?.text === "(" &&
    /^\d{1,2}$/.test(tokens[i + 2]?.text ?? "") &&
    tokens[i + 3]?.text === ")" &&
    // Only someone who goes on to speak: "Er (40), menilai …", not a suspect "Budi (32) ditangkap";
    // "Er (40), warga setempat, mengaku …": or someone described who does.
    (REPORTING_VERBS.holds(tokens[i + 4]?.text === "," ? tokens[i + 5] : tokens[i + 4]) ||
      (tokens[i + 4]?.text === "," && DESCRIPTORS.holds(tokens[i + 5])));
  // "di rumah salah seorang pelaku": a phrase after a lowercase word that is no speech verb is the
  // object of something else, not someone who goes on to speak.
  const wordBeforePhrase = tokens[i - 1];
  const anonymousPhrase =
    ANONYMOUS_FIRST_WORDS.holds(token) &&
    longestWordsEnd(tokens, i, ANONYMOUS_PHRASES) > 0 &&
    (!wordBeforePhrase?.isWord ||
      wordBeforePhrase.capitalized ||
      NAMED_SPEECH.holds(wordBeforePhrase) ||
      REPORTING_VERBS.holds(wordBeforePhrase));
  if ((anonymousAge && !context.findPerson(token.text)) || anonymousPhrase) {
    // The reference spans the label a quote keeps for its speaker: "Er (40)", "salah seorang warga binaan".
    const phraseEnd = longestWordsEnd(tokens, i, ANONYMOUS_PHRASES);
    let labelEnd = anonymousAge ? i + 4 : phraseEnd;
    while (!anonymousAge && labelEnd - i < 6 && tokens[labelEnd]?.isWord && !tokens[labelEnd]?.capitalized) {
      if (REPORTING_VERBS.holds(tokens[labelEnd])) break;
      labelEnd++;
    }
    addReference(context, {
      field: field.name,
      start: token.start,
      end: tokens[labelEnd - 1]?.end ?? token.end,
      anonymous: true,
    });
    return i;
  }
  return NOT_READ;
}

/**
 * Whether the name after "bernama" or "atas nama" is given in full: longer than a withheld one,
 * or a three-letter given name in lowercase after its capital ("pelaku bernama Eko (38)",
 * "terdakwa atas nama Aco"), never initials ("bernama AS").
 */
function givenAfterNaming(field: TextField, name: NameMatch): boolean {
  if (name.name.length > MAX_WITHHELD_NAME_LENGTH) return true;
  const word = field.tokens[name.nameFrom];
  return name.name.length === MAX_WITHHELD_NAME_LENGTH && word !== undefined && !word.allCapitals && word.capitalized;
}

/**
 * A person after a noun describing them ("korban Siti Aminah") or after "bernama".
 */
function readDescribedPerson(pass: PeoplePass, i: number, token: Token): number {
  const { context, field, tokens, taken, takeName } = pass;
  // "korban Siti Aminah", "Terdakwa Budi Santosa divonis …", "mahasiswa Universitas Riau Khariq
  // Anhar": a noun that describes a person, perhaps with where they belong, then a full name.
  // "warga bernama Suparman": "bernama" says a name follows, a single one too.
  // "siswa kelas XII bernama Andi": "bernama" may also stand a few words after the noun.
  // "korban hilang atas nama Tukiman": "atas nama" after such a noun says the same as "bernama".
  const namingWords = token.lower === "bernama" ? 1 : token.lower === "atas" && tokens[i + 1]?.lower === "nama" ? 2 : 0;
  const namedAt = i + namingWords;
  if (namingWords > 0 && !taken[namedAt] && describedBeforeBernama(tokens, namedAt - 1, namingWords === 2)) {
    const called = readName(field, namedAt);
    if (
      called &&
      called.from === namedAt &&
      givenAfterNaming(field, called) &&
      nameEndsCleanly(field, called) &&
      !matchInstitutionAt(field, called.nameFrom)
    ) {
      recordPerson(context, field, called);
      takeName(called.from, called.to);
      return called.to - 1;
    }
  }
  const named = tokens[i + 1]?.lower === "bernama";
  // "juara II Budi Santoso (skor 43)", "juara 1 Rina Wulandari dari SMPN 2 X": a winner's place
  // stands between the noun and the name; the place says a winner follows.
  // Written in capitals ("Juara II Menyanyi Solo Putra"), it opens a category's name instead.
  const ranked =
    !named && !token.capitalized && RANKED_NOUNS.has(token.lower) && PLACE_ORDINALS.test(tokens[i + 1]?.text ?? "");
  const nameStart = named || ranked ? i + 2 : i + 1;
  if (
    tokens[nameStart]?.capitalized &&
    (NOUNS_BEFORE_NAME.holds(token) || CANDIDATE_PAIR_NOUNS.has(token.lower)) &&
    !taken[i]
  ) {
    let at = nameStart;
    const institution = named ? undefined : matchInstitutionAt(field, at);
    if (institution && !institution.generic) at = institution.to;
    const name = readName(field, at);
    if (
      name &&
      name.from === at &&
      // "terdakwa Sutrisno", "korban Suparmi": a party to a case or a relative by a single name too.
      (name.name.includes(" ") ||
        (named && givenAfterNaming(field, name)) ||
        (at === nameStart && CASE_PARTY_NOUNS.has(token.lower) && name.name.length > MAX_WITHHELD_NAME_LENGTH)) &&
      // Without an institution read, "warga Kampung Baru", "peserta Jambore Nasional" name a place
      // or an event: only nouns for a party to a case or a relative stand before a bare name.
      (at > nameStart ||
        named ||
        (ranked && name.name.includes(" ") && !NAMED_THING_NOUNS.has(tokens[name.nameFrom]?.lower ?? "")) ||
        (name.nameTo - name.nameFrom <= 3 && NOUNS_BEFORE_BARE_NAME.has(token.lower)) ||
        // "Pasangan Budi Santoso-Rina Wulandari", "paslon Johan Gonga-Muin Sogalrey": a candidate
        // pair's noun before the first of two names joined by a hyphen.
        (CANDIDATE_PAIR_NOUNS.has(token.lower) && pairedNamesAt(tokens, name.nameTo - 1))) &&
      nameEndsCleanly(field, name) &&
      // "peserta Wirausaha Baru (WUB)": a name given an acronym is a programme's or a body's.
      // "terdakwa Budi Santoso (34)": an age in brackets is no acronym.
      !(
        tokens[name.to]?.text === "(" &&
        tokens[name.to + 1]?.allCapitals &&
        !DIGIT_RUN.test(tokens[name.to + 1]?.text ?? "")
      ) &&
      !matchInstitutionAt(field, name.nameFrom)
    ) {
      const person = recordPerson(context, field, name);
      // "dosen Universitas Diponegoro Budi Santoso", "staf Dinas Sosial Rina": a job held there.
      if (person && institution && at > nameStart && JOB_NOUNS.has(token.lower))
        holdJob(context, field, i, institution, person.key, name.nameTo);
      takeName(name.from, name.to);
      // "terdakwa Wiwin Kalahe dan Yudi Parsan", "saksi A, B, dan C": the other parties listed
      // right after the first, full names (or names with a degree) each.
      let end = name.to;
      if (person && at === nameStart && CASE_PARTY_NOUNS.has(token.lower)) {
        for (const party of membersListedAfter(field, name)) {
          if (taken[party.from] || !recordPerson(context, field, party)) break;
          takeName(party.from, party.to);
          end = party.to;
        }
      }
      return end - 1;
    }
  }
  return NOT_READ;
}

/** Nouns for a contest's winner whose place may stand before the name: "juara II Budi". */
const RANKED_NOUNS = new Set(["juara", "peringkat"]);
/** A winner's place written after "juara": "I", "II", "III", "1", "2", "3" (not "pertama", read as words). */
const PLACE_ORDINALS = /^(?:I{1,3}|[1-9])$/;

/**
 * A name introduced by speech: "kata Hemu", "ujar Arpan", "menurut Dwi".
 */
function readSpeaker(pass: PeoplePass, at: number, token: Token): number {
  const { context, field, tokens, takeName } = pass;
  let i = at;
  // "kata Hemu", "ujar Arpan", "menurut Dwi": a name introduced by speech.
  if (NAMED_SPEECH.holds(token)) {
    // "ujar Gubsu": the short form of a title read above names its holder on its own turn.
    if (pass.shortForms?.has(tokens[i + 1]?.text ?? "")) return i;
    // "menurut kepala sekolah SD Negeri 3 X, Budi Santoso, …": a title in lowercase that names
    // its institution is read on its own turn, with its holder.
    const titleWord = tokens[i + 1];
    if (titleWord?.isWord && !titleWord.capitalized && TITLE_FIRST_WORDS.holds(titleWord)) {
      const lowercase = matchTitleAt(field, i + 1, true);
      if (lowercase?.institution && !lowercase.institution.generic) return i;
      // "kata kepala desa setempat, Budi Santoso": so is a head set off before the name (headSetOffBeforeName).
      if (lowercase && headSetOffBeforeName(field, lowercase)) return i;
      // "kata kepala sekolah, Budi Santoso, Sabtu": and a title with a usual workplace set off before
      // a full name, as after any other word (titleAtToken).
      if (lowercase && workplaceTitleSetOff(field, lowercase)) return i;
    }
    // 'kata Plt. Kepala Dinas X, Budi': an acting prefix (its stop too, which ends no name) opens
    // the title it qualifies, read on its own turn with its holder; it is no one-word name.
    if (ACTING_PREFIXES.has(titleWord?.lower ?? "")) {
      const qualified = tokens[i + 2]?.text === "." ? tokens[i + 3] : tokens[i + 2];
      if (qualified?.capitalized && TITLE_FIRST_WORDS.holds(qualified)) return i;
    }
    let name = readName(field, i + 1) ?? describedSpeakerName(field, i + 1) ?? knownAcronymName(context, field, i + 1);
    // "… ,” kata Sutrisno, warga setempat.": a single name right after the verb, closed by
    // punctuation, names the speaker too; by the full name the text wrote earlier, if it did
    // ("instruktur dari Asosiasi X, Rizky Pratama" … "ujar Rizky").
    // "kata Adi, salah seorang wartawan", "kata Adi.": three letters written as a name (a capital,
    // then small letters) closing the attribution or described after it are a given name; a
    // withheld one is shorter or in capitals ("Er", "AS").
    const after = name ? tokens[name.to] : undefined;
    // A paragraph's end closes it too, where the newsroom left out the stop after the attribution.
    const closed =
      name !== undefined &&
      (/^[.,;(]$/.test(after?.text ?? ".") || lineBreakBefore(field, name.to)) &&
      (name.name.length > MAX_WITHHELD_NAME_LENGTH ||
        (THREE_LETTER_GIVEN_NAME.test(name.name) &&
          (after === undefined ||
            after.text === "." ||
            (after.text === "," && tokens[name.to + 1]?.isWord === true && !tokens[name.to + 1]?.capitalized))));
    const spoken = name;
    if (name && closed && !name.name.includes(" ") && !context.findPerson(name.name)) {
      name = fullNameWrittenBefore(field, name) ?? name;
    }
    if (spoken && name && (name.name.includes(" ") || closed || context.findPerson(name.name))) {
      const person = recordPerson(context, field, name);
      takeName(name.from, name.to);
      i = name.to - 1;
      // The full name may be one written earlier. The pass reads on from it, so that the words
      // between, this speech verb among them, are read again knowing the person; but only when
      // the short name now finds that person. When it does not (two people share the given name),
      // going back would read the same verb again for ever: the pass goes on after it instead.
      if (spoken !== name && context.findPerson(spoken.name) !== person) {
        takeName(spoken.from, spoken.to);
        i = spoken.to - 1;
      }
    }
    return i;
  }
  return NOT_READ;
}

/** A board's posts, as "sebagai" gives them to the names of a newly formed board: "sebagai ketua". */
const BOARD_POSTS: readonly (readonly string[])[] = [
  ["wakil", "ketua"],
  ["ketua", "pengawas"],
  ["anggota", "pengawas"],
  ["ketua"],
  ["sekretaris"],
  ["bendahara"],
  ["pengawas"],
  ["manajer"],
];
/**
 * The first of BOARD_POSTS written from `at` ("wakil ketua", "sekretaris"), if any. A function of
 * its own rather than a closure over the position: the passes calling it run at every token, and a
 * closure there makes the engine allocate a context for the position at each one.
 */
function boardPostAt(tokens: readonly Token[], at: number): readonly string[] | undefined {
  for (const words of BOARD_POSTS) if (wordsAt(tokens, at, words) >= 0) return words;
  return undefined;
}
/** Words saying the name before them was chosen for the post after "sebagai": "Budi terpilih sebagai ketua". */
const BOARD_CHOSEN_WORDS = new Set(["terpilih", "dipilih", "ditetapkan", "ditunjuk", "diangkat", "dipercaya"]);
/** "yang": opens a relative clause, which may close a board's post ("sebagai ketua yang baru"). */
const RELATIVE_WORD = "yang";
/** What closes a board post's item: the list's joiners and the sentence's end. */
const BOARD_ITEM_ENDS = new Set([",", "dan", "serta", ".", ";"]);
/** Most words naming the field of a deputy's post: "wakil ketua bidang usaha". */
const BOARD_FIELD_REACH = 4;
/** Most tokens read back for the board: the sentence of the list and the one before it. */
const BOARD_BODY_REACH = 80;
/** Kinds of institution whose board is listed so: cooperatives, BUMDes, associations. */
const BOARD_BODY_TYPES = new Set<InstitutionType>(["COMMUNITY", "COMPANY"]);

/**
 * Files a board's post written from `from` to `to` ("ketua", "Wakil Ketua Bidang Usaha"), its role in
 * title case, held at the board's body when the sentence names one.
 */
function recordBoardPost(
  context: ExtractionContext,
  field: TextField,
  person: string,
  body: InstitutionMatch | undefined,
  from: number,
  to: number,
  provenance: Span,
): void {
  const written = writtenText(field, from, to);
  context.positions.push({
    person,
    institution: body ? recordInstitution(context, field, body) : lastBoardPostBodyBefore(context, field, from),
    role: written.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase()),
    title: written,
    provenance,
  });
}

/**
 * A name written after the board's post at `postFrom`..`postTo` (a list item, a roster line) holds
 * that post at the board's body (boardBodyBefore): the name is read as a person, or found as one
 * read before, and taken. False, and nothing recorded, when it is no person or already holds a post.
 */
function nameHoldsBoardPost(pass: PeoplePass, name: NameMatch, postFrom: number, postTo: number): boolean {
  const { context, field, takeName } = pass;
  const person = context.findPerson(name.name) ?? recordPerson(context, field, name, false);
  if (!person || context.positions.some((held) => held.person === person.key)) return false;
  takeName(name.from, name.to);
  const body = boardBodyBefore(field, postFrom);
  recordBoardPost(context, field, person.key, body, postFrom, postTo, spanOf(field, postFrom, name.nameTo));
  return true;
}

/**
 * The board's body for a post at `at`: the association, cooperative or company named last in this
 * sentence or the one before, else the field's only one.
 */
function boardBodyBefore(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  let institution: InstitutionMatch | undefined;
  let sentences = 0;
  let from = at - 1;
  for (; from > 0 && at - from < BOARD_BODY_REACH; from--) {
    if (SENTENCE_ENDS.holds(tokens[from - 1]) && ++sentences === 2) break;
  }
  for (let k = from; k < at; k++) {
    const match = matchInstitutionAt(field, k, true);
    if (!match || match.generic || match.to > at) continue;
    if (BOARD_BODY_TYPES.has(match.type)) institution = match;
    k = match.to - 1;
  }
  // Else the article's only association, cooperative or company, wherever it is named.
  return institution ?? onlyBoardBody(field);
}

/**
 * "… menjadi Ketua PGRI X. Kursi wakil ketua diisi …. Parmin dipercaya sebagai Sekretaris": a
 * board's post whose body is named neither near it nor alone in the article, written right after
 * another post of a board (the last post read before it), is a post of the same board. That body's
 * key, or undefined.
 */
function lastBoardPostBodyBefore(context: ExtractionContext, field: TextField, at: number): string | undefined {
  const start = field.tokens[at]?.start ?? 0;
  let last: (typeof context.positions)[number] | undefined;
  for (const post of context.positions) {
    if (post.provenance.field !== field.name || post.provenance.end > start) continue;
    if (!last || post.provenance.end > last.provenance.end) last = post;
  }
  if (!last?.institution || !boardBodyPost(last.role)) return undefined;
  const body = context.institutions.get(last.institution);
  return body && BOARD_BODY_TYPES.has(body.type) ? last.institution : undefined;
}

/** Each field's only association, cooperative or company (null when it names none or several), read once. */
const ONLY_BOARD_BODY = new WeakMap<TextField, InstitutionMatch | null>();

/** The one association, cooperative or company the field names (a kind of body not counted), if only one. */
function onlyBoardBody(field: TextField): InstitutionMatch | undefined {
  let only = ONLY_BOARD_BODY.get(field);
  if (only === undefined) {
    only = null;
    const { tokens } = field;
    for (let k = 0; k < tokens.length; k++) {
      if (!tokens[k]?.capitalized) continue;
      const match = matchInstitutionAt(field, k, true);
      if (!match) continue;
      if (!match.generic && BOARD_BODY_TYPES.has(match.type)) {
        if (only && only.identity !== match.identity) {
          only = null;
          break;
        }
        only = match;
      }
      k = match.to - 1;
    }
    ONLY_BOARD_BODY.set(field, only);
  }
  return only ?? undefined;
}

/**
 * "Budi Santoso sebagai ketua, Rina Wati sebagai sekretaris dan Agus sebagai bendahara": a board's
 * post with no institution after "sebagai" or "selaku" is held by the name right before, at the
 * association, cooperative or company named last in this sentence or the one before, else at the
 * article's only one so far. A post naming its institution is read with its title. Answers the
 * last token read, or NOT_READ.
 */
function readBoardPost(pass: PeoplePass, i: number, token: Token): number {
  const { context, field, tokens, taken, take, takeName } = pass;
  if (token.capitalized || !POST_WORDS.has(token.lower) || context.positions.length >= LIMITS.positions)
    return NOT_READ;
  const post = boardPostAt(tokens, i + 1);
  if (!post) return NOT_READ;
  let to = i + 1 + post.length;
  // "wakil ketua bidang usaha": the field of the post, up to the item's end.
  if (tokens[to]?.lower === "bidang") {
    let end = to + 1;
    while (end - to <= BOARD_FIELD_REACH && tokens[end]?.isWord && !BOARD_ITEM_ENDS.has(tokens[end]?.lower ?? ""))
      end++;
    if (end === to + 1) return NOT_READ;
    to = end;
  }
  // "sebagai ketua koperasi": a body of a kind after the post is the one the story is about.
  const kind =
    tokens[to] && !BOARD_ITEM_ENDS.has(tokens[to]?.lower ?? "") ? matchInstitutionAt(field, to, true) : undefined;
  if (kind?.generic) to = kind.to;
  // "Parmin dipercaya sebagai sekretaris yang akan mengurus administrasi": a relative clause after
  // the post says what the post does, and closes the item as the list's joiners do.
  if (tokens[to] && !BOARD_ITEM_ENDS.has(tokens[to]?.lower ?? "") && tokens[to]?.lower !== RELATIVE_WORD)
    return NOT_READ;
  // The holder: a name read before, ending right at the linking word (or at "terpilih" before it),
  // or a full name there.
  const nameEnd = BOARD_CHOSEN_WORDS.has(tokens[i - 1]?.lower ?? "") ? i - 1 : i;
  const end = tokens[nameEnd - 1]?.end;
  let person = personReferencedEndingAt(context.references, field.name, end);
  // A name read without a reference (a list's later item) is found by what it says.
  if (!person && taken[nameEnd - 1] === NAME_TAKEN) {
    const name = readNameBefore(field, nameEnd);
    if (name && taken[name.from] === NAME_TAKEN) person = context.findPerson(name.name)?.key;
  }
  if (!person && !taken[nameEnd - 1]) {
    const name = readNameBefore(field, nameEnd);
    // "…, Muslihin sebagai wakil ketua bidang anggota": one word, as the next item of a board list.
    const previousEnd = tokens[(name?.from ?? 0) - 2]?.end;
    const nextItem =
      name !== undefined &&
      POST_LIST_JOINERS.has(tokens[name.from - 1]?.lower ?? "") &&
      context.positions.at(-1)?.provenance.end === previousEnd;
    if (!name || taken[name.from] || !(name.name.includes(" ") || name.introduced || nextItem)) return NOT_READ;
    if (matchInstitutionAt(field, name.nameFrom) || isPlaceWord(field, tokens[name.nameFrom])) return NOT_READ;
    person = recordPerson(context, field, name)?.key;
    if (person) takeName(name.from, name.to);
  }
  if (!person) return NOT_READ;
  if (holdsPostWrittenOver(context.positions, person, field.name, tokens[i]?.start ?? 0)) return NOT_READ;
  recordBoardPost(context, field, person, boardBodyBefore(field, i), i + 1, to, spanOf(field, i + 1, to));
  take(i, to);
  return to - 1;
}

/** The person of the last reference in `field` ending at `end`. A loop, not a closure: see lastPostAtInstitution. */
function personReferencedEndingAt(
  references: readonly PersonReference[],
  field: FieldName,
  end: number | undefined,
): string | undefined {
  for (let k = references.length - 1; k >= 0; k--) {
    const reference = references[k] as PersonReference;
    if (reference.field === field && reference.person !== undefined && reference.end === end) return reference.person;
  }
  return undefined;
}

/** Whether `person` holds a post whose provenance in `field` covers `offset`. A loop: see lastPostAtInstitution. */
function holdsPostWrittenOver(
  positions: readonly PositionFact[],
  person: string,
  field: FieldName,
  offset: number,
): boolean {
  for (const post of positions) {
    if (
      post.person === person &&
      post.provenance.field === field &&
      post.provenance.end >= offset &&
      post.provenance.start <= offset
    )
      return true;
  }
  return false;
}

/**
 * A person set off after a relation noun or a noun describing them, or members of an institution.
 */
function readApposedPerson(pass: PeoplePass, i: number, token: Token): number {
  const { context, field, tokens, taken, takeName } = pass;
  // "mengunjungi Rutan pimpinan Agus Salim", "didampingi Budi Santosa": a full name after a word
  // that introduces a person.
  // "terdakwa dan rekannya, Alwi Prayoga (berkas terpisah), …": a relation noun's person may
  // follow it, set off by a comma, with a full name.
  // "wakilnya Indra Jaya, SE": the name may also follow the noun without a comma.
  // Family words without the comma name someone beside the story, seldom a speaker.
  const apposedAt = tokens[i + 1]?.text === "," ? i + 2 : POSSESSIVE_HEADS.holds(token) ? i + 1 : -1;
  // "Salah satu pengunjung, Suwartini, tertarik …": a noun describing a person does so too,
  // set off by a comma.
  // "Wisudawan terbaik, Andi Pratama, …", "warga setempat, Suparmi, …": or one word after such a noun.
  const describedApposition =
    apposedAt === i + 2 &&
    (NOUNS_BEFORE_NAME.holds(token) || (NOUNS_BEFORE_NAME.holds(tokens[i - 1]) && tokens[i - 1]?.isWord === true));
  // "Ayahnya, Hery Maryanto, …": the relation noun may open the sentence.
  const opensSentence = i === 0 || SENTENCE_ENDS.holds(tokens[i - 1]);
  if (
    apposedAt > 0 &&
    (!token.capitalized || (opensSentence && apposedAt === i + 2)) &&
    (APPOSITIVE_INTRODUCERS.has(token.lower) || describedApposition)
  ) {
    const apposed = readName(field, apposedAt);
    // "ketuanya, Gunawan, membahas …": one name, set off by commas on both sides, too.
    if (
      apposed &&
      (apposed.name.includes(" ") ||
        (apposed.name.length > MAX_WITHHELD_NAME_LENGTH && tokens[apposed.to]?.text === ",")) &&
      apposed.from === apposedAt &&
      (APPOSITION_ENDS.has(tokens[apposed.to]?.text ?? "") || tokens[apposed.to - 1]?.text === ".") &&
      nameEndsCleanly(field, apposed)
    ) {
      recordPerson(context, field, apposed);
      takeName(apposed.from, apposed.to);
      return apposed.to - 1;
    }
  }
  // "dan pejabat eselon IV lainnya, Rudi Hartono dan M Yusuf, serta …": full names set off by a
  // comma after a noun for officials and the words describing them.
  if (!token.capitalized && DESCRIBED_LIST_NOUNS.has(token.lower) && !taken[i]) {
    const read = readDescribedList(context, field, i, taken, takeName);
    if (read > 0) return read - 1;
  }
  // "dua siswa SMAN 1 Cepu, Rina Wulandari dan Agus Salim, …": people set off by a comma after a
  // noun describing them and the institution they belong to; the noun may open the sentence.
  if ((!token.capitalized || opensSentence) && NOUNS_BEFORE_NAME.holds(token) && !taken[i]) {
    const read = readMembersOfInstitution(context, field, i, takeName);
    if (read > 0) {
      return read - 1;
    }
  }
  return NOT_READ;
}

/** Kinds of places and bodies counted before a list of their own names: "dua desa, yakni …". */
const COUNTED_THING_KINDS = new Set(peopleLexicon.countedThingKinds);
/** Words that open a list of what was counted before: "yakni", "yaitu", "antaranya", "antara lain". */
const THING_LIST_INTRODUCERS = new Set(["yakni", "yaitu", "antaranya"]);
/** Counts that are no number: "beberapa desa, yakni …", "sejumlah sekolah, antara lain …". */
const VAGUE_COUNTS = new Set(["beberapa", "sejumlah", "berbagai"]);
/** Most tokens a list of counted places' or bodies' names runs over. */
const THING_LIST_REACH = 30;

/** Whether `token` counts what follows it: "2", "255", "dua", "beberapa". */
function isCount(token: Token | undefined): boolean {
  return (
    token !== undefined && (DIGIT_RUN.test(token.text) || companionCount(token) > 0 || VAGUE_COUNTS.has(token.lower))
  );
}

/**
 * "Dua desa di Kabupaten X, yakni Sukamaju dan Mekar Sari, …", "Ada 3 pondok pesantren yaitu Nurul
 * Huda …", "40 lembaga antara lain Taman Kanak-kanak …": the introducer at `at` lists the names of
 * places or bodies a count before it in the sentence names the kind of, not people. Where such a
 * list's capitalised words (with commas, "dan", brackets and numbers between) end, before any
 * title; else NOT_READ.
 */
function countedThingListEnd(field: TextField, at: number): number {
  const { tokens } = field;
  const token = tokens[at];
  if (!token || token.capitalized) return NOT_READ;
  const introduces =
    THING_LIST_INTRODUCERS.has(token.lower) || (token.lower === "lain" && tokens[at - 1]?.lower === "antara");
  if (!introduces) return NOT_READ;
  let counted = false;
  for (let k = at - 1; k >= 0 && at - k <= PARTY_NOUN_REACH; k--) {
    const before = tokens[k];
    if (!before || SENTENCE_ENDS.holds(before)) break;
    // "2 pondok pesantren": the kind may be the second word after the count.
    if (
      !before.capitalized &&
      COUNTED_THING_KINDS.has(before.lower) &&
      (isCount(tokens[k - 1]) || isCount(tokens[k - 2]))
    ) {
      counted = true;
      break;
    }
  }
  if (!counted) return NOT_READ;
  let end = at + 1;
  while (end < tokens.length && end - at <= THING_LIST_REACH) {
    const next = tokens[end];
    if (!next || SENTENCE_ENDS.holds(next)) break;
    // "yakni Sukamaju dan Mekar Sari, Kepala Desa Budi …": a title after the list names its holder.
    if (next.capitalized && matchTitleAt(field, end) !== undefined) break;
    const inList =
      (next.isWord && next.capitalized) ||
      COORDINATORS.has(next.lower) ||
      DIGIT_RUN.test(next.text) ||
      /^[,()]$/.test(next.text);
    if (!inList) break;
    end++;
  }
  return end > at + 1 ? end : NOT_READ;
}

/** Whether the name starts with an acronym the article defines for a body ("Kopti" of "Koperasi … (Kopti)"). */
function definedAcronymOpens(field: TextField, name: NameMatch): boolean {
  const first = field.tokens[name.nameFrom];
  return first !== undefined && field.learnedAbbreviations?.has(first.text) === true;
}

/**
 * People after a word that introduces them: "didampingi Budi Santosa", "di antaranya A dan B".
 */
function readIntroducedPeople(pass: PeoplePass, at: number, token: Token): number {
  const { context, field, tokens, takeName } = pass;
  let i = at;
  // "Didampingi Budi Santoso, …", "Hadir pula …": an introducer may also open the sentence.
  const caring = caringWordAt(tokens, i);
  const thingListEnd = countedThingListEnd(field, i);
  if (thingListEnd !== NOT_READ) return thingListEnd - 1;
  if ((caring || INTRODUCERS.holds(token)) && (!token.capitalized || i === 0 || SENTENCE_ENDS.holds(tokens[i - 1]))) {
    // "Komisi A yang dipimpin ketuanya, Gunawan, …": the unit's head, named after the verb.
    // "MTsN 4 Sukamaju kini dipimpin Budi": an institution named before the verb is headed by the one after it.
    const chairedUnit = chairedUnitBefore(field, i) ?? headedInstitutionBefore(field, i);
    // "Ketua Komisi I DPRD X Basuki, didampingi anggota Abdulhak": a companion named with a bare
    // member's role holds it where the one accompanied holds office.
    const companion = readCompanion(context, field, i, takeName);
    if (companion > 0) return companion - 1;
    let nameAt = i + 1;
    // "Tim terdiri dari A, B dan C": a particle stands between the introducer and the names.
    const particles = INTRODUCER_PARTICLES.get(token.lower);
    if (particles) {
      if (!particles.includes(tokens[nameAt]?.lower ?? "")) return NOT_READ;
      nameAt++;
    }
    if (chairedUnit && POSSESSIVE_HEADS.holds(tokens[nameAt])) nameAt += tokens[nameAt + 1]?.text === "," ? 2 : 1;
    // "menggantikan kepala sekolah sebelumnya, Sudarmo, yang …": the one replaced, named after
    // their post and "sebelumnya" set off by commas.
    const replacedAt = HANDED_OVER_POST_VERBS.has(token.lower) ? formerHolderAt(field, nameAt) : -1;
    if (replacedAt > 0) nameAt = replacedAt;
    let name = readName(field, nameAt);
    // "yang dilantik adalah Rina Wulandari sebagai …": after a copula only a name with a degree,
    // an honorific or the post it takes is a person ("penyebabnya adalah Banjir Bandang" is not).
    // "yang dikukuhkan adalah Zamrodi dan Ahmad Nurudin sebagai pengawas": names listed after a
    // copula up to the post they take are people, one word each too.
    // "Keduanya adalah Sri Wahyuni dan Ah. Fauzi, S.Pd.I, …": or names listed with one that a
    // degree or an honorific says is a person's.
    // "Ketiga siswa tersebut adalah A, B, dan C": or names listed about people the subject describes.
    // "Tujuh komisioner KIP X yang dilantik ialah A, B dan C": or names holding the title before.
    // The title a list after the introducer shares, read once for the copula's test and the list below.
    const listTitle = name !== undefined ? titleBeforeList(field, i) : undefined;
    const copulaList =
      name !== undefined &&
      COPULA_INTRODUCERS.has(token.lower) &&
      (listClosedByPost(field, name) ||
        listNamesPerson(field, name) ||
        listTitle !== undefined ||
        (describedSubjectBefore(tokens, i) && membersListedAfter(field, name).length > 0));
    if (
      name &&
      COPULA_INTRODUCERS.has(token.lower) &&
      !(name.introduced || carriesDegree(name) || POST_AFTER_COPULA.has(tokens[name.to]?.lower ?? "") || copulaList)
    )
      name = undefined;
    // "anggota Komisi III DPRD X, di antaranya A dan B": a title closed by a comma before the
    // list is held by everyone listed.
    // "ditunjuk sebagai Penjabat Kepala Desa X, menggantikan A": the title before the comma is the
    // subject's new post, not one A shares; what A held is read as a handed-over post below.
    const replacing = token.lower === REPLACING_VERB;
    let sharedTitle = name && !replacing ? (listTitle ?? chairedUnit) : undefined;
    // "Komisi III dipimpin Subhan": one name after the unit's chairing verb is its head's.
    const chaired = chairedUnit !== undefined && sharedTitle === chairedUnit;
    // "digantikan oleh Rina.": the new holder after the passive verb's "oleh".
    const handedOver =
      !sharedTitle &&
      (HANDED_OVER_POST_VERBS.has(token.lower) ||
        (token.lower === "oleh" && HANDED_OVER_POST_VERBS.has(tokens[i - 1]?.lower ?? "")));
    let sharedInstitution: string | undefined;
    // "Dua korban meninggal, yakni Mugiono dan Jarianto": single names listed about victims or
    // parties to a case named before the list in the same sentence.
    const listsParties = LIST_INTRODUCERS.has(token.lower) && partyNounBefore(tokens, i);
    // "antara lain Rovie Komsen, S.Pd, Sakri, S.Ag, …": a degree after a single name says a person.
    // "perajin yang terbantu oleh Kopti Berkah": an acronym the article defined for a body, with
    // the body's own name after it, is no person's name.
    if (name && definedAcronymOpens(field, name)) name = undefined;
    while (
      name &&
      nameEndsCleanly(field, name) &&
      (name.name.includes(" ") ||
        name.introduced ||
        carriesDegree(name) ||
        (chaired && name.name.length > MAX_WITHHELD_NAME_LENGTH) ||
        (copulaList && (name.name.includes(" ") || isOneWordNameShaped(field, name))) ||
        // "…, menggantikan Akhyar.", "kini diisi Masdiono, yang …": a post handed to or from a
        // single name closed by punctuation.
        // "menggantikan Sudarmo yang sudah pensiun": or before a clause about the one replaced.
        (handedOver &&
          name.name.length > MAX_WITHHELD_NAME_LENGTH &&
          (closesAtPunctuation(tokens, name) ||
            (aboutFormerHolder(tokens, name.to) && isOneWordNameShaped(field, name)))) ||
        (listsParties && isListedSingleName(field, name)) ||
        // "Anggota KPU X yang hadir, yaitu Agus Salim dan Sumiati": the one "dan" closes a list
        // sharing a title with may be named by one word.
        (sharedTitle !== undefined &&
          POST_COORDINATORS.has(tokens[name.from - 1]?.lower ?? "") &&
          isListedSingleName(field, name) &&
          isOneWordNameShaped(field, name)) ||
        // "keripik pisang milik Karsono": the maker or owner of what is shown, named alone.
        (token.lower === OWNER_WORD &&
          name.name.length > MAX_WITHHELD_NAME_LENGTH &&
          !matchInstitutionAt(field, name.nameFrom) &&
          !isPlaceWord(field, tokens[name.nameFrom])))
    ) {
      const person = recordPerson(context, field, name, !OBJECT_INTRODUCERS.has(token.lower));
      if (person && !sharedTitle && HANDED_OVER_POST_VERBS.has(token.lower))
        holdHandedOverPost(context, field, i, person.key, name.nameTo);
      if (person && sharedTitle && context.positions.length < LIMITS.positions) {
        if (sharedTitle.institution && sharedInstitution === undefined) {
          sharedInstitution = recordInstitution(
            context,
            field,
            sharedTitle.institution,
            sharedTitle.institutionFrom ?? sharedTitle.institution.from,
          );
        }
        // "para kepala sekolah, yakni A (SDN 1 X), B (SDN 2 X)": a title written without its
        // institution is held at the one of its kinds each name has in brackets.
        const own = sharedTitle.institution ? undefined : bracketedInstitutionOf(field, sharedTitle, name);
        context.positions.push(
          positionUnderTitle(
            field,
            own ? { ...sharedTitle, defaultTypes: undefined } : sharedTitle,
            person.key,
            own ? recordInstitution(context, field, own) : sharedInstitution,
            sharedTitle.from,
            name.nameTo,
          ),
        );
      }
      if (person && !sharedTitle) holdBracketedPost(context, field, person.key, name);
      takeName(name.from, name.to);
      i = name.to - 1;
      // "Komisi II dipimpin A, dengan wakil ketua B": the deputy of the unit's head.
      const deputyAt = chaired && sharedTitle === chairedUnit ? deputyAfter(field, name.to) : -1;
      if (deputyAt > 0 && chairedUnit) {
        sharedTitle = { ...chairedUnit, role: `Wakil ${chairedUnit.role}` };
        name = readName(field, deputyAt);
        continue;
      }
      // "di antaranya Budi Santosa dan Rina Wulandari": people listed after the introducer.
      // "yakni Nurhadia (Fisika), Iza Muhlisin (Kebumian) …": each with a note in brackets.
      // "Yang hadir ialah A dan B dari Partai X, C dari Partai Y": or with the body each comes from.
      const joinerAt = originNoteEnd(field, bracketedNoteEnd(tokens, name.to));
      const joiner = tokens[joinerAt];
      if (!joiner || !COORDINATORS.has(joiner.lower)) break;
      // "…, Juhartono, S.Sos, dan Dedeh Rohayati": a comma and then "dan" before the last one.
      const last = joiner.text === "," && COORDINATORS.has(tokens[joinerAt + 1]?.lower ?? "");
      name = readName(field, joinerAt + (last ? 2 : 1));
    }
    return i;
  }
  return NOT_READ;
}

/**
 * The institution filling the bracket right after a listed name ("Rina (SDN 1 Sukamaju)"), when it
 * is of a kind that holds `title`; else undefined.
 */
function bracketedInstitutionOf(field: TextField, title: TitleMatch, name: NameMatch): InstitutionMatch | undefined {
  const { tokens } = field;
  if (tokens[name.to]?.text !== "(" || !title.defaultTypes) return undefined;
  const institution = matchInstitutionAt(field, name.to + 1);
  if (!institution || institution.generic || tokens[institution.to]?.text !== ")") return undefined;
  return title.defaultTypes.includes(institution.type) ? institution : undefined;
}

/**
 * A name after a Balinese name opener, a rank or a title of address.
 */
function readTitledByAddress(pass: PeoplePass, i: number, token: Token): number {
  const { context, field, tokens, taken, takeName } = pass;
  // "rumah I Made Alep", "Korban keempat, I Gede Padu dari …": a Balinese name opener says a
  // person is named, unless a street, building or airport is named after them.
  if (!taken[i] && namePrefixEnd(tokens, i) > 0) {
    const before = tokens[i - 1];
    const name =
      !NAMESAKE_PLACE_WORDS.holds(before) || OWNED_PLACE_NOUNS.has(before?.lower ?? "")
        ? readName(field, i)
        : undefined;
    if (name?.introduced && name.from === i && nameEndsCleanly(field, name)) {
      recordPerson(context, field, name);
      takeName(name.from, name.to);
      return name.to - 1;
    }
  }
  // "Serka Budi", "Komjen Agus Salim", "dr. Rina Wulandari": a rank or a title of address
  // before a name says a person follows, whatever stands before it.
  // "Rumah Sakit Umum Daerah (RSUD) dr Darsono": the acronym in brackets is the word before.
  const bracketedBefore = tokens[i - 1]?.text === ")" && tokens[i - 3]?.text === "(";
  const wordBefore = tokens[i - 1]?.text === "." || bracketedBefore ? tokens[i - 2] : tokens[i - 1];
  if (
    (RANKS.holds(token) || HONORIFICS.holds(token)) &&
    !RANK_QUALIFIERS.holds(token) &&
    !taken[i] &&
    !namesakeRunBefore(tokens, i) &&
    // "Jln. Brigjen Katamso", "Gedung Prof Soedarto", "di RM Adilla": a street, a building or a
    // place named after someone; "rumah Bapak Tasuri", in lowercase, is someone's own house.
    (!NAMESAKE_PLACE_WORDS.holds(wordBefore) ||
      // "diserahterimakan dari Drs. Bapa Tua kepada …": an abbreviated honorific or degree after
      // "dari" names a person (a place named after one is written with its noun: "dari Jalan …").
      (tokens[i - 1]?.isWord === true &&
        !tokens[i - 1]?.capitalized &&
        TITLED_PERSON_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "") &&
        tokens[i + 1]?.text === ".") ||
      (wordBefore !== undefined &&
        !wordBefore.capitalized &&
        OWNED_PLACE_NOUNS.has(wordBefore.lower) &&
        HONORIFICS.holds(token) &&
        token.capitalized))
  ) {
    const name = readName(field, i);
    if (
      name?.introduced &&
      name.nameFrom > i &&
      nameEndsCleanly(field, name) &&
      (name.name.includes(" ") || name.name.length >= 3) &&
      !matchInstitutionAt(field, name.nameFrom)
    ) {
      const person = recordPerson(context, field, name);
      // "Kabid Humas Polda X Kombes Pol Budi", "Babinsa Koramil 01/X, Serka Budi": the title
      // clause just before the rank is the person's post.
      const clauseEnd = tokens[i - 1]?.text === "," ? i - 1 : i;
      const head = person && !taken[clauseEnd - 1] ? titleClauseBefore(field, clauseEnd, taken) : -1;
      if (person && head >= 0 && clauseEnd - head >= 2)
        recordClausePosition(context, field, head, clauseEnd, person, name.nameTo);
      takeName(name.from, name.to);
      return name.to - 1;
    }
  }
  return NOT_READ;
}

/** Whether a word of a name is a place the article or the gazetteer knows. */
function someWordIsPlace(field: TextField, name: NameMatch): boolean {
  for (let i = name.nameFrom; i < name.nameTo; i++) if (isPlaceWord(field, field.tokens[i])) return true;
  return false;
}

/**
 * A name opening a run of capitalised words, kept when what surrounds it says it is a person.
 */
/** Most capitalised words of a unit's long form read back before its bracketed acronym. */
const BRACKETED_UNIT_WORDS = 6;

/**
 * "Sekolah Menengah Kejuruan (SMK) Bhara Trikora": the words right after a bracketed acronym are
 * the rest of the unit's name when the unit written before the bracket runs on past them.
 */
function nameOfBracketedUnit(field: TextField, at: number): boolean {
  const { tokens } = field;
  if (tokens[at - 1]?.text !== ")" || tokens[at - 3]?.text !== "(") return false;
  for (let k = at - 4; k >= 0 && at - 4 - k < BRACKETED_UNIT_WORDS && tokens[k]?.capitalized; k--) {
    const unit = matchInstitutionAt(field, k, true);
    if (unit && unit.to > at) return true;
  }
  return false;
}

/**
 * "PP. Mambaul Ulum Sukamaju yang diasuh …": the words after an abbreviated noun of a body and its
 * stop are the body's name (units.ts reads the stop as the abbreviation's), no person's.
 */
function nameOfAbbreviatedUnit(field: TextField, at: number): boolean {
  const { tokens } = field;
  const stop = tokens[at - 1];
  if (stop?.text !== "." || stop.spaced || !tokens[at - 2]?.allCapitals) return false;
  const unit = matchInstitutionAt(field, at - 2, true);
  return unit !== undefined && unit.to > at;
}

/**
 * Whether the hyphen after the name word at `at` joins two people's names rather than two halves of
 * one: "Windu Subagio-Ahmadi", "Hendra Lesmana-Riko Purwanto", as news writes a candidate pair or a
 * regent and deputy. Only after a name's second word or later (a lone "Siti-Aminah" is one name), and
 * not a reduplicated word ("Sanggi-Sanggi").
 */
function pairedNamesAt(tokens: readonly Token[], at: number): boolean {
  const left = tokens[at];
  const hyphen = tokens[at + 1];
  const right = tokens[at + 2];
  if (
    !(
      hyphen?.text === "-" &&
      !hyphen.spaced &&
      right?.spaced === false &&
      isNameWord(tokens[at - 1]) &&
      isNameWord(left) &&
      isNameWord(right) &&
      !left?.allCapitals &&
      !right?.allCapitals &&
      left?.lower !== right?.lower
    )
  )
    return false;
  // "Semangat Gotong-Royong", "Abdullah Al-Faqir", "Nur-Aini": a dictionary word (an Arabic
  // article among them) around the hyphen makes one compound or one name, not a pair.
  const around = [tokens[at - 1], left, right];
  if (around.some((token) => everydayWord(token?.lower ?? ""))) return false;
  const dictionaryWords = around.filter((token) => dictionaryNoun(token?.lower ?? "")).length;
  if (dictionaryWords === 0) return true;
  // "Johan Gonga-Muin Sogalrey", "Safitri Malik-Gerson Eliaser Selsily": given names that are also
  // dictionary words ("johan", "malik") are common; one of them is allowed when the second half
  // runs on as a full name of its own and no half is a place ("Jalan Medan-Binjai").
  const runsOn = tokens[at + 3];
  return (
    dictionaryWords === 1 &&
    runsOn?.spaced === true &&
    isNameWord(runsOn) &&
    !runsOn.allCapitals &&
    !dictionaryNoun(runsOn.lower) &&
    !everydayWord(runsOn.lower) &&
    !isGazetteerPlace(left) &&
    !isGazetteerPlace(right)
  );
}

/**
 * Whether the word at `at` is joined by a hyphen, written without spaces, to a capitalised word in
 * lower or title case before it: "Al-Hikmah", "Nurul-Huda". Not after a word in capitals, whose
 * hyphen may be a dateline's dash written tight ("SUKAMAJU-Budi Santoso mengatakan").
 */
function hyphenJoinedAt(tokens: readonly Token[], at: number): boolean {
  const hyphen = tokens[at - 1];
  const before = tokens[at - 2];
  return (
    hyphen?.text === "-" &&
    !hyphen.spaced &&
    tokens[at]?.spaced === false &&
    before?.isWord === true &&
    before.capitalized &&
    !before.allCapitals
  );
}

/** Nouns for the press a speaker tells something to: "kepada wartawan", "kepada awak media". */
const ADDRESSEE_WORDS = new Set(["wartawan", "media", "awak", "jurnalis", "pers", "para", "sejumlah", "insan"]);
/** Most words of such an addressee after "kepada": "kepada sejumlah awak media". */
const ADDRESSEE_WORDS_MOST = 3;

/**
 * Past "kepada wartawan" (and a comma after it) at `at`: whom a speaker tells, written between the
 * speaker and the reporting verb; `at` itself when no such phrase stands there.
 */
function pastAddressee(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "kepada" || tokens[at]?.capitalized) return at;
  let k = at + 1;
  while (k - at <= ADDRESSEE_WORDS_MOST && ADDRESSEE_WORDS.has(tokens[k]?.text ?? "")) k++;
  if (k === at + 1) return at;
  return tokens[k]?.text === "," ? k + 1 : k;
}

function readNameRun(pass: PeoplePass, at: number, token: Token): number {
  const { context, field, tokens, taken, take, takeName } = pass;
  let i = at;
  // "Ridha Ansari mengatakan", "Dikatakan Alpian": a full name before a reporting verb.
  // "Sebelumnya Aden menjabat …", "Namun Budi Santosa mengatakan …": a capitalised adverb that
  // opens the sentence is not part of the name after it.
  const startsRun =
    i === 0 ||
    !tokens[i - 1]?.capitalized ||
    !tokens[i - 1]?.isWord ||
    // "Ketua RT 03 Budi Santoso mengatakan": a neighbourhood unit's number (counted as capitalised)
    // ends the unit; "Pasal 2 Ayat (1)" is no name after its number.
    (NEIGHBOURHOOD_NUMBER.test(tokens[i - 1]?.text ?? "") && NEIGHBOURHOOD_WORDS.has(tokens[i - 2]?.lower ?? "")) ||
    (SENTENCE_ADVERBS.holds(tokens[i - 1]) && (i === 1 || SENTENCE_ENDS.holds(tokens[i - 2])));
  // "Ponpes Al-Hikmah Paya Kumang": a word joined by a hyphen to the capitalised word before it is
  // the second half of one word, so no name starts there ("Hikmah Paya Kumang" is no person).
  if (startsRun && hyphenJoinedAt(tokens, i) && !pairedNamesAt(tokens, i - 2)) return i;
  // "Saksi Sutrisno mengaku …": a noun describing a person opening the sentence is no name word.
  // "Sebelumnya, Juni Wandri mengatakan": a month that is also a given name opens a name before one.
  const mayStartName =
    (isNameWord(token) && !DESCRIPTORS.holds(token)) ||
    HONORIFICS.holds(token) ||
    RANKS.holds(token) ||
    opensNameAlsoNotName(tokens, i);
  // "Dinas Pemberdayaan Masyarakat dan Kampung Deiyai": a region's word for a village before a
  // place it names opens no person's name.
  if (VILLAGE_WORDS.has(token.lower) && isPlaceWord(field, tokens[i + 1])) return i + 1;
  // "Hadir Agus Salim, Ketua KPU …": a sentence adverb or verb opening the sentence before a name is
  // no name word; the name is read from the word after it, where the run starts.
  if (
    mayStartName &&
    SENTENCE_ADVERBS.holds(token) &&
    isNameWord(tokens[i + 1]) &&
    tokens[i + 1]?.spaced === true &&
    (i === 0 || SENTENCE_ENDS.holds(tokens[i - 1]) || DASHES.has(tokens[i - 1]?.text ?? ""))
  )
    return i;
  // "dan Ah. Fauzi yang …": the stop of a shortened given name or an initial before it, read with
  // the name when it was not kept, ends no sentence: the rest of the name is no name of its own.
  const initial = tokens[i - 2];
  const afterShortened =
    tokens[i - 1]?.text === "." &&
    initial?.isWord === true &&
    initial.capitalized &&
    // "1. Budi Santoso sebagai …; 2. …": a numbered list's number is no initial.
    !initial.hasDigit &&
    (initial.text.length === 1 || NAME_ABBREVIATIONS.has(initial.lower)) &&
    !context.findPerson(token.text);
  // "RSUD dr. H. Budi Santoso, M.Kes.": a titled name in a place's namesake run is the namesake.
  const namesake = (HONORIFICS.holds(token) || RANKS.holds(token)) && namesakeRunBefore(tokens, i);
  if (
    startsRun &&
    mayStartName &&
    !taken[i] &&
    !afterShortened &&
    !namesake &&
    !nameOfBracketedUnit(field, i) &&
    !nameOfAbbreviatedUnit(field, i)
  ) {
    const name = readName(field, i);
    if (!name) return i;
    const next = tokens[name.to];
    const known = context.findPerson(name.name);
    // "Rinciannya, peserta …", "Hasilnya, …": one word with the possessive "-nya" opening the
    // sentence is an adverbial phrase, not a name; so is a sentence adverb ("Terpisah, warga …"),
    // also right after the dateline's dash ("BLORA - Kemarin, warga …").
    if (
      !known &&
      i === name.nameFrom &&
      (POSSESSED_OPENER.test(name.name) || (SENTENCE_ADVERBS.holds(token) && !name.name.includes(" "))) &&
      (i === 0 || SENTENCE_ENDS.holds(tokens[i - 1]) || DASHES.has(tokens[i - 1]?.text ?? ""))
    ) {
      return name.to - 1;
    }
    // "juara pertama lomba Pionering Putra, juara dua …": the name of what the noun before it names.
    const before = tokens[i - 1];
    if (!known && before?.isWord && !before.capitalized && NAMED_THING_NOUNS.has(before.lower)) {
      return name.to - 1;
    }
    // "Salah satu siswa, Rina Aulia, mengaku …": a name set off by commas before a reporting verb.
    // "Budi Santoso kepada wartawan mengatakan", "…, Rina Wulandari, kepada media menyampaikan": or
    // with whom the speaker tells between the name and the verb.
    const reported =
      (next?.isWord && REPORTING_VERBS.holds(tokens[pastAddressee(tokens, name.to)])) ||
      (next?.text === "," &&
        tokens[i - 1]?.text === "," &&
        REPORTING_VERBS.holds(tokens[pastAddressee(tokens, name.to + 1)]));
    // "Rahimah, warga Kelurahan Mendawai, …", "Budi Santosa beserta jajaran …": a name beside
    // what describes a person or their company.
    // "… Jean Rakoto asal Madagaskar, mahasiswa …": not the place someone comes from.
    const described =
      next?.text === "," &&
      DESCRIPTORS.holds(tokens[name.to + 1]) &&
      !tokens[name.to + 1]?.capitalized &&
      !PLACE_OF_ORIGIN_WORDS.has(tokens[i - 1]?.lower ?? "") &&
      (name.name.length >= 4 || name.name.includes(" "));
    const followed =
      next?.isWord === true &&
      FOLLOWERS.has(next.lower) &&
      FOLLOWER_OBJECTS.has(tokens[name.to + 1]?.lower ?? "") &&
      name.name.includes(" ");
    const sentenceStart = i === 0 || /[.!?"“”]/.test(tokens[i - 1]?.text ?? "") || !tokens[i - 1]?.capitalized;
    // "Wahyu Budi Santoso, sebelumnya kepala …", "Yarsono, semula kepala …": a name opening the
    // sentence and set off by a comma before what says what they were or are.
    const afterComma = tokens[name.to + 1];
    const apposedAtStart =
      sentenceStart &&
      (i === 0 || SENTENCE_ENDS.holds(tokens[i - 1]) || bulletOpensLine(field, i - 1)) &&
      next?.text === "," &&
      afterComma?.isWord === true &&
      !afterComma.capitalized &&
      (name.name.includes(" ") || (name.name.length > MAX_WITHHELD_NAME_LENGTH && !SENTENCE_ADVERBS.holds(token))) &&
      (APPOSED_STATE_WORDS.has(afterComma.lower) || matchTitleAt(field, name.to + 1, true) !== undefined) &&
      !matchInstitutionAt(field, name.nameFrom);
    // "Budi Santosa (45), pemilik toko, …", "Warga, Suparman (50), mengatakan": an age in
    // brackets after a name says a person is named, whatever follows.
    const ageEnd = Math.max(bracketedAgeEnd(tokens, name.to), setOffAgeEnd(tokens, name.to));
    // "Pasal 21 Ayat (1) dan Ayat (4) KUHAP": a law's subsection and its number are no name and age.
    const aged =
      ageEnd > 0 &&
      (name.name.includes(" ") || name.name.length > MAX_WITHHELD_NAME_LENGTH) &&
      !(!name.name.includes(" ") && LAW_PART_NOUNS.has(token.lower) && lawCitedBefore(tokens, i));
    // "Joko Susilo alias Jack": a name given with a nickname; "Rudi alias Ajun (33)": one
    // name-shaped word too, since "alias" only follows a person's name.
    const aliased =
      next?.lower === "alias" &&
      isNameWord(tokens[name.to + 1]) &&
      (name.name.includes(" ") || isOneWordNameShaped(field, name));
    // "Putri Ayu Lestari (SMAN 1 Sukamaju), Rina Aulia (SMAN 2 Sukamaju) dan …": a list of full
    // names, each with the school or body its bearer comes from in brackets.
    const affiliated = next?.text === "(" && name.name.includes(" ") && inAffiliatedList(field, name);
    // "… melantik kepala sekolah, yakni: Burhanudin (SMAN 1 X), Musrifin (SMKN 2 X), …": under a
    // lead-in saying the post, each one listed heads the school in their bracket, one word too.
    const headsListedSchool =
      next?.text === "(" && (affiliated || (isOneWordNameShaped(field, name) && inAffiliatedList(field, name, true)))
        ? schoolHeadListLeadIn(field, name.from)
        : undefined;
    // "Budi Santoso dari SMA Negeri 1 X, Rina Wulandari dari …": a full name and the school or body
    // its bearer comes from.
    const origin =
      next?.isWord === true &&
      MEMBER_ORIGIN_WORDS.has(next.lower) &&
      name.name.includes(" ") &&
      !NAMED_THING_NOUNS.has(token.lower) &&
      !matchInstitutionAt(field, name.nameFrom) &&
      (matchInstitutionAt(field, name.to + 1)?.generic === false ||
        // "Rutince Nainggolan dari kelas VII": or the class a pupil is in.
        (tokens[name.to + 1]?.lower === "kelas" && CLASS_NUMBER.test(tokens[name.to + 2]?.text ?? "")));
    // "Omar Khalid Hassan asal Mesir dari Program Studi …", "… asal Madagaskar, mahasiswa …": a full
    // name, "asal" and where its bearer comes from, then what they study or are.
    const fromSomewhere =
      next?.isWord === true &&
      !next.capitalized &&
      PLACE_OF_ORIGIN_WORDS.has(next.lower) &&
      name.name.includes(" ") &&
      !NAMED_THING_NOUNS.has(token.lower) &&
      !matchInstitutionAt(field, name.nameFrom) &&
      !isPlaceWord(field, tokens[name.nameFrom]) &&
      describedAfterOrigin(tokens, name.to + 1);
    // "Budi Santoso selaku Kepala Dinas …", "Budi Santoso, yang menjabat Camat Cepu, …": a full
    // name before a linking verb and a title; the title is read as the holder's when reached.
    // "Supriadi adalah Sekretaris DPC …": one word opening the sentence, right before the
    // linking verb, is a name too; an adverb opening the sentence is not (pronouns are no names).
    // '"Buktikan sebagai anggota Panwascam …"': a verb's imperative in -kan opening the sentence
    // is no name.
    const linkedAlone =
      sentenceStart &&
      next?.isWord === true &&
      !next.capitalized &&
      name.name.length > MAX_WITHHELD_NAME_LENGTH &&
      !SENTENCE_ADVERBS.holds(token) &&
      !IMPERATIVE_IN_KAN.test(name.name);
    // "Budi yang sebelumnya memimpin SMPN 4 X kini …": or before "memimpin" and the institution headed.
    const mayBeLinked = (name.name.includes(" ") || linkedAlone) && !matchInstitutionAt(field, name.nameFrom);
    const led = mayBeLinked ? institutionLedAfter(field, name.to) : undefined;
    // "menerima uang dari Sutarjo, yang ketika itu menjabat sebagai Kadis Pendidikan Kota X": one
    // name-shaped word set off by a comma before "yang", a linking verb and a title naming its
    // institution is the holder's name anywhere in the sentence.
    const linkedSetOff =
      !mayBeLinked &&
      next?.text === "," &&
      tokens[name.to + 1]?.lower === "yang" &&
      isOneWordNameShaped(field, name) &&
      titleLinkedAfter(field, name.to, true);
    // "Budi Santoso selaku penanggung jawab program …": "selaku" says the full name before it acts
    // in some capacity, whether or not a title the lexicon reads follows.
    const actingAs =
      mayBeLinked &&
      name.name.includes(" ") &&
      next?.lower === CAPACITY_WORD &&
      !next.capitalized &&
      !isPlaceWord(field, tokens[name.nameFrom]);
    const linked = actingAs || linkedSetOff || (mayBeLinked && (led !== undefined || titleLinkedAfter(field, name.to)));
    // "Budi Santosa memimpin rapat …": a full name opening the sentence as the subject of an
    // active verb (meN- form) is a person, as one before a reporting verb is.
    const acting =
      sentenceStart &&
      (i === 0 || SENTENCE_ENDS.holds(tokens[i - 1])) &&
      next?.isWord === true &&
      !next.capitalized &&
      ACTIVE_VERB_FORM.test(next.lower) &&
      name.name.includes(" ") &&
      !name.name.includes("-") &&
      !matchInstitutionAt(field, name.nameFrom) &&
      !isPlaceWord(field, tokens[name.nameFrom]);
    // "Sudah pensiun, Sudarmo digantikan oleh …", "Dedi menggantikan Agus …": the subject of a
    // verb that hands a post over, opening the sentence or its clause after a comma, one word too.
    const replacing =
      sentenceStart &&
      next?.isWord === true &&
      REPLACING_VERBS.has(next.lower) &&
      !SENTENCE_ADVERBS.holds(token) &&
      (name.name.includes(" ") ? !matchInstitutionAt(field, name.nameFrom) : isOneWordNameShaped(field, name));
    // "dan Ah. Fauzi, S.Pd.I, yang …": a degree set off by a comma after the name says a person.
    const degreed =
      carriesDegree(name) &&
      tokens[name.nameTo]?.text === "," &&
      (name.name.includes(" ") ? !matchInstitutionAt(field, name.nameFrom) : isOneWordNameShaped(field, name));
    // "Windu Subagio-Ahmadi", "Hendra Lesmana-Riko Purwanto": either half of a pair of names joined
    // by a hyphen is a person, the pair's form says so; not a half of everyday words or an
    // institution's or place's name.
    const pairedHalf =
      (pairedNamesAt(tokens, name.to - 1) || pairedNamesAt(tokens, i - 2)) &&
      name.name.length > MAX_WITHHELD_NAME_LENGTH &&
      !matchInstitutionAt(field, name.nameFrom) &&
      !isPlaceWord(field, tokens[name.nameFrom]);
    const ruled =
      known ||
      pairedHalf ||
      aged ||
      acting ||
      replacing ||
      degreed ||
      aliased ||
      affiliated ||
      headsListedSchool !== undefined ||
      origin ||
      fromSomewhere ||
      linked ||
      (reported && name.name.includes(" ")) ||
      (sentenceStart && (described || followed)) ||
      apposedAtStart;
    // No rule took the name: the learned model judges it by its words and where it stands. A name
    // no longer than a withheld one ("Er") keeps its label, and one word before a reporting verb
    // stays an unnamed new speaker (below). The training script hears every candidate, taken or not.
    // Nor is a run opened by a place noun and honorifics judged: "RSUP Prof. Dr. X" names a
    // hospital after X, and X is no person of the story.
    const judged = !ruled && mayBeJudged(name.name, reported) && !namesakeRunBefore(tokens, name.from);
    let learned = false;
    if (judged || listeningToNameCandidates()) {
      const candidate: NameCandidate = {
        tokens,
        nameFrom: name.nameFrom,
        nameTo: name.nameTo,
        from: name.from,
        to: name.to,
        sentenceStart: i === 0 || SENTENCE_ENDS.holds(tokens[i - 1]),
        reported,
        described,
        aged: ageEnd > 0,
        degreed: carriesDegree(name),
        linked,
        firstWordIsPlace: isPlaceWord(field, tokens[name.nameFrom]),
        someWordIsPlace: someWordIsPlace(field, name),
        institutionAt: matchInstitutionAt(field, name.nameFrom) !== undefined,
        describedBefore: before?.isWord === true && !before.capitalized && DESCRIPTORS.holds(before),
        verbAfter: next?.isWord === true && !next.capitalized && VERB_FORM.test(next.lower),
      };
      reportNameCandidate(candidate, name.name, Boolean(ruled));
      learned = judged && judgedPersonName(candidate);
    }
    if (ruled || learned) {
      // "tersangka Budi (32) ditangkap": someone named with an age who is not set off to speak
      // is not whom a later "ujarnya" points at.
      const afterAge = tokens[ageEnd];
      // Nor is someone only the learned model read: "datang bersama istrinya Sri Wahyuni. "…," ujarnya".
      const silent =
        !ruled ||
        (aged && !known && !reported && afterAge?.text !== "," && !(afterAge && REPORTING_VERBS.holds(afterAge)));
      const person = recordPerson(context, field, name, !silent);
      takeName(name.from, name.to);
      i = name.to - 1;
      const school = person && headsListedSchool ? matchInstitutionAt(field, name.to + 1) : undefined;
      if (person && headsListedSchool && school?.type === "SCHOOL" && context.positions.length < LIMITS.positions) {
        context.positions.push({
          person: person.key,
          institution: recordInstitution(context, field, school),
          role: SCHOOL_HEAD_ROLE,
          title: writtenText(field, headsListedSchool.from, headsListedSchool.to),
          provenance: spanOf(field, name.nameFrom, school.to + 1),
        });
        take(school.from, school.to);
        i = school.to;
      }
      const headed = person ? (led ?? institutionLedAfter(field, name.to)) : undefined;
      if (person && headed && context.positions.length < LIMITS.positions) {
        const identity = recordInstitution(context, field, headed);
        context.positions.push({
          person: person.key,
          institution: identity,
          role: HEAD_ROLE,
          title: writtenText(field, headed.from - 1, headed.to),
          provenance: spanOf(field, name.nameFrom, headed.to),
        });
        take(headed.from - 1, headed.to);
        i = headed.to - 1;
        // "… memimpin SMPN 15 X kini menjadi kepala sekolah SMPN 4 X": the post the person takes next.
        const next = postLinkedAfter(field, headed.to);
        if (next?.institution && context.positions.length < LIMITS.positions) {
          const nextIdentity = recordInstitution(context, field, next.institution, next.institutionFrom);
          context.positions.push(positionUnderTitle(field, next, person.key, nextIdentity, next.from, next.to));
          take(next.from, next.to);
          i = next.to - 1;
        }
      }
    } else if (reported && sentenceStart) {
      // "Sari mengatakan …": someone new speaks whom the article does not name in full; a later
      // "ujarnya" must not go back past them to an older speaker.
      addReference(context, { field: field.name, start: token.start, end: token.end, anonymous: true });
    }
  }
  return i;
}

/**
 * Reads people and their positions from one field: titles with a name in apposition
 * ("Kepala Rutan Demak, Hemu,"), before it ("Kapolres Blora AKBP Wawan"), or after it
 * ("Hemu, Kepala Rutan Demak"); names introduced by speech ("kata Hemu"); and titles alone,
 * kept as references for quote attribution. Returns which tokens were read.
 */
export function extractPeople(context: ExtractionContext, field: TextField, datelineEnd = 0): Uint8Array {
  const { tokens } = field;
  const taken = new Uint8Array(tokens.length);
  // "Sukamaju, Humas –", "Sukamaju, Warta.com –": the dateline's place and outlet name nobody, and
  // a word of it before a title ("Humas") is no holder of it.
  let opening = 0;
  while (opening < tokens.length && (tokens[opening]?.start ?? 0) < datelineEnd) opening++;
  taken.fill(1, 0, opening);
  const pass: PeoplePass = {
    context,
    field,
    tokens,
    taken,
    take: (from, to) => taken.fill(1, from, Math.min(to, tokens.length)),
    // A person's name is marked apart, so a title clause read backwards stops at it.
    takeName: (from, to) => taken.fill(NAME_TAKEN, from, Math.min(to, tokens.length)),
    allowNewPeople: field.name === "body",
    // Read again once one is learned: a short form is learned where the body first writes it.
    shortForms: TITLE_SHORT_FORMS.get(context),
  };
  const { allowNewPeople, take, takeName } = pass;
  // One function per rule rather than one long loop: V8 optimises each on its own, and inlines
  // more into small functions than its budget allows into a long one.
  for (let i = opening; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const punctuation = readAtPunctuation(pass, i, token);
    if (punctuation !== NOT_READ) {
      i = punctuation;
      continue;
    }

    if (!token.isWord) continue;
    const holderOfShortForm = pass.shortForms?.get(token.text);
    if (holderOfShortForm && !taken[i]) {
      addReference(context, { field: field.name, start: token.start, end: token.end, person: holderOfShortForm });
      take(i, i + 1);
      continue;
    }
    if (allowNewPeople && ROLE_NOUN_FIRST_WORDS.holds(token) && !taken[i]) {
      const read = readRoleNounHolders(context, field, i, takeName);
      if (read > 0) {
        i = read - 1;
        continue;
      }
    }
    const pair = allowNewPeople ? readHeadAndDeputy(pass, i, token) : NOT_READ;
    if (pair !== NOT_READ) {
      i = pair;
      continue;
    }
    const clauseHolder = allowNewPeople ? readHolderAfterTitleClause(pass, i, token) : NOT_READ;
    if (clauseHolder !== NOT_READ) {
      i = clauseHolder;
      continue;
    }
    const title = titleAtToken(pass, i, token);
    if (title && namesBuilding(field, title)) {
      // The office the building houses is still the story's institution ("Pemkab X" of "Kantor Bupati X").
      if (title.institution && !title.institution.generic)
        recordInstitution(context, field, title.institution, title.institutionFrom);
      take(title.from, title.to);
      i = title.to - 1;
      continue;
    }
    if (title) {
      // "mengacu pada Peraturan Menteri Dalam Negeri (Permendagri) Nomor 1": the title names the
      // regulation's issuer, not a post, and the bracket repeats the regulation's short name.
      // "Keputusan Bupati X Budi Santoso tentang …": unless the issuer's full name follows.
      if (title.from > 0 && REGULATION_NOUNS.holds(tokens[title.from - 1]) && !issuerNamedAfter(field, title.to)) {
        const end = skipBracketedAbbreviation(tokens, title.to);
        take(title.from, end);
        i = end - 1;
        continue;
      }
      i = readTitleHolder(pass, i, (allowNewPeople && sectionClosedByVillage(field, title)) || title);
      continue;
    }
    if (!allowNewPeople) continue;
    // Each rule called where it is written rather than from a list, so V8 may inline the small ones.
    let read = readBoardPost(pass, i, token);
    if (read === NOT_READ) read = readRepresentativeOrAbbreviatedTitle(pass, i, token);
    if (read === NOT_READ) read = readAnonymousSpeaker(pass, i, token);
    if (read === NOT_READ) read = readDescribedPerson(pass, i, token);
    if (read === NOT_READ) read = readSpeaker(pass, i, token);
    if (read === NOT_READ) read = readApposedPerson(pass, i, token);
    if (read === NOT_READ) read = readIntroducedPeople(pass, i, token);
    // "Ketua Majelis Hakim Budi, dengan anggota Rina dan Agus": a companion verb that introduces
    // nobody by itself ("dengan") still brings in a member named with a bare role.
    if (read === NOT_READ && !INTRODUCERS.holds(token) && COMPANION_VERBS.has(token.lower)) {
      const companion = readCompanion(context, field, i, takeName);
      if (companion > 0) read = companion - 1;
    }
    if (read === NOT_READ) read = readTitledByAddress(pass, i, token);
    if (read === NOT_READ) read = readNameRun(pass, i, token);
    if (read !== NOT_READ) i = read;
  }
  if (allowNewPeople) readListedNames(pass);
  if (allowNewPeople) holdEachListedPost(pass);
  if (allowNewPeople) readBoardListedBeforeNames(pass);
  if (allowNewPeople) readColonRoster(pass);
  if (allowNewPeople) readBracketedBoardPosts(pass);
  if (allowNewPeople) holdPostHandedOverUntitled(pass);
  return taken;
}

/*
 * Searches of the posts read so far, as loops rather than closures: the passes asking them run at
 * every token, and a closure over the loop's variables makes the engine allocate a context for them
 * at each token, asked or not.
 */

/** The last post `person` holds at an institution. */
function lastPostAtInstitution(positions: readonly PositionFact[], person: string): PositionFact | undefined {
  for (let k = positions.length - 1; k >= 0; k--) {
    const post = positions[k] as PositionFact;
    if (post.person === person && post.institution !== undefined) return post;
  }
  return undefined;
}

/** Whether `person` holds a post at `institution` (at none, when it is undefined). */
function holdsPostAt(positions: readonly PositionFact[], person: string, institution: string | undefined): boolean {
  for (const post of positions) if (post.person === person && post.institution === institution) return true;
  return false;
}

/** Whether `person` holds any post. */
function holdsAnyPost(positions: readonly PositionFact[], person: string): boolean {
  for (const post of positions) if (post.person === person) return true;
  return false;
}

/**
 * "Serah terima jabatan dari dr. Budi kepada dr. Rina": a handover that leaves the post unnamed
 * hands over the post the article gave the former holder; the new holder takes it.
 */
function holdPostHandedOverUntitled(pass: PeoplePass): void {
  const { context, field, tokens } = pass;
  for (let k = 1; k < tokens.length; k++) {
    const lead = tokens[k];
    if (!lead || !HANDOVER_LEADS.has(lead.lower) || (lead.lower === "jabatan" && tokens[k - 1]?.lower !== "terima"))
      continue;
    const fromAt = HANDOVER_VERBS.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
    if (tokens[fromAt]?.lower !== "dari") continue;
    const former = readName(field, fromAt + 1);
    if (!former || former.from !== fromAt + 1 || tokens[former.to]?.lower !== "kepada") continue;
    const next = readName(field, former.to + 1);
    if (!next || next.from !== former.to + 1) continue;
    const formerHolder = context.findPerson(former.name);
    const nextHolder = context.findPerson(next.name);
    if (!formerHolder || !nextHolder || formerHolder === nextHolder) continue;
    const post = lastPostAtInstitution(context.positions, formerHolder.key);
    if (!post || context.positions.length >= LIMITS.positions) continue;
    if (holdsPostAt(context.positions, nextHolder.key, post.institution)) continue;
    // The post as written here is the handover's own words: "Serah terima jabatan", "Sertijab".
    const from = lead.lower === "jabatan" && tokens[k - 2]?.lower === "serah" ? k - 2 : k;
    context.positions.push({
      ...post,
      person: nextHolder.key,
      title: writtenText(field, from, k + 1),
      provenance: spanOf(field, from, next.to),
    });
  }
}

/** Nouns for a board's make-up that open the list of its posts: "susunan pengurus …, yakni Ketua A, …". */
const BOARD_LIST_NOUNS = new Set(["pengurus", "kepengurusan", "susunan"]);
/**
 * "Kursi wakil ketua diisi Wakil Ketua A, …", "posisi sekretaris dijabat oleh …": verbs that fill a
 * post named before them (a noun for a post their subject, HANDED_OVER_POST_NOUNS), so the board's
 * posts listed after them open items of a list of its holders.
 */
const FILLED_POST_VERBS = new Set(["diisi", "dijabat", "diemban"]);
/** "membentuk pengurus koperasi dengan Ketua A, Sekretaris B": the first item of a board's list after "dengan". */
const BOARD_WITH_WORD = "dengan";
/** Most tokens from the board noun to a post of its list. */
const BOARD_LIST_REACH = 40;

/** Whether the board's next post follows the item ending at `at`: ", Sekretaris", ", dan Bendahara". */
function boardPostListedAt(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 2 && (tokens[k]?.text === "," || POST_COORDINATORS.has(tokens[k]?.lower ?? ""))) k++;
  return k > at && boardPostAt(tokens, k) !== undefined;
}

/**
 * "Susunan pengurus koperasi yakni Ketua Budi Santoso, Sekretaris Rina Wati dan Bendahara Agus":
 * in a sentence about a board's make-up, a board's post written bare right before a full name
 * that closes the item is held by the name, at the board's body (boardBodyBefore). Read after
 * every rule, so only where no rule read a post.
 */
function readBoardListedBeforeNames(pass: PeoplePass): void {
  const { context, field, tokens, taken } = pass;
  let nounAt = -1;
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (!token) continue;
    if (SENTENCE_ENDS.holds(token)) nounAt = -1;
    else if (token.isWord && (BOARD_LIST_NOUNS.has(token.lower) || HANDED_OVER_POST_NOUNS.has(token.lower))) nounAt = k;
    if (nounAt < 0 || k - nounAt > BOARD_LIST_REACH || !token.isWord || taken[k] === 1) continue;
    // "terdiri atas ketua A, …": the list's verb opens the first item.
    // "Kursi wakil ketua diisi (oleh) Wakil Ketua A, …": so does a verb filling the post named before.
    const opener = tokens[k - 1]?.lower ?? "";
    if (
      !LISTED_ITEM_OPENERS.has(opener) &&
      opener !== BOARD_WITH_WORD &&
      !INTRODUCER_PARTICLES.get(tokens[k - 2]?.lower ?? "")?.includes(opener) &&
      !FILLED_POST_VERBS.has(opener) &&
      !(opener === "oleh" && FILLED_POST_VERBS.has(tokens[k - 2]?.lower ?? ""))
    )
      continue;
    const post = boardPostAt(tokens, k);
    if (!post) continue;
    const name = readName(field, k + post.length);
    // "Wakil Ketua Suyanto, M.Pd., …": one word with a degree is a person's name too.
    if (!name || name.from !== k + post.length || !(name.name.includes(" ") || name.introduced || carriesDegree(name)))
      continue;
    // "… dan Wakil Ketua Rudi Setiawan, S.Pd. Drs. Parmin …": the stop of a degree closing the name
    // may be the sentence's end.
    const closed =
      BOARD_ITEM_ENDS.has(tokens[name.to]?.lower ?? ".") || (carriesDegree(name) && tokens[name.to - 1]?.text === ".");
    if (!closed || context.positions.length >= LIMITS.positions) continue;
    // After "dengan" ("bertemu dengan Ketua A"), only the first item of a list of the board's posts.
    if (opener === BOARD_WITH_WORD && !boardPostListedAt(tokens, name.to)) continue;
    if (nameHoldsBoardPost(pass, name, k, k + post.length)) k = name.to - 1;
  }
}

/** Most words of the field of a deputy's post in a roster: "Wakil Ketua Bidang Usaha Simpan Pinjam". */
const ROSTER_FIELD_WORDS = 4;
/** Most tokens from a roster item's name to the next item's colon: "… Budi Santoso, S.Pd Wakil Ketua Bidang Usaha :". */
const ROSTER_NEXT_ITEM_REACH = 8;
/** What may stand before a roster item's post: a list's punctuation ("…: Ketua: A, Sekretaris: B"). */
const ROSTER_ITEM_OPENERS = new Set([",", ";", ":", ".", "!", "?"]);

/** Where the board's post ending at colon `colon` starts, or -1: "Ketua", "Wakil Ketua Bidang Usaha". */
function rosterPostStart(tokens: readonly Token[], colon: number): number {
  let end = colon;
  for (let k = colon - 2; k >= 0 && colon - k <= ROSTER_FIELD_WORDS + 1; k--) {
    if (tokens[k]?.lower === "bidang") {
      end = k;
      break;
    }
  }
  for (const post of BOARD_POSTS) {
    const start = end - post.length;
    if (start >= 0 && post.every((word, d) => tokens[start + d]?.lower === word)) return start;
  }
  return -1;
}

/** Whether the roster item whose name ends at `at` closes there: at the list's punctuation, its end, or the next item. */
function closesRosterItem(tokens: readonly Token[], at: number): boolean {
  const after = tokens[at];
  if (!after || ROSTER_ITEM_OPENERS.has(after.text) || after.lower === "dan") return true;
  // "Bendahara : Agus Selain itu, …": the roster's last line runs into the next sentence.
  if (after.capitalized && SENTENCE_ADVERBS.holds(after)) return true;
  // "Ketua : Budi Santoso Sekretaris : Rina": the lines of a roster run together in one paragraph.
  for (let k = at; k < tokens.length && k - at <= ROSTER_NEXT_ITEM_REACH; k++) {
    const text = tokens[k]?.text ?? "";
    if (text === ":") return rosterPostStart(tokens, k) > at - 1 || tokens[k - 1]?.lower === "anggota";
    if (!tokens[k]?.isWord && text !== ",") return false;
  }
  return false;
}

/**
 * "Ketua : Budi Santoso" on a line of its own (the lines of a roster run together once read), or
 * "Ketua: Budi, Sekretaris: Rina": a board's post (with the field of a deputy's post, "Wakil
 * Ketua Bidang Usaha"), a colon, and a name closing the item is the name's post, at the board's
 * body (boardBodyBefore). A one-word name is read here: the roster says it is a person. Not a post
 * with its institution written out ("Kepala Desa X : Budi"), nor "Anggota : Budi".
 */
function readColonRoster(pass: PeoplePass): void {
  const { context, field, tokens, taken } = pass;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]?.text !== ":") continue;
    const start = rosterPostStart(tokens, k);
    if (start < 0) continue;
    const name = readName(field, k + 1);
    if (!name || name.from !== k + 1 || taken[name.nameFrom] === 1 || !closesRosterItem(tokens, name.to)) continue;
    if (matchInstitutionAt(field, name.nameFrom) || isPlaceWord(field, tokens[name.nameFrom])) continue;
    if (context.positions.length >= LIMITS.positions) break;
    if (nameHoldsBoardPost(pass, name, start, k)) k = name.to - 1;
  }
}

/**
 * "Budi Santoso (Ketua), Rina Wulandari (Sekretaris) dan Agus (Bendahara)": a board's post alone
 * in the bracket after a name read as a person's is that person's post, at the board's body named
 * in this sentence or the one before, else the article's only one (boardBodyBefore). Nothing when
 * the article names no such body: "Budi (Ketua)" says nothing of what he chairs.
 */
function readBracketedBoardPosts(pass: PeoplePass): void {
  const { context, field, tokens, taken } = pass;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]?.text !== "(" || taken[k - 1] !== NAME_TAKEN) continue;
    const post = boardPostAt(tokens, k + 1);
    const close = k + 1 + (post?.length ?? 0);
    if (!post || tokens[close]?.text !== ")" || context.positions.length >= LIMITS.positions) continue;
    const name = readNameBefore(field, k);
    const person = name && taken[name.from] === NAME_TAKEN ? context.findPerson(name.name) : undefined;
    if (!name || !person || holdsAnyPost(context.positions, person.key)) continue;
    const body = boardBodyBefore(field, k);
    if (!body) continue;
    recordBoardPost(context, field, person.key, body, k + 1, close, spanOf(field, name.nameFrom, close));
    k = close;
  }
}

/**
 * "tiga anggota Bawaslu X, masing-masing A, B dan C": a title naming its institution, closed by a
 * comma before "masing-masing" and a list of names read as people, is held by each of them. Read
 * after every rule, so the names any rule read count.
 */
function holdEachListedPost(pass: PeoplePass): void {
  const { context, field, tokens } = pass;
  for (let k = 1; k + 3 < tokens.length; k++) {
    if (tokens[k]?.lower !== "masing" || tokens[k + 1]?.text !== "-" || tokens[k + 2]?.lower !== "masing") continue;
    const title = tokens[k - 1]?.text === "," ? titleBeforeList(field, k) : undefined;
    if (!title?.institution || title.institution.generic) continue;
    const first = readName(field, k + 3);
    if (!first || first.from !== k + 3) continue;
    let identity: string | undefined;
    for (const member of [first, ...membersListedAfter(field, first)]) {
      const person = context.findPerson(member.name);
      if (!person || context.positions.length >= LIMITS.positions) break;
      identity ??= recordInstitution(
        context,
        field,
        title.institution,
        title.institutionFrom ?? title.institution.from,
      );
      if (holdsPostAt(context.positions, person.key, identity)) continue;
      context.positions.push(positionUnderTitle(field, title, person.key, identity, title.from, member.nameTo));
    }
  }
}

/**
 * Names in a list beside a person's name that no rule read: "Mereka adalah Budi Santoso, Rahmat,
 * Rina Wulandari dan Agus". Read after every rule, so a rule's reading always wins; a person found
 * here is no speaker a later "ujarnya" points at, the pass that attributes speech having passed.
 */
function readListedNames(pass: PeoplePass): void {
  const { context, field, tokens, taken, takeName } = pass;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (taken[i] || !isNameWord(token) || !LIST_JOINERS.has(tokens[i - 1]?.lower ?? "")) continue;
    if (SENTENCE_ADVERBS.holds(token) || POSSESSED_OPENER.test(token?.text ?? "")) continue;
    const name = readName(field, i);
    if (!name || name.nameFrom !== i || name.name.length <= MAX_WITHHELD_NAME_LENGTH) continue;
    let free = true;
    for (let j = name.from; j < name.to && free; j++) free = !taken[j] && !isPlaceWord(field, tokens[j]);
    if (
      free &&
      listedWithPerson(tokens, taken, name) &&
      !context.findPerson(name.name) &&
      !isLocalPlaceName(tokens[i]?.compact ?? "") &&
      !matchInstitutionAt(field, i) &&
      recordPerson(context, field, name, false)
    )
      takeName(name.from, name.to);
    i = name.to - 1;
  }
}

/**
 * Whether a name stands in a list beside an item already read as a person's name: "Mereka adalah
 * Budi Santoso, Rahmat, Rina Wulandari dan Agus": one item named by a rule or the model says the
 * others, written the same way, are people too. Items are no longer than a name and joined by a
 * comma or "dan"; the neighbour must have been read as a name (not merely taken by some rule).
 */
function listedWithPerson(tokens: readonly Token[], taken: Uint8Array, name: NameMatch): boolean {
  // "A, B dan C": B follows a name after a comma and goes on to another item; C follows a name
  // after "dan" (", dan" too). "kuasa hukum Pemohon, Budi" is a word and a name in apposition.
  const joinerBefore = tokens[name.from - 1]?.lower ?? "";
  const itemBefore =
    joinerBefore === "," ? name.from - 2 : tokens[name.from - 2]?.text === "," ? name.from - 3 : name.from - 2;
  const nameBefore = LIST_JOINERS.has(joinerBefore) && taken[itemBefore] === NAME_TAKEN;
  const after = tokens[name.to]?.lower ?? "";
  const goesOn = LIST_JOINERS.has(after);
  return nameBefore && (joinerBefore !== "," || goesOn);
}
