import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Constructions of regional offices and posts found in fresh dev articles of the village beat,
 * each written here with made-up names (Budi Santoso, Rina Wulandari, …).
 */
const read = draftReader("Penjabat Kepala Desa Dilantik Serentak");
const opening = "SUKAMAJU - Pelantikan penjabat kepala desa digelar di aula kecamatan pada Jumat.";

describe("a merged office written with its abbreviation, then further domains listed ('Dinas Kominfo, Statistik dan Persandian')", () => {
  it("keeps the listed domains in the office's name, and the name after them is its head's", () => {
    const cases: [string, string, string][] = [
      [
        '"Semua berjalan lancar," kata Camat Sukamaju, didampingi Kepala Dinas Kominfo, Statistik dan Persandian Rina Wulandari, dalam pers rilis.',
        "Rina Wulandari",
        "Dinas Komunikasi dan Informatika, Statistik dan Persandian",
      ],
      [
        "Hadir pula Kadis Kominfo, Statistik dan Persandian Kabupaten Sukamaju, Budi Santoso, dalam acara itu.",
        "Budi Santoso",
        "Dinas Komunikasi dan Informatika, Statistik dan Persandian Kabupaten Sukamaju",
      ],
      [
        "Acara itu dibuka Kepala Diskominfo, Statistik dan Persandian Kota Sukamaju Joko Purnomo, S.Kom.",
        "Joko Purnomo",
        "Dinas Komunikasi dan Informatika, Statistik dan Persandian Kota Sukamaju",
      ],
      [
        "Hadir Kepala Dinas PUPR, Perumahan dan Kawasan Permukiman Kabupaten Sukamaju (DPUPRKP), Ir. Agus Salim, M.T., dalam acara itu.",
        "Agus Salim",
        "Dinas Pekerjaan Umum dan Penataan Ruang, Perumahan dan Kawasan Permukiman Kabupaten Sukamaju",
      ],
    ];
    for (const [sentence, holder, office] of cases) {
      const draft = read(opening, sentence);
      expect(peopleNames(draft)).toContain(holder);
      expect(peopleNames(draft)).not.toContain("Statistik");
      expect(postsOf(draft, holder)).toEqual([
        `Kepala ${office.replace(/ K(?:abupaten|ota) Sukamaju$/, "")} @ ${office}`,
      ]);
    }
  });

  it("leaves offices listed by their own abbreviations apart", () => {
    const draft = read(opening, "Rapat itu dihadiri Dinkes, Dinsos dan Disdik Kabupaten Sukamaju pada Senin.");
    expect(institutionNames(draft).some((name) => name.includes(","))).toBe(false);
  });
});

describe("a post of the regional secretariat written with its region but not its office ('Asisten Pemerintahan dan Kesra Kabupaten X')", () => {
  it("is held in that region's government", () => {
    const cases: [string, string, string][] = [
      [
        '"Semua berjalan lancar," kata Asisten Pemerintahan dan Kesra Kabupaten Blora Budi Santoso, dalam pers rilis di lingkungan Pemerintah Kabupaten Blora.',
        "Budi Santoso",
        "Pemerintah Kabupaten Blora",
      ],
      [
        "Acara di lingkungan Pemerintah Kota Magelang itu dibuka Asisten Perekonomian dan Pembangunan Kota Magelang, Ir. Joko Purnomo, M.Si, pada Senin.",
        "Joko Purnomo",
        "Pemerintah Kota Magelang",
      ],
      [
        "Pemerintah Kabupaten Cianjur menggelar rapat yang dibuka Asisten Ekbang Kabupaten Cianjur, Agus Salim, dan diikuti para camat.",
        "Agus Salim",
        "Pemerintah Kabupaten Cianjur",
      ],
      [
        "Pemerintah Provinsi Jawa Tengah menggelar rapat yang dibuka Asisten Administrasi Umum Provinsi Jawa Tengah Dr. Rina Wulandari, M.Si., di Semarang.",
        "Rina Wulandari",
        "Pemerintah Provinsi Jawa Tengah",
      ],
    ];
    for (const [sentence, holder, government] of cases) {
      const draft = read(opening, sentence);
      expect(holdersAt(draft)).toContain(`${holder} @ ${government}`);
    }
  });
});
