import type { InstitutionType, PlaceKind } from "../draft.ts";
import type { GazetteerPlace } from "../gazetteer/index.ts";
import { normalizeName, slugify } from "../normalize.ts";
import type { InstitutionMatch } from "./institutions.ts";
import { remembered } from "./remembered.ts";
import { type Token, tokenize } from "./tokens.ts";
import { learnAbbreviations, readClosedNames, readPlaceEvidence, type UnitSpec } from "./units.ts";

export type FieldName = "title" | "body";

export interface Span {
  field: FieldName;
  start: number;
  end: number;
  confidence: number;
}

/** A text the extractor reads (the title or the body), tokenised once. */
export interface TextField {
  name: FieldName;
  text: string;
  tokens: Token[];
  /** The ministry or directorate general a Kanwil written without one belongs to, by the article's date. */
  defaultAgency?: string;
  /** Abbreviations the article defines ("… Daerah (BPBD)"), by the acronym as written. */
  learnedAbbreviations?: Map<string, UnitSpec>;
  /** Words the article itself uses as places ("di Kobar", "Desa Gunungsari"), compact. */
  placeEvidence?: Set<string>;
  /**
   * Runs of capitalised words the body writes closed (by punctuation, a lowercase word or the end),
   * compact, each with every ending part of it, counted: where the article itself ends a name
   * ("SMK Bina Karya, Budi" gives "smkbinakarya"). A function that reads them on its first call.
   */
  closedNames?: () => Map<string, number>;
  /** The whole article (title and body), for words that say what the article is about. */
  articleText?: string;
}

export interface PlaceEntity {
  key: string;
  place: GazetteerPlace;
  writtenForms: Set<string>;
  mentions: Span[];
}

export interface InstitutionEntity {
  key: string;
  /** What makes two mentions one institution within an article: type, qualifier and place. */
  identity: string;
  type: InstitutionType;
  name: string;
  shortName?: string;
  /** Canonical forms that are not written but standard ("Rumah Tahanan Negara Kelas IIB Blora"). */
  standardAliases: Set<string>;
  writtenForms: Set<string>;
  place?: GazetteerPlace;
  /** Identity of the parent institution named together with this one (a Kanwil's Ditjen). */
  parentIdentity?: string;
  /** The province the institution works in, for finding its Kanwil. */
  province?: GazetteerPlace;
  /** Place words as written after the head ("Blora", "Labuhan Ruku"), compact. */
  placeWords?: string;
  /** The name's ministry was inferred, so a written one replaces it. */
  nameInferred?: boolean;
  mentions: Span[];
}

export interface PersonEntity {
  key: string;
  name: string;
  /** Written forms with honorifics, ranks or degrees ("AKBP Wawan Andi Susanto"). */
  aliases: Set<string>;
  mentions: Span[];
}

export interface PositionFact {
  person: string;
  /** Institution identity, resolved to a key at assembly. */
  institution?: string;
  /** For a title written without its institution: the kinds of institution that hold it. */
  institutionTypes?: string[];
  role: string;
  title: string;
  provenance: Span;
}

/** Somewhere the article points at a person: by name, by title alone, or by a pronoun. */
export interface PersonReference {
  field: FieldName;
  start: number;
  end: number;
  person?: string;
  /** For a title without a name: the role and institution, resolved once everyone is known. */
  role?: string;
  institution?: string;
  /** Someone unnamed (an inmate "Er (40)"): stops the search for the last person named. */
  anonymous?: boolean;
}

/** Place words the gazetteer's provinces and regencies do not list: "Kotabumi", "Kelurahan Karang Indah". */
export interface UnlistedPlaceMention {
  compact: string;
  written: string;
  span: Span;
  /** Written with a prefix that tells its kind ("Kelurahan" → VILLAGE). */
  kind?: PlaceKind;
  /** The words with that prefix ("Desa Baros"), a form the place goes by too. */
  prefixed?: string;
  /** The institution whose name holds these words ("Rutan Kelas IIB Kotabumi"). */
  institution?: string;
}

