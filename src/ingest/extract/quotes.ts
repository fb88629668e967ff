import speechLexicon from "../lexicon/speech-verbs.json" with { type: "json" };
import titleLexicon from "../lexicon/titles.json" with { type: "json" };
import type { Paragraph } from "./body.ts";
import { ABBREVIATED_TITLE_FORMS, TITLE_LEAD_PHRASES } from "./composedTitles.ts";
import { type ExtractionContext, LIMITS, type PersonReference, type Span } from "./context.ts";
import { resolveGenericIdentity } from "./institutions.ts";
import { alternation, splitWordCount } from "./patterns.ts";

export interface QuoteFact {
  text: string;
  /** The person's key, or undefined when the speaker is known only by a label. */
  speaker?: string;
  speakerLabel?: string;
  provenance: Span;
}

const ANAPHORIC = new Set(speechLexicon.anaphoric.map((verb) => verb.toLowerCase()));
const NAMED = new Set(speechLexicon.named.map((verb) => verb.toLowerCase()));
const OPENING_TO_CLOSING: Record<string, string> = {
  "“": "”",
  '"': '"',
  "«": "»",
  "„": "“",
  "”": "”",
  "‘": "’",
  "'": "'",
};
const BRAND_MARKERS = new Set(speechLexicon.brandMarkers);
const MAX_BRAND_WORDS = 6;

/** "produk “Sambal Roa Pedas Manis”": a quoted name after a word that introduces one is not speech. */
function isQuotedName(body: string, start: number, text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > MAX_BRAND_WORDS || /[.!?,]/.test(text)) return false;
  const before = /(\p{L}+)\s*$/u.exec(body.slice(Math.max(0, start - 40), start - 1))?.[1]?.toLowerCase();
  return before !== undefined && BRAND_MARKERS.has(before);
}
/**
 * '“Kopi Lereng Merapi Asli”', '“Gelar Karya UMKM Bangkit”': a few words all in title case,
 * without a sentence's punctuation, name a brand, an event or a slogan; speech is written as sentences.
 */
function isTitleCaseName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= MAX_BRAND_WORDS &&
    !/[.!?,;:]/.test(text) &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || NAME_CONNECTIVES.has(word))
  );
}
const NAME_CONNECTIVES = new Set(["dan", "di", "ke", "&", "-"]);
const MIN_QUOTE_WORDS = 4;
/** A shorter quote counts only when its comma and a speech verb mark it as speech. */
const MIN_SPOKEN_QUOTE_WORDS = 2;
/** Words that, between a speech verb and a name, make the name someone other than the speaker. */
const NOT_ROLE_WORDS = new Set(speechLexicon.notRoleWords);
/** A sentence opened by a pronoun subject ("Ia juga …", "Menurutnya, …") goes on about the last speaker. */
const PRONOUN_SUBJECT = /^\s*(?:(?:ia|dia|beliau)\b|menurut(?:nya|\s+(?:dia|beliau)\b))/iu;
const REPORTING = new Set(speechLexicon.reporting.map((verb) => verb.toLowerCase()));
/** "sambutan Menteri yang dibacakan oleh Budi": the name after the verb reads the statement out; it is not its speaker's. */
const READ_OUT_BEFORE = new RegExp(`\\b(?:${alternation(speechLexicon.readOutVerbs)})\\s+(?:oleh\\s+)?$`, "iu");
/** "Danramil X, Kapten Budi melalui Babinsa menyampaikan": someone right before this word passes a statement on through the one after it. */
const THROUGH_AFTER_SOMEONE = new RegExp(`^[\\s,]*(?:${alternation(speechLexicon.throughWords)})\\s+$`, "iu");
/** "masa jabatan bupati X", "jabatan Kepala Dinas X": a title right after this word names the post, not someone. */
const POST_NOUN_BEFORE = /\bjabatan\s+$/iu;
/** "“…” Hal itu disampaikan Name": a passive speech verb after a phrase pointing back at the quote. */
const ATTRIBUTION_AFTER = new RegExp(
  `^[\\s,.]*(?:${alternation(speechLexicon.attributionLeads)})\\s+(?:juga\\s+)?(\\p{L}+)\\s+(?:oleh\\s+)?`,
  "iu",
);
/** Titles written bare after a speech verb ("kata Kadis", "ujar Menteri", "kata Sekda"), longest first. */
const BARE_TITLES = [
  ...TITLE_LEAD_PHRASES.map((phrase) => ({ words: phrase.words.map((w) => w.toLowerCase()), role: phrase.role })),
  ...ABBREVIATED_TITLE_FORMS.map((title) => ({ words: [title.word.toLowerCase()], role: title.role })),
  ...titleLexicon.nationalHeadTitles.map((title) => ({
    words: title.words.map((w) => w.toLowerCase()),
    role: title.words.join(" "),
  })),
].sort((a, b) => b.words.length - a.words.length);
// The speech verb after a closing quote, and a pronoun after it ("kata dia").
const VERB_AFTER_QUOTE = new RegExp(`^[\\s,.]*(\\p{L}+)(?:\\s+(${alternation(speechLexicon.pronouns)})\\b)?`, "iu");

