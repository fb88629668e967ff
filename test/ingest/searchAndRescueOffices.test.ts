import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** Search and rescue offices and posts, and a regency written as one word. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("an acronym the lexicon knows, defined in brackets after another unit", () => {
  it("stands for that unit in the article ('Kantor Pencarian dan Pertolongan (Basarnas) X' … 'Basarnas X')", () => {
    const draft = read(
      "Kantor Pencarian dan Pertolongan (Basarnas) Banjarmasin mengevakuasi ratusan warga.",
      "Kepala Basarnas Banjarmasin Rudi Hartono mengatakan semua warga selamat.",
    );
    expect(institutionNames(draft)).toEqual(["Kantor Pencarian dan Pertolongan Banjarmasin"]);
    expect(holdersAt(draft)).toEqual(["Rudi Hartono @ Kantor Pencarian dan Pertolongan Banjarmasin"]);
  });
});

describe("a search and rescue post", () => {
  it("is a unit with its seat ('Pos SAR Kotabaru')", () => {
    const draft = read("Tim dari Pos SAR Kotabaru menyisir sungai sejak pagi.");
    expect(institutionNames(draft)).toEqual(["Pos Pencarian dan Pertolongan Kotabaru"]);
  });

  it("is what its commander's contracted title names ('Danpos SAR Kotabaru Name')", () => {
    const draft = read("Danpos SAR Kotabaru Andi Firmansyah memimpin pencarian korban.");
    expect(holdersAt(draft)).toEqual(["Andi Firmansyah @ Pos Pencarian dan Pertolongan Kotabaru"]);
  });
});

describe("a regency whose name is an ambiguous phrase when written as two words", () => {
  it("is a place written as one word ('Kotabaru'), not 'kota baru'", () => {
    const draft = read("Banjir melanda Kotabaru sejak Jumat. Warga kota baru itu mengungsi.");
    expect(draft.places.map((p) => p.name)).toContain("Kabupaten Kotabaru");
  });
});
