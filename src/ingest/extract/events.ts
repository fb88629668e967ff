import type { GazetteerPlace } from "../gazetteer/index.ts";
import groupLexicon from "../lexicon/eventGroups.json" with { type: "json" };
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
  /** Groups and institutions taking part, as the article names them ("Kepala UPT se-Eks Karesidenan Pati"). */
  groups: GroupParticipant[];
  provenance: Span;
}

export interface GroupParticipant {
  /** the group as written, without a quantifier such as "para" */
  label: string;
  /** identity of the institution the group is (or is the staff of: "jajaran Polres Blora") */
  institution?: string;
  role: EventRole;
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
  let spanEnd = hostCandidates[0]?.mention?.end ?? Math.min(end, startToken.start + MAX_EVENT_NAME);
  // A span cut at the length limit right after a word ends before the space that followed it.
  while (spanEnd > startToken.end && /\s/.test(text.charAt(spanEnd - 1))) spanEnd--;
  const spanText = text.slice(startToken.start, spanEnd).replace(SPACE_RUNS, " ").trim();
  const name = spanText.charAt(0).toUpperCase() + spanText.slice(1);

  const lede = paragraphs[0] ? text.slice(paragraphs[0].start, paragraphs[0].end) : "";
  const written = findDates(lede.slice(0, 2000)).find((d) => d.year !== undefined);
  const date = written?.year !== undefined ? isoDate({ ...written, year: written.year }) : publishedDate;