/** Everything read so far from one article; the concern modules add to it. */
export class ExtractionContext {
  readonly places = new Map<GazetteerPlace, PlaceEntity>();
  readonly institutions = new Map<string, InstitutionEntity>();
  readonly people = new Map<string, PersonEntity>();
  /** People by the comparison key of their name, kept by addPerson. */
  private readonly peopleByNormalizedName = new Map<string, PersonEntity>();
  private readonly peopleByPartialName = new Map<string, Set<PersonEntity>>();
  readonly positions: PositionFact[] = [];
  readonly references: PersonReference[] = [];
  /** Place words the provinces and regencies do not list, resolved against districts once all is read. */
  readonly unlistedPlaces: UnlistedPlaceMention[] = [];
  /** Institutions only implied by a title nobody was named with, kept if the article names them otherwise. */
  readonly impliedInstitutions: { field: FieldName; match: InstitutionMatch; from: number }[] = [];
  private readonly usedKeys = new Set<string>();
  /**
   * findPerson's answers, by the name asked, since the people last changed: the same names are
   * looked up again and again while an article is read, and the fuzzy matching scans everyone.
   */
  private readonly foundPeople = new Map<string, PersonEntity | undefined>();

  constructor(
    readonly title: TextField,
    readonly body: TextField,
  ) {}

  static create(title: string, body: string, defaultAgency?: string): ExtractionContext {
    const bodyTokens = tokenize(body);
    // Read on first use: only a unit's name running on into a holder's name asks, in few articles.
    let closed: Map<string, number> | undefined;
    const closedNames = () => {
      closed ??= readClosedNames(bodyTokens);
      return closed;
    };
    const articleText = `${title}\n${body}`;
    const bodyField: TextField = {
      name: "body",
      text: body,
      tokens: bodyTokens,
      defaultAgency,
      closedNames,
      articleText,
    };
    const titleTokens = tokenize(title);
    const placeEvidence = readPlaceEvidence([titleTokens, bodyField.tokens]);
    bodyField.placeEvidence = placeEvidence;
    bodyField.learnedAbbreviations = learnAbbreviations(bodyField);
    return new ExtractionContext(
      {
        name: "title",
        text: title,
        tokens: titleTokens,
        defaultAgency,
        learnedAbbreviations: bodyField.learnedAbbreviations,
        placeEvidence,
        closedNames,
        articleText,
      },
      bodyField,
    );
  }

  field(name: FieldName): TextField {
    return name === "title" ? this.title : this.body;
  }

  /** A key unique within the draft, readable, derived from a name. */
  newKey(name: string, fallback: string): string {
    const base = slugify(name, 120) || fallback;
    let key = base;
    for (let n = 2; this.usedKeys.has(key); n++) key = `${base}-${n}`;
    this.usedKeys.add(key);
    return key;
  }

  addPlace(place: GazetteerPlace, written: string | undefined, span: Span | undefined): PlaceEntity {
    let entity = this.places.get(place);
    if (!entity) {
      // Beyond the draft's limit a place is read but not kept.
      if (this.places.size >= LIMITS.places) return { key: "", place, writtenForms: new Set(), mentions: [] };
      entity = { key: this.newKey(place.bareName, "place"), place, writtenForms: new Set(), mentions: [] };
      this.places.set(place, entity);
    }
    if (written) entity.writtenForms.add(written);
    if (span) addSpan(entity.mentions, span);
    return entity;
  }

  addPerson(person: PersonEntity): void {
    this.foundPeople.clear();
    this.people.set(person.key, person);
    const normalized = comparisonKey(person.name);
    this.peopleByNormalizedName.set(normalized, person);
    // Every shorter form made of the name's first or last words, for findPerson.
    const words = normalized.split(" ");
    for (let length = 1; length < words.length; length++) {
      for (const part of [words.slice(0, length).join(" "), words.slice(-length).join(" ")]) {
        const holders = this.peopleByPartialName.get(part) ?? new Set<PersonEntity>();
        holders.add(person);
        this.peopleByPartialName.set(part, holders);
      }
    }
  }

  /** Another name a person goes by ("Joko Susilo alias Jack"), found by findPerson from now on. */
  addAlias(person: PersonEntity, alias: string): void {
    person.aliases.add(alias);
    this.foundPeople.clear();
    const normalized = comparisonKey(alias);
    if (!this.peopleByNormalizedName.has(normalized)) this.peopleByNormalizedName.set(normalized, person);
  }

  /** Memo of resolveGenericIdentity, filled once reading is done. */
  readonly genericResolutions = new Map<string, string | undefined>();
  /** A unit written without its region, filed under the one unit of that name the article places. */
  readonly mergedIdentities = new Map<string, string>();

