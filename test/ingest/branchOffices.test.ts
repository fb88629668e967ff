import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, positionOf } from "./draftQueries.ts";

/** A national body's branch office named by its region ("BPJS Kesehatan Cabang Sukamaju"). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'Cabang' and a region after a national body", () => {
  it("is the body's branch office, and the words are no person", () => {
    const draft = read(
      "Kepala BPJS Kesehatan Cabang Sukamaju, Siti Aminah, menjelaskan jumlah peserta JKN.",
      "Peserta JKN di Kabupaten Sukamaju terus bertambah.",
    );
    expect(peopleNames(draft)).toEqual(["Siti Aminah"]);
    expect(positionOf(draft, "Siti Aminah").institution).toBe("BPJS Kesehatan Cabang Sukamaju");
  });
});
