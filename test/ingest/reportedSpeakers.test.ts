import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/**
 * Who speaks an unattributed quote or an "ujarnya" after a sentence that names other people only
 * as what the speaker reports or what the sentence's subject acts on. Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("a quote after a sentence opened by 'menurut' a speaker", () => {
  it("is the speaker's, not the last person the speaker talks about", () => {
    const draft = read(
      "Dua siswa SMPN 2 Sukamaju, Rina Wulandari dan Dewi Lestari, ikut olimpiade sains tingkat provinsi.",
      "Hal itu disampaikan Kepala SMPN 2 Sukamaju Budi Santoso, Senin. Menurut Budi Santoso, siswanya sering berprestasi: Rina Wulandari meraih medali emas olimpiade matematika.",
      '"Dua siswa kami yang lain juga lolos seleksi tingkat provinsi tahun ini."',
    );
    expect(speakerOf(draft, "Dua siswa kami")).toBe("Budi Santoso");
  });
});

describe("'ujarnya' after a sentence whose subject is no person", () => {
  it("goes on with the last quote's speaker, past the people the sentence acts on", () => {
    const draft = read(
      '"Kami sudah menyiapkan para siswa sejak tiga bulan lalu," kata Kepala SMPN 2 Sukamaju Budi Santoso.',
      "Untuk kategori guru, sekolah diwakili Dewi Lestari, guru Matematika.",
      "Untuk lomba itu, sekolah mengutus dua siswa serta Dewi Lestari dari jenjang guru.",
      '"Kami berharap mereka mampu bersaing dan membawa pulang medali," ujarnya.',
    );
    expect(speakerOf(draft, "Kami berharap mereka")).toBe("Budi Santoso");
  });

  it("stays with the person who opens the sentence as its subject", () => {
    const draft = read(
      '"Kami sudah menyiapkan para siswa sejak tiga bulan lalu," kata Kepala SMPN 2 Sukamaju Budi Santoso.',
      "Untuk kategori guru, sekolah diwakili Dewi Lestari, guru Matematika.",
      "Sesudah itu Dewi Lestari melatih siswa setiap sore di sekolah.",
      '"Kami berharap mereka mampu bersaing dan membawa pulang medali," ujarnya.',
    );
    expect(speakerOf(draft, "Kami berharap mereka")).toBe("Dewi Lestari");
  });
});

describe("a quote closed with an abbreviated title ('kata Sekda')", () => {
  it("is the one holder of the title, whichever way the holder's title was written", () => {
    const draft = read(
      "Sekretaris Daerah Kabupaten (Sekkab) Sukamaju, Drs Budi Santoso MM, hadir pada pelepasan siswa SMPN 1 Sukamaju.",
      '"Kita sama-sama berdoa agar semua peserta ujian tahun ini lulus," kata Sekda.',
    );
    expect(speakerOf(draft, "Kita sama-sama berdoa")).toBe("Budi Santoso");
  });
});
