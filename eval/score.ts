/**
 * Scores the extractor against the hand-checked gold set (see eval/README.md for the matching
 * rules): precision, recall and F1 per fact type, micro-averaged over all articles, and a
 * non-zero exit when a target is missed. `--verbose` lists every miss and false find.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type ArticleDraft, parseArticleDraft } from "../src/ingest/draft.ts";
import { extractArticle } from "../src/ingest/extract/index.ts";
import peopleLexicon from "../src/ingest/lexicon/people.json" with { type: "json" };
import { normalizeName } from "../src/ingest/normalize.ts";

/**
 * Views of a draft that do not depend on the keys an extractor chose or the spans it found:
 * two drafts read the same facts when every view is equal. Shared by the seed test and the
 * scorer, which both hold the extractor to the hand-checked seed draft.
 */
export type DraftView = Record<string, unknown>;

const sorted = <T>(values: T[]) => [...values].sort();

function namesByKey(items: { key: string; name: string }[]): Map<string, string> {
  return new Map(items.map((item) => [item.key, item.name]));
}

export function draftViews(draft: ArticleDraft): DraftView {
  const people = namesByKey(draft.people);
  const institutions = namesByKey(draft.institutions);
  const places = namesByKey(draft.places);
  const name = (map: Map<string, string>, key: string | undefined) => (key ? map.get(key) : undefined);
  return {
    title: draft.article.title,
    body: draft.article.body,
    publishedAt: draft.article.publishedAt,
    source: draft.article.source,
    authors: draft.article.authors,
    people: sorted(draft.people.map((p) => `${p.name} [${sorted(p.aliases).join("; ")}]`)),
    institutions: sorted(
      draft.institutions.map((i) =>
        JSON.stringify({
          name: i.name,
          shortName: i.shortName,
          type: i.type,
          parent: name(institutions, i.parent),
          place: name(places, i.place),
          aliases: sorted(i.aliases),
        }),
      ),
    ),
    places: sorted(
      draft.places.map((p) =>
        JSON.stringify({
          name: p.name,
          kind: p.kind,
          code: p.code,
          parent: name(places, p.parent),
          aliases: sorted(p.aliases),
        }),
      ),
    ),
    positions: sorted(
      draft.positions.map((p) =>
        [name(people, p.person), p.role, p.title, name(institutions, p.institution)].join(" | "),
      ),
    ),
    events: draft.events.map((e) => ({
      kind: e.kind,
      date: e.date,
      host: name(institutions, e.host),
      place: name(places, e.place),
      topics: sorted(e.topics),
      participants: sorted(e.participants.map((p) => `${name(people, p.person)}:${p.role}`)),
    })),
    products: sorted(
      draft.products.map(
        (p) => `${p.name} | ${p.category} | ${name(institutions, p.producer)} | ${p.shownAt ? "shown at event" : "-"}`,
      ),
    ),
    quotes: draft.quotes.map((q) => ({ text: q.text, speaker: name(people, q.speaker) })),
    topics: sorted(draft.topics.map((t) => `${t.name}:${t.confidence}`)),
  };
}

/** The views in which two drafts differ, with both values. */
export function draftDifferences(
  actual: ArticleDraft,
  expected: ArticleDraft,
): { view: string; actual: unknown; expected: unknown }[] {
  const actualViews = draftViews(actual);
  const expectedViews = draftViews(expected);
  return Object.keys(expectedViews)
    .filter((view) => JSON.stringify(actualViews[view]) !== JSON.stringify(expectedViews[view]))
    .map((view) => ({ view, actual: actualViews[view], expected: expectedViews[view] }));
}

interface GoldEntity {
  name: string;
  aliases?: string[];
  shortName?: string;
}
interface GoldArticle {
  id: string;
  publishedAt?: string | null;
  authors?: string[];
  people?: GoldEntity[];
  institutions?: (GoldEntity & { type?: string })[];
  positions?: { person: string; role?: string; institution?: string | null }[];
  places?: (GoldEntity & { kind?: string })[];
  quotes?: { speaker: string; text: string }[];
  products?: { name: string; category?: string }[];
}