interface QuotedSegment {
  start: number;
  end: number;
  close: number;
  /** No closing mark before the paragraph's end: the quote may go on in the next paragraph. */
  open: boolean;
}

const SINGLE_MARKS = new Set(["‘", "'"]);
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Where a quote opened with a single mark (‘…’ or '…') closes: at the first closing mark that is
 * not an apostrophe inside a word (Jum'at, Da’i), or -1.
 */
function singleMarkClose(text: string, from: number, closing: string): number {
  for (let k = text.indexOf(closing, from); k !== -1; k = text.indexOf(closing, k + 1)) {
    if (!(LETTER.test(text.charAt(k - 1)) && LETTER.test(text.charAt(k + 1)))) return k;
  }
  return -1;
}

/** Where a quote opened with two single marks closes: the first "”", "’’" or "''" from `from`, or -1. */
function doubledMarkClose(text: string, from: number): number {
  let close = -1;
  for (const mark of ["”", "’’", "''"]) {
    const at = text.indexOf(mark, from);
    if (at !== -1 && (close === -1 || at < close)) close = at;
  }
  return close;
}

/** A closing mark right after a clause's end, then a speech verb naming who spoke: '…pengamanan,” ujar Budi'. */
const CLOSE_BEFORE_NAMED_VERB = /^\s+(\p{L}+)/u;
/** A sentence's end inside a paragraph: a stop and a space before a capital. */
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}\p{N}])/gu;

/**
 * '… menyampaikan, meskipun … . Dengan adanya kejadian ini, menjadi catatan bagi kita,” ujar Budi.':
 * a closing mark written after a clause's end with no opening mark before it in the paragraph, and
 * a speech verb naming the speaker after it, closes a quote whose opening mark the newsroom left out;
 * the quoted words are the sentence that ends at the mark. Returns where it starts, or -1.
 */
function unopenedQuoteStart(text: string, close: number, from: number): number {
  if (!/[,.!?]/.test(text.charAt(close - 1))) return -1;
  const verb = CLOSE_BEFORE_NAMED_VERB.exec(text.slice(close + 1, close + 24))?.[1];
  if (!verb || !NAMED.has(verb.toLowerCase())) return -1;
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let end = SENTENCE_END.exec(text); end !== null && end.index < close - 1; end = SENTENCE_END.exec(text))
    start = end.index + end[0].length;
  return close - start > 1 ? start : -1;
}

/** Quoted passages of a paragraph; an opening mark left open runs to the paragraph's end. */
function quotedSegments(body: string, paragraph: Paragraph): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  // Searching within the paragraph alone keeps unbalanced marks from costing a scan of the body each.
  const text = body.slice(paragraph.start, paragraph.end);
  const openings = /’’|‘‘|''|[“"«„”‘']/g;
  for (let opening = openings.exec(text); opening !== null; opening = openings.exec(text)) {
    const i = opening.index;
    // "’’Proses pemilihan …,” ungkapnya": two single marks written for an opening double mark,
    // closed by a double mark or by two single ones again.
    if (opening[0].length === 2) {
      const close = doubledMarkClose(text, i + 2);
      segments.push({
        open: close === -1,
        start: paragraph.start + i + 2,
        end: paragraph.start + (close === -1 ? text.length : close),
        close: paragraph.start + (close === -1 ? text.length : close + (text.charAt(close) === "”" ? 1 : 2)),
      });
      if (close === -1) break;
      openings.lastIndex = close + 1;
      continue;
    }
    // A closing mark with no opening one before it closes a quote opened without its mark.
    if (opening[0] === "”") {
      const from = segments.length > 0 ? (segments.at(-1)?.close ?? paragraph.start) - paragraph.start : 0;
      const start = unopenedQuoteStart(text, i, from);
      if (start >= 0) {
        segments.push({
          open: false,
          start: paragraph.start + start,
          end: paragraph.start + i,
          close: paragraph.start + i + 1,
        });
        continue;
      }
    }
    const single = SINGLE_MARKS.has(opening[0]);
    // A single mark opens a quote only before a word and not inside one ("Jum'at"); it must
    // also close, since an apostrophe left open would swallow the rest of the paragraph.
    if (single && (LETTER.test(text.charAt(i - 1)) || !LETTER.test(text.charAt(i + 1)))) continue;
    // ”Kami siap,” sebut …: some outlets open a quote with the closing mark; it opens only
    // where a quote can start (the paragraph's start or after a space) and before a word.
    // "” Awalnya …": at the paragraph's start, where nothing is open to close, a space may follow it.
    const opensParagraph = i === 0 && /^\s?[\p{L}\p{N}]/u.test(text.slice(i + 1, i + 3));
    if (
      opening[0] === "”" &&
      !opensParagraph &&
      !((i === 0 || /\s/.test(text.charAt(i - 1))) && /[\p{L}\p{N}]/u.test(text.charAt(i + 1)))
    )
      continue;
    const closing = OPENING_TO_CLOSING[opening[0]] ?? '"';
    let close = single ? singleMarkClose(text, i + 1, closing) : text.indexOf(closing, i + 1);
    if (single && close === -1) continue;
    const open = close === -1;
    if (open) close = text.length;
    segments.push({
      open,
      start: paragraph.start + i + 1,
      end: paragraph.start + close,
      close: paragraph.start + Math.min(close + 1, text.length),
    });
    openings.lastIndex = close + 1;
  }
  return segments;
}

