import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * Students and teachers as school stories name them: after a noun and their school, in a list of
 * names each with its school in brackets, at a school named by its programme ("SD Inpres").
 * Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("people of a school story", () => {
  it("reads the names set off after a noun and a school that open the sentence", () => {
    const draft = read("Siswa SMP Muhammadiyah 2 Sukamaju, Rina Aulia, meraih juara pertama lomba pidato.");
    expect(peopleNames(draft)).toEqual(["Rina Aulia"]);
  });

  it("reads a list of names each followed by its school in brackets", () => {
    const draft = read(
      "Para pemenang yaitu Putri Ayu Lestari (SMAN 1 Sukamaju), Muhammad Rizki (SMAN 2 Sukamaju) dan Nabila Zahra (SMA Kartika).",
    );
    expect(peopleNames(draft)).toEqual(["Muhammad Rizki", "Nabila Zahra", "Putri Ayu Lestari"]);
  });

  it("does not read a bracketed school after a single capitalised phrase as a person", () => {
    const draft = read("Pengumuman Olimpiade Sains (SMAN 1 Sukamaju) digelar Senin.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("reads SD Inpres as a school even without a number", () => {
    const draft = read("Kepala SD Inpres Bontoa, Budi Santoso, mengatakan sekolahnya bangga.");
    expect(draft.institutions.map((i) => i.name)).toEqual(["SD Inpres Bontoa"]);
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });

  it("reads the names set off after a noun and the school its people come from ('dari', 'asal')", () => {
    const draft = read("Peserta dari MTs Al Hidayah, Ahmad Fauzi dan Dewi Lestari, meraih medali perak.");
    expect(peopleNames(draft)).toEqual(["Ahmad Fauzi", "Dewi Lestari"]);
  });
});
