/**
 * Scores the extractor against the hand-checked gold set (see eval/README.md for the matching
 * rules): precision, recall and F1 per fact type, micro-averaged over all articles, and a
 * non-zero exit when a target is missed. `--verbose` lists every miss and false find.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type ArticleDraft, parseArticleDraft } from "../src/ingest/draft.ts";
import { extractArticle } from "../src/ingest/extract/index.ts";
import { listenToNameCandidates } from "../src/ingest/extract/nameModel.ts";
import { normalizeName } from "../src/ingest/normalize.ts";
import ignoredNames from "./names.json" with { type: "json" };

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
  beat?: string;
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

/**
 * The goal of issue 7, checked per beat (each beat weighed alike): the metric each target is read
 * from, and its minimum. Quote attribution is the recall of quotes with the right speaker.
 */
interface Target {
  label: string;
  type: FactType;
  metric: "precision" | "recall" | "f1";
  minimum: number;
}
export const TARGETS: Target[] = [
  { label: "people F1", type: "people", metric: "f1", minimum: 0.85 },
  { label: "people P", type: "people", metric: "precision", minimum: 0.85 },
  { label: "inst F1", type: "institutions", metric: "f1", minimum: 0.8 },
  { label: "pos R", type: "positions", metric: "recall", minimum: 0.75 },
  { label: "quotes", type: "quotes", metric: "recall", minimum: 0.8 },
  { label: "products R", type: "products", metric: "recall", minimum: 0.6 },
];

const evalDirectory = new URL("./", import.meta.url);

// Honorifics, ranks and degrees never make two names differ. The lists are the eval's own
// (eval/names.json), so that changing the extractor's lexicon never changes the measure.
const IGNORED_WORDS = new Set([...ignoredNames.honorifics, ...ignoredNames.ranks].map((w) => normalizeName(w)));
const DEGREES = new Set(ignoredNames.degrees.map((d) => d.replace(/[^a-z]/gi, "").toLowerCase()));

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

// "Rumah Sakit Umum Daerah (RSUD) Harapan Insan" is also written without the inserted acronym.
const withoutInsertions = (name: string) => name.replace(/\s*\([^)]*\)/g, "");

const namesOf = (entity: { name: string; aliases?: string[]; shortName?: string }) =>
  new Set(
    [entity.name, entity.shortName ?? "", ...(entity.aliases ?? [])]
      .filter(Boolean)
      .flatMap((name) => [name, withoutInsertions(name)])
      .map(comparableName)
      .filter(Boolean),
  );

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

/**
 * Why a gold position was missed, from what the extractor read of the same article: the holder
 * not read at all; read, but with no post; with a post at no institution; or at another one.
 * Counted per split without showing any article, so the test split may be read this way too.
 */
export const POSITION_MISS_CAUSES = [
  "holder not read",
  "holder read, no post",
  "post at no institution",
  "post at another institution",
] as const;
export type PositionMissCause = (typeof POSITION_MISS_CAUSES)[number];

/**
 * What the people pass made of the name of a holder it did not read: a candidate no rule took that
 * the learned name model judged no name; read with other words (as a longer or shorter name); or
 * never read as a name at all. Counted only where the facts come from the extractor itself.
 */
export const HOLDER_MISS_KINDS = [
  "judged no name by the model",
  "read with other words",
  "never read as a name",
] as const;
export type HolderMissKind = (typeof HOLDER_MISS_KINDS)[number];

export interface ArticleScore {
  id: string;
  tallies: Record<FactType, Tally>;
  notes: string[];
  positionMisses: Record<PositionMissCause, number>;
  /** The "holder not read" misses by what the people pass made of the name; absent for served facts. */
  holderMisses?: Record<HolderMissKind, number>;
}

/**
 * What scoring reads of an article's facts: a draft has it all, and so has what the served graph
 * says of an article (eval/served.ts builds it from the API's answer).
 */
export interface ScoredFacts {
  article: { publishedAt?: string; authors: { name: string }[] };
  people: { key: string; name: string; aliases: string[] }[];
  institutions: { key: string; name: string; shortName?: string; aliases: string[]; type: string }[];
  places: { name: string; aliases: string[]; kind: string; mentions: unknown[] }[];
  positions: { person: string; role: string; institution?: string }[];
  /** Institutions positions name that are not among the article's own (the served graph can have them). */
  positionInstitutions?: { key: string; name: string; aliases: string[] }[];
  quotes: { speaker: string; text: string }[];
  products: { name: string; category: string }[];
  /** Runs of capitalised words the people pass weighed as names, and whether a rule took each. */
  nameCandidates?: { name: string; takenByRule: boolean }[];
}