/** The person a reference points at: by name, or the holder of the title it used. */
export function resolveReference(context: ExtractionContext, reference: PersonReference): string | undefined {
  if (reference.person) return reference.person;
  // "melantik 16 Pj Kepala Desa", "para Pj Kades": a title the article gives many holders points
  // at none of them when written alone, though the article names only one.
  if (reference.role && rolesOfMany(context).has(reference.role)) return undefined;
  const institution = reference.institution ? resolveGenericIdentity(context, reference.institution) : undefined;
  // "Kadinkes" written without its region ("unit:dinaskesehatan:") is the office of that kind the article placed.
  const placeless = institution?.endsWith(":") === true;
  const heldAt = (identity: string | undefined) => {
    if (identity === undefined || institution === undefined) return false;
    const resolved = resolveGenericIdentity(context, identity);
    return resolved === institution || (placeless && resolved?.startsWith(institution) === true);
  };
  // "Direktur RSUD" after "Direktur RSUD Harapan Sehat": a kind named by a proper name of its own
  // holds that name in its identity, so with the role written out the kind's stem is enough.
  const heldAtKind = (identity: string | undefined) => {
    if (identity === undefined || !placeless || institution === undefined) return false;
    return resolveGenericIdentity(context, identity)?.startsWith(institution.slice(0, -1)) === true;
  };
  const holdersOf = (positions: typeof context.positions) => new Set(positions.map((p) => p.person));
  let holders = holdersOf(
    context.positions.filter(
      (p) => p.role === reference.role && (!institution || heldAt(p.institution) || heldAtKind(p.institution)),
    ),
  );
  if (holders.size === 0 && institution) holders = holdersOf(context.positions.filter((p) => heldAt(p.institution)));
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** Words that count a title's holders before it: "para", "seluruh", "16". */
const COUNTED_HOLDERS = /(?:^|\s)(?:para|seluruh|semua|sejumlah|beberapa|\d+)\s+$/iu;
const ROLES_OF_MANY = new WeakMap<ExtractionContext, Set<string>>();

/** The roles the body writes after a count of their holders ("para Kepala Desa", "16 Pj Kades"). */
function rolesOfMany(context: ExtractionContext): Set<string> {
  let roles = ROLES_OF_MANY.get(context);
  if (roles) return roles;
  roles = new Set<string>();
  const body = context.body.text;
  for (const reference of context.references) {
    if (reference.field !== "body" || !reference.role || reference.person) continue;
    if (COUNTED_HOLDERS.test(body.slice(Math.max(0, reference.start - 16), reference.start))) roles.add(reference.role);
  }
  ROLES_OF_MANY.set(context, roles);
  return roles;
}

/** Index of the first reference starting at or after `offset` (references are sorted by start). */
function firstReferenceFrom(references: readonly PersonReference[], offset: number): number {
  let low = 0;
  let high = references.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((references[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * "kata Kadis", "ujar Menteri dalam sambutannya": a title written bare, with no unit or name after
 * it, points at the one person the article gave a post of that title ("Kepala Dinas Kesehatan").
 */
function bareTitleHolder(context: ExtractionContext, offset: number): string | undefined {
  const { tokens } = context.body;
  let at = 0;
  let high = tokens.length;
  while (at < high) {
    const middle = (at + high) >> 1;
    if ((tokens[middle]?.start ?? 0) < offset) at = middle + 1;
    else high = middle;
  }
  const title = BARE_TITLES.find((candidate) => candidate.words.every((word, k) => tokens[at + k]?.lower === word));
  if (!title) return undefined;
  // "tanya hakim.", "ujar bupati": a title may be written in lowercase, as a common noun, when
  // nothing but the title follows the verb; a capitalised one may be followed by lowercase words.
  const lowercase = !tokens[at]?.capitalized;
  if (lowercase && !/^[.,;!?]?$/.test(tokens[at + title.words.length]?.text.slice(0, 1) ?? "")) return undefined;
  // A capitalised word after the title is its unit or a name, read as a reference if anything.
  if (tokens[at + title.words.length]?.capitalized) return undefined;
  const holders = new Set(
    context.positions.filter((p) => p.role === title.role || p.role.startsWith(`${title.role} `)).map((p) => p.person),
  );
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** "kata orang nomor satu di Universitas X itu": the phrase for a body's head, up to the body named after it. */
const TOP_PERSON = new RegExp(
  `^\\s+(?:${alternation(speechLexicon.topPersonPhrase)})\\s+(?:${alternation(speechLexicon.topPersonPrepositions)})\\s+(?:(?:${alternation(speechLexicon.topPersonScopes)})\\s+)?`,
  "iu",
);
const HEAD_ROLE = new RegExp(
  `^(?:(?:Plt\\.?|Pelaksana Tugas|Pj\\.?|Penjabat)\\s+)?(?!(?:${alternation(speechLexicon.headRoleNotOpeners)})\\b)(?:${alternation(speechLexicon.headRoleOpeners)})\\b`,
  "iu",
);

/**
 * "Unila" for "Universitas Lampung", "Undip" for "Universitas Diponegoro", "Unhas" for "Universitas
 * Hasanuddin": a university's usual short form, "Un" or "Uni" and the start of its first own word
 * (two letters or more).
 */
function universityShortForm(word: string, name: string): boolean {
  const own = /^Universitas\s+(\p{L}+)/u.exec(name)?.[1]?.toLowerCase();
  const lower = word.toLowerCase();
  if (!own) return false;
  return ["uni", "un"].some(
    (head) => lower.startsWith(head) && lower.length - head.length >= 2 && own.startsWith(lower.slice(head.length)),
  );
}

/**
 * "kata orang nomor satu di Unila itu": after a speech verb, the phrase for a body's head and the
 * body named right after it point at the one person the article gives that body's head post
 * (a rector, a head, a chair, a regional head); none when the article gives it to no one or to two.
 */
function topPersonOf(context: ExtractionContext, verbEnd: number): string | undefined {
  const body = context.body.text;
  const phrase = TOP_PERSON.exec(body.slice(verbEnd, verbEnd + 60));
  if (!phrase) return undefined;
  const at = verbEnd + phrase[0].length;
  // The body as written there: a mention the institution recorded, or any form it is known by.
  const writtenAt = (form: string) => body.startsWith(form, at) && !/[\p{L}\p{N}]/u.test(body.charAt(at + form.length));
  const word = /^\p{Lu}\p{L}+/u.exec(body.slice(at, at + 20))?.[0];
  const institution = [...context.institutions.values()].find(
    (entity) =>
      entity.mentions.some((span) => span.field === "body" && span.start === at) ||
      [entity.name, entity.shortName ?? "", ...entity.writtenForms].some((form) => form !== "" && writtenAt(form)) ||
      (word !== undefined && universityShortForm(word, entity.name)),
  );
  if (!institution) return undefined;
  // "Rektor Unila Budi" read before the quote as a title of its kind, its institution left to the
  // article's one body of that kind.
  const onlyOfKind =
    [...context.institutions.values()].filter((entity) => entity.type === institution.type).length === 1;
  const heldThere = (p: (typeof context.positions)[number]) =>
    p.institution !== undefined
      ? resolveGenericIdentity(context, p.institution) === institution.identity
      : onlyOfKind && p.institutionTypes?.includes(institution.type) === true;
  const heads = new Set(context.positions.filter((p) => heldThere(p) && HEAD_ROLE.test(p.role)).map((p) => p.person));
  return heads.size === 1 ? [...heads][0] : undefined;
}

/**
 * References to someone named as the one who reads another's statement out ("dibacakan oleh
 * Kepala Kantor X, Budi") or passes it on ("Kapten Budi melalui Babinsa"), not as its speaker: the
 * title's reference and the name's inside it.
 */
/** Those who read out or pass on another's statement, each with the one whose statement it is when written right before "melalui". */
type Readers = ReadonlyMap<PersonReference, PersonReference | undefined>;

function readersOf(body: string, references: readonly PersonReference[]): Readers {
  const readers = new Map<PersonReference, PersonReference | undefined>();
  for (const [k, reference] of references.entries()) {
    // "Danramil X, Kapten Budi melalui Babinsa menyampaikan …": the one passing the statement on is
    // no speaker when the one whose statement it is is written right before "melalui".
    const previous = references[k - 1];
    const passer =
      previous !== undefined &&
      previous.end <= reference.start &&
      THROUGH_AFTER_SOMEONE.test(body.slice(previous.end, reference.start))
        ? previous
        : undefined;
    if (!passer && !READ_OUT_BEFORE.test(body.slice(Math.max(0, reference.start - 20), reference.start))) continue;
    for (let inner = k; inner < references.length; inner++) {
      const candidate = references[inner];
      if (!candidate || candidate.start >= reference.end) break;
      if (candidate.end <= reference.end) readers.set(candidate, passer);
    }
  }
  return readers;
}

/** Whether a reporting verb follows the reference ("Kepala Desa X mengaku …", "Budi, Ketua RT, juga mengatakan"). */
function speaksNext(body: string, reference: PersonReference): boolean {
  const next = /^\s*,?\s*(?:(?:juga|pun|turut|ikut)\s+)?(\p{L}+)/u.exec(body.slice(reference.end, reference.end + 40));
  return next?.[1] !== undefined && REPORTING.has(next[1].toLowerCase());
}

function lastSpeakerBefore(
  context: ExtractionContext,
  references: readonly PersonReference[],
  offset: number,
  resolved: Map<PersonReference, string | undefined>,
  readers: Readers,
  labels?: Map<number, string>,
  quoted: readonly { start: number; end: number }[] = [],
): string | undefined {
  const body = context.body.text;
  for (let k = firstReferenceFrom(references, offset) - 1; k >= 0; k--) {
    const reference = references[k];
    if (!reference || reference.end > offset) continue;
    // "“Bupati sampai sejauh ini …,” paparnya.": someone mentioned inside a quote did not speak.
    if (quoted.some((range) => range.start <= reference.start && reference.end <= range.end)) continue;
    if (reference.anonymous) {
      labels?.set(offset, body.slice(reference.start, reference.end));
      return undefined;
    }
    if (readers.has(reference)) continue;
    // "Masa jabatan bupati X sudah berakhir": a title after "jabatan" is the post, not its holder.
    if (
      reference.role &&
      !reference.person &&
      POST_NOUN_BEFORE.test(body.slice(Math.max(0, reference.start - 12), reference.start))
    )
      continue;
    if (!resolved.has(reference)) resolved.set(reference, resolveReference(context, reference));
    const person = resolved.get(reference);
    if (person) {
      // Someone named inside a sentence whose subject is another: the subject is who spoke.
      const sentenceStart = sentenceStartBefore(body, reference.start);
      const opening = body.slice(sentenceStart, reference.start);
      if (!/\p{L}/u.test(opening)) return person;
      // "Ia juga mengajak … yang dicanangkan Menteri X.": the pronoun goes on with the earlier speaker.
      if (PRONOUN_SUBJECT.test(opening)) {
        k = firstReferenceFrom(references, sentenceStart);
        continue;
      }
      // "Witono mengatakan … sesuai pesan Jaksa Agung X.": the one who reports it.
      return reportingSubject(context, references, k, sentenceStart, resolved, readers) ?? person;
    }
    // "Kepala Desa X mengaku …" where no holder is named: someone new speaks, so a later
    // "ujarnya" cannot go back past them to an older speaker.
    if (reference.role && speaksNext(body, reference)) return undefined;
  }
  return undefined;
}

/**
 * "Pimpinan Pondok Pesantren X menyampaikan terima kasih. “…,” ucap Kyai Budi.": a title written
 * without its holder, speaking right before a quote in the same paragraph with nobody referred to
 * in between, is held by the one the quote's attribution names, when the article gives that title
 * to nobody and the speaker no post at all.
 */
function holdUnnamedTitle(
  context: ExtractionContext,
  references: readonly PersonReference[],
  paragraphStart: number,
  quoteStart: number,
  speaker: string,
): void {
  if (context.positions.length >= LIMITS.positions || context.positions.some((p) => p.person === speaker)) return;
  const body = context.body.text;
  for (let k = firstReferenceFrom(references, quoteStart) - 1; k >= 0; k--) {
    const reference = references[k];
    if (!reference || reference.start < paragraphStart) return;
    if (reference.end > quoteStart) continue;
    if (reference.person || reference.anonymous || !reference.role || !reference.institution) return;
    if (!speaksNext(body, reference) || resolveReference(context, reference)) return;
    const institution = resolveGenericIdentity(context, reference.institution);
    if (!institution || !context.institutions.has(institution)) return;
    context.positions.push({
      person: speaker,
      institution,
      role: reference.role,
      title: body.slice(reference.start, reference.end),
      provenance: { field: "body", start: reference.start, end: reference.end, confidence: 0.7 },
    });
    return;
  }
}

/** "Ka." written before a head's title ("Ka.Kankemenag"): the short form of "Kepala". */
const HEAD_WORD_BEFORE = /^\s*Ka\.\s*$/u;

/** An active verb ("mengutus", "memberikan") in the words before a person in their sentence. */
const ACTIVE_VERB = /(?:^|\s)me(?:m|n|ng|ny)?\p{Ll}{3,}(?=\s)/u;

/**
 * Whether the last reference to `person` before `offset` stands after a subject that is no person
 * and its active verb ("Untuk lomba ini, sekolah mengutus … Budi"): named as the verb's object.
 */
function namedLastAsObject(
  context: ExtractionContext,
  references: readonly PersonReference[],
  offset: number,
  person: string | undefined,
  resolved: Map<PersonReference, string | undefined>,
): boolean {
  if (!person) return false;
  const body = context.body.text;
  for (let k = firstReferenceFrom(references, offset) - 1; k >= 0; k--) {
    const reference = references[k];
    if (!reference || reference.end > offset) continue;
    if (!resolved.has(reference)) resolved.set(reference, resolveReference(context, reference));
    if (resolved.get(reference) !== person) continue;
    const opening = body.slice(sentenceStartBefore(body, reference.start), reference.start);
    return !SENTENCE_SUBJECT_OPENING.test(opening) && ACTIVE_VERB.test(opening) && !/[“”"]/u.test(opening);
  }
  return false;
}

/** Verbs that add to or go on with what was just said ("tambahnya", "lanjutnya"). */
const CONTINUING = new Set(speechLexicon.continuing.map((verb) => verb.toLowerCase()));
/** A passive speech verb or "menurut" right before a name makes the name a speaker ("disampaikan Budi"). */
const SPEECH_BEFORE = new RegExp(
  `\\b(?:menurut|${alternation(speechLexicon.named.filter((v) => v.startsWith("di")))})\\s+$`,
  "iu",
);

/** Nothing before a name in its sentence, or a short lead phrase closed by a comma ("Sementara itu, "). */
const SENTENCE_SUBJECT_OPENING = /^[^\p{L}]*(?:\p{L}+(?:\s+\p{L}+){0,2},\s*)?$/u;

/**
 * Whether a person other than `speaker` speaks between `from` and `to`: named as the subject of a
 * reporting verb ("Budi mengatakan"), after a passive speech verb or "menurut", or opening a
 * sentence, perhaps after a lead phrase ("Sementara itu, Kepala Desa Budi …").
 */
function someoneElseSpeaks(
  context: ExtractionContext,
  references: readonly PersonReference[],
  from: number,
  to: number,
  speaker: string,
  resolved: Map<PersonReference, string | undefined>,
): boolean {
  const body = context.body.text;
  for (let k = firstReferenceFrom(references, from); k < references.length; k++) {
    const reference = references[k];
    if (!reference || reference.start >= to) break;
    if (reference.anonymous) return true;
    if (!resolved.has(reference)) resolved.set(reference, resolveReference(context, reference));
    const person = resolved.get(reference);
    if (person === speaker) continue;
    const opening = body.slice(sentenceStartBefore(body, reference.start), reference.start);
    if (
      speaksNext(body, reference) ||
      SPEECH_BEFORE.test(body.slice(Math.max(0, reference.start - 20), reference.start)) ||
      SENTENCE_SUBJECT_OPENING.test(opening)
    )
      return true;
  }
  return false;
}

/** Where the sentence holding `offset` starts: after the last full stop, question or exclamation mark, or line break. */
function sentenceStartBefore(body: string, offset: number): number {
  for (let k = offset - 1; k >= Math.max(0, offset - 400); k--) {
    const c = body.charAt(k);
    if (c === "\n") return k + 1;
    if ((c === "." || c === "?" || c === "!") && /\s/.test(body.charAt(k + 1))) return k + 1;
  }
  return Math.max(0, offset - 400);
}

/** A closing quote mark and the speech verb of its attribution right before a reference: "”, kata ". */
const ATTRIBUTION_BEFORE = new RegExp(
  `[”"’]\\s*,?\\s*(?:${alternation(speechLexicon.named.filter((v) => !v.startsWith("di")))})\\s+$`,
  "iu",
);

/**
 * An earlier reference of the sentence, to a known person, followed by a reporting verb or after
 * "menurut" or a passive speech verb: the sentence's speaker.
 */
function reportingSubject(
  context: ExtractionContext,
  references: readonly PersonReference[],
  before: number,
  sentenceStart: number,
  resolved: Map<PersonReference, string | undefined>,
  readers: Readers,
): string | undefined {
  const body = context.body.text;
  for (let k = before - 1; k >= 0; k--) {
    const reference = references[k];
    if (!reference || reference.start < sentenceStart) break;
    // "Menurut Budi, anak didiknya berprestasi: Rina …": "menurut" or a passive speech verb makes a speaker too.
    // "“…,” kata Kepala Puskesmas X di hadapan Bupati.": the one a quote's attribution names.
    const before = body.slice(Math.max(0, reference.start - 20), reference.start);
    const spoken = SPEECH_BEFORE.test(before) || ATTRIBUTION_BEFORE.test(before);
    if (reference.anonymous || !(speaksNext(body, reference) || spoken)) continue;
    // "Kapten Budi melalui Babinsa menyampaikan": the statement is Budi's, who passes it on through the Babinsa.
    const speaking = readers.has(reference) ? readers.get(reference) : reference;
    if (!speaking) continue;
    if (!resolved.has(speaking)) resolved.set(speaking, resolveReference(context, speaking));
    const person = resolved.get(speaking);
    if (person) return person;
  }
  return undefined;
}

/** The label of an unnamed speaker ("Er (40)") whose first word is the word written at `at`, if any. */
function anonymousLabelNamed(
  context: ExtractionContext,
  references: readonly PersonReference[],
  body: string,
  at: number,
): string | undefined {
  const word = /^\s*(\p{Lu}\p{L}*)/u.exec(body.slice(at, at + 40))?.[1];
  if (!word) return undefined;
  for (let k = firstReferenceFrom(references, at) - 1; k >= 0; k--) {
    const reference = references[k];
    if (!reference?.anonymous) continue;
    const label = body.slice(reference.start, reference.end);
    if (label.split(/\s/, 1)[0] === word && context.findPerson(word) === undefined) return label;
  }
  return undefined;
}

/**
 * "“…” Hal itu disampaikan Kepala Dinas X, Name": the speaker named after a phrase pointing back
 * at the quote and a passive speech verb, written right after it or opening the next paragraph.
 */
function attributedAfter(
  context: ExtractionContext,
  references: readonly PersonReference[],
  at: number,
  until: number,
): string | undefined {
  const body = context.body.text;
  const lead = ATTRIBUTION_AFTER.exec(body.slice(at, Math.min(until, at + 60)));
  const verb = lead?.[1]?.toLowerCase();
  if (!lead || !verb?.startsWith("di") || !NAMED.has(verb)) return undefined;
  const nameAt = at + lead[0].length;
  const candidate = references[firstReferenceFrom(references, nameAt)];
  if (!candidate || candidate.start > nameAt + 2 || candidate.start >= until) return undefined;
  return resolveReference(context, candidate);
}

interface PendingQuote {
  text: string;
  start: number;
  end: number;
  speaker?: string;
  speakerLabel?: string;
  confidence: number;
}

/**
 * Direct quotes and who said them: a speech verb after the quote names the speaker ("kata
 * Hemu") or points back to the last person named ("ujarnya"); otherwise the speaker is the
 * person named before the quote, in this paragraph or an earlier one. A quote left open at a
 * paragraph's end goes on in the next paragraph's quote, and is the same speaker's.
 */
export function extractQuotes(context: ExtractionContext, paragraphs: readonly Paragraph[]): QuoteFact[] {
  const body = context.body.text;
  const references = context.references
    .filter((r) => r.field === "body")
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const quotes: QuoteFact[] = [];
  const resolved = new Map<PersonReference, string | undefined>();
  const readers = readersOf(body, references);
  // The label of an unnamed speaker a quote went back to ("Er (40)"), by the quote's offset.
  const labels = new Map<number, string>();
  // The quoted spans read so far: people mentioned inside them are no speakers.
  const quoted: { start: number; end: number }[] = [];
  // Quotes left open at a paragraph's end with no attribution of their own, waiting for the
  // paragraph that carries the quote on.
  let openQuotes: PendingQuote[] = [];
  const emit = (quote: PendingQuote) => {
    if ((!quote.speaker && !quote.speakerLabel) || quotes.length >= LIMITS.quotes) return;
    quotes.push({
      text: quote.text.slice(0, 20_000),
      speaker: quote.speaker,
      speakerLabel: quote.speakerLabel,
      provenance: {
        field: "body",
        start: quote.start,
        end: Math.min(quote.end, quote.start + 20_000),
        confidence: quote.confidence,
      },
    });
  };
  for (const [index, paragraph] of paragraphs.entries()) {
    if (quotes.length >= LIMITS.quotes) break;
    const segments = quotedSegments(body, paragraph);
    // The chain of open quotes goes on only where this paragraph opens with a quote.
    if (segments[0]?.start !== paragraph.start + 1) {
      for (const open of openQuotes) emit(open);
      openQuotes = [];
    }
    for (const segment of segments) {
      quoted.push({ start: segment.start, end: segment.end });
      let start = segment.start;
      let end = segment.end;
      while (start < end && /\s/.test(body.charAt(start))) start++;
      while (end > start && /[\s,;:]/.test(body.charAt(end - 1))) end--;
      const text = body.slice(start, end);
      const after = body.slice(segment.close, Math.min(segment.close + 80, paragraph.end));
      const verb = VERB_AFTER_QUOTE.exec(after);
      const verbWord = verb?.[1]?.toLowerCase() ?? "";
      const wordCount = splitWordCount(text);
      // "“Kami siap,” kata Budi.": a short quote is speech, not a name, when a comma closes it
      // inside the marks and a speech verb follows.
      const spokenShort =
        wordCount >= MIN_SPOKEN_QUOTE_WORDS &&
        /,\s*$/.test(body.slice(start, segment.end)) &&
        (ANAPHORIC.has(verbWord) || NAMED.has(verbWord));
      if ((wordCount < MIN_QUOTE_WORDS && !spokenShort) || isQuotedName(body, segment.start, text)) continue;

      if (!ANAPHORIC.has(verbWord) && !NAMED.has(verbWord) && isTitleCaseName(text)) continue;
      let speaker: string | undefined;
      let confidence = 0.9;
      let attributed = false;
      if (ANAPHORIC.has(verbWord) || (verb?.[2] && NAMED.has(verbWord))) {
        speaker = lastSpeakerBefore(context, references, segment.start - 1, resolved, readers, labels, quoted);
        // "…,” tambahnya." after a paragraph that only mentions someone else: the one who adds
        // or goes on is the last quote's speaker, unless someone else has spoken since.
        // So does "…,” ujarnya." when the one named last was only the object of a sentence whose
        // subject is no person ("Sekolah mengutus Rina serta Budi dari jenjang guru.").
        const previous = quotes.at(-1);
        if (
          (CONTINUING.has(verbWord) || namedLastAsObject(context, references, segment.start, speaker, resolved)) &&
          previous?.speaker &&
          speaker !== previous.speaker &&
          !someoneElseSpeaks(context, references, previous.provenance.end, segment.start, previous.speaker, resolved)
        )
          speaker = previous.speaker;
        attributed = true;
      } else if (NAMED.has(verbWord) && verb) {
        attributed = true;
        const verbEnd = segment.close + verb[0].length;
        const candidate = references[firstReferenceFrom(references, verbEnd)];
        // "kata pria yang juga Ketua RT itu, Suyono.": the name may close a clause describing the speaker.
        // "ujar Ka.Kankemenag": the head's short word "Ka." may stand before a title read from the unit.
        let named =
          candidate && (candidate.start <= verbEnd + 2 || HEAD_WORD_BEFORE.test(body.slice(verbEnd, candidate.start)))
            ? candidate
            : undefined;
        // "ujar penasihat hukum Budi Santoso", "kata kuasa hukum terdakwa Rina": a role noun in
        // lowercase between the verb and the name describes the speaker, unless a word in it
        // turns to someone else ("kata dia kepada Budi").
        if (!named && candidate?.person) {
          const between = body.slice(verbEnd, candidate.start);
          const words = between.trim().split(/\s+/);
          if (
            /^\s+(?:\p{Ll}+\s+){1,4}$/u.test(between) &&
            !words.some((word) => NOT_ROLE_WORDS.has(word) || ANAPHORIC.has(word))
          )
            named = candidate;
        }
        if (!named && candidate?.person && /^\s*\p{Ll}/u.test(body.slice(verbEnd, verbEnd + 3))) {
          const sentenceEnd = body.indexOf(".", verbEnd);
          const reach = Math.min(sentenceEnd < 0 ? paragraph.end : sentenceEnd, verbEnd + 100);
          // Only the name that closes the describing clause, set off by its comma: a person
          // named later in the sentence ("… usai bertemu Gubernur X") is someone else.
          if (candidate.start <= reach && /,\s*$/.test(body.slice(verbEnd, candidate.start))) named = candidate;
        }
        // "kata Sekda" where the title's reference finds no holder of its own (the holder's title
        // was written another way, "Sekretaris Daerah Kabupaten (Sekkab) X"): the one holder of the title.
        speaker =
          (named ? resolveReference(context, named) : undefined) ??
          bareTitleHolder(context, verbEnd) ??
          topPersonOf(context, verbEnd);
        if (speaker && named?.person) holdUnnamedTitle(context, references, paragraph.start, segment.start, speaker);
        // "kata Er" after "Er (40), warga setempat, …": the speaker is known by the label written earlier.
        const label = speaker ? undefined : anonymousLabelNamed(context, references, body, verbEnd);
        if (label) {
          emit({ text, start, end, speakerLabel: label, confidence: 0.8 });
          continue;
        }
        // "ujar Er (40th)": a speaker named but not known is not the last person named.
        if (!speaker && /^\s*[\p{Lu}]/u.test(body.slice(verbEnd, verbEnd + 3))) continue;
      } else {
        // "“…” Hal itu disampaikan Name.", or the next paragraph opening so when the quote ends this one.
        speaker = attributedAfter(context, references, segment.close, paragraph.end);
        const next = paragraphs[index + 1];
        if (!speaker && next && /^[\s.,]*$/.test(body.slice(segment.close, paragraph.end)))
          speaker = attributedAfter(context, references, next.start, next.end);
        attributed = speaker !== undefined;
      }
      if (!speaker) {
        speaker = lastSpeakerBefore(context, references, segment.start - 1, resolved, readers, labels, quoted);
        confidence = 0.6;
      }
      const speakerLabel = speaker ? undefined : labels.get(segment.start - 1);
      const quote: PendingQuote = { text, start, end, speaker, speakerLabel, confidence };
      // A quote carried on from the last paragraph: the speaker this part gives is the whole quote's.
      if (segment.start === paragraph.start + 1 && openQuotes.length > 0) {
        for (const open of openQuotes) {
          if (speaker || speakerLabel) Object.assign(open, { speaker, speakerLabel, confidence });
          if (!(segment.open && !attributed)) emit(open);
        }
        if (!(segment.open && !attributed)) openQuotes = [];
      }
      if (segment.open && !attributed && openQuotes.length < LIMITS.quotes) openQuotes.push(quote);
      else emit(quote);
    }
  }
  for (const open of openQuotes) emit(open);
  return quotes;
}
