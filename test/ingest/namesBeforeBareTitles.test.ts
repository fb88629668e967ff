import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** A full name written right before a title that names no institution. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'Name Kordiv X' with no institution after the title", () => {
  it("gives each holder of a list the post after their name, at the body the article is about", () => {
    const draft = read(
      "Bawaslu Kabupaten Sukamaju menggelar rapat koordinasi. Hadir Budi Santoso Kordiv Hukum dan Penindakan dan Rina Wulandari Kordiv Pencegahan.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rina Wulandari"]);
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju",
      "Rina Wulandari @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju",
    ]);
  });

  it("reads the holder opening the sentence before a reporting verb", () => {
    const draft = read(
      "Bawaslu Kabupaten Sukamaju menggelar rapat koordinasi. Budi Santoso Kordiv Hukum dan Penindakan mengatakan pengawasan diperketat.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });

  it("reads no holder before a title that goes on into what it names", () => {
    const draft = read(
      "Kabupaten Sukamaju menerima Surat Keputusan Gubernur tentang penetapan itu, kata Budi Santoso.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});
