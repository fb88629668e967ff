import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * Pupils named after their class and school, set off by commas: "siswi kelas XI SMAN 1 X, Name".
 * Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("pupils named with their class", () => {
  it("reads the name after a class in Roman numerals and the school", () => {
    const draft = read("Siswi kelas XI SMAN 1 Sukamaju, Nadia Putri, meraih medali emas.");
    expect(peopleNames(draft)).toEqual(["Nadia Putri"]);
  });

  it("reads past the class's stream and a 'dari' before the school", () => {
    expect(peopleNames(read("Siswi kelas XI IPA 2 SMAN 1 Sukamaju, Nadia Putri, meraih medali emas."))).toEqual([
      "Nadia Putri",
    ]);
    expect(
      peopleNames(read("Siswa kelas 6 dari SDN 2 Sukamaju, Rudi Hartono dan Agus Salim, menjuarai lomba.")),
    ).toEqual(["Agus Salim", "Rudi Hartono"]);
  });

  it("does not read a class word that names no school before the comma", () => {
    expect(peopleNames(read("Siswa kelas unggulan, menurut panitia, meraih medali emas."))).toEqual([]);
  });
});
