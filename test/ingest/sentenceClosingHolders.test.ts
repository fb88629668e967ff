import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * A title clause inside a sentence and its holder's full name set off by a comma, closing the
 * sentence: "Acara dibuka oleh Kabid Pendidikan Dasar Disdik X, Rina Wati." Every sentence is made up.
 */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Ekstraksi\n\n${paragraphs.join("\n\n")}`));
}

function rolesOf(draft: ArticleDraft, name: string): string[] {
  const person = draft.people.find((p) => p.name === name);
  return draft.positions.filter((p) => p.person === person?.key).map((p) => p.role);
}

describe("a holder's name closing the sentence after the title", () => {
  it("reads the holder of a section head's title after 'oleh'", () => {
    const draft = read("Acara dibuka oleh Kabid Pendidikan Dasar Disdik Sukamaju, Rina Wulandari.");
    expect(draft.people.map((p) => p.name)).toEqual(["Rina Wulandari"]);
    expect(rolesOf(draft, "Rina Wulandari")).toHaveLength(1);
  });

  it("reads the holder after a verb of attendance", () => {
    const draft = read("Hadir pula Kabid Pembinaan SMP, Rina Wulandari. Ia berharap siswa giat belajar.");
    expect(draft.people.map((p) => p.name)).toEqual(["Rina Wulandari"]);
  });

  it("does not read a single word closing the sentence as the holder", () => {
    const draft = read("Acara dibuka oleh Kabid Pendidikan Dasar Disdik Sukamaju, Kemarin.");
    expect(draft.people).toEqual([]);
  });
});
