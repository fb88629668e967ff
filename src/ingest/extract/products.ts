import type { PRODUCT_CATEGORIES } from "../draft.ts";
import productLexicon from "../lexicon/products.json" with { type: "json" };
import type { ExtractionContext, Span } from "./context.ts";

type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export interface ProductFact {
  name: string;
  category: ProductCategory;
  /** Institution identity of the producer. */
  producer?: string;
  mentions: Span[];
}

const PRODUCTS = productLexicon.products
  .map((p) => ({ words: p.phrase.split(" "), category: p.category as ProductCategory }))
  .sort((a, b) => b.words.length - a.words.length);
const PRODUCTS_BY_FIRST_WORD = new Map<string, typeof PRODUCTS>();
for (const product of PRODUCTS) {
  const first = product.words[0] ?? "";
  PRODUCTS_BY_FIRST_WORD.set(first, [...(PRODUCTS_BY_FIRST_WORD.get(first) ?? []), product]);
}
const CONTEXT_WORDS = productLexicon.contextWords;
const FACILITY_TYPES = new Set(["RUTAN", "LAPAS", "BAPAS", "LPKA"]);

/**
 * Products made by inmates, by category: only in articles that talk about products or work
 * (UMKM, karya, hasil, panen …), so "roti" in a police report is not a product.
 */
export function extractProducts(context: ExtractionContext, hostIdentity: string | undefined): ProductFact[] {
  const { tokens, text } = context.body;
  const lowerText = text.toLowerCase();
  if (!CONTEXT_WORDS.some((word) => lowerText.includes(word))) return [];
  const facilities = [...context.institutions.values()].filter((i) => FACILITY_TYPES.has(i.type));
  const producerFor = (offset: number): string | undefined => {
    if (hostIdentity) return hostIdentity;
    let nearest: { identity: string; start: number } | undefined;
    for (const facility of facilities) {
      for (const mention of facility.mentions) {
        if (mention.field === "body" && mention.start < offset && (!nearest || mention.start > nearest.start)) {
          nearest = { identity: facility.identity, start: mention.start };
        }
      }
    }
    return nearest?.identity ?? facilities[0]?.identity;
  };

  const byName = new Map<string, ProductFact>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = PRODUCTS_BY_FIRST_WORD.get(tokens[i]?.lower ?? "");
    const product = candidates?.find((p) => p.words.every((word, k) => tokens[i + k]?.lower === word));
    if (!product) continue;
    const first = tokens[i];
    const last = tokens[i + product.words.length - 1];
    if (!first || !last) continue;
    const written = text.slice(first.start, last.end).replace(/\s+/g, " ");
    const key = written.toLowerCase();
    let fact = byName.get(key);
    if (!fact) {
      if (byName.size >= 500) break;
      fact = {
        name: written.charAt(0).toUpperCase() + written.slice(1),
        category: product.category,
        producer: producerFor(first.start),
        mentions: [],
      };
      byName.set(key, fact);
    }
    if (fact.mentions.length < 1000)
      fact.mentions.push({ field: "body", start: first.start, end: last.end, confidence: 0.8 });
    i += product.words.length - 1;
  }
  return [...byName.values()];
}
