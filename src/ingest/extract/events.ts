import type { GazetteerPlace } from "../gazetteer/index.ts";
import eventLexicon from "../lexicon/events.json" with { type: "json" };
import type { Paragraph } from "./body.ts";
import type { ExtractionContext, Span } from "./context.ts";
import { findDates, isoDate } from "./dates.ts";
import { resolveGenericIdentity } from "./institutions.ts";
import { containsAnyOf, SPACE_RUNS } from "./patterns.ts";
import { resolveReference } from "./quotes.ts";
import { WordClass } from "./tokens.ts";
import { mentionsTopic, type TopicFact } from "./topics.ts";

export type EventRole = "LEAD" | "HOST" | "ACCOMPANYING" | "PARTICIPANT";

export interface EventFact {
  name: string;
  kind: string;
  date?: string;
  /** Institution identity of the host. */
  host?: string;
  /** Place of the event, as a gazetteer place of the context. */
  placeKey?: string;
  topics: string[];
  participants: { person: string; role: EventRole; provenance: Span }[];
  provenance: Span;
}

const EVENT_WORDS = eventLexicon.events
  .flatMap((event) => event.words.map((words) => ({ kind: event.kind, words: words.split(" ") })))
  .sort((a, b) => b.words.length - a.words.length);
const EVENT_FIRST_WORDS = new WordClass(EVENT_WORDS.map((event) => event.words[0]));
const LEAD_BEFORE = new Set(eventLexicon.leadMarkers.before.map((w) => w.toLowerCase()));
const LEAD_AFTER = new Set(eventLexicon.leadMarkers.after.map((w) => w.toLowerCase()));
const SKIP_AFTER = new Set(eventLexicon.leadMarkers.skipAfter);
const mentionsAccompanyWord = containsAnyOf(eventLexicon.accompanyWords.map((w) => w.toLowerCase()));
const MAX_EVENT_NAME = 200;

function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const char = text.charAt(i);
    if ((char === "." || char === "!" || char === "?") && /\s|$/.test(text.charAt(i + 1) || " ")) return i;
  }
  return limit;
}

/**
 * The main event an article reports: the first inspection, visit, launch, ceremony or meeting
 * word of the body, hosted by the institution named after "di", on the date written in the lede
 * (or the publication date), with the people of the article as participants.
 */
export function extractMainEvent(
  context: ExtractionContext,
  paragraphs: readonly Paragraph[],
  publishedDate: string | undefined,
  topics: readonly TopicFact[],
  datelinePlace?: GazetteerPlace,
): EventFact | undefined {
  const { tokens, text } = context.body;
  let found: { kind: string; at: number; to: number } | undefined;
  for (let i = 0; i < tokens.length && !found; i++) {
    if (!EVENT_FIRST_WORDS.holds(tokens[i])) continue;
    for (const event of EVENT_WORDS) {
      if (event.words.every((word, k) => tokens[i + k]?.lower === word)) {
        found = { kind: event.kind, at: i, to: i + event.words.length };
        break;
      }
    }
  }
  if (!found) return undefined;
  const startToken = tokens[found.at];
  if (!startToken) return undefined;
  const paragraph = paragraphs.find((p) => p.start <= startToken.start && startToken.start < p.end);
  const limit = paragraph?.end ?? text.length;
  const end = sentenceEnd(text, startToken.end, limit);

  // The host: the first institution named in the event's sentence after the event word.
  const hostCandidates = [...context.institutions.values()]
    .map((institution) => ({
      institution,
      mention: institution.mentions.find((m) => m.field === "body" && m.start > startToken.start && m.end <= end),
    }))
    .filter((c) => c.mention !== undefined)
    .sort((a, b) => (a.mention?.start ?? 0) - (b.mention?.start ?? 0));
  const host = hostCandidates[0]?.institution;
  const spanEnd = hostCandidates[0]?.mention?.end ?? Math.min(end, startToken.start + MAX_EVENT_NAME);
  const spanText = text.slice(startToken.start, spanEnd).replace(SPACE_RUNS, " ").trim();
  const name = spanText.charAt(0).toUpperCase() + spanText.slice(1);

  const lede = paragraphs[0] ? text.slice(paragraphs[0].start, paragraphs[0].end) : "";
  const written = findDates(lede.slice(0, 2000)).find((d) => d.year !== undefined);
  const date = written?.year !== undefined ? isoDate({ ...written, year: written.year }) : publishedDate;

  const participants = eventParticipants(context, host ? host.identity : undefined);
  return {
    name: name.slice(0, 500),
    kind: found.kind,
    date,
    host: host?.identity,
    // Where the host is, or else where the story is datelined.
    placeKey: host?.place
      ? context.places.get(host.place)?.key
      : datelinePlace && context.places.get(datelinePlace)?.key,
    topics: topics.filter((t) => mentionsTopic(spanText, t.name)).map((t) => t.name),
    participants,
    provenance: { field: "body", start: startToken.start, end: Math.max(spanEnd, startToken.end), confidence: 0.8 },
  };
}

function eventParticipants(context: ExtractionContext, hostIdentity: string | undefined): EventFact["participants"] {
  const { tokens, text } = context.body;
  // Tokens are in order, so the token at an offset is found by halving.
  const tokenIndexAt = (offset: number, edge: "start" | "end"): number | undefined => {
    let low = 0;
    let high = tokens.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = tokens[middle]?.[edge] ?? 0;
      if (value === offset) return middle;
      if (value < offset) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };
  const lowerText = text.toLowerCase();
  const accompanied = mentionsAccompanyWord(lowerText);

  const leads = new Set<string>();
  for (const reference of context.references) {
    if (reference.field !== "body") continue;
    const person = resolveReference(context, reference);
    if (!person) continue;
    const first = tokenIndexAt(reference.start, "start");
    const last = tokenIndexAt(reference.end, "end");
    const before = first !== undefined ? tokens[first - 1]?.lower : undefined;
    let after = last !== undefined ? tokens[last + 1] : undefined;
    // "… Putra dengan didampingi …"
    if (after && SKIP_AFTER.has(after.lower) && last !== undefined) after = tokens[last + 2];
    if ((before && LEAD_BEFORE.has(before)) || (after && LEAD_AFTER.has(after.lower) && after.lower !== "melakukan")) {
      leads.add(person);
    }
  }

  const participants: EventFact["participants"] = [];
  for (const person of context.people.values()) {
    const position = context.positions.find((p) => p.person === person.key);
    const provenance = position?.provenance ?? person.mentions[0];
    if (!provenance) continue;
    const atHost =
      hostIdentity !== undefined &&
      context.positions.some(
        (p) =>
          p.person === person.key && p.institution && resolveGenericIdentity(context, p.institution) === hostIdentity,
      );
    const role: EventRole = leads.has(person.key)
      ? "LEAD"
      : atHost
        ? "HOST"
        : accompanied && leads.size > 0
          ? "ACCOMPANYING"
          : "PARTICIPANT";
    participants.push({ person: person.key, role, provenance });
  }
  return participants;
}
