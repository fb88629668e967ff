import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

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

  it("names no government without a region, even where the article seats a command in the regency", () => {
    const draft = read(
      opening,
      "Dandim 0721/Blora Letnan Kolonel Arif Hadi mengatakan, program itu menyasar Kecamatan Cepu.",
      "Penyuluhan itu melibatkan instansi kepolisian maupun Pemerintah Daerah dalam rangka memberikan edukasi.",
      "Pemda diminta menyiapkan anggaran.",
    );
    expect(institutionNames(draft).filter((name) => name.startsWith("Pemerintah"))).toEqual([]);
  });
});

describe("a province's government written 'Pemerintah' and the province's name alone ('Pemerintah Aceh')", () => {
  it("is the province's government, written so as an alias", () => {
    const draft = read(opening, "Bantuan itu disalurkan Pemerintah Aceh melalui dinas terkait.");
    expect(institutionNames(draft)).toContain("Pemerintah Provinsi Aceh");
  });

  it("names no government before anything but a province", () => {
    const draft = read(
      opening,
      "Pemerintah pusat dan Pemerintah Indonesia mendukung program itu, kata Pemerintah Sukamaju.",
    );
    expect(institutionNames(draft).filter((name) => name.startsWith("Pemerintah"))).toEqual([]);
  });
});

describe("a regional government written 'Pemerintahan' (governance) with its level and region", () => {
  it("is that government, and the regional head's post is held there", () => {
    const cases: [string, string][] = [
      ["Pejabat di lingkup Pemerintahan Provinsi (Pemprov) Maluku dilantik.", "Pemerintah Provinsi Maluku"],
      ["Pejabat di lingkup Pemerintahan Kabupaten Blora dilantik.", "Pemerintah Kabupaten Blora"],
      ["Pejabat di lingkup Pemerintahan Kota Semarang dilantik.", "Pemerintah Kota Semarang"],
    ];
    for (const [sentence, government] of cases) {
      expect(institutionNames(read(opening, sentence))).toContain(government);
    }
    const installed = read(
      opening,
      "Gubernur Maluku, Murad Ismail, melantik 18 pejabat di lingkup Pemerintahan Provinsi (Pemprov) Maluku.",
    );
    expect(holdersAt(installed)).toContain("Murad Ismail @ Pemerintah Provinsi Maluku");
  });
});
