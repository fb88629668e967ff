/**
 * Contracted titles built by composition rather than listed one by one. Indonesian officialdom
 * contracts a post by gluing the head of its title to its unit's short form ("Ka" + "polres" =
 * Kapolres, "Dan" + "dim" = Dandim), and builds the deputy's and the sub-unit's or branch's head
 * from the same word by adding a piece in front or in the middle:
 *
 *   Wa + Kapolsek      → Wakapolsek  "Wakil Kepala Kepolisian Sektor" (any Ka… or Dan… title)
 *   Wa + Dandim        → Wadandim    "Wakil Komandan Kodim"
 *   Ka + sub + nit     → Kasubnit    "Kepala Subunit"  (Kanit = Kepala Unit)
 *   Ka + sub + bid     → Kasubbid    "Kepala Subbidang" (Kabid = Kepala Bidang)
 *   Ka + cab + jari    → Kacabjari   "Kepala Cabang Kejaksaan Negeri" (Kajari)
 *   Ka + cab + din     → Kacabdin    "Kepala Cabang Dinas" (Kadin)
 *   Sekdaprov          → Sekprov     "Sekretaris Daerah Provinsi" (the "da" of Daerah left out)
 *
 * Every composed word is derived from a title the lexicon already has, keeps that title's unit or
 * institution, and is only added where the lexicon does not list the word itself.
 */
import titleLexicon from "../lexicon/titles.json" with { type: "json" };
import unitLexicon from "../lexicon/units.json" with { type: "json" };

/** A contracted title word starting with a head ("Ka…" Kepala, "Dan…" Komandan), its role's head spelled out. */
const CONTRACTED_HEAD = /^(Ka|Dan)(\p{Ll}{2,})$/u;
const HEAD_ROLES: Record<string, string> = { Ka: "Kepala", Dan: "Komandan" };
/** The deputy's piece ("Wa", Wakil) before a head's contracted title. */
const DEPUTY_PIECE = "Wa";
const DEPUTY_ROLE = "Wakil";
/** The sub-unit's piece ("sub") after a head, before its unit's short form. */
const SUB_PIECE = "sub";
/** The branch's piece ("cab", Cabang) after a head, before its unit's short form. */
const BRANCH_PIECE = "cab";
const BRANCH_ROLE = "Cabang";
/**
 * The offices that have branches in the national structure: the Cabang Kejaksaan Negeri
 * (Cabjari) and a provincial Dinas's Cabang Dinas (Cabdin); no other head's title takes "cab".
 */
const BRANCHED_OFFICES = /^(?:Kejaksaan Negeri|Dinas)\b/u;

/** "Sekdaprov", "Sekdakab": the regional secretary's title with its level ("prov", "kab") after "Sekda". */
const REGIONAL_SECRETARY = /^Sekda(\p{Ll}{3,})$/u;
const REGIONAL_SECRETARY_SHORT = "Sek";

interface WordTitle {
  word: string;
  role: string;
}

/** The head ("Ka") and unit ("polres") of a contracted title word, if its role spells the head out. */
function contracted(word: string, role: string): { head: string; unit: string } | undefined {
  const parts = CONTRACTED_HEAD.exec(word);
  const head = parts?.[1];
  const unit = parts?.[2];
  if (!head || !unit || !role.startsWith(`${HEAD_ROLES[head]} `)) return undefined;
  return { head, unit };
}

/**
 * The titles composed from one contracted title word and its role: the deputy's ("Wakapolsek"),
 * and for a head of an office with branches the branch head's ("Kacabjari"). With `subLevels`,
 * the sub-unit head's too, for a one-word unit noun that has a listed sub-level (Unit → Subunit:
 * "Kasubnit" from Kanit); the one-word abbreviated titles pass none.
 */
