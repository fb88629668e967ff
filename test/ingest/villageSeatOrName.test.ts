import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Two capitalised words after the title of a village's, kelurahan's or district's head: the seat
 * and a one-word name, or the whole name. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("the first of two words after a village head's title", () => {
  it("is the seat when some village of the country is named so", () => {
    const draft = read("Kades Sukamaju Santoso membuka acara musyawarah desa.");
    expect(peopleNames(draft)).toEqual(["Santoso"]);
    expect(postsOf(draft, "Santoso")).toEqual(["Kepala Desa @ -"]);
  });

  it("is the seat when the article writes it as a place elsewhere, so the post is filed at its government", () => {
    const draft = read(
      "Pemerintah Desa Karangsukma menggelar kerja bakti.",
      "Kepala Desa Karangsukma Santoso mengatakan jalan sudah diperbaiki.",
    );
    expect(holdersAt(draft)).toEqual(["Santoso @ Pemerintah Desa Karangsukma"]);
  });

  it("is the holder's first name when no place is named so", () => {
    const draft = read("Kepala Desa Budi Santoso mengatakan jalan sudah diperbaiki.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Desa @ -"]);
  });

  it("is the holder's first name when the article calls the holder by it, even if a village is named so", () => {
    const draft = read("Kades Bambang Sutrisno membuka acara.", '"Kami senang warga hadir," kata Bambang.');
    expect(peopleNames(draft)).toEqual(["Bambang Sutrisno"]);
  });

  it("is the seat when the article calls the holder by the second word alone", () => {
    const draft = read("Kades Budi Santoso membuka acara.", '"Kami senang warga hadir," kata Santoso.');
    expect(peopleNames(draft)).toEqual(["Santoso"]);
  });
});

describe("two words after a village post's title in a list", () => {
  it("are the holder's name, not the seat", () => {
    const draft = read(
      "Kegiatan dihadiri Kepala Desa Sukamaju Budi Santoso, Sekretaris Desa Rina Wulandari, serta warga.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ -", "Rina Wulandari @ -"]);
  });
});

describe("two words that together name a district after a camat's title", () => {
  it("are the seat, and no one is named", () => {
    const draft = read("Camat Pondok Gede meninjau lokasi banjir.");
    expect(peopleNames(draft)).toEqual([]);
  });
});
