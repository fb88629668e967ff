import { describe, expect, it } from "vitest";
import { draftReader } from "./draftQueries.ts";

/**
 * An abbreviation the article defines the other way round: the acronym (and its region) first,
 * then its long form in brackets. Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("an acronym written before its long form in brackets", () => {
  it("learns the acronym, so the body and its later mentions are one institution", () => {
    const draft = read(
      "Ketua LPMP Jawa Tengah (Lembaga Penjaminan Mutu Pendidikan), Budi Santoso, membuka pelatihan guru.",
      "Menurut LPMP Jawa Tengah, pelatihan diikuti seratus guru.",
    );
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]?.name).toBe("Lembaga Penjaminan Mutu Pendidikan Jawa Tengah");
    expect(draft.institutions[0]?.aliases).toContain("LPMP Jawa Tengah");
  });

  it("does not learn a programme whose long form opens with no organisation noun", () => {
    const draft = read("Kegiatan MPLS (Masa Pengenalan Lingkungan Sekolah) dibuka Senin.");
    expect(draft.institutions).toEqual([]);
  });
});
