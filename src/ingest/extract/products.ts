import type { PRODUCT_CATEGORIES } from "../draft.ts";
import { gazetteer } from "../gazetteer/index.ts";
import productLexicon from "../lexicon/products.json" with { type: "json" };
import type { ExtractionContext, Span } from "./context.ts";
import { containsAnyOf, DEMONSTRATIVES, SPACE_RUNS } from "./patterns.ts";
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
/** Words that say a list holds goods: "produk unggulan berupa …", "menjual …". */
const GOVERNING_WORDS = new Set(productLexicon.governingWords);
/** Verbs whose object list is goods when it lists two or more things: "memproduksi sabun cair, minyak …". */
const GOVERNING_VERBS = new Set(productLexicon.governingVerbs);
/** Words an item without a head noun cannot hold: pronouns and producers ("produk koperasi dan UKM"). */
const PLAIN_ITEM_STOP_WORDS = new Set(productLexicon.plainItemStopWords);
/** "mengelas besi", "bertukang": an activity, not a good. */
const VERB_SHAPE = /^(?:me|ber|ter)\p{Ll}{4,}$/u;
/** "berlangsung", "tersedia": a ber-/ter- verb after goods; not me- ("emping melinjo"). */
const INTRANSITIVE_SHAPE = /^(?:ber|ter)\p{Ll}{4,}$/u;
/** Markers that open a list of anything ("seperti", "berupa"): a product word before them makes it a product list. */
const GOVERNED_MARKERS = productLexicon.governedMarkers.map((marker) => marker.split(" "));
/** Capitalised words after a head noun that are not a brand: a region, a day, a title before a name. */
const BRAND_STOP_WORDS = new Set(productLexicon.brandStopWords);
/** At most this many words in an item the list's context, not its head noun, makes a product. */
const MAX_PLAIN_ITEM_WORDS = 3;
/** At most this many words in the material after "dari" ("dari kain perca"). */
const MAX_MATERIAL_WORDS = 3;
/** Words after goods that name their maker: "batik buatan warga binaan", "roti yang diproduksi …". */
/** Nouns that name goods, strong enough to make even one bare item after "berupa" a product. */
const GOODS_NOUNS = new Set(productLexicon.goodsNouns);
/** Units counted before goods ("1.000 buah batako") and number words ("ratusan kursi"). */
const UNIT_WORDS = new Set(productLexicon.unitWords);
const NUMBER_WORDS = new Set(productLexicon.numberWords);
/** Copulas that, before a goods noun, say the goods before them are products ("… menjadi produk andalan"). */
const COPULAS = new Set(productLexicon.copulas);
/** Verb-shaped words that describe goods and stay in an item ("tas berbahan goni"). */
const DESCRIBING_VERBS = new Set(productLexicon.describingVerbs);
const MADE_BY_WORDS = new Set(productLexicon.madeByWords);
const OPENING_QUOTES = new Set(["\u201c", '"', "\u201d"]);
const CLOSING_QUOTES = new Set(["\u201d", '"']);

/** "baik batik, makanan olahan, maupun kerajinan kayu": a marker that lists only with its second half later in the sentence. */
const CORRELATIVES: Record<string, string | undefined> = productLexicon.correlatives;
const MAX_CORRELATIVE_REACH = 30;

function markerEndAt(tokens: readonly Token[], at: number): number {
  if (!MARKER_FIRST_WORDS.holds(tokens[at])) return -1;
  for (const marker of LIST_MARKERS) {
    if (!marker.every((word, k) => tokens[at + k]?.lower === word)) continue;
    const secondHalf = marker.length === 1 ? CORRELATIVES[marker[0] ?? ""] : undefined;
    if (secondHalf !== undefined && !correlativeFollows(tokens, at + 1, secondHalf)) return -1;
    return at + marker.length;
  }
  return -1;
}

