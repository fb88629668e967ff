import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { evaluate } from "../../eval/score.ts";
import { readServedFacts, servedFacts } from "../../eval/served.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { MADE_UP_POLICE_ARTICLE } from "../support/drafts.ts";

const person = (
  id: string,
  name: string,
  positions: { institution?: { id: string; name: string }; urls: string[] }[],
) => ({
  id,
  name,
  aliases: [name],
  positions: positions.map(({ institution, urls }) => ({
    title: "Kepala",
    role: "Kepala",
    institution: institution ?? null,
    reports: urls.map((url) => ({ article: { url } })),
  })),
});

describe("an article's facts as served", () => {
  const rutan = { id: "i1", name: "Rutan Sukamaju" };
  const lapas = { id: "i2", name: "Lapas Sukamaju" };
  const served = servedFacts(
    {
      publishedDate: "2025-03-03",
      authors: [],
      people: [
        person("p1", "Budi Santosa", [
          { institution: rutan, urls: ["https://berita.example.test/"] },
          { institution: lapas, urls: ["https://lain.example.test/berita"] },
        ]),
      ],
      institutions: [{ id: "i1", name: "Rutan Sukamaju", shortName: null, aliases: [], type: "DETENTION_CENTER" }],
      places: [],
      quotes: [{ text: "Kami siap.", speaker: { id: "p9", name: "Rina Wulandari" } }],
      products: [],
    },
    "https://berita.example.test",
  );

  it("keeps only the positions this article reports, its url matched in the form the API serves it", () => {
    expect(served.positions).toEqual([{ person: "p1", role: "Kepala", institution: "i1" }]);
  });

  it("names a quote's speaker the people list leaves out", () => {
    expect(served.people.map((p) => p.key)).toEqual(["p1", "p9"]);
    expect(served.quotes).toEqual([{ speaker: "p9", text: "Kami siap." }]);
  });

  it("takes the day of publication as the article gives it", () => {
    expect(served.article.publishedAt).toBe("2025-03-03");
  });
});

const TEXT = MADE_UP_POLICE_ARTICLE;

const root = mkdtempSync(join(tmpdir(), "eval-served-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the eval of the graph as served", () => {
  it("ingests the articles with the CLI and scores what article(url:) serves as the draft scores", async () => {
    const draft = parseArticleDraft(extractArticle(TEXT));
    const people = new Map(draft.people.map((p) => [p.key, p.name]));
    const institutions = new Map(draft.institutions.map((i) => [i.key, i.name]));
    mkdirSync(join(root, "articles"));
    mkdirSync(join(root, "gold"));
    writeFileSync(join(root, "articles", "a.txt"), TEXT);
    const gold = {
      id: "a",
      beat: "police",
      citation: { url: "https://berita.example.test" },
      publishedAt: "2025-03-03",
      people: draft.people.map((p) => ({ name: p.name, aliases: p.aliases })),
      institutions: draft.institutions.map((i) => ({ name: i.name, aliases: i.aliases })),
      positions: draft.positions.map((p) => ({
        person: people.get(p.person) ?? "",
        institution: p.institution ? institutions.get(p.institution) : null,
      })),
      quotes: draft.quotes.map((q) => ({ speaker: people.get(q.speaker) ?? "", text: q.text })),
    };
    expect(gold.positions.length).toBeGreaterThan(0);
    expect(gold.quotes.length).toBeGreaterThan(0);
    writeFileSync(join(root, "gold", "a.json"), JSON.stringify(gold));
    writeFileSync(join(root, "split.json"), JSON.stringify({ dev: [], test: ["a"] }));
    const directory = pathToFileURL(`${root}/`);

    const served = await readServedFacts(directory);
    expect([...served.keys()]).toEqual(["a"]);
    const report = evaluate({ verbose: false }, directory, (id) => {
      const facts = served.get(id);
      if (!facts) throw new Error("not served");
      return facts;
    });
    expect(report.failures).toEqual([]);
    const tallies = report.articles[0]?.tallies;
    for (const type of ["people", "institutions", "positions", "quotes", "publication date"] as const) {
      expect(tallies?.[type].truePositives, type).toBe(tallies?.[type].gold);
    }
  }, 120_000);
});
