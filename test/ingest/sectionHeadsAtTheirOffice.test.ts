import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/**
 * A section head or a school's deputy head written without an institution ("didampingi Kabid
 * Pembinaan SD, Budi") works at the office or school the story is about. Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("posts named without their institution", () => {
  it("files an abbreviated section head's post (Kabid, Kasi) at the story's office", () => {
    const draft = read(
      "Kepala Dinas Pendidikan Sukamaju, Budi Santoso, meninjau sekolah, didampingi Kabid Pembinaan Pendidikan Dasar, Rina Wulandari, dan dua staf.",
      "Dinas Pendidikan Sukamaju menilai semua guru hadir tepat waktu.",
    );
    expect(holdersAt(draft)).toContain("Rina Wulandari @ Dinas Pendidikan Sukamaju");
  });

  it("files a school's deputy head for a field at the school", () => {
    const draft = read(
      "Kepala SMAN 1 Sukamaju, Budi Santoso, didampingi Wakil Kepala Sekolah Bidang Kurikulum, Rina Wulandari, mengumumkan kelulusan.",
    );
    expect(holdersAt(draft)).toContain("Rina Wulandari @ SMA Negeri 1 Sukamaju");
  });
});
