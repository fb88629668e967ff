import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/** One person's name written with a slip later in the article. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a name written two ways in one article", () => {
  it("is one person when two neighbouring letters are swapped", () => {
    const draft = read(
      "Kabar itu dibenarkan Humas PN Sukamaju, Ayra Putra, ketika ditemui wartawan.",
      "Menurut Arya Putra, sidang ditunda sepekan.",
    );
    expect(peopleNames(draft)).toEqual(["Ayra Putra"]);
  });

  it("is one person when a one-word name closes with an h the second time", () => {
    const draft = read(
      "Ketua majelis, Nursina, dimutasi ke PN Sukamaju.",
      '"Saya siap bertugas di sana," kata Nursinah.',
    );
    expect(peopleNames(draft)).toEqual(["Nursina"]);
  });

  it("keeps two people whose first names differ by more than a swap", () => {
    const draft = read("Rapat dihadiri Arya Putra dan Arni Putra dari Kabupaten Sukamaju.");
    expect(peopleNames(draft)).toEqual(["Arni Putra", "Arya Putra"]);
  });
});
