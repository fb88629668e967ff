import type { InstitutionType, PlaceKind } from "../draft.ts";
import { matchCountryAt } from "../gazetteer/countries.ts";
import { compactSurface, type GazetteerPlace, gazetteer, isLocalPlaceName } from "../gazetteer/index.ts";
import institutionLexicon from "../lexicon/institutions.json" with { type: "json" };
import peopleLexicon from "../lexicon/people.json" with { type: "json" };
import { addSpan, type ExtractionContext, type InstitutionEntity, LIMITS, type TextField } from "./context.ts";
import { degreeEndAt } from "./degrees.ts";
import { knownGivenName } from "./nameModel.ts";
import { SPACE_RUNS } from "./patterns.ts";
import { matchPlaceAt, type PlaceLevel, type PlaceMatch } from "./places.ts";
import { recasedClause } from "./recase.ts";
import { type Token, WordClass } from "./tokens.ts";
import {
  CALENDAR_WORDS,
  HEADLINE_VERB,
  HEADLINE_VERBS,
  kindPhraseEnd,
  matchUnitAt,
  NAMESAKE_KIND_SUFFIXES,
  namesakeNameEnd,
  opensPlaceName,
  REPRESENTATIVE_OFFICE_WORDS,
  startsLearnedLongForm,
  UNIT_FIRST_WORDS,
  VILLAGE_KIND_WORDS,
} from "./units.ts";

/** A kind of institution that is named by a head word and a place: "Rutan Blora", "Polres Blora". */
interface HeadSpec {
  key: string;
  type: InstitutionType;
  short: string;
  long: string;
  /** The noun a head's title uses: "Kepala" + "Rutan", "Kepala" + "Kantor Wilayah". */
  role: string;
  level: PlaceLevel;
  forms: string[][];
  /** Corrections facilities carry a class (Kelas IIB) and are named the Ditjenpas way. */
  facility: boolean;
  /** A Kanwil names the ministry or directorate general it belongs to. */
  agency: boolean;
  /** The kind of place its seat is when the gazetteer does not list it (a Kecamatan's: a district). */
  seatKind?: "DISTRICT" | "VILLAGE";
}

interface NationalSpec {
  key: string;
  name: string;
  shortName: string;
  type: InstitutionType;
  forms: string[][];
}

const facilityHeads: HeadSpec[] = institutionLexicon.facilityHeads.map((head) => ({
  ...head,
  key: head.short,
  type: head.type as InstitutionType,
  // A bare name shared by a city and a regency names the city's facility ("Lapas Semarang").
  level: "any",
  facility: true,
  agency: false,
}));
/** "Pemerintah Desa X" is "Pemerintah Nagari X", "Pemerintah Gampong X" … in the regions' words for a village. */
function withVillageKindForms(forms: readonly string[][]): string[][] {
  return forms.flatMap((form) =>
    form.length > 1 && form[form.length - 1] === "Desa"
      ? [form, ...VILLAGE_KIND_WORDS.map((word) => [...form.slice(0, -1), word])]
      : [form],
  );
}
const regionalHeads: HeadSpec[] = institutionLexicon.regionalHeads.map((head) => ({
  ...head,
  forms: withVillageKindForms(head.forms),
  type: head.type as InstitutionType,
  level: head.level as PlaceLevel,
  facility: false,
  agency: head.agency === true,
  seatKind: "seatKind" in head ? (head.seatKind as "DISTRICT" | "VILLAGE") : undefined,
}));
const HEADS = [...facilityHeads, ...regionalHeads];
const HEADS_BY_KEY = new Map(HEADS.map((head) => [head.key, head]));
/** Other spellings of a national name's first word ("Kementrian" for "Kementerian"), read as the word. */
const NATIONAL_SPELLINGS = Object.entries(institutionLexicon.nationalSpellings as Record<string, string[]>);
function withSpellings(forms: readonly string[][]): string[][] {
  return forms.flatMap((form) => [
    form,
    ...NATIONAL_SPELLINGS.filter(([word]) => form[0] === word).flatMap(([, spellings]) =>
      spellings.map((spelling) => [spelling, ...form.slice(1)]),
    ),
  ]);
}
const NATIONAL: NationalSpec[] = institutionLexicon.nationalInstitutions.map((n) => ({
  ...n,
  forms: withSpellings(n.forms),
  type: n.type as InstitutionType,
}));
/** "RI", "Republik Indonesia": the country written after a national institution's name. */
const COUNTRY_SUFFIXES = institutionLexicon.countrySuffixes.map((form) => form.map((word) => word.toLowerCase()));
const NATIONAL_BY_KEY = new Map(NATIONAL.map((n) => [n.key, n]));
const HEADS_BY_FIRST_WORD = specsByFirstWord(HEADS);
const NATIONAL_BY_FIRST_WORD = specsByFirstWord(NATIONAL);
const KANWIL_AGENCIES = new Set(institutionLexicon.kanwilAgencies);
/** "Kemenag" after "Kanwil": a ministry's short form that alone means a regency office (a unit). */
const KANWIL_AGENCY_SHORT_FORMS = new Map(
  Object.entries(institutionLexicon.kanwilAgencyShortForms as Record<string, string>),
);
/** A Kanwil of these ministries is its own office, not the province's one corrections Kanwil. */
const SEPARATE_KANWIL_AGENCIES = new Set(institutionLexicon.separateKanwilAgencies);
const PLACE_PREFIXES = new Map(Object.entries(institutionLexicon.placePrefixes as Record<string, PlaceKind>));
/** "Kec.", "Kel.", "Ds.": abbreviated prefixes, each read as the word it shortens. */
const PLACE_PREFIX_ABBREVIATIONS = new Map(
  Object.entries(institutionLexicon.placePrefixAbbreviations as Record<string, string>),
);
/** "Banjar Dinas": prefixes of two words or more, with the kind they announce. */
const PLACE_PHRASE_PREFIXES = institutionLexicon.placePhrasePrefixes.map((prefix) => ({
  words: prefix.words,
  kind: prefix.kind as PlaceKind,
}));
/** "Banjar" in a Balinese story: prefixes that announce a place only in a story set in one province. */
const PROVINCE_PLACE_PREFIXES = institutionLexicon.provincePlacePrefixes.map((prefix) => ({
  words: prefix.words,
  kind: prefix.kind as PlaceKind,
  province: prefix.province,
}));
const PLACE_PREFIX_WORDS = new WordClass([
  ...PLACE_PREFIXES.keys(),
  ...PLACE_PREFIX_ABBREVIATIONS.keys(),
  ...PLACE_PHRASE_PREFIXES.map((prefix) => prefix.words[0] ?? ""),
]);
/** The currency written before a sum: "Rp", "Rp575". */
const MONEY = /^Rp\d*$/;
/** "RT", "RW": units below a village that end its name in an address. */
const NEIGHBOURHOOD_UNITS = new Set(institutionLexicon.neighbourhoodUnits.map((unit) => unit.toLowerCase()));
const REGISTERED_AGENCY_TYPES = new Set<string>(institutionLexicon.registeredAgencyTypes);
const QUALIFIERS = new Set(institutionLexicon.facilityQualifiers.map((q) => q.toLowerCase()));
const CLASS_WORDS = new Set(institutionLexicon.classWords.map((w) => w.toLowerCase()));
const CLASSES = new Map(Object.entries(institutionLexicon.classes as Record<string, string>));
const COURT_CHAMBERS = new Set(institutionLexicon.courtChambers.map((w) => w.toLowerCase()));
/** "Letnan Kolonel", "Komisaris Besar Polisi": every word of a rank written out is a rank word too. */
const RANK_PHRASE_WORDS = peopleLexicon.rankPhrases.flatMap((phrase) => phrase.split(" "));
const NOT_PLACE_WORDS = new WordClass(
  [...peopleLexicon.notNames, ...peopleLexicon.ranks, ...RANK_PHRASE_WORDS, ...peopleLexicon.honorifics].map((w) =>
    w.toLowerCase(),
  ),
);

/** First words of every institution form, for a quick "could an institution start here?". */
const FIRST_WORDS = new WordClass(
  [...HEADS, ...NATIONAL].flatMap((spec) => spec.forms.map((form) => form[0]?.toLowerCase())),
);

export interface InstitutionMatch {
  identity: string;
  type: InstitutionType;
  name: string;
  shortName?: string;
  standardAliases: string[];
  /** The form as written (with an implied head restored: "Kakanwil X" is written "Kanwil X"). */
  written: string;
  place?: PlaceMatch;
  province?: GazetteerPlace;
  placeWords?: string;
  /** The directorate general or ministry named inside a Kanwil's name. */
  agency?: InstitutionMatch;
  head?: HeadSpec;
  from: number;
  to: number;
  /** A head without a place ("Kepala Rutan didampingi …"): the article's one institution of that kind. */
  generic: boolean;
  /** The Kanwil's ministry or directorate general was not written but inferred from the date. */
  agencyInferred?: boolean;
  /** The place was not found in the gazetteer and may be cut off (the last word of a title). */
  unknownPlace: boolean;
  /** Token range of place words the gazetteer's provinces and regencies do not list. */
  unknownPlaceRange?: { from: number; to: number };
  /** A unit read by the unit grammar: its long form without the region ("Dinas Kesehatan"). */
  unitRole?: string;
  /** Where the unit's own words end, before a bracketed acronym or the region. */
  unitNameTo?: number;
  /** Read only from a regional head's title ("Bupati Blora" → Pemkab Blora), not written out. */
  impliedByTitle?: boolean;
  /** A unit noun that names a part of the institution written right after it, if one is. */
  insideNext?: boolean;
}

/** A form may hold a hyphen the name is written with ("Kemenkop-UKM", "TNI-AD"): it matches the hyphen token. */
const FORM_HYPHEN = "-";
/**
 * Punctuation a form may spell: its hyphen, its commas ("Kementerian Desa, Pembangunan Daerah
 * Tertinggal, dan Transmigrasi") and the slash of a ministry that is also an agency
 * ("Kementerian ATR/BPN").
 */
const FORM_PUNCTUATION = new Set([FORM_HYPHEN, ",", "/"]);

function formAt(tokens: readonly Token[], at: number, form: readonly string[]): number {
  let i = at;
  for (const word of form) {
    const token = tokens[i];
    if (!token || (!token.isWord && !FORM_PUNCTUATION.has(word)) || token.lower !== word.toLowerCase()) return -1;
    i++;
  }
  const first = tokens[at];
  return first?.capitalized ? i : -1;
}

/** formAt for a form already in lowercase. */
function lowerFormAt(tokens: readonly Token[], at: number, form: readonly string[]): number {
  const first = tokens[at];
  if (!first?.capitalized) return -1;
  for (let k = 0; k < form.length; k++) {
    const token = tokens[at + k];
    if (!token || (!token.isWord && !FORM_PUNCTUATION.has(form[k] ?? "")) || token.lower !== form[k]) return -1;
  }
  return at + form.length;
}

