import type { PRODUCT_CATEGORIES } from "../draft.ts";
import productLexicon from "../lexicon/products.json" with { type: "json" };
import type { ExtractionContext, Span } from "./context.ts";
import { containsAnyOf, SPACE_RUNS } from "./patterns.ts";
import { type Token, WordClass } from "./tokens.ts";

type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export interface ProductFact {
  name: string;
  category: ProductCategory;
  /** Institution identity of the producer. */
  producer?: string;
  mentions: Span[];
}

const HEADS = new Map<string, ProductCategory>();
for (const [category, heads] of Object.entries(productLexicon.heads)) {
  for (const head of heads) HEADS.set(head, category as ProductCategory);
}
const HEADS_NEEDING_MODIFIER = new Set(productLexicon.headsNeedingModifier);
const LIST_MARKERS = productLexicon.listMarkers.map((marker) => marker.split(" "));
const SEPARATORS = new Set(productLexicon.separators);
const STOP_WORDS = new Set(productLexicon.itemStopWords);
const TRAILING_WORDS = new Set(productLexicon.trailingWords);
const mentionsContextWord = containsAnyOf(productLexicon.contextWords);
const FACILITY_TYPES = new Set(["RUTAN", "LAPAS", "BAPAS", "LPKA"]);
const LIST_WORDS = new Set(productLexicon.listWords);
/** Words for a product's form or stage before its head noun ("adonan batako"): the item starts at the head. */
const ITEM_LEAD_WORDS = new Set(productLexicon.itemLeadWords);
const MAX_ITEM_WORDS = 6;
const MAX_LIST_ITEMS = 15;

const MARKER_FIRST_WORDS = new WordClass(LIST_MARKERS.map((marker) => marker[0]));

function markerEndAt(tokens: readonly Token[], at: number): number {
  if (!MARKER_FIRST_WORDS.holds(tokens[at])) return -1;
  for (const marker of LIST_MARKERS) {
    if (marker.every((word, k) => tokens[at + k]?.lower === word)) return at + marker.length;
  }
  return -1;
}

/**
 * One list item starting at `at`: a product head noun ("kerajinan", "kopi", "rak") and the
 * words that qualify it ("tangan", "sepatu", "khas Lampung"), up to a separator or a word that
 * cannot qualify a product. "produk olahan makanan" keeps its "produk".
 */
function readItem(tokens: readonly Token[], at: number): { to: number; category: ProductCategory } | undefined {
  let headAt = at;
  if (tokens[at]?.lower === "produk" && HEADS.has(tokens[at + 1]?.lower ?? "")) headAt = at + 1;
  const head = tokens[headAt];
  const category = head?.isWord ? HEADS.get(head.lower) : undefined;
  if (!head || !category) return undefined;
  let to = headAt + 1;
  while (to - at < MAX_ITEM_WORDS) {
    const token = tokens[to];
    if (!token) break;
    // "sandal (eceng gondok)": a bracketed material belongs to the item.
    if (token.text === "(") {
      const close = tokens.findIndex((t, k) => k > to && k < to + 5 && t.text === ")");
      if (close > 0) {
        to = close + 1;
        continue;
      }
      break;
    }
    // "sandal dari bahan limbah": the material an item is made of belongs to it.
    if (token.lower === "dari" && tokens[to + 1]?.lower === "bahan") {
      to += 2;
      continue;
    }
    if (!token.isWord || STOP_WORDS.has(token.lower) || SEPARATORS.has(token.lower)) break;
    // Capitalised words only after "khas" ("batik khas Lampung") or in a brand written capitalised.
    if (token.capitalized && tokens[to - 1]?.lower !== "khas" && !head.capitalized) break;
    if (/^\d/.test(token.text)) break;
    to++;
  }
  if (HEADS_NEEDING_MODIFIER.has(head.lower) && to === headAt + 1) return undefined;
  while (to > headAt + 1 && TRAILING_WORDS.has(tokens[to - 1]?.lower ?? "")) to--;
  return { to, category };
}

/**
 * Products from list constructions: "berupa lemari, rak sepatu, hingga kotak tisu", "mulai dari
 * kerajinan tangan, kuliner olahan, hingga produksi kreatif lainnya", "produk kopi". Each item
 * must start with a product head noun. Only in articles that talk about products or work.
 */
export function extractProducts(context: ExtractionContext, hostIdentity: string | undefined): ProductFact[] {
  const { tokens, text } = context.body;
  const lowerText = text.toLowerCase();
  if (!mentionsContextWord(lowerText)) return [];
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
  const record = (from: number, to: number, category: ProductCategory) => {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    const written = text.slice(first.start, last.end).replace(SPACE_RUNS, " ");
    const key = written.toLowerCase();
    let fact = byName.get(key);
    if (!fact) {
      if (byName.size >= 500) return;
      fact = {
        name: written.charAt(0).toUpperCase() + written.slice(1),
        category,
        producer: producerFor(first.start),
        mentions: [],
      };
      byName.set(key, fact);
    }
    if (fact.mentions.length < 1000)
      fact.mentions.push({ field: "body", start: first.start, end: last.end, confidence: 0.7 });
  };

  for (let i = 0; i < tokens.length; i++) {
    const markerEnd = markerEndAt(tokens, i);
    if (markerEnd < 0) continue;
    let at = markerEnd;
    // "berupa produk-produk …", "seperti aneka …": list words before the first item.
    for (let items = 0; items < MAX_LIST_ITEMS; items++) {
      while (LIST_WORDS.has(tokens[at]?.lower ?? "")) at++;
      if (ITEM_LEAD_WORDS.has(tokens[at]?.lower ?? "") && HEADS.has(tokens[at + 1]?.lower ?? "")) at++;
      const item = readItem(tokens, at);
      if (item) {
        record(at, item.to, item.category);
        at = item.to;
      } else if (items === 0) break;
      // "… hingga membuat kursi …": another list marker starts a list of its own.
      else if (markerEndAt(tokens, at) >= 0) break;
      else {
        // An item without a product head ends the list unless a separator follows soon.
        let skip = at;
        while (skip < at + MAX_ITEM_WORDS && tokens[skip]?.isWord && !SEPARATORS.has(tokens[skip]?.lower ?? "")) skip++;
        if (skip === at) break;
        at = skip;
      }
      let next = at;
      while (tokens[next] && (tokens[next]?.text === "," || SEPARATORS.has(tokens[next]?.lower ?? ""))) next++;
      if (next === at || tokens[next]?.text === ".") break;
      at = next;
    }
    i = Math.max(i, at - 1);
  }
  return [...byName.values()];
}
