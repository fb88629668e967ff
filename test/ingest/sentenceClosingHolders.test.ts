import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * A title clause inside a sentence and its holder's full name set off by a comma, closing the
 * sentence: "Acara dibuka oleh Kabid Pendidikan Dasar Disdik X, Rina Wati." Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("a holder's name closing the sentence after the title", () => {
  it("reads the holder of a section head's title after 'oleh'", () => {
    const draft = read("Acara dibuka oleh Kabid Pendidikan Dasar Disdik Sukamaju, Rina Wulandari.");
    expect(draft.people.map((p) => p.name)).toEqual(["Rina Wulandari"]);
    expect(postsOf(draft, "Rina Wulandari")).toHaveLength(1);
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
