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

/**
 * Topics of an article: a topic's phrase written out counts fully; its words written apart
 * ("program kemandirian" … "pembinaan") count with less confidence.
 */
export function extractTopics(title: string, body: string): TopicFact[] {
  const text = `${title}\n${body}`;
  const lowerText = text.toLowerCase();
  const topics: TopicFact[] = [];
  for (const topic of TOPICS) {
    if (topic.phrases.some((phrase) => containsPhrase(text, lowerText, phrase, topic.caseSensitive === true))) {
      topics.push({ name: topic.name, confidence: 1 });
    } else if (topic.cooccurring?.every((word) => containsPhrase(text, lowerText, word, false))) {
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
