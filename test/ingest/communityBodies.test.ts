import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** Farmer groups, associations, forums and naval or air bases named by a head noun and a proper name. Made-up sentences. */
const read = draftReader("Judul Berita Untuk Pengujian Unit");

describe("village groups and associations", () => {
  it("reads an abbreviated farmer group with its proper name, and files its head there", () => {
    const draft = read("Ketua Gapoktan Sumber Rejeki, Slamet Riyadi, menyebut pupuk langka.");
    expect(institutionNames(draft)).toEqual(["Gabungan Kelompok Tani Sumber Rejeki"]);
    expect(draft.institutions[0]?.aliases).toContain("Gapoktan Sumber Rejeki");
    expect(holdersAt(draft)).toEqual(["Slamet Riyadi @ Gabungan Kelompok Tani Sumber Rejeki"]);
  });

  it("reads an association and a forum named after their noun", () => {
    const draft = read("Ketua Perkumpulan Perajin Bambu, Agus Salim, dan Ketua Forum Anak Blora, Dewi Lestari, hadir.");
    expect(institutionNames(draft)).toEqual(["Forum Anak Blora", "Perkumpulan Perajin Bambu"]);
  });

  it("does not read a discussion format as a forum", () => {
    const draft = read("Warga diundang dalam Forum Group Discussion di balai desa.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("naval and air force bases", () => {
  it("reads a base after its commander's abbreviated title, with the name it is called by", () => {
    const draft = read("Danlanud Sutan Syahrir, Marsma TNI Budi Santoso, meninjau landasan.");
    expect(institutionNames(draft)).toEqual(["Pangkalan TNI Angkatan Udara Sutan Syahrir"]);
    expect(draft.institutions[0]?.aliases).toContain("Lanud Sutan Syahrir");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Pangkalan TNI Angkatan Udara Sutan Syahrir"]);
  });

  it("reads a naval base named by its place", () => {
    const draft = read("Prajurit Lanal Cilacap membersihkan pantai.");
    expect(institutionNames(draft)).toEqual(["Pangkalan TNI Angkatan Laut Cilacap"]);
  });
});

describe("cooperatives and business groups named by their kind", () => {
  it("reads the kind, its bracketed acronym and the proper name as one cooperative", () => {
    const draft = read(
      "Ketua Koperasi Simpan Pinjam (KSP) Tunas Harapan, Budi Santoso, membagikan SHU.",
      "Anggota KSP Tunas Harapan bertambah.",
    );
    expect(institutionNames(draft)).toEqual(["Koperasi Simpan Pinjam Tunas Harapan"]);
    expect(draft.institutions[0]?.aliases).toContain("KSP Tunas Harapan");
  });

  it("reads a business group abbreviated before its name", () => {
    const draft = read("Ketua KUB Maju Makmur, Rina Wulandari, memamerkan keripik.");
    expect(institutionNames(draft)).toEqual(["Kelompok Usaha Bersama Maju Makmur"]);
  });
});
