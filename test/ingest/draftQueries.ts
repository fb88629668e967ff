import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * What the extractor's rule tests read back from a draft: each rule's test states a made-up sentence
 * and the people, institutions, posts or speakers it must give, in these shapes.
 */

/** Reads made-up paragraphs as the body of an article under the given headline. */
export function draftReader(title: string): (...paragraphs: string[]) => ArticleDraft {
  return (...paragraphs) => parseArticleDraft(extractArticle(`${title}\n\n${paragraphs.join("\n\n")}`));
}

export const peopleNames = (draft: ArticleDraft) => draft.people.map((p) => p.name).sort();

export const institutionNames = (draft: ArticleDraft) => draft.institutions.map((i) => i.name).sort();

/** Every post as "holder @ institution" ("-" for a post with none), in the draft's order. */
export function holdersAt(draft: ArticleDraft): string[] {
  const people = new Map(draft.people.map((p) => [p.key, p.name]));
  const institutions = new Map(draft.institutions.map((i) => [i.key, i.name]));
  return draft.positions.map(
    (p) => `${people.get(p.person)} @ ${p.institution ? institutions.get(p.institution) : "-"}`,
  );
}

/** The first post of the person named `name`: its role and its institution's short name (or name). */
export function positionOf(draft: ArticleDraft, name: string) {
  const person = draft.people.find((p) => p.name === name);
  const position = draft.positions.find((p) => p.person === person?.key);
  const institution = draft.institutions.find((i) => i.key === position?.institution);
  return { role: position?.role, institution: institution?.shortName ?? institution?.name };
}

/** The name of the speaker of the quote that starts with `quoteStart`. */
export function speakerOf(draft: ArticleDraft, quoteStart: string): string | undefined {
  const quote = draft.quotes.find((q) => q.text.startsWith(quoteStart));
  return draft.people.find((p) => p.key === quote?.speaker)?.name;
}

/** Every post of the person named `name` as "role @ institution" ("-" for a post with none), in the draft's order. */
export function postsOf(draft: ArticleDraft, name: string): string[] {
  const person = draft.people.find((p) => p.name === name);
  const institutions = new Map(draft.institutions.map((i) => [i.key, i.name]));
  return draft.positions
    .filter((p) => p.person === person?.key)
    .map((p) => `${p.role} @ ${p.institution ? institutions.get(p.institution) : "-"}`);
}