/** Whether `word` comes before the sentence ends, within reach of `at`. */
function correlativeFollows(tokens: readonly Token[], at: number, word: string): boolean {
  for (let k = at; k < at + MAX_CORRELATIVE_REACH; k++) {
    const token = tokens[k];
    if (!token || token.text === ".") return false;
    if (token.lower === word) return true;
  }
  return false;
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
    // "tas dari eceng gondok, …": a material that closes the item belongs to it.
    const materialEnd = token.lower === "dari" ? readMaterial(tokens, to + 1) : -1;
    if (materialEnd > 0) {
      to = materialEnd;
      break;
    }
    if (!token.isWord || STOP_WORDS.has(token.lower) || SEPARATORS.has(token.lower)) break;
    // "pembuatan sandal berlangsung setiap hari": a verb that opens a clause ends the item; one
    // that closes it describes the goods ("garam beryodium.", "tas berbahan goni").
    if (
      !token.capitalized &&
      INTRANSITIVE_SHAPE.test(token.lower) &&
      !DESCRIBING_VERBS.has(token.lower) &&
      !closesItem(tokens[to + 1])
    )
      break;
    // Capitalised words after "khas" ("batik khas Lampung"), in a brand written capitalised, or a
    // brand right after its head noun ("kopi Sumber Rejeki"), not a region, a day or a title.
    if (
      token.capitalized &&
      tokens[to - 1]?.lower !== "khas" &&
      !head.capitalized &&
      (BRAND_STOP_WORDS.has(token.lower) || !(tokens[to - 1] === head || tokens[to - 1]?.capitalized)) &&
      !isOriginClosingItem(tokens, to)
    )
      break;
    // "keripik Maicih kepada pengunjung": a brand's name ends the item.
    if (!token.capitalized && !head.capitalized && tokens[to - 1]?.capitalized && tokens[to - 1] !== head) break;
    if (/^\d/.test(token.text)) break;
    to++;
  }
  if (HEADS_NEEDING_MODIFIER.has(head.lower) && to === headAt + 1) return undefined;
  while (to > headAt + 1 && TRAILING_WORDS.has(tokens[to - 1]?.lower ?? "")) to--;
  return { to, category };
}

/**
 * "sarung tenun Samarinda, batik …": a place the gazetteer knows, written last in an item, is where
 * the goods come from and belongs to their name, after any qualifying words.
 */
function isOriginClosingItem(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return (
    token !== undefined &&
    !BRAND_STOP_WORDS.has(token.lower) &&
    tokens[at - 1]?.capitalized === false &&
    closesItem(tokens[at + 1]) &&
    gazetteer().bySurface.has(token.compact)
  );
}

/** The end of the word at `at`, taking a written-together compound along ("otak-otak", "kue-kue"). */
function hyphenatedEnd(tokens: readonly Token[], at: number): number {
  const word = tokens[at];
  const hyphen = tokens[at + 1];
  const next = tokens[at + 2];
  if (!word || hyphen?.text !== "-" || !next?.isWord || next.capitalized) return at + 1;
  return hyphen.start === word.end && next.start === hyphen.end ? at + 3 : at + 1;
}

/**
 * Past a quantity before an item ("1.000 buah batako", "2,5 ton pupuk", "puluhan kursi"): the
 * goods start after the number and its unit. Without a unit word the number stays (a size or a
 * model, "jam 24 jam" is not a quantity of goods).
 */
function afterQuantity(tokens: readonly Token[], at: number): number {
  let to = at;
  if (tokens[to]?.hasDigit) {
    while (tokens[to]?.hasDigit || ((tokens[to]?.text === "." || tokens[to]?.text === ",") && tokens[to + 1]?.hasDigit))
      to++;
  } else if (!NUMBER_WORDS.has(tokens[to]?.lower ?? "")) return at;
  else to++;
  if (UNIT_WORDS.has(tokens[to]?.lower ?? "")) return to + 1;
  return NUMBER_WORDS.has(tokens[at]?.lower ?? "") ? to : at;
}

/** Whether the token after an item lets it end there: a comma, a full stop, a separator or the end. */
function closesItem(after: Token | undefined): boolean {
  return !after || after.text === "," || after.text === "." || SEPARATORS.has(after.lower);
}

/**
 * The material after "dari" in "tas dari eceng gondok": a short run of lowercase words that
 * closes the item. Not "dari warga binaan" (a stop word) nor "dari Lapas" (capitalised).
 */
