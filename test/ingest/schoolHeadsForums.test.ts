import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/**
 * "Musyawarah Kerja Kepala Sekolah (MKKS) SMP Kabupaten X": a forum of the heads of one school
 * level's schools in a region (found in a fresh dev article of the education beat), here with
 * made-up names and other regions.
 */
const read = draftReader("Forum Kepala Sekolah Studi Banding");
const opening = "BLORA - Rombongan kepala sekolah tiba di kota tujuan pada Kamis pagi.";

describe("a school heads' forum written with the level of its schools before its region", () => {
  it("is one forum of that level and region, in full, bracketed or short", () => {
    const cases: [string, string][] = [
      [
        "Musyawarah Kerja Kepala Sekolah (MKKS) SMP Kabupaten Blora (Blora), dipimpin Dinas Pendidikan, menggelar studi banding. Rombongan MKKS SMP Blora tiba pada Kamis.",
        "Musyawarah Kerja Kepala Sekolah SMP Kabupaten Blora",
      ],
      [
        "Kegiatan itu diikuti MKKS SMA Kota Magelang bersama para pengawas.",
        "Musyawarah Kerja Kepala Sekolah SMA Kota Magelang",
      ],
      [
        "Kelompok Kerja Kepala Sekolah (K3S) SD Kabupaten Cianjur menggelar rapat kerja.",
        "Kelompok Kerja Kepala Sekolah SD Kabupaten Cianjur",
      ],
    ];
    for (const [sentence, forum] of cases) {
      expect(institutionNames(read(opening, sentence))).toContain(forum);
    }
  });

  it("holds its chair's post", () => {
    const draft = read(opening, "Ketua MKKS SMK Kabupaten Blora, Budi Santoso, S.Pd., M.M., membuka rapat.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Musyawarah Kerja Kepala Sekolah SMK Kabupaten Blora"]);
  });
});
