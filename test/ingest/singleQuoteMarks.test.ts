import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/** Quotes written between single quotation marks, curly or straight. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a quote between curly single marks ‘…’", () => {
  it("is a quote, given to the speaker the verb after it names", () => {
    const draft = read(
      "Direktur RSUD Sukamaju, dr. Rina Wulandari, meninjau ruang rawat inap.",
      "‘Kami menambah dua puluh tempat tidur untuk pasien,’ kata Rina.",
    );
    expect(speakerOf(draft, "Kami menambah")).toBe("Rina Wulandari");
  });

  it("keeps an apostrophe inside a word (Da’i) as part of the quote", () => {
    const draft = read(
      "Kepala Puskesmas Sukamaju, Budi Santoso, membuka kelas ibu hamil.",
      "‘Kelas ini diisi bidan dan seorang da’i dari desa setempat,’ ujar Budi.",
    );
    expect(draft.quotes.map((q) => q.text)).toContain("Kelas ini diisi bidan dan seorang da’i dari desa setempat");
  });
});

describe("a quote between straight single marks '…'", () => {
  it("is a quote, and an apostrophe inside a word (Jum'at) does not close it", () => {
    const draft = read(
      "Kepala Puskesmas Sukamaju, Budi Santoso, menjelaskan jadwal posyandu.",
      "'Posyandu kami buka setiap hari Jum'at pagi di balai desa,' ujar Budi.",
    );
    expect(draft.quotes.map((q) => q.text)).toContain("Posyandu kami buka setiap hari Jum'at pagi di balai desa");
    expect(speakerOf(draft, "Posyandu kami")).toBe("Budi Santoso");
  });

  it("goes back to the person named before it when 'ujarnya' follows", () => {
    const draft = read(
      "Dewi Lestari, seorang ibu, mengaku senang anaknya diimunisasi. 'Saya tidak perlu jauh-jauh ke kota untuk imunisasi anak,' ucapnya.",
    );
    expect(speakerOf(draft, "Saya tidak perlu")).toBe("Dewi Lestari");
  });

  it("is not opened by an apostrophe in a name, so the sentence is not read as a quote", () => {
    const draft = read(
      "Ketua KPU Sukamaju, Agus Ma'ruf, membuka rapat pleno rekapitulasi daftar pemilih di aula kantor.",
    );
    expect(draft.quotes).toEqual([]);
  });
});