  /** The person a name refers to: an exact match, or the one known person a shorter form fits. */
  findPerson(name: string): PersonEntity | undefined {
    if (this.people.size === 0) return undefined;
    const found = this.foundPeople.get(name);
    if (found !== undefined || this.foundPeople.has(name)) return found;
    const person = this.searchPerson(name);
    this.foundPeople.set(name, person);
    return person;
  }

  private searchPerson(name: string): PersonEntity | undefined {
    const normalized = comparisonKey(name);
    const exact = this.peopleByNormalizedName.get(normalized);
    if (exact) return exact;
    // A shorter form of a known name: its first or last words ("Mardi", "Tri Saptono", "Santoso").
    const matches = [...(this.peopleByPartialName.get(normalized) ?? [])];
    // A nickname cut from the first name: "Alexa" for Alexander Lisman Putra. Only worth the
    // scan in an article of ordinary size.
    if (matches.length === 0 && !normalized.includes(" ") && normalized.length >= 4 && this.people.size <= 100) {
      for (const [knownName, person] of this.peopleByNormalizedName) {
        const first = firstWord(knownName);
        if (first.length > normalized.length && first.startsWith(normalized)) matches.push(person);
      }
      // "Rendi" for Rendra Wicaksono: a nickname keeps the first name's first four letters, and is
      // no longer than that first name ("Abdurrahman" is a name of its own, not Abdul Fatah's) nor
      // than a nickname is ("Heribowo" is a name of its own, not Herigalis Mahar's).
      if (matches.length === 0 && normalized.length <= MAX_CUT_NICKNAME_LENGTH) {
        for (const [knownName, person] of this.peopleByNormalizedName) {
          const first = firstWord(knownName);
          if (
            knownName.includes(" ") &&
            first.length >= 4 &&
            normalized.length <= first.length + 1 &&
            first.slice(0, 4) === normalized.slice(0, 4)
          )
            matches.push(person);
        }
      }
      // "Erna" for Merintani Erna Dochri, "Afif" for Mochammad Afifuddin, "Arif" for Arief
      // Musthofifin: a short name may be any word of the full name, cut at its end or spelled
      // the old or the new way (ie/i, oe/u, dj/j, tj/c).
      if (matches.length === 0) {
        const respelled = modernSpelling(normalized);
        for (const [knownName, person] of this.peopleByNormalizedName) {
          // "Supriyadi" for Supriadi: a one-word name is the same person only spelled another way.
          const single = !knownName.includes(" ");
          for (const word of nameWords(knownName)) {
            if (
              (!single && word === normalized) ||
              (!single && word.length > normalized.length && word.startsWith(normalized)) ||
              (word.length >= 4 && modernSpelling(word) === respelled) ||
              // "Nursina", later "Nursinah": one name, its closing h (or n) written or not.
              (single && closingHApart(word, normalized))
            ) {
              if (!matches.includes(person)) matches.push(person);
              break;
            }
          }
        }
      }
    }
    // "Yanti" for Suryanti Dewi, "Ayu" for Wahyu Tjiptaningsih: a short nickname is often the end of
    // the first name as it is said, where an h before a consonant goes unheard (wah-yu). Three letters
    // are enough here since the nickname must close a longer first name of a known full name.
    if (matches.length === 0 && !normalized.includes(" ") && normalized.length >= 3 && this.people.size <= 100) {
      const heard = normalized.replace(SILENT_H, "");
      for (const [knownName, person] of this.peopleByNormalizedName) {
        const first = firstWord(knownName);
        if (
          knownName.includes(" ") &&
          first.length > normalized.length + 1 &&
          (first.endsWith(normalized) || first.replace(SILENT_H, "").endsWith(heard)) &&
          !matches.includes(person)
        )
          matches.push(person);
      }
    }
    // "Muhamad Andi Saputra" for Muhammad Andi Saputra, "Budi Santoso" for Budi Agus Santoso: the
    // same full name written another way in one article.
    if (matches.length === 0 && normalized.includes(" ") && this.people.size <= 100) {
      const words = nameWords(normalized);
      for (const [knownName, person] of this.peopleByNormalizedName) {
        const knownWords = nameWords(knownName);
        if (
          knownName.includes(" ") &&
          (spellsSameName(words, knownWords) ||
            dropsLeadingGivenNames(words, knownWords) ||
            joinedAlike(words, knownWords) ||
            nicknamedFirstName(words, knownWords)) &&
          !matches.includes(person)
        )
          matches.push(person);
      }
    }
    return matches.length === 1 ? matches[0] : undefined;
  }
}