/**
 * Specs by the first word of their forms, in lexicon order, each with only the forms that start
 * with that word, in lowercase: a token tries the few specs that can start there, not all.
 */
function specsByFirstWord<T extends { forms: string[][] }>(
  specs: readonly T[],
): Map<string, { spec: T; forms: string[][] }[]> {
  const index = new Map<string, { spec: T; forms: string[][] }[]>();
  for (const spec of specs) {
    const byWord = new Map<string, string[][]>();
    for (const form of spec.forms) {
      const lowered = form.map((word) => word.toLowerCase());
      const first = lowered[0] ?? "";
      byWord.set(first, [...(byWord.get(first) ?? []), lowered]);
    }
    for (const [first, forms] of byWord) index.set(first, [...(index.get(first) ?? []), { spec, forms }]);
  }
  return index;
}

function longestLowerForm(tokens: readonly Token[], at: number, forms: readonly string[][]): number {
  let best = -1;
  for (const form of forms) best = Math.max(best, lowerFormAt(tokens, at, form));
  return best;
}

/** "(Bapas)", "(Lapas )", "(Kalapas)", "(Kasi Binadik)": an abbreviation repeated in brackets. */
export function skipBracketedAbbreviation(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== "(") return at;
  for (let k = at + 1; k <= at + 3; k++) {
    const word = tokens[k];
    if (!word?.isWord || word.text.length > 15) return at;
    if (tokens[k + 1]?.text === ")") return k + 2;
  }
  return at;
}

function written(field: TextField, from: number, to: number): string {
  const first = field.tokens[from];
  const last = field.tokens[to - 1];
  if (!first || !last) return "";
  return field.text.slice(first.start, last.end).replace(SPACE_RUNS, " ");
}

/** Where a country suffix after a national name ends (past a bracketed acronym before it), else `at`. */
function countrySuffixEnd(tokens: readonly Token[], at: number): number {
  const afterBracket = skipBracketedAbbreviation(tokens, at);
  for (const suffix of COUNTRY_SUFFIXES) {
    const end = lowerFormAt(tokens, afterBracket, suffix);
    if (end > 0) return end;
  }
  return at;
}

function matchNationalAt(field: TextField, at: number, keys?: Set<string>): InstitutionMatch | undefined {
  let best: InstitutionMatch | undefined;
  const token = field.tokens[at];
  if (!token?.isWord) return undefined;
  for (const { spec, forms } of NATIONAL_BY_FIRST_WORD.get(token.lower) ?? []) {
    if (keys && !keys.has(spec.key)) continue;
    const nameTo = longestLowerForm(field.tokens, at, forms);
    // "Kementerian Kesehatan Republik Indonesia", "Kementerian Agama (Kemenag) RI": the country
    // after the name is part of the way the article writes it.
    const to = nameTo > at ? countrySuffixEnd(field.tokens, nameTo) : nameTo;
    if (to > at && (!best || to > best.to)) {
      best = {
        identity: `national:${spec.key}`,
        type: spec.type,
        name: spec.name,
        shortName: spec.shortName,
        standardAliases: [],
        written: written(field, at, to),
        from: at,
        to,
        generic: false,
        unknownPlace: false,
      };
    }
  }
  return best;
}

function titleCaseWord(word: string): string {
  return word.length > 3 && word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}

/**
 * The kind of place a capitalised prefix at `at` announces and where the place's own words start:
 * "Kecamatan Cibeber", "Kec. Cibeber" (an abbreviation only with its full stop right after it).
 */
function placePrefixAt(tokens: readonly Token[], at: number): { kind: PlaceKind; wordsFrom: number } | undefined {
  const token = tokens[at];
  if (!token?.capitalized || !PLACE_PREFIX_WORDS.holds(token)) return undefined;
  for (const phrase of PLACE_PHRASE_PREFIXES) {
    const end = lowerFormAt(tokens, at, phrase.words);
    if (end > 0 && tokens[end]?.capitalized) return { kind: phrase.kind, wordsFrom: end };
  }
  const full = PLACE_PREFIX_ABBREVIATIONS.get(token.lower);
  if (full === undefined) {
    const kind = PLACE_PREFIXES.get(token.lower);
    return kind ? { kind, wordsFrom: at + 1 } : undefined;
  }
  const stop = tokens[at + 1];
  if (stop?.text !== "." || stop.spaced) return undefined;
  const kind = PLACE_PREFIXES.get(full);
  return kind ? { kind, wordsFrom: at + 2 } : undefined;
}

/**
 * "di Banjar Bunglada, Desa Tianyar": a prefix that announces a place only in a story set in its
 * province, here one that names a place of that province in its title or body.
 */
function provincePlacePrefixAt(
  context: ExtractionContext,
  tokens: readonly Token[],
  at: number,
): { kind: PlaceKind; wordsFrom: number } | undefined {
  if (!tokens[at]?.capitalized) return undefined;
  for (const phrase of PROVINCE_PLACE_PREFIXES) {
    const end = lowerFormAt(tokens, at, phrase.words);
    if (end > 0 && tokens[end]?.isWord && tokens[end]?.capitalized && storySetIn(context, phrase.province))
      return { kind: phrase.kind, wordsFrom: end };
  }
  return undefined;
}

/** Whether the word at `at` is a one-word province place prefix in a story set in its province. */
function provincePrefixWordHere(context: ExtractionContext, tokens: readonly Token[], at: number): boolean {
  return PROVINCE_PLACE_PREFIXES.some(
    (phrase) =>
      phrase.words.length === 1 && lowerFormAt(tokens, at, phrase.words) > 0 && storySetIn(context, phrase.province),
  );
}

/** The provinces each story's title and body name a place of, read once per story. */
const storyProvinces = new WeakMap<ExtractionContext, ReadonlySet<string>>();

/** Whether the story names a place inside the province with this code (a regency, a district, a village). */
function storySetIn(context: ExtractionContext, province: string): boolean {
  let provinces = storyProvinces.get(context);
  if (!provinces) {
    const found = new Set<string>();
    for (const field of [context.title, context.body]) {
      for (let k = 0; k < field.tokens.length; k++) {
        const place = matchPlaceAt(field.tokens, k);
        // A place inside the province, not the province alone: "studi banding ke Bali" sets no story there.
        const code = place?.place.province?.code;
        if (code) found.add(code);
      }
    }
    provinces = found;
    storyProvinces.set(context, provinces);
  }
  return provinces.has(province);
}

/** Capitalised words after a head that name a place the gazetteer does not know ("Labuhan Ruku"). */
function unknownPlaceWords(
  tokens: readonly Token[],
  at: number,
  afterTitle: boolean,
  evidence?: ReadonlySet<string>,
  /** A local government's seat: a district or village of the country, which the gazetteer can name. */
  localSeat = false,
): number {
  let to = at;
  while (to < tokens.length && to - at < 3) {
    const token = tokens[to];
    if (
      !token?.isWord ||
      !token.capitalized ||
      (NOT_PLACE_WORDS.holds(token) && !(to === at && opensPlaceName(tokens, to))) ||
      NEIGHBOURHOOD_UNITS.has(token.lower) ||
      // "dibahas DPRD April mendatang", "dibawa ke Polres Sabtu malam": a date, not a seat.
      CALENDAR_WORDS.holds(token) ||
      /^\d+$/.test(token.text) ||
      // "Sekda M Azan": one capital letter is a name's initial; no seat is written so.
      (token.text.length === 1 && to === at) ||
      // "Dana Desa Rp575 juta": a sum of money after the word, not a village.
      MONEY.test(token.text)
    )
      break;
    // "Pemdes Gunungsari Kec. Cikatomas": a prefix starts the next place of an address chain.
    if (to > at && placePrefixAt(tokens, to)) break;
    // "Polres Sukamaju Serahkan Bantuan", "Koramil 12/Sungai Kunyit Gelar Bakti Sosial": in a
    // Title Case headline the verb after the seat is no word of it, unless it names a place
    // ("Tarakan") or opens the seat ("Banjar Dinas Babakan"). A local government's seat is cut
    // where the body writes it (cutAtBodyPlace).
    if (
      to > at &&
      !localSeat &&
      (HEADLINE_VERB.test(token.lower) || HEADLINE_VERBS.holds(token)) &&
      !matchPlaceAt(tokens, to)
    )
      break;
    // "Kotabumi Lampung Utara": a known place after an unknown one locates it, unless it is
    // itself inside a longer name ("Simpang Padang Karet").
    const known = to > at ? matchPlaceAt(tokens, to) : undefined;
    if (known && (known.to - known.from > 1 || !tokens[known.to]?.capitalized)) break;
    to++;
  }
  // After a title, three or more capitalised words are more likely a place and a name: the seat
  // is the longest run the article or the country's districts and villages name as a place
  // ("Camat Way Lima Sukur", "Camat Kota Bangun Darat Zulkifli", "Desa Kayu Agung,"), else one word.
  if (afterTitle && to - at >= 3) {
    const compactOf = (words: number) => {
      let compact = "";
      for (let k = at; k < at + words; k++) compact += tokens[k]?.compact ?? "";
      return compact;
    };
    // The country's names count only for words that are no place on their own ("Way", "Loa"):
    // after a village that is one ("Tegalrejo"), the next word is more likely the holder's.
    const countryNamed = (words: number) =>
      localSeat && !isLocalPlaceName(compactOf(1)) && isLocalPlaceName(compactOf(words));
    const namesPlace = (words: number) => evidence?.has(compactOf(words)) === true || countryNamed(words);
    if (tokens[at + 3]?.isWord && tokens[at + 3]?.capitalized && namesPlace(3)) return at + 3;
    // Else one word: a seat below the village ("Kelian Banjar Dinas Bunglada Jro Kocap") is in no
    // list, so a first word no list names may still be the seat.
    return namesPlace(2) ? at + 2 : at + 1;
  }
  return to;
}

/**
 * "kata Kepala Rutan Sukamaju Wiryono di Sukamaju": a seat the gazetteer does not know, read on
 * into the holder's name, ends where the article writes the head and a shorter seat closed
 * elsewhere ("warga binaan Rutan Sukamaju itu", "Rutan Sukamaju,"), when the head with the whole
 * run is written closed nowhere and the words cut off are written elsewhere on their own, not after
 * the seat ("… klata Wiryono."): a place is written with its seat, a holder's name alone. Returns
 * where the seat ends, `end` when nothing so shortens it.
 */