function readMaterial(tokens: readonly Token[], at: number): number {
  let to = at;
  while (to - at < MAX_MATERIAL_WORDS) {
    const token = tokens[to];
    if (!token?.isWord || token.capitalized || token.hasDigit) break;
    if (STOP_WORDS.has(token.lower) || SEPARATORS.has(token.lower) || PLAIN_ITEM_STOP_WORDS.has(token.lower)) break;
    to++;
  }
  return to > at && closesItem(tokens[to]) ? to : -1;
}

/**
 * A list item without a known head noun: a short run of lowercase words ending where the list
 * goes on or the sentence ends ("gula aren", "sate padang"), not the start of a clause.
 */
function readPlainItem(tokens: readonly Token[], at: number): number {
  let to = at;
  // "seperti Batik Tulis, Dupa Wangi": an item written in title case is read whole, in title case.
  const titled = tokens[at]?.capitalized === true;
  while (to - at < MAX_PLAIN_ITEM_WORDS) {
    const token = tokens[to];
    if (!token?.isWord || token.capitalized !== titled || token.hasDigit) break;
    if (titled && (token.allCapitals || BRAND_STOP_WORDS.has(token.lower))) return -1;
    if (STOP_WORDS.has(token.lower) || SEPARATORS.has(token.lower) || LIST_WORDS.has(token.lower)) break;
    if (PLAIN_ITEM_STOP_WORDS.has(token.lower) || GOVERNING_WORDS.has(token.lower)) return -1;
    if (to === at && VERB_SHAPE.test(token.lower)) return -1;
    to = hyphenatedEnd(tokens, to);
  }
  if (to === at) return -1;
  if (titled) return closesItem(tokens[to]) ? to : -1;
  // "bunga hias dari plastik bekas": the material belongs to the item.
  if (tokens[to]?.lower === "dari") {
    const materialEnd = readMaterial(tokens, to + 1);
    if (materialEnd > 0) return materialEnd;
  }
  const after = tokens[to];
  if (closesItem(after)) return to;
  // "… dan pempek laris manis": the last item, after "dan", may run into the rest of the clause.
  const before = tokens[at - 1];
  return before && before.text !== "," && SEPARATORS.has(before.lower) && after && STOP_WORDS.has(after.lower)
    ? to
    : -1;
}

/** '“Sambal Roa Pedas Manis”': a brand quoted after a product word, in capitalised words. */
function readQuotedItem(tokens: readonly Token[], at: number): number {
  if (!OPENING_QUOTES.has(tokens[at]?.text ?? "")) return -1;
  for (let k = at + 1; k <= at + 7; k++) {
    const token = tokens[k];
    if (!token) return -1;
    if (CLOSING_QUOTES.has(token.text)) return k > at + 1 ? k : -1;
    if (!token.isWord || !token.capitalized) return -1;
  }
  return -1;
}

/** The start of a headed item that ends right at `end` ("kursi santai" before "buatan"), or -1. */
function headedItemEndingAt(tokens: readonly Token[], end: number): number {
  for (let start = Math.max(0, end - MAX_ITEM_WORDS); start < end; start++) {
    if (readItem(tokens, start)?.to === end) return start;
  }
  return -1;
}

