import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/** Ranks written with a service, a corps or a physician's honorific, and one-word holders of a title. Made-up text. */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Pola\n\n${paragraphs.join("\n\n")}`));
}

const names = (draft: ArticleDraft) => draft.people.map((p) => p.name).sort();

function positionOf(draft: ArticleDraft, name: string) {
  const person = draft.people.find((p) => p.name === name);
  const position = draft.positions.find((p) => p.person === person?.key);
  const institution = draft.institutions.find((i) => i.key === position?.institution);
  return { role: position?.role, institution: institution?.shortName ?? institution?.name };
}

describe("a navy or air force rank with its service and a corps in brackets", () => {
  it("reads the person after 'Kolonel Laut (P)' and gives the post before the rank", () => {
    const draft = read("Komandan Lanal Cilacap Kolonel Laut (P) Agus Salim meninjau lokasi banjir.");
    expect(names(draft)).toEqual(["Agus Salim"]);
    expect(draft.people[0]?.aliases).toContain("Kolonel Laut (P) Agus Salim");
    expect(positionOf(draft, "Agus Salim").role).toMatch(/^Komandan/);
  });

  it("reads 'Letkol Laut (T)' and 'Mayor Udara' before a name anywhere in a sentence", () => {
    const draft = read("Hadir pula Letkol Laut (T) Wiryawan Sudarmo dan Mayor Udara Rina Wulandari dalam acara itu.");
    expect(names(draft)).toEqual(["Rina Wulandari", "Wiryawan Sudarmo"]);
  });
});

describe("a one-word name opening a sentence before a linking verb and a title", () => {
  it("is the holder of the title", () => {
    const draft = read("Supriadi adalah Sekretaris DPC PDIP Kabupaten Sukamaju.");
    expect(names(draft)).toEqual(["Supriadi"]);
    expect(positionOf(draft, "Supriadi")).toEqual({
      role: "Sekretaris Dewan Pimpinan Cabang PDIP",
      institution: "DPC PDIP Sukamaju",
    });
  });

  it("is not a pronoun or an adverb opening the sentence", () => {
    const draft = read(
      "Beliau adalah Sekretaris Dinas Sosial Kabupaten Sukamaju. Akhirnya menjadi Ketua DPC PDIP Kabupaten Blora.",
    );
    expect(names(draft)).toEqual([]);
  });
});

describe("a rank before a physician's honorific", () => {
  it("ends the role at the comma, before the rank", () => {
    const draft = read(
      "Kepala Rumah Sakit Bhayangkara Semarang, AKBP dr. Budi Santoso mengatakan pasien sudah pulang.",
    );
    expect(names(draft)).toEqual(["Budi Santoso"]);
    expect(draft.people[0]?.aliases).toContain("AKBP dr. Budi Santoso");
    const { role } = positionOf(draft, "Budi Santoso");
    expect(role).toMatch(/^Kepala Rumah Sakit Bhayangkara/);
    expect(role).not.toMatch(/AKBP|,/);
  });
});