function seatEndWhereWrittenClosed(field: TextField, at: number, seatFrom: number, end: number): number {
  const { tokens } = field;
  if (end - seatFrom < 2) return end;
  const closedNames = field.closedNames?.();
  if (!closedNames?.size) return end;
  let whole = "";
  for (let k = at; k < end; k++) whole += tokens[k]?.compact ?? "";
  // The run read here is itself closed once; written so again, it is the name as the article has it.
  if ((closedNames.get(whole) ?? 0) > 1) return end;
  for (let cut = seatFrom + 1; cut < end; cut++) {
    let shorter = "";
    for (let k = at; k < cut; k++) shorter += tokens[k]?.compact ?? "";
    if (!closedNames.has(shorter)) continue;
    const first = tokens[cut];
    if (!first || DIRECTIONS.has(first.lower) || field.placeEvidence?.has(first.compact) || matchPlaceAt(tokens, cut))
      return end;
    return writtenApart(tokens, cut, end) ? cut : end;
  }
  return end;
}

/** Whether the words `from`–`to` are written elsewhere in the field after a word other than the one before `from`. */
function writtenApart(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.compact;
  for (let p = 0; p + (to - from) <= tokens.length; p++) {
    if (p === from || tokens[p - 1]?.compact === before) continue;
    let k = 0;
    while (k < to - from && tokens[p + k]?.isWord && tokens[p + k]?.compact === tokens[from + k]?.compact) k++;
    if (k === to - from) return true;
  }
  return false;
}

/** Whether a person's degree follows: "Rutan (KPR) Ade Chandra, S.H" names a person, not a place. */
function degreeFollows(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text === ",") return degreeEndAt(tokens, at + 1) > 0;
  return degreeEndAt(tokens, at) > 0;
}

/** "Perempuan Kelas IIA", "Klas 1", "IIB": the qualifier and class a facility's name carries. */
function readFacilityClass(
  tokens: readonly Token[],
  at: number,
): { qualifier?: string; className?: string; end: number } {
  let j = at;
  let qualifier: string | undefined;
  if (tokens[j]?.capitalized && QUALIFIERS.has(tokens[j]?.lower ?? "")) qualifier = tokens[j++]?.text;
  const hasClassWord = CLASS_WORDS.has(tokens[j]?.lower ?? "");
  const classAt = hasClassWord ? j + 1 : j;
  const classToken = tokens[classAt];
  let className = classToken ? CLASSES.get(classToken.lower) : undefined;
  // Without "Kelas", only roman numerals in capitals count: "LPKA II Banda Aceh".
  if (className && !hasClassWord && !/^I{1,3}[AB]?$/.test(classToken?.text ?? "")) className = undefined;
  if (!className) return { qualifier, end: j };
  j = classAt + 1;
  const letter = tokens[j];
  // "Kelas II B" is written apart as often as "Kelas IIB".
  if ((className === "II" || className === "I") && letter?.spaced && (letter.text === "A" || letter.text === "B")) {
    className += letter.text;
    j++;
  }
  return { qualifier, className, end: j };
}

/**
 * "Pengadilan Agama Kelas 1 A Pemalang", "PN Kelas IA Khusus Bandung": the class of a court (or
 * another office) before its seat, written with "Kelas"; the name is the office and its seat.
 */
function afterCourtClass(tokens: readonly Token[], at: number): number {
  if (!tokens[at]?.capitalized || !CLASS_WORDS.has(tokens[at]?.lower ?? "")) return at;
  const { className, end } = readFacilityClass(tokens, at);
  if (!className) return at;
  const afterQualifier = tokens[end]?.capitalized && QUALIFIERS.has(tokens[end]?.lower ?? "") ? end + 1 : end;
  return afterCourtChambers(tokens, afterQualifier);
}

/** "/PHI/Tipikor" or "PHI/Tipikor/": the special chambers after a court's class, and the slash before its seat. */
function afterCourtChambers(tokens: readonly Token[], at: number): number {
  let j = at;
  let chambers = 0;
  for (;;) {
    const slash = tokens[j]?.text === "/" ? 1 : 0;
    if (slash === 0 && chambers > 0) break;
    if (!COURT_CHAMBERS.has(tokens[j + slash]?.lower ?? "") || !tokens[j + slash]?.capitalized) break;
    j += slash + 1;
    chambers++;
  }
  if (chambers === 0) return at;
  return tokens[j]?.text === "/" ? j + 1 : j;
}

/** Position words that name a district after the regency it lies in: "Kampar Kiri", "Blora Selatan", "Kapuas Hulu". */
const DIRECTIONS = new Set(["utara", "selatan", "timur", "barat", "tengah", "kiri", "kanan", "hulu", "hilir"]);

/** "Kodim 0717/Purwodadi": a military command named by its number and seat. */
function readNumberedCommand(field: TextField, head: HeadSpec, at: number, j: number): InstitutionMatch | undefined {
  const { tokens } = field;
  // Regional commands are numbered in roman numerals ("Kodam IV/Diponegoro").
  if (
    !/^\d{2,4}$/.test(tokens[j]?.text ?? "") &&
    !(/^[IVX]{1,5}$/.test(tokens[j]?.text ?? "") && tokens[j + 1]?.text === "/")
  )
    return undefined;
  // "0721/Blora", "0823 Situbondo", "05/KK", "0313-05/Kampar Kiri".
  let seatAt = j + 1;
  if (tokens[seatAt]?.text === "-" && /^\d{1,3}$/.test(tokens[seatAt + 1]?.text ?? "")) seatAt += 2;
  // "0823/13 Mlandingan": the parent command's number, a slash, then the command's own number
  // within it; the seat follows after a space or another slash.
  else if (tokens[seatAt]?.text === "/" && /^\d{1,3}$/.test(tokens[seatAt + 1]?.text ?? "")) seatAt += 2;
  const slash = tokens[seatAt]?.text === "/";
  if (slash) seatAt++;
  // "Korem 064/Maulana Yusuf Budi Santoso": a command named after a hero (namesakes.json
  // militaryCommands) bears the hero's whole name after its slash, and a holder's name may follow.
  const hero = slash ? namesakeNameEnd(tokens, seatAt) : -1;
  const located = hero > seatAt ? undefined : matchPlaceAt(tokens, seatAt);
  let end = hero > seatAt ? hero : (located?.to ?? unknownPlaceWords(tokens, seatAt, false));
  if (end <= seatAt && slash && tokens[seatAt]?.isWord && /^\p{Lu}{2,5}$/u.test(tokens[seatAt]?.text ?? ""))
    end = seatAt + 1;
  if (end <= seatAt) return undefined;
  // "0721/Blora Selatan": a direction after the seat belongs to it.
  if (located && tokens[end]?.capitalized && DIRECTIONS.has(tokens[end]?.lower ?? "")) end++;
  const words = written(field, j, end);
  return {
    // The number names the command: "Kodim 0721/BS" and "Komando Distrik Militer 0721/Blora Selatan" are one.
    identity: `${head.key}:${field.text.slice(tokens[j]?.start ?? 0, tokens[seatAt - 1]?.end ?? 0).replace(/[\s/]+/g, "")}`,
    type: head.type,
    name: `${head.long} ${words}`,
    shortName: `${head.short} ${words}`,
    standardAliases: [],
    written: `${head.short} ${words}`,
    place: located,
    province: located?.place.province,
    head,
    from: at,
    to: end,
    generic: false,
    unknownPlace: !located,
  };
}

/**
 * The canonical names of a headed institution, the same whichever way an article writes it:
 * facilities the Ditjenpas way ("Rutan Kelas IIB Blora" / "Rutan Blora"), a Kanwil by its
 * ministry and province, the rest by their long and short heads and the place.
 */
function nameInstitution(
  match: InstitutionMatch,
  head: HeadSpec,
  placeText: string,
  facility: { qualifier?: string; className?: string },
  agencyKey: string | undefined,
): void {
  const place = match.unknownPlace ? undefined : match.place?.place;
  if (head.facility) {
    const kind = facility.qualifier ? `${head.short} ${facility.qualifier}` : head.short;
    match.identity = `${head.key}:${compactSurface(kind)}:${match.placeWords}`;
    match.shortName = `${kind} ${placeText}`;
    match.name = facility.className ? `${kind} Kelas ${facility.className} ${placeText}` : match.shortName;
    if (facility.className) {
      const longKind = facility.qualifier ? `${head.long} ${facility.qualifier}` : head.long;
      match.standardAliases.push(`${longKind} Kelas ${facility.className} ${placeText}`);
    }
  } else if (head.agency) {
    const agencySpec = agencyKey ? NATIONAL_BY_KEY.get(agencyKey) : undefined;
    match.agencyInferred = !match.agency && agencySpec !== undefined;
    const provinceName = place?.name ?? placeText;
    // One regional office per province: "Kakanwil Jawa Timur" is the "Kanwil Kemenkumham Jawa Timur" named elsewhere.
    const separate = agencyKey !== undefined && SEPARATE_KANWIL_AGENCIES.has(agencyKey);
    match.identity = `${head.key}:${separate ? `${agencyKey}:` : ""}${compactSurface(provinceName)}`;
    match.name = [head.long, agencySpec?.name, provinceName].filter(Boolean).join(" ");
    match.shortName = [head.short, agencySpec?.shortName, place?.shortForm ?? placeText].filter(Boolean).join(" ");
  } else {
    const longPlace = place ? place.bareName : placeText;
    const shortPlace = place?.kind === "PROVINCE" ? place.shortForm : longPlace;
    match.identity = `${head.key}:${compactSurface(longPlace)}`;
    match.name = `${head.long} ${longPlace}`;
    match.shortName = `${head.short} ${shortPlace}`;
  }
}

/**
 * Reads a head-and-place institution at `at`; with `impliedHead`, the head was part of an
 * abbreviated title ("Kakanwil Ditjenpas Jateng") and reading starts at its place.
 */
