import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, postsOf } from "./draftQueries.ts";

/** Posts of health, village and audit offices, village names that are given names, owners. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a regency written only after Pemkab", () => {
  it("is the seat of a Bupati's title, not the first word of the holder's name", () => {
    const draft = read(
      "Pemkab Sukamaju Utara menggelar rapat.",
      "Bupati Sukut Budi Santoso mengatakan rapat digelar.",
      "Kinerja Pemkab Sukut dipuji warga.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("a hospital section named with medical words", () => {
  it("is a unit of the hospital after it, and the holder follows", () => {
    const draft = read("Kepala Seksi Pelayanan Medik RSUD Tabanan Budi Santoso mengatakan pasien bertambah.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Rumah Sakit Umum Daerah Tabanan"]);
  });
});

describe("Inspektur before the Inspektorat", () => {
  it("is the head of that office", () => {
    const draft = read("Inspektur Inspektorat Kabupaten Tabanan Budi Santoso mengatakan audit selesai.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Inspektorat Kabupaten Tabanan"]);
  });

  it("stays a police rank before Polisi", () => {
    const draft = read("Inspektur Polisi Satu Budi Santoso mengatakan pelaku ditangkap.");
    expect(holdersAt(draft)).toEqual([]);
  });
});

describe("village facilitators", () => {
  it("read Tenaga Ahli Pendamping Desa as a post and the whole name after it", () => {
    const draft = read("Tenaga Ahli Pendamping Desa Budi Santoso mengatakan jalan sudah diperbaiki.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Tenaga Ahli Pendamping Desa @ -"]);
  });
});

describe("a village named like a given name", () => {
  it("leaves a name opening the sentence whole", () => {
    const draft = read(
      "Jalan di Desa Bambang sudah diperbaiki.",
      "Bambang Sutrisno, warga setempat, mengatakan pekerjaan selesai.",
    );
    expect(peopleNames(draft)).toEqual(["Bambang Sutrisno"]);
  });

  it("leaves a name after a speech word whole", () => {
    const draft = read("Jalan di Desa Bambang sudah diperbaiki.", "Menurut Bambang Sutrisno, pekerjaan selesai.");
    expect(peopleNames(draft)).toEqual(["Bambang Sutrisno"]);
  });
});

describe("the owner of a product", () => {
  it("is a person named alone after milik", () => {
    const draft = read("Produk keripik pisang milik Karsono laris manis di pameran.");
    expect(peopleNames(draft)).toEqual(["Karsono"]);
  });

  it("is no person when an institution or a place owns it", () => {
    const draft = read("Aset milik Pemkab Tabanan dijual.", "Lahan milik Tabanan itu luas.");
    expect(peopleNames(draft)).toEqual([]);
  });
});