/** The longest nickname cut from a first name's first four letters ("Rendi", "Yusri"). */
const MAX_CUT_NICKNAME_LENGTH = 6;

/** The ways one writes Muhammad as a first name, abbreviations included. */
const MUHAMMAD_FORMS = new Set(
  ["m", "md", "mhd", "moh", "moch", "mochamad", "mochammad", "mohamad", "mohammad", "mohammed", "muh"].concat([
    "muhamad",
    "muhammad",
    "muhammed",
  ]),
);

/**
 * Two words that name the same person's name word in one article: today's and the old spelling,
 * a form of Muhammad, an initial for the word, or one letter more or less in a word of five
 * letters or more ("Rahmat", "Rachmat"). A letter written differently ("Santoso", "Santosa") is
 * not enough: it tells names apart, except one vowel for another in a long word ("Shalohuddin").
 */
function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (MUHAMMAD_FORMS.has(a) && MUHAMMAD_FORMS.has(b)) return true;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  const modernA = modernSpelling(a);
  const modernB = modernSpelling(b);
  return (
    modernA === modernB ||
    (Math.min(a.length, b.length) >= 5 && oneLetterApart(modernA, modernB)) ||
    // "Arya Putra", "Ayra Putra": two letters typed the other way round.
    (a.length >= 4 && twoLettersSwapped(a, b)) ||
    (a.length >= LONG_NAME_WORD && oneVowelSwapped(modernA, modernB))
  );
}

/** Name words long enough that one vowel written otherwise is a slip, not another name ("Shalohuddin", "Shalahuddin"). */
const LONG_NAME_WORD = 9;
const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** The same letters but for one vowel written as another vowel. */
function oneVowelSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let swapped = false;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (swapped || !VOWELS.has(a[k] ?? "") || !VOWELS.has(b[k] ?? "")) return false;
    swapped = true;
  }
  return swapped;
}

/** One letter inserted into the shorter word gives the longer one. */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let at = 0;
  while (at < shorter.length && shorter[at] === longer[at]) at++;
  return shorter.slice(at) === longer.slice(at + 1);
}

/** The same letters but for two neighbours written the other way round ("arya", "ayra"). */
function twoLettersSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at < a.length - 1 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** A one-word name and the same with a closing h ("Nursina", "Nursinah"), long enough to be no other name. */
function closingHApart(a: string, b: string): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= 5 && CLOSING_SLIP_LETTERS.some((letter) => longer === `${shorter}${letter}`);
}
/** Letters a one-word name is written with or without at its end: "Nursina(h)", "Abudi(n)", "Syamsudi(n)". */
const CLOSING_SLIP_LETTERS = ["h", "n"];

/**
 * Whether two full names of two words or more are one name written two ways: word for word the
 * same name words, or the shorter one the longer without some of its middle words ("Budi Santoso",
 * "Budi Agus Santoso"). At least one word must be written alike and be more than an initial or a
 * Muhammad, so two people who only share a first name stay two.
 */
function spellsSameName(words: readonly string[], known: readonly string[]): boolean {
  const [shorter, longer] = words.length <= known.length ? [words, known] : [known, words];
  if (shorter.length < 2) return false;
  const first = shorter[0] ?? "";
  const last = shorter[shorter.length - 1] ?? "";
  if (!sameNameWord(first, longer[0] ?? "") || !sameNameWord(last, longer[longer.length - 1] ?? "")) return false;
  // The middle words of the shorter name in the longer one's middle, in order.
  let at = 1;
  for (const word of shorter.slice(1, -1)) {
    while (at < longer.length - 1 && !sameNameWord(word, longer[at] ?? "")) at++;
    if (at >= longer.length - 1) return false;
    at++;
  }
  return shorter.some(
    (word) => word.length > 2 && !MUHAMMAD_FORMS.has(word) && !ABDUL_FORMS.has(word) && longer.includes(word),
  );
}

/**
 * "Liberti Lumbantobing", later "Liberti Lumban Tobing": a family name written as one word or two
 * ("Lumbangaol", "Lumban Gaol") is one name; the words differ only in where the spaces fall, the
 * first word written alike and long enough to be no initial.
 */