function matchHeadedAt(
  field: TextField,
  at: number,
  impliedHead: HeadSpec | undefined,
  afterTitle: boolean,
): InstitutionMatch | undefined {
  const { tokens } = field;
  let head = impliedHead;
  let j = at;
  if (!head) {
    const token = tokens[at];
    if (!token?.isWord) return undefined;
    for (const { spec, forms } of HEADS_BY_FIRST_WORD.get(token.lower) ?? []) {
      const to = longestLowerForm(tokens, at, forms);
      if (to > j) {
        j = to;
        head = spec;
      }
    }
    if (!head) return undefined;
  }
  j = skipBracketedAbbreviation(tokens, j);

  const facility = head.facility ? readFacilityClass(tokens, j) : undefined;
  if (facility) j = facility.end;
  else j = afterCourtClass(tokens, j);
  let agency = head.agency ? matchNationalAt(field, j, KANWIL_AGENCIES) : undefined;
  const agencyShortKey = head.agency && !agency ? KANWIL_AGENCY_SHORT_FORMS.get(tokens[j]?.lower ?? "") : undefined;
  if (agencyShortKey && tokens[j]?.capitalized) agency = nationalInstitution(agencyShortKey, j, j + 1);
  if (agency) j = skipBracketedAbbreviation(tokens, agency.to);
  if (head.level === "province") j = afterProvinceWord(tokens, j);
  const numbered = readNumberedCommand(field, head, at, j);
  if (numbered) return numbered;

  let place: PlaceMatch | undefined = matchPlaceAt(tokens, j, head.level);
  if (place && head.level === "province" && place.place.kind !== "PROVINCE") place = undefined;
  let placeWordsEnd = place?.to ?? j;
  let unknownPlace = false;
  // "Koramil Kampar Kiri": a known place with a position word after it is a district named after
  // it, which the gazetteer does not list; the whole name is the seat, not the regency alone.
  if (
    place &&
    head.level !== "province" &&
    tokens[place.to]?.capitalized &&
    DIRECTIONS.has(tokens[place.to]?.lower ?? "")
  ) {
    placeWordsEnd = place.to + 1;
    unknownPlace = true;
    place = undefined;
  }
  // "Kepala Desa Tegal Maja Budi": a known place and the word after it that the article writes
  // together as a place elsewhere ("Desa Tegal Maja,"), or that the country has as a district or
  // village, are one local seat the gazetteer lacks, not the place and a name's first word.
  if (place && !place.prefixed && LOCAL_SEAT_HEAD_KEYS.has(head.key) && seatRunsOn(field, place.from, place.to)) {
    placeWordsEnd = place.to + 1;
    unknownPlace = true;
    place = undefined;
  }
  // "Polres Kab. Sukamaju": the short regency prefix is not a word of a seat the gazetteer lacks.
  const seatFrom = !place && head.level !== "province" ? afterRegencyAbbreviation(tokens, j) : j;
  if (!place && head.level !== "province") {
    placeWordsEnd = unknownPlaceWords(
      tokens,
      seatFrom,
      afterTitle,
      field.placeEvidence,
      head.type === "LOCAL_GOVERNMENT",
    );
    if (degreeFollows(tokens, placeWordsEnd)) placeWordsEnd = seatFrom;
    placeWordsEnd = seatEndWhereWrittenClosed(field, at, seatFrom, placeWordsEnd);
    unknownPlace = placeWordsEnd > seatFrom;
    // "Camat Tanjung Raja Ahmad Yani": so does a seat the gazetteer lacks read short before a name.
    if (unknownPlace && LOCAL_SEAT_HEAD_KEYS.has(head.key) && seatRunsOn(field, seatFrom, placeWordsEnd))
      placeWordsEnd++;
    if (!unknownPlace) placeWordsEnd = j;
    // "Rutan Kelas IIB Kotabumi Lampung Utara": a known place right after locates the unknown one.
    if (unknownPlace) place = matchPlaceAt(tokens, placeWordsEnd, "regency");
  }

  // "Pemda Jawa Tengah": a regional government written without its level ("Pemda", "Pemerintah
  // Daerah") whose seat is a province is the province's government.
  if (!unknownPlace && place?.place.kind === "PROVINCE" && head.key === REGENCY_GOVERNMENT)
    head = HEADS_BY_KEY.get(PROVINCE_GOVERNMENT) ?? head;
  const end = unknownPlace ? placeWordsEnd : (place?.to ?? j);
  // "Pemerintah Daerah" or "Pemda" with no region after it is any regional government, not the
  // article's one Pemkab ("… melibatkan kepolisian maupun Pemerintah Daerah").
  if (end === j && !impliedHead && LEVELLESS_GOVERNMENT_FORMS.has(written(field, at, j).toLowerCase()))
    return undefined;
  if (end === j) {
    // A head without a place ("Kepala Rutan didampingi …") names the article's one institution of that kind.
    return {
      identity: `generic:${head.key}`,
      type: head.type,
      name: head.short,
      standardAliases: [],
      written: impliedHead ? impliedHead.short : written(field, at, j),
      head,
      from: at,
      to: j,
      generic: true,
      unknownPlace: false,
    };
  }
  const afterPlace = unknownPlace && place ? place.to : end;
  // "PN Penajam Kelas II Budi", "Pengadilan Agama Sukamaju Kelas IB": a court's class written after
  // its seat is read with it, not left before the holder's name; the name stays the court and its seat.
  const afterClass = head.type === "COURT" && !facility ? afterCourtClass(tokens, afterPlace) : afterPlace;
  const placeText = unknownPlace
    ? written(field, seatFrom, placeWordsEnd).split(" ").map(titleCaseWord).join(" ")
    : (place?.place.bareName ?? "");
  const match: InstitutionMatch = {
    identity: "",
    type: head.type,
    name: "",
    standardAliases: [],
    written: impliedHead
      ? `${impliedHead.short} ${written(field, at, afterPlace)}`.trim()
      : written(field, at, afterPlace),
    place: unknownPlace && place?.place.kind === "PROVINCE" ? undefined : place,
    province: place?.place.kind === "PROVINCE" ? place.place : place?.place.province,
    placeWords: compactSurface(placeText),
    unknownPlaceRange: unknownPlace ? { from: seatFrom, to: placeWordsEnd } : undefined,
    agency,
    head,
    from: at,
    to: afterClass,
    generic: false,
    unknownPlace,
  };
  const agencyKey = agency ? agency.identity.replace("national:", "") : field.defaultAgency;
  nameInstitution(match, head, placeText, facility ?? {}, agencyKey);
  return match;
}

/** A regional government written without its level, read as a government only with a region after it. */
const LEVELLESS_GOVERNMENT_FORMS = new Set(["pemda", "pemerintah daerah"]);
/** The heads of a regency's and a province's government. */
const REGENCY_GOVERNMENT = "Pemkab";
const PROVINCE_GOVERNMENT = "Pemprov";

/** "Kab. Sukamaju": where the seat's words start after a regency prefix written short with its stop. */
function afterRegencyAbbreviation(tokens: readonly Token[], at: number): number {
  const stop = tokens[at + 1];
  return tokens[at]?.text === "Kab" && stop?.text === "." && !stop.spaced ? at + 2 : at;
}

/** "Provinsi Jawa Barat", "Prov. Jawa Barat": the province word before a province-level office's place. */
function afterProvinceWord(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.lower;
  if (word === "provinsi") return at + 1;
  if (word === "prov") return tokens[at + 1]?.text === "." ? at + 2 : at + 1;
  return at;
}

/**
 * "Kemenag Prov. Jawa Barat", "Kantor Kementerian Agama Provinsi Jawa Barat": a ministry's office
 * for a whole province is its Kanwil there, read as one ("Kanwil Kemenag Jawa Barat").
 */
function provinceOfficeAsKanwil(unit: InstitutionMatch, at: number): InstitutionMatch | undefined {
  if (unit.type !== "MINISTRY" || unit.place?.place.kind !== "PROVINCE") return undefined;
  // The unit names the ministry in its long form: "Kantor Kementerian Agama".
  const role = compactSurface(unit.unitRole ?? "");
  const agencyKey = [...KANWIL_AGENCY_SHORT_FORMS.values()].find((key) => {
    const ministry = NATIONAL_BY_KEY.get(key);
    return ministry !== undefined && role.includes(compactSurface(ministry.name));
  });
  const head = HEADS_BY_KEY.get("Kanwil");
  if (!agencyKey || !head) return undefined;
  const agency = nationalInstitution(agencyKey, at, at);
  const match: InstitutionMatch = {
    ...unit,
    identity: "",
    type: head.type,
    standardAliases: [],
    agency,
    head,
    placeWords: compactSurface(unit.place.place.bareName),
  };
  nameInstitution(match, head, unit.place.place.bareName, {}, agencyKey);
  return match;
}

/** An institution written at token `at`, if one starts there. */
export function matchInstitutionAt(field: TextField, at: number, afterTitle = false): InstitutionMatch | undefined {
  const token = field.tokens[at];
  if (!token?.isWord || !token.capitalized) return undefined;
  // Titles, names and the institution scan ask about the same positions again and again; once
  // the field's abbreviations are learned the answer depends only on the field, so it is kept.
  if (field.learnedAbbreviations === undefined) return readInstitutionAt(field, at, afterTitle);
  let memo = field === lastMemoField ? lastMemo : institutionMemo.get(field);
  if (!memo) {
    // Sized up front: slots are filled in any order, and a sparse array would turn into a dictionary.
    memo = new Array(field.tokens.length * 2);
    institutionMemo.set(field, memo);
  }
  lastMemoField = field;
  lastMemo = memo;
  // Two slots per token: read plain, and read after a title. null: nothing starts there.
  const key = 2 * at + (afterTitle ? 1 : 0);
  const known = memo[key];
  if (known !== undefined) return known ?? undefined;
  const found = readInstitutionAt(field, at, afterTitle);
  memo[key] = found ?? null;
  return found;
}

const institutionMemo = new WeakMap<TextField, (InstitutionMatch | null | undefined)[]>();
/** The field asked about last and its memo: most calls in a row are about one field. */
let lastMemoField: TextField | undefined;
let lastMemo: (InstitutionMatch | null | undefined)[] | undefined;

/** A faculty's acronym: "FH", "FISIP", "FKIP", "FMIPA" (F and one to five capitals). */
const FACULTY_ACRONYM = /^F[A-Z]{1,5}$/;
/** The long name of a college a faculty belongs to. */
const HIGHER_EDUCATION_NAME = /^(?:Universitas|Institut|Politeknik|Sekolah Tinggi|Akademi)\b/;

/** "Pemerintahan": the governance that, written before "Desa" or "Kelurahan" and a seat, names its government. */
const GOVERNANCE_WORD = "pemerintahan";

/** The noun a council's organs are named with ("Badan Anggaran", "Badan Kehormatan"), and the councils. */
const COUNCIL_ORGAN_NOUN = "badan ";
const COUNCIL_HEAD_KEYS = new Set(["DPRD"]);
const COUNCIL_ORGANS = new Set(institutionLexicon.councilOrgans.map(compactSurface));

/** "Kantor": the noun an office is written with before "Perwakilan". */
const OFFICE_NOUN = "kantor";

/**
 * "Kepala Perwakilan Bank Indonesia Sukamaju Budi", "Kantor Perwakilan Bank Indonesia (KPwBI)
 * Provinsi Jambi", "Perwakilan BPKP Provinsi Riau": "Perwakilan" (after "Kantor" or alone) written
 * before a body names that body's office in the region after it, the institution read there; the
 * words are how it is written, not an office of their own ("Kantor Perwakilan").
 */