const FACT_TYPES = [
  "people",
  "positions",
  "institutions",
  "places",
  "quotes",
  "products",
  "publication date",
  "author",
] as const;
type FactType = (typeof FACT_TYPES)[number];

/** Minimum F1 (quotes: recall, i.e. attribution; publication date: accuracy). */
const TARGETS: Partial<Record<FactType, number>> = {
  people: 0.95,
  positions: 0.9,
  institutions: 0.9,
  quotes: 0.9,
  "publication date": 1,
};

const evalDirectory = new URL("./", import.meta.url);
const verbose = process.argv.includes("--verbose");

// Honorifics, ranks and degrees never make two names differ.
const IGNORED_WORDS = new Set([...peopleLexicon.honorifics, ...peopleLexicon.ranks].map((w) => normalizeName(w)));
const DEGREES = new Set(peopleLexicon.degrees.map((d) => d.replace(/[^a-z]/gi, "").toLowerCase()));

export function comparableName(name: string): string {
  const words = normalizeName(name).split(" ").filter(Boolean);
  while (words.length > 1 && IGNORED_WORDS.has(words[0] ?? "")) words.shift();
  // Degrees come apart into letters once punctuation is dropped: "S.H., M.H." -> "s h m h".
  let changed = true;
  while (changed && words.length > 1) {
    changed = false;
    for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
      if (DEGREES.has(words.slice(-take).join(""))) {
        words.splice(-take, take);
        changed = true;
        break;
      }
    }
  }
  return words.join(" ");
}

const namesOf = (entity: { name: string; aliases?: string[]; shortName?: string }) =>
  new Set([entity.name, entity.shortName ?? "", ...(entity.aliases ?? [])].filter(Boolean).map(comparableName));

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((name) => b.has(name));

/** Characters of the longest common substring, as a share of the shorter text. */
export function textOverlap(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === "" || y === "") return 0;
  if (x.includes(y) || y.includes(x)) return 1;
  let previous = new Uint16Array(y.length + 1);
  let longest = 0;
  for (let i = 1; i <= x.length; i++) {
    const current = new Uint16Array(y.length + 1);
    for (let j = 1; j <= y.length; j++) {
      if (x.charCodeAt(i - 1) === y.charCodeAt(j - 1)) {
        current[j] = (previous[j - 1] ?? 0) + 1;
        if ((current[j] ?? 0) > longest) longest = current[j] ?? 0;
      }
    }
    previous = current;
  }
  return longest / Math.min(x.length, y.length);
}

interface Tally {
  truePositives: number;
  extracted: number;
  gold: number;
}
const emptyTally = (): Tally => ({ truePositives: 0, extracted: 0, gold: 0 });

/** One-to-one greedy matching; returns the gold items missed and the extracted items unmatched. */
function matchAll<G, E>(gold: G[], extracted: E[], matches: (g: G, e: E) => boolean) {
  const used = new Set<number>();
  const missed: G[] = [];
  for (const g of gold) {
    const index = extracted.findIndex((e, i) => !used.has(i) && matches(g, e));
    if (index === -1) missed.push(g);
    else used.add(index);
  }
  return { truePositives: used.size, missed, spurious: extracted.filter((_, i) => !used.has(i)) };
}

interface ArticleScore {
  id: string;
  tallies: Record<FactType, Tally>;
  notes: string[];
}

