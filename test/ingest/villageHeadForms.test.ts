import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/** How news writes a village head beside the name: no seat, "setempat", an age in brackets. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a village head's title written with the full name and no seat", () => {
  it("is held at the one village government the article names", () => {
    const draft = read("Pemerintah Desa Sukamaju melalui Kepala Desa Budi Santoso menyalurkan bantuan langsung tunai.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Pemerintah Desa Sukamaju"]);
  });

  it("is held at the one urban village government the article names, for a lurah", () => {
    const draft = read("Pemerintah Kelurahan Sukamaju menggelar rapat.", "Lurah Budi Santoso mengatakan warga hadir.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Pemerintah Kelurahan Sukamaju"]);
  });
});

describe("setempat where the seat would stand", () => {
  it("stands between the title and its holder", () => {
    const draft = read(
      "Pemdes Sukamaju menyalurkan bantuan.",
      "Kades setempat Budi Santoso mengatakan penerima 50 KK.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Pemerintah Desa Sukamaju"]);
  });
});

describe("a name with its age in brackets before a title set off by commas", () => {
  it("holds the title", () => {
    const draft = read("Budi Santoso (45), Kepala Desa Sukamaju, mengatakan jalan sudah diperbaiki.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ -"]);
  });
});