function representativeOfficeAt(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  const word = tokens[at]?.lower === OFFICE_NOUN ? tokens[at + 1] : tokens[at];
  if (!word?.capitalized || !REPRESENTATIVE_OFFICE_WORDS.has(word.lower)) return undefined;
  const bodyAt = word === tokens[at] ? at + 1 : at + 2;
  const body = tokens[bodyAt]?.capitalized ? readInstitutionAt(field, bodyAt, false) : undefined;
  if (!body || body.generic) return undefined;
  return { ...body, from: at, written: written(field, at, body.to) };
}

function readInstitutionAt(field: TextField, at: number, afterTitle: boolean): InstitutionMatch | undefined {
  const token = field.tokens[at];
  if (!token?.isWord || !token.capitalized) return undefined;
  if (kindPhraseEnd(field.tokens, at) > at) return undefined;
  const representative = representativeOfficeAt(field, at);
  if (representative) return representative;
  // "Dekan FISIP Universitas X", "Wakil Dekan 3 FP UNS, Budi": after a title, a faculty's acronym
  // right before its university gives way to the university (a faculty is no institution).
  if (afterTitle && FACULTY_ACRONYM.test(token.text)) {
    const whole = readInstitutionAt(field, at + 1, false);
    if (whole && !whole.generic && whole.type === "SCHOOL" && HIGHER_EDUCATION_NAME.test(whole.name))
      return { ...whole, from: at };
  }
  // "dilakukan Pemerintahan Desa Sukamaju" names the village's government; "Kabid Pemerintahan Desa
  // Budi", "Bidang Pemerintahan Desa Dinas PMD X": after a capitalised word it is a section's domain.
  if (token.lower === GOVERNANCE_WORD && field.tokens[at - 1]?.isWord && field.tokens[at - 1]?.capitalized)
    return undefined;
  const unit =
    UNIT_FIRST_WORDS.holds(token) || field.learnedAbbreviations?.has(token.text) || startsLearnedLongForm(field, token)
      ? matchUnitAt(field, at)
      : undefined;
  // "Badan Anggaran (Banggar) DPRD X", "Banggar telah melaksanakan …": a council's organ is a
  // unit inside the council, like its Komisi, and no institution; before the council, the council
  // is read next and holds the organ's posts. So is any Badan written right before a council.
  // Right after a title with no council after it ("Ketua Badan Kehormatan Budi") the organ is
  // still read, so that its holder is.
  if (unit && !unit.insideNext && unit.name.toLowerCase().startsWith(COUNCIL_ORGAN_NOUN)) {
    if (!afterTitle && COUNCIL_ORGANS.has(compactSurface(unit.name))) return undefined;
    const council = readInstitutionAt(field, skipBracketedAbbreviation(field.tokens, unit.to), false);
    if (council?.head && COUNCIL_HEAD_KEYS.has(council.head.key)) return undefined;
  }
  // "Satuan Reserse Kriminal Polres X", "Bagian Umum Setda X": a unit of the institution after it.
  if (unit?.insideNext) {
    const whole = readInstitutionAt(field, skipBracketedAbbreviation(field.tokens, unit.to), false);
    if (whole && !whole.generic) return undefined;
  }
  const provinceOffice = unit ? provinceOfficeAsKanwil(unit, at) : undefined;
  if (provinceOffice) return provinceOffice;
  if (!FIRST_WORDS.holds(token)) return unit ?? (afterTitle ? contextAgencyAbbreviation(field, at, true) : undefined);
  const best = matchListedInstitutionAt(field, at, afterTitle);
  return unit && (!best || unit.to > best.to) ? unit : best;
}

function matchListedInstitutionAt(field: TextField, at: number, afterTitle: boolean): InstitutionMatch | undefined {
  const headed = matchHeadedAt(field, at, undefined, afterTitle);
  const national = matchNationalAt(field, at);
  if (!headed && national && KANWIL_AGENCIES.has(national.identity.replace("national:", ""))) {
    // "Kemenkumham Jateng": a ministry followed by a province means its regional office there.
    const kanwil = HEADS_BY_KEY.get("Kanwil");
    const regional = kanwil ? matchHeadedAt(field, at, kanwil, afterTitle) : undefined;
    if (regional && !regional.generic && regional.place?.place.kind === "PROVINCE") return regional;
  }
  if (headed && (!national || headed.to >= national.to)) return headed;
  return national;
}

/** Heads seated in a village, an urban village or a district, whose seats the gazetteer often lacks. */
const LOCAL_SEAT_HEAD_KEYS = new Set(["Pemdes", "Pemkel", "Kecamatan"]);

/** Whether the seat at `from`–`to` and the one capitalised word after it are one place the article or the country's districts and villages know. */
function seatRunsOn(field: TextField, from: number, to: number): boolean {
  const { tokens } = field;
  const next = tokens[to];
  // "Desa Sukamaju Kec. X": a place prefix opens the next place, it is no word of this one.
  if (!next?.isWord || !next.capitalized || /\d/.test(next.text) || PLACE_PREFIX_WORDS.holds(next)) return false;
  let words = "";
  for (let k = from; k <= to; k++) words += tokens[k]?.compact ?? "";
  // A district or village of the country named by both words counts unless the second is a common
  // given name: "Karang Budi" is a village, but "Kepala Desa Karang Budi Santoso" names Budi.
  return field.placeEvidence?.has(words) === true || (isLocalPlaceName(words) && !knownGivenName(next.lower));
}

/** The institution an abbreviated title implies: "Kakanwil Ditjenpas Jateng" names "Kanwil Ditjenpas Jateng". */
export function matchImpliedInstitution(field: TextField, at: number, headKey: string): InstitutionMatch | undefined {
  const head = HEADS_BY_KEY.get(headKey);
  let match = head ? matchHeadedAt(field, at, head, true) : undefined;
  // "Sekretaris Daerah Kota Yogyakarta", "Sekda Sultra": a regency's title whose seat is a city
  // written as one, or a province, is held in that city's or province's government.
  const level = head?.key === "Pemkab" && match?.place ? seatLevelHead(field, at, match.place.place.kind) : undefined;
  if (level) match = matchHeadedAt(field, at, level, true) ?? match;
  // A regional head's title (Bupati, Wali Kota, Camat, Kepala Desa) does not name the local
  // government itself, unlike "Kapolres X", which names the Polres.
  if (match && head?.type === "LOCAL_GOVERNMENT") match.impliedByTitle = true;
  return match;
}

/** The Pemkot or Pemprov head for a seat written "Kota X" or naming a province, else nothing. */
function seatLevelHead(field: TextField, at: number, kind: string): HeadSpec | undefined {
  if (kind === "PROVINCE") return HEADS_BY_KEY.get("Pemprov");
  return kind === "CITY" && field.tokens[at]?.lower === "kota" ? HEADS_BY_KEY.get("Pemkot") : undefined;
}

/** A national institution by lexicon key ("Ditjenpas"), for titles such as "Dirjenpas". */
export function nationalInstitution(key: string, from: number, to: number): InstitutionMatch | undefined {
  const spec = NATIONAL_BY_KEY.get(key);
  if (!spec) return undefined;
  return {
    identity: `national:${spec.key}`,
    type: spec.type,
    name: spec.name,
    shortName: spec.shortName,
    standardAliases: [],
    written: spec.shortName,
    from,
    to,
    generic: false,
    unknownPlace: false,
  };
}

/**
 * A national institution named after its head's title without its own first words:
 * "Menteri Hukum dan HAM" names the Kementerian Hukum dan HAM, "Direktur Jenderal Pemasyarakatan"
 * the Direktorat Jenderal Pemasyarakatan.
 */
export function matchNationalAfterTitle(
  field: TextField,
  at: number,
  strip: readonly string[],
): InstitutionMatch | undefined {
  let best: InstitutionMatch | undefined;
  const prefix = strip.map((word) => word.toLowerCase());
  for (const spec of NATIONAL) {
    for (const form of spec.forms) {
      if (form.length <= prefix.length || !prefix.every((word, k) => form[k]?.toLowerCase() === word)) continue;
      const to = formAt(field.tokens, at, form.slice(prefix.length));
      if (to > at && (!best || to > best.to)) {
        best = { ...(nationalInstitution(spec.key, at, to) as InstitutionMatch), written: spec.shortName };
      }
    }
  }
  return best;
}

/** Span of an institution mention in its field. */
export function matchSpan(field: TextField, match: { from: number; to: number }, confidence = 1) {
  const first = field.tokens[match.from];
  const last = field.tokens[match.to - 1];
  return { field: field.name, start: first?.start ?? 0, end: last?.end ?? 0, confidence };
}

/** Words that continue a unit's seat into another unit's ("Puskesmas Sukamaju Barat" is not "Puskesmas Sukamaju"). */
const SEAT_CONTINUATIONS = new Set([
  "barat",
  "timur",
  "utara",
  "selatan",
  "tengah",
  "raya",
  "baru",
  "kota",
  "hulu",
  "hilir",
]);

/**
 * "RSUD Sukamaju Tambah Ruang Rawat Inap" in a Title Case headline over "RSUD Sukamaju"
 * in the body: every headline word is capitalised, so a name runs on into the headline's verb. A
 * headline form that is a body form of the same kind with words after it is that body institution,
 * unless the next word is one that makes another seat (a compass word, a number).
 */
function bodyNameExtendedInTitle(context: ExtractionContext, match: InstitutionMatch): InstitutionEntity | undefined {
  if (context.institutions.size > 50) return undefined;
  const forms = [match.name, match.written].map((form) => form.toLowerCase());
  for (const other of context.institutions.values()) {
    if (other.type !== match.type) continue;
    for (const otherForm of [other.name, ...other.writtenForms]) {
      const prefix = `${otherForm.toLowerCase()} `;
      for (const form of forms) {
        if (!form.startsWith(prefix)) continue;
        const next = form.slice(prefix.length).split(" ", 1)[0] ?? "";
        if (!SEAT_CONTINUATIONS.has(next) && !/^[\divxl]+$/.test(next)) return other;
      }
    }
  }
  return undefined;
}

/**
 * "Prestasi yang Diraih Universitas Cendekia" in a headline over "Universitas Cendekia Indonesia
 * (UCI)" in the body: a headline writes a name short, leaving out its last words. A headline form
 * of two words or more that opens the name of exactly one body institution of the same kind is
 * that institution; with two or more such ("Universitas Muhammadiyah" over two of them) it stays.
 */
function bodyNameShortenedInTitle(context: ExtractionContext, match: InstitutionMatch): InstitutionEntity | undefined {
  if (context.institutions.size > 50 || match.generic) return undefined;
  const form = match.written.toLowerCase();
  if (form.split(" ").length < 2) return undefined;
  let found: InstitutionEntity | undefined;
  for (const other of context.institutions.values()) {
    if (other.type !== match.type) continue;
    const opens = [other.name, ...other.writtenForms].some((otherForm) =>
      otherForm.toLowerCase().startsWith(`${form} `),
    );
    if (!opens) continue;
    if (found && found !== other) return undefined;
    found = other;
  }
  return found;
}