function scoreArticle(gold: GoldArticle, draft: ArticleDraft): ArticleScore {
  const tallies = Object.fromEntries(FACT_TYPES.map((t) => [t, emptyTally()])) as Record<FactType, Tally>;
  const notes: string[] = [];
  const record = <G, E>(
    type: FactType,
    goldItems: G[],
    extractedItems: E[],
    matches: (g: G, e: E) => boolean,
    describeGold: (g: G) => string,
    describeExtracted: (e: E) => string,
  ) => {
    const result = matchAll(goldItems, extractedItems, matches);
    tallies[type] = { truePositives: result.truePositives, extracted: extractedItems.length, gold: goldItems.length };
    for (const g of result.missed) notes.push(`  missed ${type}: ${describeGold(g)}`);
    for (const e of result.spurious) notes.push(`  extra  ${type}: ${describeExtracted(e)}`);
  };

  const peopleByKey = new Map(draft.people.map((p) => [p.key, p]));
  const institutionsByKey = new Map(draft.institutions.map((i) => [i.key, i]));
  const personNames = (key: string) => {
    const person = peopleByKey.get(key);
    return person ? namesOf(person) : new Set<string>();
  };

  record(
    "people",
    gold.people ?? [],
    draft.people,
    (g, e) => overlaps(namesOf(g), namesOf(e)),
    (g) => g.name,
    (e) => e.name,
  );
  record(
    "institutions",
    gold.institutions ?? [],
    draft.institutions,
    (g, e) => overlaps(namesOf(g), namesOf(e)),
    (g) => `${g.name} (${g.type})`,
    (e) => `${e.name} (${e.type})`,
  );
  // Places and institutions only implied as parents (no mention in the text) are structure, not reading.
  record(
    "places",
    gold.places ?? [],
    draft.places.filter((p) => p.mentions.length > 0),
    (g, e) => overlaps(namesOf(g), namesOf(e)),
    (g) => `${g.name} (${g.kind})`,
    (e) => `${e.name} (${e.kind})`,
  );
  record(
    "positions",
    gold.positions ?? [],
    draft.positions,
    (g, e) => {
      if (!personNames(e.person).has(comparableName(g.person))) return false;
      if (!g.institution) return true;
      const institution = e.institution ? institutionsByKey.get(e.institution) : undefined;
      return institution !== undefined && namesOf(institution).has(comparableName(g.institution));
    },
    (g) => `${g.person}: ${g.role ?? "?"} @ ${g.institution ?? "-"}`,
    (e) =>
      `${peopleByKey.get(e.person)?.name}: ${e.role} @ ${e.institution ? institutionsByKey.get(e.institution)?.name : "-"}`,
  );
  record(
    "quotes",
    gold.quotes ?? [],
    draft.quotes,
    (g, e) => personNames(e.speaker).has(comparableName(g.speaker)) && textOverlap(g.text, e.text) >= 0.8,
    (g) => `${g.speaker}: "${g.text.slice(0, 70)}…"`,
    (e) => `${peopleByKey.get(e.speaker)?.name}: "${e.text.slice(0, 70)}…"`,
  );
  record(
    "products",
    gold.products ?? [],
    draft.products,
    (g, e) => {
      // Product names are phrases; the shorter naming the longer's head is the same product.
      const a = comparableName(g.name);
      const b = comparableName(e.name);
      return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
    },
    (g) => `${g.name} (${g.category})`,
    (e) => `${e.name} (${e.category})`,
  );
  record(
    "author",
    gold.authors ?? [],
    draft.article.authors,
    (g, e) => comparableName(g) === comparableName(e.name),
    (g) => g,
    (e) => e.name,
  );
  if (gold.publishedAt) {
    const date = draft.article.publishedAt?.slice(0, 10);
    const correct = date === gold.publishedAt;
    tallies["publication date"] = { truePositives: correct ? 1 : 0, extracted: date ? 1 : 0, gold: 1 };
    if (!correct) notes.push(`  wrong  publication date: ${date ?? "none"} (gold ${gold.publishedAt})`);
  }
  return { id: gold.id, tallies, notes };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
function metrics(t: Tally) {
  const precision = ratio(t.truePositives, t.extracted);
  const recall = ratio(t.truePositives, t.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
/** The number a target is checked against: attribution is recall, the date is accuracy. */
function targetValue(type: FactType, t: Tally): number {
  const m = metrics(t);
  return type === "quotes" || type === "publication date" ? m.recall : m.f1;
}

function main(): number {
  const articlesDirectory = new URL("articles/", evalDirectory);
  const goldDirectory = new URL("gold/", evalDirectory);
  const ids = existsSync(goldDirectory)
    ? readdirSync(goldDirectory)
        .filter((file) => file.endsWith(".json"))
        .map((file) => file.slice(0, -5))
        .filter((id) => existsSync(new URL(`${id}.txt`, articlesDirectory)))
        .sort()
    : [];
  if (ids.length === 0) {
    console.error("no gold articles found in eval/gold with a matching eval/articles/<id>.txt");
    return 1;
  }

  const totals = Object.fromEntries(FACT_TYPES.map((t) => [t, emptyTally()])) as Record<FactType, Tally>;
  const failures: string[] = [];
  const perArticle: ArticleScore[] = [];
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(new URL(`${id}.json`, goldDirectory), "utf8")) as GoldArticle;
    const text = readFileSync(new URL(`${id}.txt`, articlesDirectory), "utf8");
    let draft: ArticleDraft;
    try {
      draft = parseArticleDraft(extractArticle(text));
    } catch (error) {
      failures.push(`${id}: extraction failed: ${(error as Error).message}`);
      continue;
    }
    const score = scoreArticle({ ...gold, id }, draft);
    perArticle.push(score);
    for (const type of FACT_TYPES) {
      totals[type].truePositives += score.tallies[type].truePositives;
      totals[type].extracted += score.tallies[type].extracted;
      totals[type].gold += score.tallies[type].gold;
    }
    if (id === "seed") {
      if (score.notes.length > 0)
        failures.push(`seed: not exact against eval/gold/seed.json\n${score.notes.join("\n")}`);
      const curatedUrl = new URL("../prisma/seed/seed-article.draft.json", evalDirectory);
      if (existsSync(curatedUrl)) {
        const curated = parseArticleDraft(JSON.parse(readFileSync(curatedUrl, "utf8")));
        for (const difference of draftDifferences(draft, curated)) {
          failures.push(`seed: ${difference.view} differs from prisma/seed/seed-article.draft.json`);
        }
      }
    }
  }

  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number) => x.toFixed(3).padStart(9);
  const lines = [
    `${pad("fact type", 18)}${"precision".padStart(9)}${"recall".padStart(9)}${"F1".padStart(9)}${"gold".padStart(7)}${"found".padStart(7)}${"target".padStart(9)}`,
  ];
  const all = emptyTally();
  for (const type of FACT_TYPES) {
    const t = totals[type];
    const m = metrics(t);
    const target = TARGETS[type];
    const value = targetValue(type, t);
    const mark = target === undefined ? "" : value >= target ? "  ok" : "  BELOW";
    lines.push(
      `${pad(type, 18)}${num(m.precision)}${num(m.recall)}${num(m.f1)}${String(t.gold).padStart(7)}${String(t.extracted).padStart(7)}${(target === undefined ? "-" : `≥${target.toFixed(2)}`).padStart(9)}${mark}`,
    );
    if (target !== undefined && value < target) {
      failures.push(`${type}: ${value.toFixed(3)} is below the target ${target}`);
    }
    all.truePositives += t.truePositives;
    all.extracted += t.extracted;
    all.gold += t.gold;
  }
  const overall = metrics(all);
  lines.push(
    `${pad("micro-average", 18)}${num(overall.precision)}${num(overall.recall)}${num(overall.f1)}${String(all.gold).padStart(7)}${String(all.extracted).padStart(7)}`,
  );
  console.log(`${ids.length} gold articles\n`);
  console.log(lines.join("\n"));
  if (verbose) {
    for (const score of perArticle) {
      if (score.notes.length === 0) continue;
      console.log(`\n${score.id}`);
      console.log(score.notes.join("\n"));
    }
  }
  if (failures.length > 0) {
    console.log(`\nFAILED\n${failures.map((f) => `- ${f}`).join("\n")}`);
    return 1;
  }
  console.log("\nall targets met");
  return 0;
}

// Run as a script (npm run eval); imported (by the seed test) it only lends its comparisons.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
