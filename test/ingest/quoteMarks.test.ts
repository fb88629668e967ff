import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/** How quotes are found and given to their speakers. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a quote opened with a closing mark and a space at the paragraph's start", () => {
  it("is a quote, given to the speaker named after it", () => {
    const draft = read(
      "Menurut Kepala Dinas Kesehatan Kabupaten Tabanan Dr. I Nyoman Suratmika, ditemukan 56 kasus diare.",
      "” Awalnya pada tanggal 22 september belum terdeteksi oleh petugas,” jelas Dr. Suratmika, Senin (15/10).",
    );
    expect(speakerOf(draft, "Awalnya pada")).toBe("I Nyoman Suratmika");
  });
});

describe("an unnamed person after a lowercase word that is no speech verb", () => {
  it("is the object of something else and does not stop 'ujarnya' from reaching the officer", () => {
    const draft = read(
      "Kapolsek Balikpapan Timur Kompol Imam Syafi'i mengatakan pelaku ada tiga orang.",
      "Polisi lalu mengamankan kaliper di rumah salah seorang pelaku. “Barang bukti sementara masih kami kembangkan,” ujarnya.",
    );
    expect(speakerOf(draft, "Barang bukti")).toBe("Imam Syafi'i");
  });

  it("still stands between when it opens the clause and speaks", () => {
    const draft = read(
      "Kepala Lapas Blora, Agus Salim, membuka acara itu.",
      'Sementara itu, salah seorang warga binaan mengaku senang. "Kami bisa belajar membuat kerajinan tangan," katanya.',
    );
    expect(speakerOf(draft, "Kami bisa")).toBeUndefined();
  });
});

describe("a speaker known only by a withheld name and an age", () => {
  const labelOf = (draft: ReturnType<typeof read>, start: string) =>
    draft.labelledQuotes?.find((quote) => quote.text.startsWith(start))?.speakerLabel;

  it("keeps the label when the person is described before speaking", () => {
    const draft = read(
      "Kepala Desa Sukamaju, Agus Salim, meninjau lokasi banjir.",
      "Er (40), warga setempat, mengaku kaget.",
      '"Saya takut sekali melihat air naik," ujarnya.',
    );
    expect(speakerOf(draft, "Saya takut")).toBeUndefined();
    expect(labelOf(draft, "Saya takut")).toBe("Er (40)");
  });

  it("keeps the label when a speech verb names the withheld name again", () => {
    const draft = read(
      "Kepala Desa Sukamaju, Agus Salim, meninjau lokasi banjir.",
      "Er (40), warga setempat, mengaku kaget.",
      '"Saya takut sekali melihat air naik," kata Er.',
    );
    expect(labelOf(draft, "Saya takut")).toBe("Er (40)");
  });
});