/**
 * "Disdik Malang" beside "Dinas Pendidikan Kota Malang": a unit written without the prefix of a
 * place whose city and regency share its name is the one the article wrote with a prefix (the kind
 * the place read there, when it wrote both), and a prefixed mention joins an unprefixed one read
 * before it unless its namesake of the other kind was.
 */
function namesakeIdentity(context: ExtractionContext, identity: string, match: InstitutionMatch): string {
  if (context.institutions.has(identity)) return identity;
  const suffixes = Object.values(NAMESAKE_KIND_SUFFIXES);
  const suffix = suffixes.find((s) => identity.endsWith(s));
  if (suffix) {
    const base = identity.slice(0, -suffix.length);
    const otherKindRead = suffixes.some((s) => s !== suffix && context.institutions.has(`${base}${s}`));
    return context.institutions.has(base) && !otherKindRead ? base : identity;
  }
  const read = suffixes.filter((s) => context.institutions.has(`${identity}${s}`));
  if (read.length === 1) return `${identity}${read[0]}`;
  if (read.length === 2)
    return `${identity}${match.place?.place.kind === "CITY" ? NAMESAKE_KIND_SUFFIXES.city : NAMESAKE_KIND_SUFFIXES.regency}`;
  return identity;
}

/**
 * Records an institution mention, merging it with the same institution read elsewhere in the
 * article. Returns the identity it was filed under, or undefined for a mention that names no
 * institution this article can pin down.
 */
export function recordInstitution(
  context: ExtractionContext,
  field: TextField,
  match: InstitutionMatch,
  spanFrom = match.from,
  /** The headline's place words were already cut where a place the body names ends. */
  cutAtPlace = false,
): string | undefined {
  if (match.generic) return resolveGeneric(context, match);
  let identity = match.identity;
  if (match.unknownPlace && match.placeWords) {
    // A title cut off mid-word ("… di Rutan Blor") still names the institution the body names.
    const prefixOf =
      context.institutions.size > 50
        ? undefined
        : [...context.institutions.values()].find(
            (i) =>
              i.identity !== identity &&
              i.type === match.type &&
              i.placeWords !== undefined &&
              i.placeWords.startsWith(match.placeWords ?? "") &&
              i.placeWords !== match.placeWords,
          );
    const atEndOfTitle = field.name === "title" && match.to >= field.tokens.length;
    if (prefixOf && atEndOfTitle) {
      addSpan(prefixOf.mentions, matchSpan(field, { from: spanFrom, to: match.to }, 0.9));
      return prefixOf.identity;
    }
    // Title Case titles make any capitalised word look like a place; only known ones count there.
    if (field.name === "title" && !context.institutions.has(identity) && !cutAtPlace) {
      const cut = cutAtBodyPlace(context, field, match);
      return cut ? recordInstitution(context, field, cut, spanFrom, true) : undefined;
    }
    if (prefixOf) identity = prefixOf.identity;
  }
  const written = identity;
  identity = namesakeIdentity(context, identity, match);
  let entity = context.institutions.get(identity);
  const extended = !entity && field.name === "title" ? bodyNameExtendedInTitle(context, match) : undefined;
  if (extended) {
    addSpan(extended.mentions, matchSpan(field, { from: spanFrom, to: match.to }, 0.9));
    return extended.identity;
  }
  const opened = !entity && field.name === "title" ? institutionOpeningTitleName(context, match) : undefined;
  if (opened) {
    addSpan(opened.mentions, matchSpan(field, { from: spanFrom, to: match.to }, 0.9));
    return opened.identity;
  }
  const shortened = !entity && field.name === "title" ? bodyNameShortenedInTitle(context, match) : undefined;
  if (shortened) {
    addSpan(shortened.mentions, matchSpan(field, { from: spanFrom, to: match.to }, 0.9));
    return shortened.identity;
  }
  if (!entity && match.impliedByTitle) {
    // "Wali Kota Batu, Dewanti": the holder's government counts only if the article names it
    // otherwise; its place counts either way.
    if (context.impliedInstitutions.length < LIMITS.pending)
      context.impliedInstitutions.push({
        field: field.name,
        match: { ...match, impliedByTitle: false },
        from: spanFrom,
      });
    recordPlacesOf(context, field, match, identity);
    return identity;
  }
  // "UIN Maliki Malang" in the headline, "Universitas Islam Negeri Maulana Malik Ibrahim (UIN
  // Maliki) Malang" in the body: a form another reading of the article already gave an institution
  // of the same kind as its short name is that institution.
  const matchPlace = match.place?.place;
  if (!entity && matchPlace && context.institutions.size <= 50) {
    const written = withoutPlace(match.written, matchPlace);
    for (const other of context.institutions.values()) {
      if (other.type !== match.type || other.place !== matchPlace || other.shortName === undefined) continue;
      if (withoutPlace(other.shortName, matchPlace) === written) {
        entity = other;
        break;
      }
    }
    if (entity) context.mergedIdentities.set(identity, entity.identity);
  }
  if (!entity) {
    if (context.institutions.size >= LIMITS.institutions) return undefined;
    entity = {
      key: context.newKey(match.shortName ?? match.name, "institution"),
      identity,
      type: match.type,
      name: match.name,
      shortName: match.shortName,
      standardAliases: new Set(),
      writtenForms: new Set(),
      place: match.place?.place,
      province: match.province,
      placeWords: match.placeWords,
      nameInferred: match.agencyInferred,
      mentions: [],
    };
    context.institutions.set(identity, entity);
  } else if (
    (match.name.length > entity.name.length && (match.name.includes("Kelas") || match.type === "MILITARY")) ||
    (entity.nameInferred && !match.agencyInferred && match.type === "KANWIL")
  ) {
    // The fullest name read wins: "Rutan Kelas IIB Blora" over "Rutan Blora", a written ministry over an inferred one.
    entity.name = match.name;
    entity.shortName = match.shortName;
    entity.nameInferred = match.agencyInferred;
  }
  entity.place ??= match.place?.place;
  entity.province ??= match.province;
  // A mention joined to its namesake's office by namesakeIdentity keeps only its written form: its
  // standard aliases name the place the bare word read as, perhaps the other kind.
  if (identity === written) for (const alias of match.standardAliases) entity.standardAliases.add(alias);
  if (match.written) entity.writtenForms.add(match.written);
  addSpan(entity.mentions, matchSpan(field, { from: spanFrom, to: match.to }));
  recordPlacesOf(context, field, match, identity);
  // A directorate general named in a Kanwil's name is its parent (the seed's convention); a
  // ministry named there is part of the office's name, not an institution the article reports.
  if (match.agency && REGISTERED_AGENCY_TYPES.has(match.agency.type)) {
    const agencyIdentity = recordInstitution(context, field, match.agency);
    entity.parentIdentity ??= agencyIdentity;
  }
  return identity;
}

/**
 * "Pemdes Tembawang Panjang Salurkan BLT": in a Title Case headline the unknown place words of a
 * head run on into the verb; they end where a place the body writes with its prefix ends
 * ("Desa Tembawang Panjang"). Returns the institution read up to there.
 */
function cutAtBodyPlace(
  context: ExtractionContext,
  field: TextField,
  match: InstitutionMatch,
): InstitutionMatch | undefined {
  const range = match.unknownPlaceRange;
  if (!range || match.impliedByTitle) return undefined;
  let compact = "";
  for (let k = range.from; k < range.to - 1; k++) {
    compact += field.tokens[k]?.compact ?? "";
    const placeWords = compact;
    if (!context.unlistedPlaces.some((mention) => mention.kind && mention.compact === placeWords)) continue;
    const cutField: TextField = { ...field, tokens: field.tokens.slice(0, k + 1) };
    const cut = matchHeadedAt(cutField, match.from, undefined, false);
    return cut && !cut.generic && cut.placeWords === placeWords ? cut : undefined;
  }
  return undefined;
}

/** A name's compact form without the place it ends with ("UIN Maliki Kota Malang" → "uinmaliki"). */
function withoutPlace(name: string, place: GazetteerPlace): string {
  const compact = compactSurface(name);
  for (const form of [
    place.name,
    `Kota ${place.bareName}`,
    `Kabupaten ${place.bareName}`,
    place.bareName,
    place.shortForm,
  ]) {
    const ending = compactSurface(form);
    if (compact.length > ending.length && compact.endsWith(ending)) return compact.slice(0, -ending.length);
  }
  return compact;
}

/** The places an institution's name is written with: known ones now, unlisted ones for later. */
function recordPlacesOf(context: ExtractionContext, field: TextField, match: InstitutionMatch, identity: string): void {
  if (match.place) {
    context.addPlace(
      match.place.place,
      written(field, match.place.from, match.place.to),
      matchSpan(field, match.place),
    );
  }
  if (match.unknownPlaceRange && match.placeWords) {
    if (context.unlistedPlaces.length < LIMITS.pending)
      context.unlistedPlaces.push({
        compact: match.placeWords,
        written: written(field, match.unknownPlaceRange.from, match.unknownPlaceRange.to),
        span: matchSpan(field, match.unknownPlaceRange),
        institution: identity,
        kind: match.head?.seatKind,
      });
  }
}

/**
 * A Title Case headline runs a name on into the words after it ("RSUD dr Doris Sylvanus Tolak
 * Pasien Miskin"): a headline name that opens with a form of an institution the body names is
 * that institution, when that form is three words or more.
 */
function institutionOpeningTitleName(
  context: ExtractionContext,
  match: InstitutionMatch,
): InstitutionEntity | undefined {
  if (context.institutions.size > 50) return undefined;
  let best: InstitutionEntity | undefined;
  let bestLength = 0;
  for (const entity of context.institutions.values()) {
    if (entity.type !== match.type) continue;
    for (const form of [entity.name, ...entity.writtenForms]) {
      // A short form ("KUA") says too little: "KUA Kecamatan Madukara" is an office of its own.
      if (form.length > bestLength && match.written.startsWith(`${form} `) && form.split(" ").length >= 3) {
        best = entity;
        bestLength = form.length;
      }
    }
  }
  return best;
}

/**
 * "Kepala Rutan" with no place means the article's only Rutan; which one that is can only be
 * known once the whole article has been read, so the identity is resolved at assembly.
 */
function resolveGeneric(_context: ExtractionContext, match: InstitutionMatch): string | undefined {
  return match.head ? `generic:${match.head.key}` : undefined;
}