  const participants = eventParticipants(context, host ? host.identity : undefined);
  const groups = groupParticipants(context, host ? host.identity : undefined);
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
    groups,
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

const QUANTIFIERS = new Set(groupLexicon.quantifiers);
const COLLECTIVES = new Set(groupLexicon.collectives);
const phrases = (list: readonly string[]) => list.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
const ATTENDANCE_BEFORE = phrases(groupLexicon.attendanceBefore);
/** The last words of the attendance phrases: only a run after one of them may follow a phrase. */
const ATTENDANCE_LAST_WORDS = new Set(ATTENDANCE_BEFORE.map((words) => words[words.length - 1]));
const ACCOMPANY_BEFORE = phrases(groupLexicon.accompanyBefore);
const ACCOMPANY_AFTER = new Set(groupLexicon.accompanyAfter);
const SKIP_AFTER_GROUP = new Set(groupLexicon.skipAfter);
const NOT_GROUPS = new Set(groupLexicon.notGroups.map((w) => w.toLowerCase()));
const MAX_GROUPS = 100;

/**
 * Groups and institutions that take part in the article's event, read from general
 * constructions rather than names: a capitalised title or body with a region after "se-"
 * ("Kepala UPT Pemasyarakatan se-Eks Karesidenan Pati"), one after a quantifier or a collective
 * ("para Kepala Desa", "jajaran Forkopimda Kabupaten Blora"), and an institution named right
 * after an attendance phrase ("dihadiri oleh Polres Blora", "bersama Dinas Sosial"). A group that
 * accompanies ("… turut mendampingi", "didampingi …") is ACCOMPANYING; the host is left out.
 */
export function groupParticipants(context: ExtractionContext, hostIdentity: string | undefined): GroupParticipant[] {
  const { tokens, text } = context.body;
  const isCapitalisedWord = (i: number) => tokens[i]?.isWord === true && tokens[i]?.capitalized === true;
  const endsPhrase = (list: string[][], end: number) =>
    list.some((words) => words.every((word, k) => tokens[end - words.length + k]?.lower === word));
  const institutionMentions = [...context.institutions.values()].flatMap((institution) =>
    institution.mentions.filter((m) => m.field === "body").map((m) => ({ identity: institution.identity, ...m })),
  );
  const placeMentions = [...context.places.values()].flatMap((place) =>
    place.mentions.filter((m) => m.field === "body"),
  );
  const personMentions = [...context.people.values()].flatMap((person) =>
    person.mentions.filter((m) => m.field === "body"),
  );

  const groups: GroupParticipant[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length && groups.length < MAX_GROUPS; i++) {
    const word = tokens[i]?.lower ?? "";
    const quantified = QUANTIFIERS.has(word);
    const collective = COLLECTIVES.has(word);
    const headStart = quantified || collective ? i + 1 : i;
    // a head starts a run of capitalised words: not the middle of a name
    if (!isCapitalisedWord(headStart) || (!quantified && !collective && isCapitalisedWord(i - 1))) continue;
    let end = headStart;
    while (end - headStart < groupLexicon.maxHeadWords && isCapitalisedWord(end) && tokens[end]?.lower !== "se") end++;
    const headEnd = end;
    // a capitalised run longer than any group's name is a cut phrase, not a group
    const cut = isCapitalisedWord(end) && tokens[end]?.lower !== "se";
    // "se-<region>": "se", a hyphen and the region, all written together
    let region = false;
    if (
      tokens[end]?.lower === "se" &&
      tokens[end + 1]?.text === "-" &&
      tokens[end + 1]?.spaced === false &&
      isCapitalisedWord(end + 2) &&
      tokens[end + 2]?.spaced === false
    ) {
      const regionStart = tokens[end + 2]?.start ?? 0;
      const place = placeMentions.find((m) => m.start === regionStart);
      end += 2;
      if (place) {
        while ((tokens[end]?.end ?? Number.POSITIVE_INFINITY) <= place.end) end++;
      } else {
        const limit = end + groupLexicon.maxRegionWords;
        while (end < limit && isCapitalisedWord(end)) end++;
      }
      region = true;
    }
    const first = tokens[headStart];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    const attended = ATTENDANCE_LAST_WORDS.has(tokens[i - 1]?.lower) && endsPhrase(ATTENDANCE_BEFORE, i);
    // most capitalised runs are no group at all: only a region, a quantifier or collective before
    // a head, or an attendance phrase may make one, so the mention searches below wait for that
    if (!region && !((quantified || collective) && headEnd > headStart) && !attended) {
      i = Math.max(i, end - 1);
      continue;
    }
    // a group across a region ("KUA se-Kabupaten Wajo") is many institutions, not the one named first
    const institution = region
      ? undefined
      : institutionMentions.find((m) => m.start === first.start && m.end <= last.end);
    // "seluruh Indonesia": a quantified place is somewhere, not someone
    const headIsPlace = placeMentions.some(
      (m) => m.start <= first.start && m.end >= (tokens[headEnd - 1]?.end ?? last.end),
    );
    const accepted =
      region ||
      ((quantified || collective) && headEnd > headStart) ||
      (attended && institution !== undefined && institution.end === last.end);
    // a person ("bersama Kepala Rutan Demak, Hemu") is a participant of their own, not a group
    const namesPerson = personMentions.some((m) => m.start < last.end && m.end > first.start);
    const headText = text.slice(first.start, tokens[headEnd - 1]?.end ?? last.end).toLowerCase();
    if (!accepted || namesPerson || cut || (headIsPlace && !region) || NOT_GROUPS.has(headText)) {
      i = Math.max(i, end - 1);
      continue;
    }
    if (institution && hostIdentity !== undefined && institution.identity === hostIdentity) {
      i = end - 1;
      continue;
    }
    const labelStart = (collective ? tokens[i] : first)?.start ?? first.start;
    const label = text.slice(labelStart, last.end).replace(SPACE_RUNS, " ").trim().slice(0, 300);
    let after = end;
    while (SKIP_AFTER_GROUP.has(tokens[after]?.lower ?? "")) after++;
    const accompanying = ACCOMPANY_AFTER.has(tokens[after]?.lower ?? "") || endsPhrase(ACCOMPANY_BEFORE, i);
    const key = label.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      groups.push({
        label,
        ...(institution ? { institution: institution.identity } : {}),
        role: accompanying ? "ACCOMPANYING" : "PARTICIPANT",
        provenance: { field: "body", start: labelStart, end: last.end, confidence: 0.7 },
      });
    }
    i = end - 1;
  }
  return groups;
}
