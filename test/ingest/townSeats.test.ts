import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, postsOf } from "./draftQueries.ts";

/**
 * A school's seat in a town whose name opens with a geographic lead word ("Kuala Kapuas", "Muara
 * Teweh"): the lead word alone, also the name of some district, does not end the seat. Made-up sentences.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("a seat opened by a geographic lead word", () => {
  it("reads the whole town after a school's number", () => {
    expect(institutionNames(read("Tim SMK Negeri 2 Kuala Kapuas meraih juara."))).toEqual([
      "SMK Negeri 2 Kuala Kapuas",
    ]);
  });

  it("leaves the holder's name after the town to the holder", () => {
    const draft = read("Kepala SMPN 4 Muara Teweh Budi Santoso mengatakan siswa siap.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala SMP Negeri 4 @ SMP Negeri 4 Muara Teweh"]);
  });
});
