import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

/**
 * "Pemda Majene", "Pemerintah Daerah Blora": a regional government written without its level
 * (found in a fresh dev article of the DPRD beat), here with other regions.
 */
const read = draftReader("Rapat Dengar Pendapat Digelar");
const opening = "SUKAMAJU - Komisi I DPRD menggelar rapat dengar pendapat pada Senin.";

describe("a regional government written 'Pemda' or 'Pemerintah Daerah' with its region", () => {
  it("is the regency's government, the city's with 'Kota', and the province's for a province", () => {
    const cases: [string, string][] = [
      [
        "Yang diundang antara lain staf ahli bidang pemerintahan, hukum dan kesra Pemda Blora, serta para camat.",
        "Pemerintah Kabupaten Blora",
      ],
      ["Pemerintah Daerah Cianjur menyiapkan anggaran untuk kegiatan itu.", "Pemerintah Kabupaten Cianjur"],
      ["Pemda Kota Magelang ikut mengirim perwakilan.", "Pemerintah Kota Magelang"],
      ["Pemda Jawa Tengah ikut mengirim perwakilan.", "Pemerintah Provinsi Jawa Tengah"],
      ["Pemda Provinsi Bali ikut mengirim perwakilan.", "Pemerintah Provinsi Bali"],
    ];
    for (const [sentence, government] of cases) {
      expect(institutionNames(read(opening, sentence))).toContain(government);
    }
  });

  it("names no government without a region, even where the article names the regent's", () => {
    const draft = read(
      opening,
      "Penyuluhan itu melibatkan kepolisian maupun Pemerintah Daerah, kata Bupati Blora Budi Santoso di Kantor Bupati Blora.",
      "Pemda diminta menyiapkan anggaran.",
    );
    expect(institutionNames(draft)).toEqual([]);
  });
});