/** How an article's facts are read for scoring: the extractor's draft of its text, by default. */
export type FactReader = (id: string, text: string) => ScoredFacts;
const extractedFacts: FactReader = (_id, text) => {
  const nameCandidates: { name: string; takenByRule: boolean }[] = [];
  listenToNameCandidates((_candidate, name, takenByRule) => nameCandidates.push({ name, takenByRule }));
  try {
    return { ...parseArticleDraft(extractArticle(text)), nameCandidates };
  } finally {
    listenToNameCandidates(undefined);
  }
};

/** Whether one comparable name holds the other as a run of whole words. */
const holdsWords = (a: string, b: string) => ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);

/** What the people pass made of the name of a holder it did not read (HOLDER_MISS_KINDS). */
function holderMissKind(goldNamesOfHolder: Set<string>, draft: ScoredFacts): HolderMissKind {
  const partly = (name: string) => [...goldNamesOfHolder].some((gold) => holdsWords(comparableName(name), gold));
  const candidates = draft.nameCandidates ?? [];
  const judged = candidates.some((c) => !c.takenByRule && goldNamesOfHolder.has(comparableName(c.name)));
  if (judged) return "judged no name by the model";
  if (draft.people.some((person) => [...namesOf(person)].some(partly)) || candidates.some((c) => partly(c.name)))
    return "read with other words";
  return "never read as a name";
}

