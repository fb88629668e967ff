import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * Pupils named after their class and school, set off by commas: "siswi kelas XI SMAN 1 X, Name".
 * Every sentence is made up.
 */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Ekstraksi\n\n${paragraphs.join("\n\n")}`));
}

const names = (draft: ArticleDraft) => draft.people.map((p) => p.name).sort();

describe("pupils named with their class", () => {
  it("reads the name after a class in Roman numerals and the school", () => {
    const draft = read("Siswi kelas XI SMAN 1 Sukamaju, Nadia Putri, meraih medali emas.");
    expect(names(draft)).toEqual(["Nadia Putri"]);
  });

  it("reads past the class's stream and a 'dari' before the school", () => {
    expect(names(read("Siswi kelas XI IPA 2 SMAN 1 Sukamaju, Nadia Putri, meraih medali emas."))).toEqual([
      "Nadia Putri",
    ]);
    expect(names(read("Siswa kelas 6 dari SDN 2 Sukamaju, Rudi Hartono dan Agus Salim, menjuarai lomba."))).toEqual([
      "Agus Salim",
      "Rudi Hartono",
    ]);
  });

  it("does not read a class word that names no school before the comma", () => {
    expect(names(read("Siswa kelas unggulan, menurut panitia, meraih medali emas."))).toEqual([]);
  });
});