/** The one institution a generic identity ("generic:Rutan") can mean, if the article names exactly one. */
export function resolveGenericIdentity(context: ExtractionContext, identity: string): string | undefined {
  if (!identity.startsWith("generic:")) return context.mergedIdentities.get(identity) ?? identity;
  if (context.genericResolutions.has(identity)) return context.genericResolutions.get(identity);
  const headKey = identity.slice("generic:".length);
  const candidates = [...context.institutions.values()].filter((i: InstitutionEntity) =>
    i.identity.startsWith(`${headKey}:`),
  );
  const resolved = candidates.length === 1 ? candidates[0]?.identity : undefined;
  context.genericResolutions.set(identity, resolved);
  return resolved;
}

const LIST_JOINERS = new Set([",", "dan", "serta"]);
/** How regional agencies' abbreviations begin: Dinas (Dis-, Din-), Badan (Ba-), Bappeda. */
const AGENCY_ABBREVIATION = /^(?:Dis|Din|Bapp|Bak|Bad)\p{Ll}{7,}$/u;
/** The same shape, shorter, where the context says an office stands ("kepala Dispaperta"). */
const AGENCY_SHAPE = /^(?:Dis|Din|Bapp|Bak|Bad)\p{Ll}{4,}$/u;
const ACRONYM = /^\p{Lu}{2,8}$/u;

/**
 * "Polres X, Dinas Sosial, Diskominfosandi, Disperkimtan, PUPR dan …": an abbreviation the
 * lexicon does not know, listed as one item among institutions, is an institution too. Only
 * acronyms and the agency abbreviation shape count, so a person named in a list is not one.
 */
function listedAbbreviation(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  const token = tokens[at];
  const next = tokens[at + 1];
  if (!token?.isWord || !token.capitalized || NOT_PLACE_WORDS.holds(token)) return undefined;
  if (next && !LIST_JOINERS.has(next.lower) && next.text !== "." && next.text !== ")") return undefined;
  const agency = AGENCY_ABBREVIATION.test(token.text);
  if (!agency && !ACRONYM.test(token.text)) return undefined;
  // The list goes on with another name ("…, Disperkimtan, Dinas PUPR"), not with "dan warga";
  // but an acronym that closes a comma list of bodies ("BPBD, Tagana, ACT serta para relawan")
  // is its last body, as the people after "serta" are a group, not another name.
  const closesCommaList = ACRONYM.test(token.text) && tokens[at - 1]?.text === "," && token.text.length >= 3;
  if (next && LIST_JOINERS.has(next.lower) && !tokens[at + 2]?.capitalized && !closesCommaList) return undefined;
  if (gazetteer().bySurface.has(token.compact)) return undefined;
  return {
    identity: `organisation:${token.compact}`,
    type: agency ? "LOCAL_GOVERNMENT" : "OTHER",
    name: token.text,
    shortName: token.text,
    standardAliases: [],
    written: token.text,
    from: at,
    to: at + 1,
    generic: false,
    unknownPlace: false,
  };
}

/** Words before an unlisted agency abbreviation that say it is an office: "kepala Dispaperta", "ke Disparpora". */
const AGENCY_CONTEXT_WORDS = new Set(institutionLexicon.agencyContextWords);
/** Endings of words shaped like an agency abbreviation that are verbs or nouns: "Disampaikan", "Diskusi". */
const NOT_AGENCY_ENDING = new RegExp(`(?:${institutionLexicon.notAgencyEndings.join("|")})$`, "u");
const DOMAIN_ACRONYM_AFTER = /^\p{Lu}{2,5}$/u;

/**
 * "semula kepala Disparpora, kini kepala Disperindagkop dan UKM": a regional agency's abbreviation
 * the lexicon does not list, shaped as one (Dis-, Din-, Bapp- and the syllables of its domain) and
 * written where an office stands (after a head's title or a preposition), is that agency.
 */
function contextAgencyAbbreviation(field: TextField, at: number, afterTitle = false): InstitutionMatch | undefined {
  const { tokens } = field;
  const token = tokens[at];
  // The shape asks for a capital first; checked first, as nearly every word the scan asks about is lowercase.
  if (!token?.isWord || !token.capitalized) return undefined;
  if (!AGENCY_SHAPE.test(token.text) || NOT_AGENCY_ENDING.test(token.lower)) return undefined;
  // "bersama Disperindagkop Kepulauan Yapen": the region an office serves, written right after its
  // contracted name, says it is an office as a title or "kepala" before it does.
  if (!(afterTitle || AGENCY_CONTEXT_WORDS.has(tokens[at - 1]?.lower ?? "") || matchPlaceAt(tokens, at + 1)))
    return undefined;
  if (NOT_PLACE_WORDS.holds(token) || gazetteer().bySurface.has(token.compact)) return undefined;
  // "Disperindagkop dan UKM", "Disdakop UKM": an acronym after it, perhaps after "dan", is part of its domain.
  const and = tokens[at + 1]?.lower === "dan" ? 1 : 0;
  const domain = tokens[at + 1 + and];
  let to = domain?.isWord && DOMAIN_ACRONYM_AFTER.test(domain.text) ? at + 2 + and : at + 1;
  // "Disperkimtan Blora": the region it serves is part of how it is written.
  const place = matchPlaceAt(tokens, to);
  if (place) to = place.to;
  const name = written(field, at, to);
  return {
    identity: `organisation:${compactSurface(name)}`,
    type: "LOCAL_GOVERNMENT",
    name,
    shortName: name,
    standardAliases: [],
    written: name,
    from: at,
    to,
    generic: false,
    unknownPlace: false,
  };
}

/** Lowercase words after which a capitalised name is a business: "pemilik Batik Widji". */
const BUSINESS_OWNER_WORDS = new Set(institutionLexicon.businessOwnerWords);
const LONGEST_BUSINESS_NAME = 4;
/** First words of a business's name: its trade or kind of shop ("Batik", "Toko", "Warung", "Keripik"). */
const BUSINESS_NAME_NOUNS = new Set(institutionLexicon.businessNameNouns.map((word) => word.toLowerCase()));

/**
 * "narasumber pemilik Batik Widji dan pemilik Batik Syafi'i": a capitalised name that opens with a
 * trade or shop word, right after the word for its owner, is a business; a place written after it
 * is where it is, and part of the name only as written ("Batik Widji Kendal" is the same business).
 */
function ownedBusiness(context: ExtractionContext, field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  // A business's name is capitalised words; most words the scan asks about are lowercase.
  if (!tokens[at]?.capitalized) return undefined;
  const owner = tokens[at - 1];
  if (!owner?.isWord || owner.capitalized || !BUSINESS_OWNER_WORDS.has(owner.lower)) return undefined;
  let to = at;
  while (to - at < LONGEST_BUSINESS_NAME) {
    const token = tokens[to];
    if (!token?.isWord || !token.capitalized || NOT_PLACE_WORDS.holds(token)) break;
    if (to > at && matchPlaceAt(tokens, to)) break;
    to++;
  }
  // "pemilik Budi Santoso" is a person: a business's name opens with what it makes or is.
  if (to - at < 2 || !BUSINESS_NAME_NOUNS.has(tokens[at]?.lower ?? "")) return undefined;
  if (context.findPerson(written(field, at, to))) return undefined;
  const name = written(field, at, to);
  const place = matchPlaceAt(tokens, to);
  const end = place ? place.to : to;
  return {
    identity: `organisation:${compactSurface(name)}`,
    type: "COMPANY",
    name,
    shortName: name,
    standardAliases: place ? [written(field, at, end)] : [],
    written: written(field, at, end),
    from: at,
    to: end,
    generic: false,
    unknownPlace: false,
  };
}

/** "Hari Koperasi Nasional", "Hari Bank": a day named after something is an event, not that institution. */
const COMMEMORATION_WORDS = new Set(institutionLexicon.commemorationWords);

const TITLE_INTRODUCERS = new Set(institutionLexicon.titleIntroducers);

/** "aliran Sungai Metro", "Jalan Pemuda": a region's name after one of these names a feature, not the region. */
const FEATURE_NOUNS = new Set(institutionLexicon.featureNouns);

/**
 * Whether the word before `at` is a feature's noun that takes the place name read at `at` as its own.
 * Lowercase "kali" is left out: "untuk kesekian kali Blora" counts times, it names no river.
 */
function namesAFeature(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before?.isWord || !FEATURE_NOUNS.has(before.lower)) return false;
  return before.capitalized || before.lower !== "kali";
}

/**
 * "seminar bertajuk Membangun Persatuan Nasional Guna …": whether the capitalised run holding
 * token `at` starts right after a word that introduces an event's or a work's title.
 */
function insideIntroducedTitle(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 12 && tokens[start - 1]?.isWord && tokens[start - 1]?.capitalized) start--;
  // "bertema “Pemajuan Koperasi …”": the title may open with a quotation mark.
  if (OPENING_QUOTES.has(tokens[start - 1]?.text ?? "")) start--;
  return TITLE_INTRODUCERS.has(tokens[start - 1]?.lower ?? "");
}

const OPENING_QUOTES = new Set(["“", '"', "‘", "'", "”"]);

/**
 * "proyek yang dikerjakan Pemerintah Kota (Pemkot)": a regional government written out without
 * its place is the government of the one city (or regency) the article's institutions read so
 * far are placed in ("DPRD Kota Balikpapan"); with none or several such places it stays unnamed.
 */
function governmentOfTheArticlePlace(
  context: ExtractionContext,
  generic: InstitutionMatch,
): InstitutionMatch | undefined {
  const head = generic.head;
  if (!head || head.type !== "LOCAL_GOVERNMENT" || (head.level !== "city" && head.level !== "regency"))
    return undefined;
  const kind = head.level === "city" ? "CITY" : "REGENCY";
  let place: GazetteerPlace | undefined;
  for (const entity of context.institutions.values()) {
    if (entity.place?.kind !== kind) continue;
    if (place && place !== entity.place) return undefined;
    place = entity.place;
  }
  if (!place) return undefined;
  const match: InstitutionMatch = {
    ...generic,
    generic: false,
    unknownPlace: false,
    place: undefined,
    placeWords: compactSurface(place.bareName),
    written: generic.written.replace(/\s*\([^)]*\)/g, ""),
  };
  nameInstitution(match, head, place.bareName, {}, undefined);
  return match;
}

/** Reads every institution and place a field names that is not part of a person's title. */
/** Kinds written in lowercase before one institution's proper name ("puskesmas Likupang"), lowercase. */
const LOWERCASE_NAMED_HEADS = new Set(institutionLexicon.lowercaseNamedHeads.map((word) => word.toLowerCase()));
/** Office nouns a story writes in lowercase with their domain before the region they serve ("dinas kesehatan Kota X"). */
const LOWERCASE_DOMAIN_HEADS = new Set(institutionLexicon.lowercaseDomainHeads.map((word) => word.toLowerCase()));
/** Most lowercase words of such an office's domain: "pendidikan dan kebudayaan", "pemberdayaan masyarakat dan desa". */
const LOWERCASE_DOMAIN_WORDS = 5;

