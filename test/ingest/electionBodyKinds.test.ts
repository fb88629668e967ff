import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

/** Election bodies that exist once per region, written as a kind or with their seat. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'Panwaslu' written as a kind of body, without a seat", () => {
  it("is no institution ('30 pengawas pemilu (Panwaslu) Kecamatan')", () => {
    const draft = read(
      "Bawaslu Kabupaten Sukamaju melantik 30 pengawas pemilu (Panwaslu) Kecamatan untuk pemilihan serentak.",
      "Anggota Panwaslu Kecamatan itu akan bertugas di 10 kecamatan.",
    );
    expect(institutionNames(draft).some((name) => name.startsWith("Panitia Pengawas Pemilu"))).toBe(false);
  });

  it("is the one office the article seats ('Panwaslu Kabupaten Sukamaju' … 'Panwaslu')", () => {
    const draft = read(
      "Ketua Panwaslu Kabupaten Sukamaju, Budi Santoso, membuka rapat koordinasi pengawasan.",
      "Panwaslu juga mengundang perwakilan partai politik.",
    );
    expect(institutionNames(draft).filter((name) => name.startsWith("Panitia Pengawas Pemilu"))).toEqual([
      "Panitia Pengawas Pemilu Kabupaten Sukamaju",
    ]);
  });
});
