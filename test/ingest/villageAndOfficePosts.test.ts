import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/** Local words for a village head, neighbourhood heads, and heads of a Dinas written "Kadis …". Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("local words for a village or hamlet head", () => {
  it("reads Kuwu before the village and the holder's name as a post", () => {
    const draft = read("Kuwu Sukamaju Budi Santoso mengatakan jalan sudah diperbaiki.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kuwu @ -"]);
  });

  it("reads Petinggi Desa as a post of the village named after it", () => {
    const draft = read("Petinggi Desa Sukamaju Budi Santoso mengatakan jalan sudah diperbaiki.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Petinggi Desa @ -"]);
  });

  it("reads Kasun as the head of the hamlet named after it", () => {
    const draft = read("Kasun Krajan Budi Santoso mengatakan jalan sudah diperbaiki.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Dusun @ -"]);
  });

  it("holds a Kuwu's post at the one village government the article names", () => {
    const draft = read("Pemerintah Desa Sukamaju menyalurkan bantuan.", "Kuwu Budi Santoso mengatakan penerima 50 KK.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Pemerintah Desa Sukamaju"]);
  });
});

describe("a neighbourhood head written with the unit's number", () => {
  it("gives the holder named after Ketua RT and the number", () => {
    const draft = read("Ketua RT 03 Budi Santoso mengatakan jalan sudah diperbaiki.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Ketua RT 03 @ -"]);
  });

  it("leaves the kelurahan after the unit out of the holder's name", () => {
    const draft = read("Ketua RW 05 Kelurahan Sukamaju Budi Santoso mengatakan jalan sudah diperbaiki.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Ketua RW 05 @ -"]);
  });

  it("starts a resident's name after the unit's number", () => {
    const draft = read("Warga RT 03 Budi Santoso mengatakan jalan sudah diperbaiki.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("Kadis and the domain of the Dinas it heads", () => {
  it("reads Kadis PMD and the regency as the village community empowerment office", () => {
    const draft = read("Kadis PMD Kabupaten Tabanan Budi Santoso mengatakan dana desa sudah cair.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Tabanan"]);
  });

  it("reads Dinas PMD as that office", () => {
    const draft = read("Rapat digelar di Dinas PMD Kabupaten Tabanan.");
    expect(institutionNames(draft)).toEqual(["Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Tabanan"]);
  });

  it("holds Kadis Kesehatan without a region at the one health office the article places", () => {
    const draft = read(
      "Dinas Kesehatan Kabupaten Tabanan menggelar rapat.",
      "Kadis Kesehatan Budi Santoso mengatakan kasus menurun.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinas Kesehatan Kabupaten Tabanan"]);
  });

  it("holds a Dinas written short at the one office whose name it opens", () => {
    const draft = read(
      "Dinas Koperasi UKM Kabupaten Tabanan menggelar pelatihan.",
      "Kadis Koperasi Budi Santoso mengatakan pelatihan digelar dua hari.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Koperasi UKM Kabupaten Tabanan"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinas Koperasi UKM Kabupaten Tabanan"]);
  });

  it("reads domain acronyms after a head's contracted title as part of the unit", () => {
    const draft = read("Kadiskop UKM Tabanan Budi Santoso mengatakan pelatihan digelar.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Diskop UKM Tabanan"]);
  });

  it("keeps a national association apart from its regional body", () => {
    const draft = read(
      "Acara dihadiri Dewan Koperasi Indonesia (Dekopin) dan para pegiat koperasi.",
      "Ketua Dewan Koperasi Indonesia Daerah Kabupaten Tabanan, Budi Santoso, memberi sambutan.",
    );
    expect(institutionNames(draft)).toHaveLength(2);
  });
});
