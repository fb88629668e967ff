import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ArticleDraft, type Provenance, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { normalizeName } from "../../src/ingest/normalize.ts";

const sources = [new URL("../../eval/articles/", import.meta.url), new URL("fixtures/", import.meta.url)];
const articles = sources.flatMap((directory) =>
  readdirSync(directory)
    .filter((file) => file.endsWith(".txt"))
    .map((file) => ({ file, text: readFileSync(new URL(file, directory), "utf8") })),
);

function sliceOf(draft: ArticleDraft, span: Provenance): string {
  return (span.field === "title" ? draft.article.title : draft.article.body).slice(span.start, span.end);
}

describe.each(articles)("spans of $file", ({ text }) => {
  const draft = parseArticleDraft(extractArticle(text));

  it("never start or end in whitespace or cover nothing", () => {
    const spans = [
      ...draft.people.flatMap((p) => p.mentions),
      ...draft.institutions.flatMap((i) => i.mentions),
      ...draft.places.flatMap((p) => p.mentions),
      ...draft.products.flatMap((p) => p.mentions),
      ...draft.positions.map((p) => p.provenance),
      ...draft.quotes.map((q) => q.provenance),
      ...draft.events.map((e) => e.provenance),
    ];
    for (const span of spans) {
      const slice = sliceOf(draft, span);
      expect(slice.trim()).toBe(slice);
      expect(slice.length).toBeGreaterThan(0);
    }
  });

  it("point at the words of what they name", () => {
    for (const person of draft.people) {
      const words = new Set([person.name, ...person.aliases].flatMap((n) => normalizeName(n).split(" ")));
      for (const mention of person.mentions) {
        for (const word of normalizeName(sliceOf(draft, mention)).split(" ")) expect(words).toContain(word);
      }
    }
    for (const quote of draft.quotes) expect(sliceOf(draft, quote.provenance)).toBe(quote.text);
    for (const position of draft.positions) expect(sliceOf(draft, position.provenance)).toContain(position.title);
  });
});