/** Whether a product word stands just before the list marker at `at` ("produk unggulan berupa"). */
function governedAt(tokens: readonly Token[], at: number, markerEnd: number): "goods noun" | "word" | undefined {
  if (GOVERNING_VERBS.has(tokens[at]?.lower ?? "") && markerEnd === at + 1) return "word";
  if (!GOVERNED_MARKERS.some((marker) => marker.every((word, k) => tokens[at + k]?.lower === word))) return undefined;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const token = tokens[k];
    if (!token?.isWord) return undefined;
    if (GOODS_NOUNS.has(token.lower)) return "goods noun";
    if (GOVERNING_WORDS.has(token.lower) || GOVERNING_VERBS.has(token.lower)) return "word";
  }
  return undefined;
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
    // "sepatu dan tas buatan warga binaan", "roti yang diproduksi Lapas": goods named before
    // the word that says who made them.
    // "kerajinan bambu dan anyaman pandan menjadi produk andalan": goods before a copula and a
    // noun naming goods are read the same way.
    const namesGoodsAfter = COPULAS.has(tokens[i]?.lower ?? "") && GOODS_NOUNS.has(tokens[i + 1]?.lower ?? "");
    if (namesGoodsAfter || MADE_BY_WORDS.has(tokens[i]?.lower ?? "")) {
      const passive = tokens[i - 1]?.lower === "yang" && (tokens[i]?.lower ?? "").startsWith("di");
      let end = passive ? i - 1 : i;
      for (let items = 0; items < MAX_LIST_ITEMS; items++) {
        const start = headedItemEndingAt(tokens, end);
        if (start < 0) break;
        const item = readItem(tokens, start);
        if (item) record(start, end, item.category);
        end = start;
        while (end > 0 && (tokens[end - 1]?.text === "," || SEPARATORS.has(tokens[end - 1]?.lower ?? ""))) end--;
        if (end === start) break;
      }
    }
    const markerEnd = markerEndAt(tokens, i);
    if (markerEnd < 0) continue;
    let at = markerEnd;
    // A list whose context says it holds goods, or with one item that has a product head noun,
    // takes its short items without a known head too; the rest wait for that evidence.
    const governor = governedAt(tokens, i, markerEnd);
    let productList = governor !== undefined;
    let listCategory: ProductCategory | undefined;
    let headedItems = 0;
    const plainItems: { from: number; to: number }[] = [];
    // "berupa produk-produk …", "seperti aneka …": list words before the first item.
    for (let items = 0; items < MAX_LIST_ITEMS; items++) {
      while (LIST_WORDS.has(tokens[at]?.lower ?? "")) at++;
      at = afterQuantity(tokens, at);
      if (ITEM_LEAD_WORDS.has(tokens[at]?.lower ?? "") && HEADS.has(tokens[at + 1]?.lower ?? "")) at++;
      const item = readItem(tokens, at);
      const quotedEnd = item ? -1 : readQuotedItem(tokens, at);
      const plainEnd = item || quotedEnd > 0 ? -1 : readPlainItem(tokens, at);
      // "memasarkan karya seni tersebut": a demonstrative refers back to goods named before.
      if (item && DEMONSTRATIVES.has(tokens[item.to]?.lower ?? "")) break;
      if (item) {
        record(at, item.to, item.category);
        listCategory ??= item.category;
        productList = true;
        headedItems++;
        at = item.to;
      } else if (quotedEnd > 0 && (productList || GOVERNING_WORDS.has(tokens[at - 1]?.lower ?? ""))) {
        const words = tokens.slice(at + 1, quotedEnd);
        const head = words.map((word) => HEADS.get(word.lower)).find(Boolean);
        record(at + 1, quotedEnd, head ?? "OTHER");
        productList = true;
        at = quotedEnd + 1;
      } else if (plainEnd > 0 && markerEndAt(tokens, at) < 0) {
        plainItems.push({ from: at, to: plainEnd });
        at = plainEnd;
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
    // One bare item is not yet a list of goods ("menghasilkan keuntungan"), unless a noun that
    // names goods introduces it ("produk unggulannya berupa gula aren").
    if (productList && (headedItems + plainItems.length >= 2 || governor === "goods noun"))
      for (const plain of plainItems) record(plain.from, plain.to, listCategory ?? "OTHER");
    i = Math.max(i, at - 1);
  }
  return withoutShortRepeats(byName);
}

/**
 * "sandal dari bahan limbah" named once in full and later as "sandal": the short name is the same
 * goods, so its mentions go to the longer name it starts. A short name that starts two longer ones
 * ("batik" beside "batik tulis" and "batik painting") names their kind, and stays.
 */
function withoutShortRepeats(byName: Map<string, ProductFact>): ProductFact[] {
  const keys = [...byName.keys()];
  for (const short of keys) {
    const longer = keys.filter((key) => key.length > short.length && key.startsWith(`${short} `));
    if (longer.length !== 1) continue;
    const long = longer.find((key) => byName.has(key));
    const shortFact = byName.get(short);
    const longFact = long ? byName.get(long) : undefined;
    if (!shortFact || !longFact) continue;
    for (const mention of shortFact.mentions) if (longFact.mentions.length < 1000) longFact.mentions.push(mention);
    byName.delete(short);
  }
  return [...byName.values()];
}