function joinedAlike(words: readonly string[], known: readonly string[]): boolean {
  if (words.length === known.length || (words[0] ?? "") !== (known[0] ?? "") || (words[0] ?? "").length < 3)
    return false;
  return words.join("") === known.join("");
}

/**
 * "Abdul", "Abd": like Muhammad, an opening word so many names share that two people written
 * "Abd Rahman H" and "Abd Hamid" are not one name because of it.
 */
const ABDUL_FORMS = new Set(["abd", "abdul", "abdull", "abdoel"]);

/**
 * "Ferry Pakage" for Ferdinant Pakage: the family name written alike and the first name cut to a
 * nickname that keeps its first three letters, no longer than a nickname is and clearly shorter
 * than the first name ("Rina" is not Rini's).
 */
function nicknamedFirstName(words: readonly string[], known: readonly string[]): boolean {
  if (words.length < 2 || words.length !== known.length) return false;
  const nickname = words[0] ?? "";
  const first = known[0] ?? "";
  const family = words[words.length - 1] ?? "";
  return (
    nickname.length >= 3 &&
    nickname.length <= MAX_CUT_NICKNAME_LENGTH &&
    first.length >= nickname.length + 2 &&
    nickname.slice(0, 3) === first.slice(0, 3) &&
    family.length > 3 &&
    words.slice(1).every((word, k) => word === known[k + 1])
  );
}

/**
 * "Melki Laka Lena" for Emanuel Melkiades Laka Lena: a full name said without its leading given
 * names, its first word perhaps cut short as it is said (four letters at least). The words
 * must be the longer name's last words, the surname written alike, so two people who only share
 * a family name stay two.
 */
function dropsLeadingGivenNames(words: readonly string[], known: readonly string[]): boolean {
  const [shorter, longer] = words.length < known.length ? [words, known] : [known, words];
  if (shorter.length < 2 || shorter.length === longer.length) return false;
  const tail = longer.slice(longer.length - shorter.length);
  const first = shorter[0] ?? "";
  const knownFirst = tail[0] ?? "";
  const firstFits = sameNameWord(first, knownFirst) || (first.length >= 4 && knownFirst.startsWith(first));
  const last = shorter[shorter.length - 1] ?? "";
  return (
    firstFits &&
    last.length > 2 &&
    last === tail[tail.length - 1] &&
    shorter.slice(1).every((word, k) => sameNameWord(word, tail[k + 1] ?? ""))
  );
}

/**
 * A name word in today's spelling: the old spellings of Indonesian names (Arief, Soekarno, Djoko,
 * Tjahjo) fold into it, and so does a y written or left out between i and a vowel (Supriyadi, Supriadi).
 */
// Remembered: findPerson respells every known name's words for each name it looks up.
const modernSpelling = remembered(respell);

function respell(word: string): string {
  return word
    .replace(/ie/g, "i")
    .replace(/oe/g, "u")
    .replace(/dj/g, "j")
    .replace(/tj/g, "c")
    .replace(/iy(?=[aeou])/g, "i");
}

/** An h after a vowel and before a consonant, which speech drops ("Wahyu" said as "Wayu"). */
const SILENT_H = /(?<=[aeiou])h(?=[^aeiou\s])/g;

/**
 * A normalised name's words, remembered: findPerson splits every known name for each name it
 * looks up. The arrays are shared, so nobody may change them.
 */
const nameWords: (name: string) => readonly string[] = remembered((name) => name.split(" "));

/** The words before the first space, without splitting the whole name. */
function firstWord(name: string): string {
  const space = name.indexOf(" ");
  return space < 0 ? name : name.slice(0, space);
}

/**
 * How much one article may hold, from the draft schema's limits; stopping there also bounds
 * every pass over people, institutions and references on hostile input.
 */
export const LIMITS = {
  places: 500,
  institutions: 500,
  people: 500,
  positions: 1000,
  quotes: 1000,
  references: 20_000,
  pending: 5_000,
} as const;

export function addSpan(spans: Span[], span: Span): void {
  if (spans.length >= 1000) return;
  if (spans.some((s) => s.field === span.field && s.start === span.start && s.end === span.end)) return;
  spans.push(span);
}

/**
 * normalizeName, remembered: the same names (places, institutions, officials) recur in article
 * after article, and Unicode normalisation is among the costlier steps of extraction.
 */
export const comparisonKey: (name: string) => string = remembered(normalizeName);