function scoreArticle(gold: GoldArticle, draft: ScoredFacts): ArticleScore {
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
    return result.missed;
  };

  const peopleByKey = new Map(draft.people.map((p) => [p.key, p]));
  const institutionsByKey = new Map<string, { name: string; shortName?: string; aliases: string[] }>(
    [...(draft.positionInstitutions ?? []), ...draft.institutions].map((i) => [i.key, i]),
  );
  const personNames = (key: string) => {
    const person = peopleByKey.get(key);
    return person ? namesOf(person) : new Set<string>();
  };
  // A position or quote names its person or institution by one of the gold entity's names; any
  // other name of that entity is as good.
  const goldNames = (entities: GoldEntity[], name: string) => {
    const key = comparableName(name);
    const entity = entities.find((candidate) => namesOf(candidate).has(key));
    return entity ? namesOf(entity) : new Set([key]);
  };
  const goldPersonNames = (name: string) => goldNames(gold.people ?? [], name);
  const goldInstitutionNames = (name: string) => goldNames(gold.institutions ?? [], name);

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
  const missedPositions = record(
    "positions",
    gold.positions ?? [],
    draft.positions,
    (g, e) => {
      if (!overlaps(personNames(e.person), goldPersonNames(g.person))) return false;
      if (!g.institution) return true;
      const institution = e.institution ? institutionsByKey.get(e.institution) : undefined;
      return institution !== undefined && overlaps(namesOf(institution), goldInstitutionNames(g.institution));
    },
    (g) => `${g.person}: ${g.role ?? "?"} @ ${g.institution ?? "-"}`,
    (e) =>
      `${peopleByKey.get(e.person)?.name}: ${e.role} @ ${e.institution ? institutionsByKey.get(e.institution)?.name : "-"}`,
  );
  record(
    "quotes",
    gold.quotes ?? [],
    draft.quotes,
    (g, e) => overlaps(personNames(e.speaker), goldPersonNames(g.speaker)) && textOverlap(g.text, e.text) >= 0.8,
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
  const positionMisses = Object.fromEntries(POSITION_MISS_CAUSES.map((cause) => [cause, 0])) as Record<
    PositionMissCause,
    number
  >;
  const holderMisses = draft.nameCandidates
    ? (Object.fromEntries(HOLDER_MISS_KINDS.map((kind) => [kind, 0])) as Record<HolderMissKind, number>)
    : undefined;
  for (const missed of missedPositions) {
    const goldNamesOfHolder = goldPersonNames(missed.person);
    const holder = draft.people.find((person) => overlaps(namesOf(person), goldNamesOfHolder));
    const posts = holder ? draft.positions.filter((position) => position.person === holder.key) : [];
    const cause: PositionMissCause = !holder
      ? "holder not read"
      : posts.length === 0
        ? "holder read, no post"
        : posts.some((post) => post.institution === undefined)
          ? "post at no institution"
          : "post at another institution";
    positionMisses[cause]++;
    if (cause === "holder not read" && holderMisses) holderMisses[holderMissKind(goldNamesOfHolder, draft)]++;
  }
  return { id: gold.id, tallies, notes, positionMisses, ...(holderMisses ? { holderMisses } : {}) };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
function metrics(t: Tally) {
  const precision = ratio(t.truePositives, t.extracted);
  const recall = ratio(t.truePositives, t.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export type Split = "dev" | "test";
const SPLITS: Split[] = ["dev", "test"];

export interface Options {
  split?: Split;
  beat?: string;
  verbose: boolean;
}

export function parseOptions(argv: string[]): Options {
  const options: Options = { verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const equals = arg.indexOf("=");
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    const value = () => (equals === -1 ? (argv[++i] ?? "") : arg.slice(equals + 1));
    if (flag === "--verbose") options.verbose = true;
    else if (flag === "--split") {
      const split = value();
      if (split !== "dev" && split !== "test") throw new Error(`--split takes dev or test, not "${split}"`);
      options.split = split;
    } else if (flag === "--beat") options.beat = value();
    else throw new Error(`unknown argument "${arg}" (use --split dev|test, --beat <beat>, --verbose)`);
  }
  return options;
}

type Tallies = Record<FactType, Tally>;
const emptyTallies = () => Object.fromEntries(FACT_TYPES.map((t) => [t, emptyTally()])) as Tallies;
function addInto(into: Tallies, from: Tallies) {
  for (const type of FACT_TYPES) {
    into[type].truePositives += from[type].truePositives;
    into[type].extracted += from[type].extracted;
    into[type].gold += from[type].gold;
  }
}

/** A group's value for one target, or undefined when the group holds nothing to measure it on. */
function targetValue(target: Target, tallies: Tallies): number | undefined {
  const t = tallies[target.type];
  if (t.gold === 0 && (target.metric === "recall" || t.extracted === 0)) return undefined;
  return metrics(t)[target.metric];
}

export interface Group {
  beat: string;
  split: Split;
  articles: number;
  tallies: Tallies;
  /** One value per entry of TARGETS, then places F1 and date accuracy; undefined: nothing to measure. */
  values: (number | undefined)[];
}

export interface Report {
  options: Options;
  /** The split whose targets decide the exit code. */
  gatedSplit: Split;
  groups: Group[];
  /** The mean of the beats' values, per split: each beat weighed alike. */
  means: { split: Split; articles: number; values: (number | undefined)[] }[];
  totals: Tallies;
  articles: (ArticleScore & { beat: string; split: Split })[];
  failures: string[];
}

const valuesOf = (tallies: Tallies): (number | undefined)[] => [
  ...TARGETS.map((t) => targetValue(t, tallies)),
  tallies.places.gold + tallies.places.extracted === 0 ? undefined : metrics(tallies.places).f1,
  tallies["publication date"].gold === 0 ? undefined : metrics(tallies["publication date"]).recall,
];

/** The split file: which articles may be tuned on (dev) and which are only scored (test). */
function readSplit(directory: URL): Map<string, Split> {
  const url = new URL("split.json", directory);
  const assignment = new Map<string, Split>();
  if (!existsSync(url)) return assignment;
  const file = JSON.parse(readFileSync(url, "utf8")) as Partial<Record<Split, string[]>>;
  for (const split of SPLITS) for (const id of file[split] ?? []) assignment.set(id, split);
  return assignment;
}

/**
 * Scores every article of `directory` (articles/, gold/, split.json) in the selection and checks
 * the targets of the gated split per beat. The seed is also held to prisma/seed when run on eval/.
 */
export function evaluate(
  options: Options,
  directory: URL = evalDirectory,
  readFacts: FactReader = extractedFacts,
): Report {
  const articlesDirectory = new URL("articles/", directory);
  const goldDirectory = new URL("gold/", directory);
  const ids = existsSync(goldDirectory)
    ? readdirSync(goldDirectory)
        .filter((file) => file.endsWith(".json"))
        .map((file) => file.slice(0, -5))
        .filter((id) => existsSync(new URL(`${id}.txt`, articlesDirectory)))
        .sort()
    : [];
  const splitOf = readSplit(directory);
  const failures: string[] = [];
  const groups = new Map<string, Group>();
  const articles: Report["articles"] = [];
  if (ids.length === 0) failures.push("no gold articles found in gold/ with a matching articles/<id>.txt");
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(new URL(`${id}.json`, goldDirectory), "utf8")) as GoldArticle;
    const split = splitOf.get(id);
    const beat = gold.beat ?? "";
    if (!split) failures.push(`${id}: not assigned to dev or test in split.json`);
    if (!beat) failures.push(`${id}: gold file has no "beat"`);
    if (!split || !beat) continue;
    if (options.split && split !== options.split) continue;
    if (options.beat && beat !== options.beat) continue;
    const text = readFileSync(new URL(`${id}.txt`, articlesDirectory), "utf8");
    let draft: ScoredFacts;
    try {
      draft = readFacts(id, text);
    } catch (error) {
      failures.push(`${id}: extraction failed: ${(error as Error).message}`);
      continue;
    }
    const score = scoreArticle({ ...gold, id }, draft);
    articles.push({ ...score, beat, split });
    const key = `${beat}\u0000${split}`;
    const group = groups.get(key) ?? { beat, split, articles: 0, tallies: emptyTallies(), values: [] };
    group.articles += 1;
    addInto(group.tallies, score.tallies);
    groups.set(key, group);
    if (id === "seed" && readFacts === extractedFacts) {
      if (score.notes.length > 0) failures.push(`seed: not exact against gold/seed.json\n${score.notes.join("\n")}`);
      const curatedUrl = new URL("../prisma/seed/seed-article.draft.json", directory);
      if (existsSync(curatedUrl)) {
        const curated = parseArticleDraft(JSON.parse(readFileSync(curatedUrl, "utf8")));
        for (const difference of draftDifferences(parseArticleDraft(extractArticle(text)), curated)) {
          failures.push(`seed: ${difference.view} differs from prisma/seed/seed-article.draft.json`);
        }
      }
    }
  }
  if (ids.length > 0 && articles.length === 0)
    failures.push(`no gold articles in the selection (split ${options.split ?? "any"}, beat ${options.beat ?? "any"})`);

  // Targets gate the test split unless a split is chosen: tuning on dev must not be what passes.
  const gatedSplit: Split = options.split ?? "test";
  const ordered = [...groups.values()].sort(
    (a, b) => a.beat.localeCompare(b.beat) || SPLITS.indexOf(a.split) - SPLITS.indexOf(b.split),
  );
  for (const group of ordered) {
    group.values = valuesOf(group.tallies);
    if (group.split !== gatedSplit) continue;
    TARGETS.forEach((target, index) => {
      const value = group.values[index];
      if (value !== undefined && value < target.minimum)
        failures.push(
          `${group.beat} (${group.split}): ${target.label} ${value.toFixed(3)} is below the target ${target.minimum}`,
        );
    });
  }
  const means = SPLITS.flatMap((split) => {
    const splitGroups = ordered.filter((g) => g.split === split);
    if (splitGroups.length === 0) return [];
    const width = splitGroups[0]?.values.length ?? 0;
    const values = Array.from({ length: width }, (_, index) => {
      const present = splitGroups.map((g) => g.values[index]).filter((v): v is number => v !== undefined);
      return present.length === 0 ? undefined : present.reduce((a, b) => a + b, 0) / present.length;
    });
    return [{ split, articles: splitGroups.reduce((sum, g) => sum + g.articles, 0), values }];
  });
  const totals = emptyTallies();
  for (const group of ordered) addInto(totals, group.tallies);
  return { options, gatedSplit, groups: ordered, means, totals, articles, failures };
}

/** The missed positions of the selection counted by cause, one line per split scored. */
function positionMissLines(report: Report): string[] {
  const header = `${"split".padEnd(8)}${POSITION_MISS_CAUSES.map((cause) => cause.padStart(cause.length + 3)).join("")}`;
  const lines = [header];
  for (const split of SPLITS) {
    const scores = report.articles.filter((article) => article.split === split);
    if (scores.length === 0) continue;
    const counts = POSITION_MISS_CAUSES.map((cause) =>
      String(scores.reduce((sum, score) => sum + score.positionMisses[cause], 0)).padStart(cause.length + 3),
    );
    lines.push(`${split.padEnd(8)}${counts.join("")}`);
  }
  return lines;
}

/** The "holder not read" misses by what the people pass made of the name, one line per split scored. */
function holderMissLines(report: Report): string[] {
  const header = `${"split".padEnd(8)}${HOLDER_MISS_KINDS.map((kind) => kind.padStart(kind.length + 3)).join("")}`;
  const lines = [header];
  for (const split of SPLITS) {
    const scores = report.articles.filter((article) => article.split === split && article.holderMisses);
    if (scores.length === 0) continue;
    const counts = HOLDER_MISS_KINDS.map((kind) =>
      String(scores.reduce((sum, score) => sum + (score.holderMisses?.[kind] ?? 0), 0)).padStart(kind.length + 3),
    );
    lines.push(`${split.padEnd(8)}${counts.join("")}`);
  }
  return lines.length > 1 ? lines : [];
}

/** The report as the text `npm run eval` prints. */
export function formatReport(report: Report): string {
  const columns = [
    { label: "beat", width: 14 },
    { label: "split", width: 6 },
    { label: "n", width: 4 },
    ...TARGETS.map((t) => ({ label: t.label, width: Math.max(t.label.length + 2, 10) })),
    { label: "places F1", width: 11 },
    { label: "date", width: 7 },
  ];
  const cell = (text: string, width: number, left = false) => (left ? text.padEnd(width) : text.padStart(width));
  const header = columns.map((c, i) => cell(c.label, c.width, i < 2)).join("");
  const rule = "-".repeat(header.length);
  const row = (beat: string, split: string, n: number, values: (number | undefined)[], gated: boolean) => {
    const texts = values.map((value, index) => {
      if (value === undefined) return "- ";
      const target = TARGETS[index];
      const below = target !== undefined && value < target.minimum;
      return `${value.toFixed(2)}${below ? (gated ? "!" : "*") : " "}`;
    });
    return [
      cell(beat, 14, true),
      cell(split, 6, true),
      cell(String(n), 4),
      ...texts.map((t, i) => cell(t, columns[i + 3]?.width ?? 8)),
    ].join("");
  };
  const lines = [header, rule];
  for (const g of report.groups) lines.push(row(g.beat, g.split, g.articles, g.values, g.split === report.gatedSplit));
  lines.push(rule);
  for (const m of report.means) lines.push(row("mean of beats", m.split, m.articles, m.values, false));

  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number) => x.toFixed(3).padStart(9);
  const factLines = [
    `${pad("fact type", 18)}${"precision".padStart(9)}${"recall".padStart(9)}${"F1".padStart(9)}${"gold".padStart(7)}${"found".padStart(7)}`,
  ];
  for (const type of FACT_TYPES) {
    const t = report.totals[type];
    const m = metrics(t);
    factLines.push(
      `${pad(type, 18)}${num(m.precision)}${num(m.recall)}${num(m.f1)}${String(t.gold).padStart(7)}${String(t.extracted).padStart(7)}`,
    );
  }
  const { options } = report;
  const selection = [
    options.split ? `split ${options.split}` : "dev and test",
    options.beat ? `beat ${options.beat}` : "all beats",
  ];
  const out = [
    `${report.articles.length} gold articles (${selection.join(", ")}); targets gate the ${report.gatedSplit} split`,
    `targets: ${TARGETS.map((t) => `${t.label} ≥ ${t.minimum.toFixed(2)}`).join(", ")}`,
    `"!" below target (gated), "*" below target (not gated), "-" nothing to measure`,
    "",
    lines.join("\n"),
    "",
    `all facts of the selection, micro-averaged\n${factLines.join("\n")}`,
    "",
    `missed positions by cause (counts; no article is shown)\n${positionMissLines(report).join("\n")}`,
  ];
  const holderLines = holderMissLines(report);
  if (holderLines.length > 0)
    out.push("", `holders not read, by what the people pass made of the name (counts)\n${holderLines.join("\n")}`);
  if (options.verbose) {
    for (const score of report.articles) {
      if (score.notes.length === 0) continue;
      out.push("", `${score.id} [${score.beat}, ${score.split}]`, score.notes.join("\n"));
    }
  }
  out.push(
    "",
    report.failures.length > 0 ? `FAILED\n${report.failures.map((f) => `- ${f}`).join("\n")}` : "all targets met",
  );
  return out.join("\n");
}

/** The options of a command line, or undefined after saying on stderr what is wrong with them. */
export function readOptions(argv: string[]): Options | undefined {
  try {
    return parseOptions(argv);
  } catch (error) {
    console.error((error as Error).message);
    return undefined;
  }
}

function main(argv: string[]): number {
  const options = readOptions(argv);
  if (!options) return 2;
  const report = evaluate(options);
  console.log(formatReport(report));
  return report.failures.length > 0 ? 1 : 0;
}

// Run as a script (npm run eval); imported (by the seed test) it only lends its comparisons.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
