import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

/**
 * "Dinas Perindag X" is "Disperindag X": the unit noun written out before the contracted domain its
 * abbreviation is made of names the same office, under its long form. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a unit noun before a contracted domain", () => {
  it("is the office its abbreviation names, one institution with the abbreviation", () => {
    const draft = read(
      "Disperindag Sukamaju menggelar pasar murah di alun-alun.",
      "Menurut Kepala Bidang Perdagangan Dinas Perindag Sukamaju, Rina Wulandari, stok beras aman.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Perindustrian dan Perdagangan Sukamaju"]);
  });

  it("is read when the contraction is no domain word of its own", () => {
    const draft = read("Rapat itu dihadiri pejabat Dinas Perkim Kota Sukamaju dan warga.");
    expect(institutionNames(draft)).toEqual(["Dinas Perumahan dan Kawasan Permukiman Kota Sukamaju"]);
  });
});
