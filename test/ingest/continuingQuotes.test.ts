import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/** "…,” tambahnya." / "lanjutnya": who adds or goes on after a paragraph in between. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'tambahnya' after a paragraph that only mentions someone else", () => {
  it("is the last quote's speaker", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari, membuka pekan imunisasi.",
      "“Kami menargetkan semua balita mendapat imunisasi dasar lengkap tahun ini,” kata Rina.",
      "Kegiatan itu juga dihadiri Kepala Desa Sukamaju, Budi Santoso, beserta para kader posyandu.",
      "“Petugas akan datang ke setiap posyandu di desa-desa,” tambahnya.",
    );
    expect(speakerOf(draft, "Petugas akan")).toBe("Rina Wulandari");
  });
});

describe("'lanjutnya' after someone else has spoken", () => {
  it("is the new speaker when the paragraph opens with them and a reporting verb", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari, membuka pekan imunisasi.",
      "“Kami menargetkan semua balita mendapat imunisasi dasar lengkap tahun ini,” kata Rina.",
      "Sementara itu, Kepala Desa Sukamaju, Budi Santoso, mengatakan warga antusias.",
      "“Kami sudah mengumumkan jadwalnya di masjid dan balai desa,” lanjutnya.",
    );
    expect(speakerOf(draft, "Kami sudah")).toBe("Budi Santoso");
  });

  it("is the new speaker named after a passive speech verb", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari, membuka pekan imunisasi.",
      "“Kami menargetkan semua balita mendapat imunisasi dasar lengkap tahun ini,” kata Rina.",
      "Hal senada disampaikan Budi Santoso yang hadir mewakili warga.",
      "“Kami sudah mengumumkan jadwalnya di masjid dan balai desa,” lanjutnya.",
    );
    expect(speakerOf(draft, "Kami sudah")).toBe("Budi Santoso");
  });

  it("is the new speaker named mid-sentence before a reporting verb", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari, membuka pekan imunisasi.",
      "“Kami menargetkan semua balita mendapat imunisasi dasar lengkap tahun ini,” kata Rina.",
      "Dalam kesempatan yang sama Budi Santoso menyampaikan warga sangat antusias.",
      "“Kami sudah mengumumkan jadwalnya di masjid dan balai desa,” lanjutnya.",
    );
    expect(speakerOf(draft, "Kami sudah")).toBe("Budi Santoso");
  });
});
