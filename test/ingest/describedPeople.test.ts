import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/** People named after a noun that describes them. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a party to a case named by a single name", () => {
  it("is a person after terdakwa, korban or saksi, and the noun opening the sentence is no part of the name", () => {
    const draft = read(
      "Pengadilan Negeri menggelar sidang perkara pencurian itu pekan lalu.",
      "Sidang terdakwa Sutrisno berlangsung tertib.",
      "Korban Suparmi mengalami luka ringan.",
      "Saksi Wartono mengaku melihat kejadian itu.",
    );
    expect(peopleNames(draft)).toEqual(["Suparmi", "Sutrisno", "Wartono"]);
  });
});

describe("a noun describing people opening the sentence", () => {
  it("is no first name of a person", () => {
    const draft = read("Pembangunan jalan desa itu selesai.", "Petani Sukamaju Raharjo mengatakan panen gagal.");
    expect(peopleNames(draft)).not.toContain("Petani Sukamaju Raharjo");
  });
});

describe("'bernama' a few words after the noun describing a person", () => {
  it("names the person, a single name too", () => {
    const draft = read(
      "Siswa kelas XII bernama Andi Pratama meraih juara satu.",
      "Seorang siswi SMA bernama Nabila meraih juara dua.",
      "Koperasi itu meluncurkan produk baru bernama Kopi Senja.",
    );
    expect(peopleNames(draft)).toEqual(["Andi Pratama", "Nabila"]);
  });
});

describe("a hamlet word after a person's description", () => {
  it("opens a place, not a person", () => {
    const draft = read(
      "Banjir merendam puluhan rumah pada Senin malam.",
      "Ahmad Fauzi (52) warga Dusun Krajan mengaku rumahnya rusak.",
      "Rina Wati, warga Dukuh Sumber, mengatakan air naik cepat.",
    );
    expect(peopleNames(draft)).toEqual(["Ahmad Fauzi", "Rina Wati"]);
  });
});

describe("one word after a noun describing a person, then a name set off by commas", () => {
  it("names the person", () => {
    const draft = read(
      "Universitas itu mewisuda 500 lulusan pekan lalu.",
      "Wisudawan terbaik, Andi Pratama, meraih IPK 3,98.",
      "Para peserta lomba, Dinas Pendidikan, mengapresiasi.",
    );
    expect(peopleNames(draft)).toEqual(["Andi Pratama"]);
  });
});

describe("a relative set off by commas after a relation noun", () => {
  it("is a person when the noun opens the sentence", () => {
    expect(peopleNames(read("Ayahnya, Hery Santoso, adalah pensiunan guru."))).toEqual(["Hery Santoso"]);
    expect(peopleNames(read("Di rumah itu ibunya, Sri Wahyuni, menunggu."))).toEqual(["Sri Wahyuni"]);
  });

  it("is no person after a capitalised word that is no relation noun", () => {
    // The capitalised word is no person; the full name is left to the learned name model, which reads it.
    expect(peopleNames(read("Ayahanda, Hery Santoso, adalah pensiunan guru."))).toEqual(["Hery Santoso"]);
  });
});

describe("people set off by a comma after a noun describing them and their institution", () => {
  it("reads each name of the list", () => {
    const draft = read("Dua siswa SMA Negeri 1 Cepu, Rina Wulandari dan Agus Salim, meraih medali emas.");
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Rina Wulandari"]);
  });

  it("reads no name when the list runs on into other words", () => {
    const draft = read("Dua siswa SMA Negeri 1 Cepu, Rina Wulandari dan Agus Salim Berprestasi Tinggi meraih medali.");
    expect(peopleNames(draft)).toEqual([]);
  });
});
