import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** "Balai" before domain words names a technical office; before a village or a meeting, a hall. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a Balai with domain words and a region", () => {
  it("is an office, and its head's post is filed there", () => {
    const draft = read("Kepala Balai Koperasi dan UMKM Provinsi Sukamaju, Budi Santoso, mengatakan pelatihan digelar.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Balai Koperasi dan UMKM Provinsi Sukamaju"]);
  });

  it("keeps its head when the name is followed by where the head spoke", () => {
    const draft = read(
      '"Pelatihan ini penting," kata Kepala Balai Koperasi dan UMKM Provinsi Sukamaju, Budi Santoso di Sukamaju, Senin.',
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Balai Koperasi dan UMKM Provinsi Sukamaju"]);
  });
});

describe("a Balai of a village or a meeting", () => {
  it("is a hall, no institution", () => {
    const draft = read("Musyawarah digelar di Balai Desa Sukamaju dan Balai Pertemuan Sukamaju.");
    expect(institutionNames(draft)).toEqual([]);
  });
});
