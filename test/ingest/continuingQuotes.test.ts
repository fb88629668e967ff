import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/** "…,” tambahnya." / "lanjutnya": who adds or goes on after a paragraph in between. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

/** Rina Wulandari, introduced with her post, speaks first in every story here. */
const rinaSpeaksFirst = [
  "Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari, membuka pekan imunisasi.",
  "“Kami menargetkan semua balita mendapat imunisasi dasar lengkap tahun ini,” kata Rina.",
];

/** The speaker the extractor gives the closing quote after Rina's quote and the paragraph in between. */
function closingQuoteSpeaker(between: string, closingQuote: string): string | undefined {
  const draft = read(...rinaSpeaksFirst, between, closingQuote);
  // its first ten letters, past the opening quotation mark
  return speakerOf(draft, closingQuote.slice(1, 11));
}

describe("'tambahnya' after a paragraph that only mentions someone else", () => {
  it("is the last quote's speaker", () => {
    const speaker = closingQuoteSpeaker(
      "Kegiatan itu juga dihadiri Kepala Desa Sukamaju, Budi Santoso, beserta para kader posyandu.",
      "“Petugas akan datang ke setiap posyandu di desa-desa,” tambahnya.",
    );
    expect(speaker).toBe("Rina Wulandari");
  });
});

describe("'lanjutnya' after someone else has spoken", () => {
  const goesOn = "“Kami sudah mengumumkan jadwalnya di masjid dan balai desa,” lanjutnya.";

  it.each([
    [
      "when the paragraph opens with them and a reporting verb",
      "Sementara itu, Kepala Desa Sukamaju, Budi Santoso, mengatakan warga antusias.",
    ],
    ["named after a passive speech verb", "Hal senada disampaikan Budi Santoso yang hadir mewakili warga."],
    [
      "named mid-sentence before a reporting verb",
      "Dalam kesempatan yang sama Budi Santoso menyampaikan warga sangat antusias.",
    ],
  ])("is the new speaker %s", (_case, between) => {
    expect(closingQuoteSpeaker(between, goesOn)).toBe("Budi Santoso");
  });
});