/**
 * "dokter fungsional di puskesmas Likupang": a kind written in lowercase right before a proper name
 * names that one institution, read as if the kind were capitalised; a place level or other word
 * after it ("puskesmas di Kecamatan X") names none.
 */
export function lowercaseHeadedAt(field: TextField, at: number): InstitutionMatch | undefined {
  const { tokens } = field;
  const token = tokens[at];
  if (!token?.isWord || token.capitalized) return undefined;
  // "kepala dinas pendidikan Kabupaten X": an office's noun and its domain in lowercase, then the
  // region it serves capitalised; read as if capitalised, the office must take in the region.
  let runEnd = at + 1;
  if (LOWERCASE_DOMAIN_HEADS.has(token.lower)) {
    while (runEnd - at <= LOWERCASE_DOMAIN_WORDS && tokens[runEnd]?.isWord && !tokens[runEnd]?.capitalized) runEnd++;
    if (runEnd === at + 1 || tokens[runEnd - 1]?.lower === "dan") return undefined;
  } else if (!LOWERCASE_NAMED_HEADS.has(token.lower)) return undefined;
  if (!tokens[runEnd]?.isWord || !tokens[runEnd]?.capitalized) return undefined;
  const capitalised = tokens.slice();
  for (let k = at; k < runEnd; k++) {
    const word = tokens[k];
    if (!word || word.lower === "dan") continue;
    capitalised[k] = { ...word, text: `${word.text.charAt(0).toUpperCase()}${word.text.slice(1)}`, capitalized: true };
  }
  const found = readInstitutionAt({ ...field, tokens: capitalised }, at, false);
  if (!found || found.generic || found.to <= runEnd) return undefined;
  const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return { ...found, name: capitalise(found.name), written: capitalise(found.written) };
}

/**
 * "Dinas pendidikan Kabupaten X", "dinas Sosial Kabupaten X", "Badan Penanggulangan Bencana daerah
 * Kabupaten X": a unit's name opened by a capitalised unit word, or by an office noun the lexicon
 * knows to be written in lowercase (lowercaseDomainHeads, lowercaseNamedHeads), with words of the
 * nomenclature in lowercase inside it, read as if they were capitalised (recasedClause). It counts
 * only when the reading takes in every recased word and names a particular unit; its name is in
 * the usual capitals.
 */
export function recasedUnitAt(field: TextField, at: number): InstitutionMatch | undefined {
  const token = field.tokens[at];
  if (!token?.isWord) return undefined;
  const lowercaseHead =
    !token.capitalized && (LOWERCASE_DOMAIN_HEADS.has(token.lower) || LOWERCASE_NAMED_HEADS.has(token.lower));
  if (!lowercaseHead && !(token.capitalized && UNIT_FIRST_WORDS.holds(token))) return undefined;
  const clause = recasedClause(field, at, lowercaseHead ? "unitWithOpening" : "unit");
  if (!clause) return undefined;
  const found = matchInstitutionAt(clause.field, at);
  return found && !found.generic && found.to > clause.last ? found : undefined;
}

/**
 * The institution a bracket inside a generic match names in full with its place ("Pemerintah
 * Provinsi (Pemprov Babel)"): of the same type, closing right at the bracket's end.
 */
function bracketedNamedForm(field: TextField, institution: InstitutionMatch): InstitutionMatch | undefined {
  const { tokens } = field;
  for (let k = institution.from + 1; k < institution.to; k++) {
    if (tokens[k]?.text !== "(") continue;
    const inside = matchInstitutionAt(field, k + 1);
    if (inside && !inside.generic && inside.type === institution.type && tokens[inside.to]?.text === ")") return inside;
    return undefined;
  }
  return undefined;
}

/**
 * Whether a government office's name starts at `at` ("Dinas Pemberdayaan Masyarakat dan Desa X"):
 * the place words after a place prefix cannot open there.
 */
function officeOpensAt(field: TextField, at: number): boolean {
  const office = matchInstitutionAt(field, at);
  return office !== undefined && office.to > at + 1 && OFFICE_TYPES.has(office.type);
}

/** Offices a unit of the village government's name may be followed by: regional and national ones. */
const OFFICE_TYPES = new Set<InstitutionType>(["LOCAL_GOVERNMENT", "MINISTRY", "KANWIL"]);

export function scanInstitutionsAndPlaces(context: ExtractionContext, field: TextField, taken: Uint8Array): void {
  const { tokens } = field;
  /** Where the last institution read ends: a list item right after it may be one too. */
  let institutionEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    // "Dinas pendidikan Kabupaten X": a unit's name with lowercase words of the nomenclature inside.
    const asWritten = matchInstitutionAt(field, i) ?? lowercaseHeadedAt(field, i);
    const recased = recasedUnitAt(field, i);
    const institution = recased && (!asWritten || asWritten.generic || recased.to > asWritten.to) ? recased : asWritten;
    if (institution) {
      const commemorated = tokens[i - 1]?.capitalized === true && COMMEMORATION_WORDS.has(tokens[i - 1]?.lower ?? "");
      // "Kantor Wilayah Kemenkumham setempat" names no particular office, nor the ministry on its own.
      const titled = insideIntroducedTitle(tokens, i);
      // "nomor 1/Pid.Pra/2025/PN Jpa": a court's code in a case register number names no court.
      const registered = tokens[i - 1]?.text === "/" && /\d/.test(tokens[i - 2]?.text ?? "");
      if (!institution.generic && !commemorated && !titled && !registered)
        recordInstitution(context, field, institution);
      // "Pemerintah Provinsi (Pemprov Babel)": a long form without its region, read on over the
      // bracket as its acronym, is the one the bracket names with the region.
      const bracketed = institution.generic ? bracketedNamedForm(field, institution) : undefined;
      if (bracketed) recordInstitution(context, field, bracketed);
      const government =
        institution.generic && !bracketed ? governmentOfTheArticlePlace(context, institution) : undefined;
      if (government) recordInstitution(context, field, government);
      // "Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR)": the bracket repeats the name.
      const end = institution.identity.startsWith("national:")
        ? skipBracketedAbbreviation(tokens, institution.to)
        : institution.to;
      i = end - 1;
      institutionEnd = end;
      continue;
    }
    if (institutionEnd === i - 1 && LIST_JOINERS.has(tokens[i - 1]?.lower ?? "")) {
      const listed = context.findPerson(tokens[i]?.text ?? "") ? undefined : listedAbbreviation(field, i);
      if (listed) {
        recordInstitution(context, field, listed);
        institutionEnd = i + 1;
        continue;
      }
    }
    const agency = contextAgencyAbbreviation(field, i) ?? ownedBusiness(context, field, i);
    if (agency) {
      recordInstitution(context, field, agency);
      i = agency.to - 1;
      institutionEnd = agency.to;
      continue;
    }
    const prefix = placePrefixAt(tokens, i) ?? provincePlacePrefixAt(context, tokens, i);
    // "Bidang Bina Pemerintahan Desa Dinas PMD X": a place word closing a unit's name before the
    // office it belongs to names no place; the office starts right after it.
    if (prefix && !officeOpensAt(field, prefix.wordsFrom)) {
      // "Kasi Pemerintahan Kecamatan Cepu Agus Salim": a prefix inside a capitalised run is the
      // end of a title, and a holder's name may follow the place as closely as after a title.
      const inTitle = tokens[i - 1]?.isWord === true && tokens[i - 1]?.capitalized === true;
      const end = unknownPlaceWords(tokens, prefix.wordsFrom, inTitle);
      if (end > prefix.wordsFrom) {
        const words = written(field, prefix.wordsFrom, end);
        const titleCased = words.split(" ").map(titleCaseWord).join(" ");
        if (context.unlistedPlaces.length < LIMITS.pending)
          context.unlistedPlaces.push({
            compact: compactSurface(words),
            written: titleCased,
            span: matchSpan(field, { from: prefix.wordsFrom, to: end }),
            kind: prefix.kind,
            prefixed: `${written(field, i, prefix.wordsFrom)} ${titleCased}`,
          });
        i = end - 1;
        continue;
      }
    }
    const place = matchPlaceAt(tokens, i);
    // "karesidenan Kedu" in lowercase names the former residency, not a regency or district of that name.
    if (tokens[i - 1]?.lower === "karesidenan" && !tokens[i - 1]?.capitalized && tokens[i]?.capitalized) {
      const residency = (gazetteer().bySurface.get(`karesidenan${tokens[i]?.compact ?? ""}`) ?? []).find(
        (candidate) => candidate.kind === "FORMER_RESIDENCY",
      );
      if (residency) {
        context.addPlace(residency, written(field, i - 1, i + 1), matchSpan(field, { from: i - 1, to: i + 1 }));
        continue;
      }
      if (place) {
        i = place.to - 1;
        continue;
      }
    }
    // A one-word place inside a longer capitalised name ("Simpang Padang Karet") is not that place.
    const insideName =
      place !== undefined &&
      place.to - place.from === 1 &&
      tokens[i - 1]?.isWord === true &&
      tokens[i - 1]?.capitalized === true &&
      tokens[place.to]?.isWord === true &&
      tokens[place.to]?.capitalized === true;
    // "Papua Nugini": a country's name longer than the region's name it starts with is the country.
    const country = matchCountryAt(tokens, i);
    if (country && (!place || country.to > place.to)) {
      // "Kerangka Kualifikasi Nasional Indonesia", "lagu Indonesia Raya": a country's name with a
      // capitalised word against it is a word of a longer name.
      const inName =
        (tokens[i - 1]?.isWord === true && tokens[i - 1]?.capitalized === true) ||
        (tokens[country.to]?.isWord === true && tokens[country.to]?.capitalized === true);
      if (!inName) {
        context.addPlace(country.place, written(field, country.from, country.to), matchSpan(field, country));
        i = country.to - 1;
        continue;
      }
    }
    // "warga Banjar harma" (a typo) in a Balinese story: the hamlet's word, not the city of Banjar.
    if (place && !place.prefixed && place.to === i + 1 && provincePrefixWordHere(context, tokens, i)) continue;
    if (place && !place.prefixed && namesAFeature(tokens, i)) {
      i = place.to - 1;
      continue;
    }
    if (
      place &&
      !insideName &&
      (field.name === "body" || place.place.kind !== "CITY" || place.prefixed || context.places.has(place.place))
    ) {
      context.addPlace(place.place, written(field, place.from, place.to), matchSpan(field, place));
      i = place.to - 1;
    }
  }
}
