import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, positionOf, speakerOf } from "./draftQueries.ts";

/** Acronyms of two capital parts joined by a hyphen ("DKPP-KB", "DP3A-KB"). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a hyphenated acronym the article defines in brackets", () => {
  const draft = read(
    "Dinas Kesehatan, Pengendalian Penduduk, dan Keluarga Berencana (DKPP-KB) menggelar imunisasi campak di 12 puskesmas.",
    "“Kami menargetkan semua anak mendapat imunisasi campak bulan ini,” kata Kepala DKPP-KB Kabupaten Sukamaju Rina Wulandari, Rabu (27/8).",
  );

  it("is that office, not the lexicon's body its first part spells (DKPP)", () => {
    expect(institutionNames(draft).some((name) => name.includes("Kehormatan"))).toBe(false);
  });

  it("gives the title's holder her full name, her post in that office and her quote", () => {
    expect(positionOf(draft, "Rina Wulandari").institution).toBe("DKPP-KB Sukamaju");
    expect(speakerOf(draft, "Kami menargetkan")).toBe("Rina Wulandari");
  });
});