function composedForms(word: string, role: string, subLevels?: ReadonlySet<string>): WordTitle[] {
  const parts = contracted(word, role);
  if (!parts) return [];
  const forms: WordTitle[] = [{ word: `${DEPUTY_PIECE}${word.toLowerCase()}`, role: `${DEPUTY_ROLE} ${role}` }];
  if (parts.head !== "Ka") return forms;
  const headRole = HEAD_ROLES[parts.head] as string;
  const rest = role.slice(headRole.length + 1);
  if (BRANCHED_OFFICES.test(rest))
    forms.push({ word: `${parts.head}${BRANCH_PIECE}${parts.unit}`, role: `${headRole} ${BRANCH_ROLE} ${rest}` });
  // "Kepala Unit" → "Kepala Subunit": only a one-word unit noun with a listed sub-level.
  if (subLevels && !rest.includes(" ") && subLevels.has(`${SUB_PIECE}${rest.toLowerCase()}`))
    forms.push({ word: `${parts.head}${SUB_PIECE}${parts.unit}`, role: `${headRole} Sub${rest.toLowerCase()}` });
  return forms;
}

/**
 * The deputy's and the branch head's titles composed from one-word contracted titles
 * ("Wakapolsek", "Wadandim", "Kacabjari"), with the same head (institution or unit) as the title;
 * "Sekprov", "Sekkab" from the regional secretary's "Sekdaprov", "Sekdakab".
 * `known` holds every title word the lexicon lists (lowercase): those are never composed again.
 */
export function composedWordTitles<T extends WordTitle>(titles: readonly T[], known: ReadonlySet<string>): T[] {
  const composed: T[] = [];
  const add = (title: T, word: string, role: string) => {
    if (known.has(word.toLowerCase()) || composed.some((other) => other.word === word)) return;
    composed.push({ ...title, word, role });
  };
  for (const title of titles) {
    // "Sekprov", "Sekkab": the regional secretary's title also drops the "da" of Daerah before its level.
    const level = REGIONAL_SECRETARY.exec(title.word)?.[1];
    if (level) add(title, `${REGIONAL_SECRETARY_SHORT}${level}`, title.role);
    for (const form of composedForms(title.word, title.role)) add(title, form.word, form.role);
  }
  return composed;
}

interface LeadTitle {
  words: string[];
  role: string;
}

/**
 * The deputy's, the sub-unit head's and the branch head's titles composed from one-word lead
 * titles: "Wakasat" from Kasat, "Kasubnit" from Kanit ("Kepala Unit" → "Kepala Subunit"), "Kacabdin"
 * from Kadin. A sub-unit's head is composed only for a unit noun that has a sub-level in
 * `internalUnitWords` (Bidang → Subbidang, Unit → Subunit).
 */
export function composedLeadTitles<T extends LeadTitle>(
  leads: readonly T[],
  known: ReadonlySet<string>,
  internalUnitWords: readonly string[],
): T[] {
  const subLevels = new Set(internalUnitWords.map((word) => word.toLowerCase()));
  const composed: T[] = [];
  for (const lead of leads) {
    if (lead.words.length !== 1) continue;
    for (const form of composedForms(lead.words[0] as string, lead.role, subLevels)) {
      if (known.has(form.word.toLowerCase()) || composed.some((other) => other.words[0] === form.word)) continue;
      composed.push({ ...lead, words: [form.word], role: form.role });
    }
  }
  return composed;
}

/** Every one-word title the lexicons list, lowercase: a composed word never replaces one. */
export const LISTED_TITLE_WORDS: ReadonlySet<string> = new Set(
  [
    ...titleLexicon.leadPhrases.filter((lead) => lead.words.length === 1).map((lead) => lead.words[0] ?? ""),
    ...titleLexicon.abbreviatedTitles.map((title) => title.word),
    ...titleLexicon.nationalTitles.map((title) => title.word),
    ...titleLexicon.multiWordTitles.map((title) => title.words[0] ?? ""),
    ...unitLexicon.abbreviatedTitles.map((title) => title.word),
  ].map((word) => word.toLowerCase()),
);

/** The lexicon's lead titles with the composed ones ("Wakasat", "Kasubnit"). */
export const TITLE_LEAD_PHRASES = [
  ...titleLexicon.leadPhrases,
  ...composedLeadTitles(titleLexicon.leadPhrases, LISTED_TITLE_WORDS, titleLexicon.internalUnitWords),
];
/** The lexicon's abbreviated titles with the composed ones ("Wadandim", "Kacabjari"). */
export const ABBREVIATED_TITLE_FORMS = [
  ...titleLexicon.abbreviatedTitles,
  ...composedWordTitles(titleLexicon.abbreviatedTitles, LISTED_TITLE_WORDS),
];
