import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { comparableName, evaluate, formatReport, parseOptions } from "../../eval/score.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { normalizeName } from "../../src/ingest/normalize.ts";
import { MADE_UP_POLICE_ARTICLE } from "../support/drafts.ts";

// A made-up article; its gold is built from what the extractor reads, so it scores perfectly by
// construction whatever the extractor's current rules, and the tests then spoil it on purpose.
const TEXT = MADE_UP_POLICE_ARTICLE;

function goldOf(id: string, beat: string) {
  const draft = parseArticleDraft(extractArticle(TEXT));
  const people = new Map(draft.people.map((p) => [p.key, p.name]));
  const institutions = new Map(draft.institutions.map((i) => [i.key, i.name]));
  return {
    id,
    beat,
    publishedAt: draft.article.publishedAt?.slice(0, 10) ?? null,
    authors: draft.article.authors.map((a) => a.name),
    people: draft.people.map((p) => ({ name: p.name, aliases: p.aliases })),
    institutions: draft.institutions.map((i) => ({ name: i.name, type: i.type, aliases: i.aliases })),
    positions: draft.positions.map((p) => ({
      person: people.get(p.person) ?? "",
      institution: p.institution ? institutions.get(p.institution) : null,
    })),
    places: draft.places.filter((p) => p.mentions.length > 0).map((p) => ({ name: p.name, kind: p.kind })),
    quotes: draft.quotes.map((q) => ({ speaker: people.get(q.speaker) ?? "", text: q.text })),
    products: draft.products.map((p) => ({ name: p.name, category: p.category })),
  };
}

