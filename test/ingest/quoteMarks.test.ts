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
