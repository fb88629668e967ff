import speechLexicon from "../lexicon/speech-verbs.json" with { type: "json" };
import type { Paragraph } from "./body.ts";
import { type ExtractionContext, LIMITS, type PersonReference, type Span } from "./context.ts";
import { resolveGenericIdentity } from "./institutions.ts";
import { alternation } from "./patterns.ts";

export interface QuoteFact {
  text: string;
  /** The person's key, or undefined when the speaker is known only by a label. */
  speaker?: string;
  speakerLabel?: string;
  provenance: Span;
}

const ANAPHORIC = new Set(speechLexicon.anaphoric.map((verb) => verb.toLowerCase()));
const NAMED = new Set(speechLexicon.named.map((verb) => verb.toLowerCase()));
const OPENING_TO_CLOSING: Record<string, string> = { "“": "”", '"': '"', "«": "»", "„": "“", "”": "”" };
const BRAND_MARKERS = new Set(speechLexicon.brandMarkers);
const MAX_BRAND_WORDS = 6;

/** "produk “Sambal Roa Pedas Manis”": a quoted name after a word that introduces one is not speech. */
function isQuotedName(body: string, start: number, text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > MAX_BRAND_WORDS || /[.!?,]/.test(text)) return false;
  const before = /(\p{L}+)\s*$/u.exec(body.slice(Math.max(0, start - 40), start - 1))?.[1]?.toLowerCase();
  return before !== undefined && BRAND_MARKERS.has(before);
}
const MIN_QUOTE_WORDS = 4;
/** Words that, between a speech verb and a name, make the name someone other than the speaker. */
const NOT_ROLE_WORDS = new Set(speechLexicon.notRoleWords);
// The speech verb after a closing quote, and a pronoun after it ("kata dia").
const VERB_AFTER_QUOTE = new RegExp(`^[\\s,.]*(\\p{L}+)(?:\\s+(${alternation(speechLexicon.pronouns)})\\b)?`, "iu");

/** Quoted passages of a paragraph; an opening mark left open runs to the paragraph's end. */
function quotedSegments(body: string, paragraph: Paragraph): { start: number; end: number; close: number }[] {
  const segments: { start: number; end: number; close: number }[] = [];
  // Searching within the paragraph alone keeps unbalanced marks from costing a scan of the body each.
  const text = body.slice(paragraph.start, paragraph.end);
  const openings = /[“"«„”]/g;
  for (let opening = openings.exec(text); opening !== null; opening = openings.exec(text)) {
    const i = opening.index;
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
    let close = text.indexOf(closing, i + 1);
    if (close === -1) close = text.length;
    segments.push({
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
  const institution = reference.institution ? resolveGenericIdentity(context, reference.institution) : undefined;
  const holdersOf = (positions: typeof context.positions) => new Set(positions.map((p) => p.person));
  let holders = holdersOf(
    context.positions.filter(
      (p) =>
        p.role === reference.role &&
        (!institution ||
          (p.institution !== undefined && resolveGenericIdentity(context, p.institution) === institution)),
    ),
  );
  if (holders.size === 0 && institution) {
    holders = holdersOf(
      context.positions.filter(
        (p) => p.institution !== undefined && resolveGenericIdentity(context, p.institution) === institution,
      ),
    );
  }
  return holders.size === 1 ? [...holders][0] : undefined;
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

function lastSpeakerBefore(
  context: ExtractionContext,
  references: readonly PersonReference[],
  offset: number,
  resolved: Map<PersonReference, string | undefined>,
  labels?: Map<number, string>,
): string | undefined {
  const body = context.body.text;
  for (let k = firstReferenceFrom(references, offset) - 1; k >= 0; k--) {
    const reference = references[k];
    if (!reference || reference.end > offset) continue;
    if (reference.anonymous) {
      labels?.set(offset, body.slice(reference.start, reference.end));
      return undefined;
    }
    if (!resolved.has(reference)) resolved.set(reference, resolveReference(context, reference));
    const person = resolved.get(reference);
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
 * Direct quotes and who said them: a speech verb after the quote names the speaker ("kata
 * Hemu") or points back to the last person named ("ujarnya"); otherwise the speaker is the
 * person named before the quote, in this paragraph or an earlier one.
 */
export function extractQuotes(context: ExtractionContext, paragraphs: readonly Paragraph[]): QuoteFact[] {
  const body = context.body.text;
  const references = context.references
    .filter((r) => r.field === "body")
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const quotes: QuoteFact[] = [];
  const resolved = new Map<PersonReference, string | undefined>();
  // The label of an unnamed speaker a quote went back to ("Er (40)"), by the quote's offset.
  const labels = new Map<number, string>();
  for (const paragraph of paragraphs) {
    if (quotes.length >= LIMITS.quotes) break;
    for (const segment of quotedSegments(body, paragraph)) {
      let start = segment.start;
      let end = segment.end;
      while (start < end && /\s/.test(body.charAt(start))) start++;
      while (end > start && /[\s,;:]/.test(body.charAt(end - 1))) end--;
      const text = body.slice(start, end);
      if (text.split(/\s+/).length < MIN_QUOTE_WORDS || isQuotedName(body, segment.start, text)) continue;

      const after = body.slice(segment.close, Math.min(segment.close + 80, paragraph.end));
      const verb = VERB_AFTER_QUOTE.exec(after);
      const verbWord = verb?.[1]?.toLowerCase() ?? "";
      let speaker: string | undefined;
      let confidence = 0.9;
      if (ANAPHORIC.has(verbWord) || (verb?.[2] && NAMED.has(verbWord))) {
        speaker = lastSpeakerBefore(context, references, segment.start - 1, resolved, labels);
      } else if (NAMED.has(verbWord) && verb) {
        const verbEnd = segment.close + verb[0].length;
        const candidate = references[firstReferenceFrom(references, verbEnd)];
        // "kata pria yang juga Ketua RT itu, Suyono.": the name may close a clause describing the speaker.
        let named = candidate && candidate.start <= verbEnd + 2 ? candidate : undefined;
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
        speaker = named ? resolveReference(context, named) : undefined;
        // "kata Er" after "Er (40), warga setempat, …": the speaker is known by the label written earlier.
        const label = speaker ? undefined : anonymousLabelNamed(context, references, body, verbEnd);
        if (label) {
          quotes.push({
            text: text.slice(0, 20_000),
            speakerLabel: label,
            provenance: { field: "body", start, end: Math.min(end, start + 20_000), confidence: 0.8 },
          });
          continue;
        }
        // "ujar Er (40th)": a speaker named but not known is not the last person named.
        if (!speaker && /^\s*[\p{Lu}]/u.test(body.slice(verbEnd, verbEnd + 3))) continue;
      }
      if (!speaker) {
        speaker = lastSpeakerBefore(context, references, segment.start - 1, resolved, labels);
        confidence = 0.6;
      }
      const speakerLabel = speaker ? undefined : labels.get(segment.start - 1);
      if ((!speaker && !speakerLabel) || quotes.length >= 1000) continue;
      quotes.push({
        text: text.slice(0, 20_000),
        speaker,
        speakerLabel,
        provenance: { field: "body", start, end: Math.min(end, start + 20_000), confidence },
      });
    }
  }
  return quotes;
}