type Gold = ReturnType<typeof goldOf>;
const directories: string[] = [];
function evalDirectory(articles: { gold: Gold; split?: "dev" | "test"; text?: string }[]): URL {
  const root = mkdtempSync(join(tmpdir(), "eval-score-"));
  directories.push(root);
  mkdirSync(join(root, "articles"));
  mkdirSync(join(root, "gold"));
  const split: { dev: string[]; test: string[] } = { dev: [], test: [] };
  for (const { gold, split: part, text } of articles) {
    writeFileSync(join(root, "articles", `${gold.id}.txt`), text ?? TEXT);
    writeFileSync(join(root, "gold", `${gold.id}.json`), JSON.stringify(gold));
    if (part) split[part].push(gold.id);
  }
  writeFileSync(join(root, "split.json"), JSON.stringify(split));
  return pathToFileURL(`${root}/`);
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** The same article with a person the text never names: people precision stays, recall drops. */
function spoiled(id: string, beat: string): Gold {
  const gold = goldOf(id, beat);
  gold.people.push({ name: "Orang Tak Ada", aliases: [] }, { name: "Orang Lain Lagi", aliases: [] });
  return gold;
}

describe("the eval scorer", () => {
  it("has something to read in the made-up article", () => {
    expect(goldOf("a", "police").people.length).toBeGreaterThan(0);
  });

  it("passes when every beat of the test split meets the targets", () => {
    const report = evaluate({ verbose: false }, evalDirectory([{ gold: goldOf("a", "police"), split: "test" }]));
    expect(report.failures).toEqual([]);
    expect(report.groups.map((g) => [g.beat, g.split, g.articles])).toEqual([["police", "test", 1]]);
  });

  it("fails on a beat of the test split below a target, naming the beat and the target", () => {
    const directory = evalDirectory([
      { gold: goldOf("a", "police"), split: "test" },
      { gold: spoiled("b", "court"), split: "test" },
    ]);
    const report = evaluate({ verbose: false }, directory);
    expect(report.failures.some((f) => f.startsWith("court (test): people F1"))).toBe(true);
    expect(report.failures.some((f) => f.startsWith("police"))).toBe(false);
  });

  it("does not gate on dev unless asked to, and then gates on dev", () => {
    const directory = evalDirectory([
      { gold: goldOf("a", "police"), split: "test" },
      { gold: spoiled("b", "police"), split: "dev" },
    ]);
    expect(evaluate({ verbose: false }, directory).failures).toEqual([]);
    const dev = evaluate({ verbose: false, split: "dev" }, directory);
    expect(dev.gatedSplit).toBe("dev");
    expect(dev.failures.some((f) => f.startsWith("police (dev): people F1"))).toBe(true);
  });

  it("weighs each beat alike in the mean, whatever its number of articles", () => {
    const directory = evalDirectory([
      { gold: goldOf("a1", "police"), split: "test" },
      { gold: goldOf("a2", "police"), split: "test" },
      { gold: goldOf("a3", "police"), split: "test" },
      { gold: spoiled("b", "court"), split: "test" },
    ]);
    const report = evaluate({ verbose: false }, directory);
    const court = report.groups.find((g) => g.beat === "court")?.values[0] ?? Number.NaN;
    const mean = report.means.find((m) => m.split === "test")?.values[0] ?? Number.NaN;
    expect(mean).toBeCloseTo((1 + court) / 2, 10);
  });

  it("lets a position or quote name its person and institution by any name of the gold entity", () => {
    const gold = goldOf("a", "police");
    const position = gold.positions.find((p) => p.institution);
    const quote = gold.quotes[0];
    expect(position && quote, "the made-up article gives a position with an institution and a quote").toBeTruthy();
    if (!position || !quote) return;
    const person = gold.people.find((p) => p.name === position.person);
    const institution = gold.institutions.find((i) => i.name === position.institution);
    person?.aliases.push("Pak Nama Lain");
    institution?.aliases.push("Markas Nama Lain");
    position.person = "Pak Nama Lain";
    position.institution = "Markas Nama Lain";
    quote.speaker = person?.name === quote.speaker ? "Pak Nama Lain" : quote.speaker;
    const report = evaluate({ verbose: false }, evalDirectory([{ gold, split: "test" }]));
    const tallies = report.articles[0]?.tallies;
    expect(tallies?.positions.truePositives).toBe(gold.positions.length);
    expect(tallies?.quotes.truePositives).toBe(gold.quotes.length);
  });

  it("reads a gold name with an acronym inserted in parentheses also without it", () => {
    const gold = goldOf("a", "police");
    const institution = gold.institutions[0];
    expect(institution, "the made-up article gives an institution").toBeTruthy();
    if (!institution) return;
    const [head, ...rest] = institution.name.split(" ");
    const renamed = [head, "(XYZ)", ...rest].join(" ");
    for (const position of gold.positions)
      if (position.institution === institution.name) position.institution = renamed;
    institution.name = renamed;
    institution.aliases = [];
    const report = evaluate({ verbose: false }, evalDirectory([{ gold, split: "test" }]));
    expect(report.articles[0]?.tallies.institutions.truePositives).toBe(gold.institutions.length);
  });

  it("counts each missed position by its cause, per article", () => {
    const gold = goldOf("a", "police");
    const held = gold.positions.find((p) => p.institution);
    expect(held, "the made-up article gives a position with an institution").toBeTruthy();
    if (!held) return;
    gold.positions.push(
      { person: "Orang Tak Ada", institution: null },
      { person: held.person, institution: "Lembaga Lain Sekali" },
    );
    gold.people.push({ name: "Orang Tak Ada", aliases: [] });
    gold.institutions.push({ name: "Lembaga Lain Sekali", type: "OTHER", aliases: [] });
    const report = evaluate({ verbose: false }, evalDirectory([{ gold, split: "test" }]));
    expect(report.articles[0]?.positionMisses).toEqual({
      "holder not read": 1,
      "holder read, no post": 0,
      "post at no institution": 0,
      "post at another institution": 1,
    });
    expect(formatReport(report)).toMatch(/test\s+1\s+0\s+0\s+1\n/);
  });

  it("says of each holder not read whether the name model judged the name, read it with other words, or never saw it", () => {
    // "Sarmini" stands where no rule reads a name, so only the learned model judges it, and rejects it.
    const text = `${TEXT}\nHadir pula Sarmini di lokasi pos. Warga menyambut Sarmini dengan gembira.\n`;
    const gold = goldOf("a", "police");
    const read = gold.people[0]?.name ?? "";
    gold.people.push(
      { name: "Sarmini", aliases: [] },
      { name: `${read} Wijaya`, aliases: [] },
      { name: "Orang Tak Ada", aliases: [] },
    );
    gold.positions.push(
      { person: "Sarmini", institution: null },
      { person: `${read} Wijaya`, institution: null },
      { person: "Orang Tak Ada", institution: null },
    );
    const report = evaluate({ verbose: false }, evalDirectory([{ gold, split: "test", text }]));
    expect(report.articles[0]?.holderMisses).toEqual({
      "judged no name by the model": 1,
      "read with other words": 1,
      "never read as a name": 1,
    });
    expect(formatReport(report)).toMatch(/holders not read[^\n]*\n[^\n]*\ntest\s+1\s+1\s+1\n/);
  });

  it("selects by beat and by split", () => {
    const directory = evalDirectory([
      { gold: goldOf("a", "police"), split: "test" },
      { gold: goldOf("b", "court"), split: "dev" },
    ]);
    expect(evaluate({ verbose: false, beat: "court" }, directory).articles.map((a) => a.id)).toEqual(["b"]);
    expect(evaluate({ verbose: false, split: "test" }, directory).articles.map((a) => a.id)).toEqual(["a"]);
  });

  it("fails on an article in neither split or without a beat", () => {
    const directory = evalDirectory([{ gold: goldOf("a", "police") }, { gold: goldOf("b", ""), split: "test" }]);
    const { failures } = evaluate({ verbose: false }, directory);
    expect(failures).toContain("a: not assigned to dev or test in split.json");
    expect(failures).toContain('b: gold file has no "beat"');
  });

  it("reads its arguments", () => {
    expect(parseOptions(["--split", "dev", "--beat=court", "--verbose"])).toEqual({
      split: "dev",
      beat: "court",
      verbose: true,
    });
    expect(() => parseOptions(["--split", "all"])).toThrow(/dev or test/);
    expect(() => parseOptions(["--beats"])).toThrow(/unknown argument/);
  });

  it("compares names without ranks, honorifics and degrees", () => {
    expect(comparableName("AKBP Rudi Hartono, S.I.K., M.H.")).toBe("rudi hartono");
    expect(comparableName("Letkol Inf. Agus Salim")).toBe("agus salim");
    expect(comparableName("Prof. Dr. Ir. Budi Santosa, M.Si., IPU")).toBe("budi santosa");
    expect(comparableName("Serka Rogerio")).toBe("rogerio");
  });
});

// The gold set itself: the floor and the written conventions that a script can check.
describe("the gold set in eval/", () => {
  const root = new URL("../../eval/", import.meta.url);
  const ids = readdirSync(new URL("gold/", root))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5));
  const split = JSON.parse(readFileSync(new URL("split.json", root), "utf8")) as { dev: string[]; test: string[] };
  const golds = ids.map((id) => ({
    id,
    text: readFileSync(new URL(`articles/${id}.txt`, root), "utf8"),
    gold: JSON.parse(readFileSync(new URL(`gold/${id}.json`, root), "utf8")),
  }));

  it("holds at least 60 articles over at least 12 beats, at least 4 per beat", () => {
    expect(ids.length).toBeGreaterThanOrEqual(60);
    const perBeat = new Map<string, number>();
    for (const { gold } of golds) perBeat.set(gold.beat, (perBeat.get(gold.beat) ?? 0) + 1);
    expect(perBeat.size).toBeGreaterThanOrEqual(12);
    for (const [beat, count] of perBeat) expect(count, beat).toBeGreaterThanOrEqual(4);
  });

  it("puts every article in exactly one split, each beat split about in half", () => {
    const all = [...split.dev, ...split.test];
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...ids].sort());
    const balance = new Map<string, number>();
    for (const { id, gold } of golds)
      balance.set(gold.beat, (balance.get(gold.beat) ?? 0) + (split.dev.includes(id) ? 1 : -1));
    for (const [beat, difference] of balance) expect(Math.abs(difference), beat).toBeLessThanOrEqual(1);
  });

  it("quotes words the article prints, and positions and quotes name people of the gold", () => {
    for (const { id, text, gold } of golds) {
      const body = normalizeName(text);
      const names = new Set(
        (gold.people as { name: string; aliases?: string[] }[]).flatMap((p) => [p.name, ...(p.aliases ?? [])]),
      );
      for (const quote of gold.quotes) {
        expect(body.includes(normalizeName(quote.text)), `${id}: ${quote.text}`).toBe(true);
        expect(names.has(quote.speaker), `${id}: ${quote.speaker}`).toBe(true);
      }
      for (const position of gold.positions) expect(names.has(position.person), `${id}: ${position.person}`).toBe(true);
      for (const product of gold.products)
        expect(body.includes(normalizeName(product.name)), `${id}: ${product.name}`).toBe(true);
    }
  });
});
