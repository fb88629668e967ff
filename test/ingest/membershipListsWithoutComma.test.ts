import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/** A membership title right before a list of names, no comma after the title. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'Anggota KPU X A, B dan C'", () => {
  it("gives everyone of the list closed by 'dan' the membership", () => {
    const draft = read("Rapat dihadiri Anggota KPU Kabupaten Sukamaju Rina Wulandari, Agus Salim dan Sri Lestari.");
    expect(holdersAt(draft)).toEqual([
      "Rina Wulandari @ Komisi Pemilihan Umum Kabupaten Sukamaju",
      "Agus Salim @ Komisi Pemilihan Umum Kabupaten Sukamaju",
      "Sri Lestari @ Komisi Pemilihan Umum Kabupaten Sukamaju",
    ]);
  });
});
