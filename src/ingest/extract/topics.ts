import topicLexicon from "../lexicon/topics.json" with { type: "json" };

export interface TopicFact {
  name: string;
  confidence: number;
}

interface TopicSpec {
  name: string;
  phrases: string[];
  caseSensitive?: boolean;
  cooccurring?: string[];
}

const TOPICS: TopicSpec[] = topicLexicon.topics;

function containsPhrase(text: string, lowerText: string, phrase: string, caseSensitive: boolean): boolean {
  const haystack = caseSensitive ? text : lowerText;
  const needle = caseSensitive ? phrase : phrase.toLowerCase();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Phrases searched in the text as written, and the rest in lowercase, each with one scan. */
const CASED_PHRASES = [...new Set(TOPICS.filter((t) => t.caseSensitive).flatMap((t) => t.phrases))];
const LOWER_PHRASES = [
  ...new Set(
    TOPICS.flatMap((t) => [...(t.caseSensitive ? [] : t.phrases), ...(t.cooccurring ?? [])]).map((p) =>
      p.toLowerCase(),
    ),
  ),
];
if ([...CASED_PHRASES, ...LOWER_PHRASES].includes("")) throw new Error("a topic phrase is empty");

const escaped = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
const anyOf = (phrases: readonly string[]) => new RegExp(phrases.map(escaped).join("|") || "(?!)", "g");
const CASED_PATTERN = anyOf(CASED_PHRASES);
const LOWER_PATTERN = anyOf(LOWER_PHRASES);

/**
 * Which phrases stand in the text between non-word characters. One scan finds every position
 * where some phrase starts (restarting one character on, so overlapping phrases are all seen);
 * each phrase is then checked there as containsPhrase checks it.
 */
function phrasesIn(haystack: string, pattern: RegExp, phrases: readonly string[]): Set<string> {
  const found = new Set<string>();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(haystack); match !== null; match = pattern.exec(haystack)) {
    const at = match.index;
    for (const phrase of phrases) {
      if (found.has(phrase) || !haystack.startsWith(phrase, at)) continue;
      const before = haystack.charAt(at - 1);
      const after = haystack.charAt(at + phrase.length);
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.add(phrase);
    }
    pattern.lastIndex = at + 1;
  }
  return found;
}

/**
 * Topics of an article: a topic's phrase written out counts fully; its words written apart
 * ("program kemandirian" … "pembinaan") count with less confidence.
 */
export function extractTopics(title: string, body: string): TopicFact[] {
  const text = `${title}\n${body}`;
  const cased = phrasesIn(text, CASED_PATTERN, CASED_PHRASES);
  const lower = phrasesIn(text.toLowerCase(), LOWER_PATTERN, LOWER_PHRASES);
  const topics: TopicFact[] = [];
  for (const topic of TOPICS) {
    if (topic.phrases.some((phrase) => (topic.caseSensitive ? cased.has(phrase) : lower.has(phrase.toLowerCase())))) {
      topics.push({ name: topic.name, confidence: 1 });
    } else if (topic.cooccurring?.every((word) => lower.has(word.toLowerCase()))) {
      topics.push({ name: topic.name, confidence: 0.8 });
    }
  }
  return topics;
}

/** Whether a span of text mentions a topic by one of its phrases. */
export function mentionsTopic(text: string, topicName: string): boolean {
  const topic = TOPICS.find((t) => t.name === topicName);
  const lowerText = text.toLowerCase();
  return (
    topic?.phrases.some((phrase) => containsPhrase(text, lowerText, phrase, topic.caseSensitive === true)) ?? false
  );
}
