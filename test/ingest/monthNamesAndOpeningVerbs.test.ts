import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** Month names that are given names, and a verb opening an attendance sentence. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a month name that is also a given name", () => {
  it("opens a name before a name word", () => {
    const draft = read("Sebelumnya, Juni Wandri mengatakan rapat digelar di Kabupaten Sukamaju.");
    expect(peopleNames(draft)).toEqual(["Juni Wandri"]);
  });

  it("opens no name before a word that continues a date", () => {
    const draft = read("Pelantikan digelar Juni Mendatang di Kabupaten Sukamaju, kata Budi Santoso.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("'Hadir' opening a sentence before a name and its post", () => {
  it("is no word of the name", () => {
    const draft = read("Rapat dibuka pukul 09.00. Hadir Agus Salim Ketua KPU Kabupaten Sukamaju.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
    expect(holdersAt(draft)).toEqual(["Agus Salim @ Komisi Pemilihan Umum Kabupaten Sukamaju"]);
  });

  it("is none with the post set off by a comma either", () => {
    const draft = read("Rapat dibuka pukul 09.00. Hadir Agus Salim, Ketua KPU Kabupaten Sukamaju.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
  });
});
