import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftViews } from "../../eval/score.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

const root = new URL("../../", import.meta.url);
const seedText = readFileSync(new URL("eval/articles/seed.txt", root), "utf8");
const curated = parseArticleDraft(
  JSON.parse(readFileSync(new URL("prisma/seed/seed-article.draft.json", root), "utf8")),
);
const extracted = parseArticleDraft(extractArticle(seedText));

describe("the seed article", () => {
  const expectedViews = draftViews(curated);
  const actualViews = draftViews(extracted);

  it.each(Object.keys(expectedViews))("reads %s as the curated draft does", (view) => {
    expect(actualViews[view]).toEqual(expectedViews[view]);
  });

  it("derives the same lede and slug", () => {
    expect(extracted.article.lede).toBe(curated.article.lede);
    expect(extracted.article.slug).toBe(curated.article.slug);
  });

  it("points every span at text that names what it claims", () => {
    const slice = (p: { field: "title" | "body"; start: number; end: number }) =>
      (p.field === "title" ? extracted.article.title : extracted.article.body).slice(p.start, p.end);
    const normalized = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
    for (const person of extracted.people) {
      for (const mention of person.mentions) expect(normalized(person.name)).toContain(normalized(slice(mention)));
    }
    for (const place of extracted.places) {
      const names = [place.name, ...place.aliases].map(normalized);
      for (const mention of place.mentions) {
        expect(names.some((name) => name.includes(normalized(slice(mention))))).toBe(true);
      }
    }
    for (const institution of extracted.institutions) {
      const names = [institution.name, institution.shortName ?? "", ...institution.aliases].map(normalized).join(" ");
      for (const mention of institution.mentions) {
        const words = normalized(slice(mention))
          .split(/[^\p{L}]+/u)
          .filter((w) => w.length > 3);
        expect(words.length).toBeGreaterThan(0);
        for (const word of words) expect(names).toContain(word.slice(0, 4));
      }
    }
    for (const quote of extracted.quotes) expect(slice(quote.provenance)).toBe(quote.text);
    for (const position of extracted.positions) expect(slice(position.provenance)).toContain(position.title);
    for (const product of extracted.products) {
      for (const mention of product.mentions) expect(normalized(slice(mention))).toBe(normalized(product.name));
    }
  });
});
