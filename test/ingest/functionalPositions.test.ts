import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/** Civil servants' functional positions (jabatan fungsional) and their grades. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a functional position with its grade", () => {
  it("reads the grade as part of the post, before the institution and the holder", () => {
    const draft = read("Widyaiswara Ahli Madya Bappeda Kabupaten Sukamaju, Budi Hartono, membuka pelatihan itu.");
    expect(postsOf(draft, "Budi Hartono")).toEqual([
      "Widyaiswara Ahli Madya @ Badan Perencanaan Pembangunan Daerah Kabupaten Sukamaju",
    ]);
  });

  it("reads the field extension officer's whole title, not its last word as a person", () => {
    // "Penyuluh Pertanian Lapangan" (PPL) is one functional title; without it "Lapangan" was a holder.
    const draft = read("Bupati berdialog dengan para Penyuluh Pertanian Lapangan di aula Dinas Pertanian Sukamaju.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("reads each grade of the expert and skilled ranks", () => {
    for (const grade of ["Ahli Pertama", "Ahli Muda", "Ahli Utama", "Terampil", "Mahir", "Penyelia"]) {
      const draft = read(`Statistisi ${grade} BPS Kabupaten Sukamaju, Hadi Purnomo, merilis data kemiskinan.`);
      expect(postsOf(draft, "Hadi Purnomo")).toEqual([
        `Statistisi ${grade} @ Badan Pusat Statistik Kabupaten Sukamaju`,
      ]);
    }
  });

  it("takes no grade word for the holder's name when no comma sets the holder off", () => {
    const draft = read("Analis Kebijakan Ahli Muda Bappeda Kabupaten Sukamaju Dewi Lestari menyampaikan paparan.");
    expect(peopleNames(draft)).toEqual(["Dewi Lestari"]);
    expect(postsOf(draft, "Dewi Lestari")).toEqual([
      "Analis Kebijakan Ahli Muda @ Badan Perencanaan Pembangunan Daerah Kabupaten Sukamaju",
    ]);
  });

  it("reads the grade after what a supervisor oversees", () => {
    const draft = read("Pengawas Sekolah Ahli Madya Dinas Pendidikan Kabupaten Sukamaju, Siti Aminah, hadir.");
    expect(postsOf(draft, "Siti Aminah")).toEqual([
      "Pengawas Sekolah Ahli Madya @ Dinas Pendidikan Kabupaten Sukamaju",
    ]);
  });
});

describe("functional positions as titles", () => {
  it("holds the post at the institution written after it, the holder right after without a comma", () => {
    const draft = read(
      "Auditor Inspektorat Kabupaten Sukamaju Rina Wulandari mengatakan temuan sudah ditindaklanjuti.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Auditor @ Inspektorat Kabupaten Sukamaju"]);
    const court = read("Jurusita Pengadilan Negeri Sukamaju Hendra Gunawan menyerahkan surat panggilan.");
    expect(postsOf(court, "Hendra Gunawan")).toEqual(["Jurusita @ Pengadilan Negeri Sukamaju"]);
  });

  it("holds the post with the holder set off by commas", () => {
    const draft = read("Apoteker Puskesmas Sukamaju, Sri Wahyuni, mengatakan stok obat cukup.");
    expect(postsOf(draft, "Sri Wahyuni")).toEqual(["Apoteker @ Puskesmas Sukamaju"]);
    const pranata = read("Pranata Komputer Dinas Kominfo Kabupaten Sukamaju, Joko Susilo, menjelaskan aplikasi itu.");
    expect(postsOf(pranata, "Joko Susilo")).toEqual([
      "Pranata Komputer @ Dinas Komunikasi dan Informatika Kabupaten Sukamaju",
    ]);
  });

  it("holds the post written after the holder's name", () => {
    const draft = read("Menurut Budi Santoso, Pustakawan Dinas Perpustakaan Kabupaten Sukamaju, minat baca naik.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Pustakawan @ Dinas Perpustakaan Kabupaten Sukamaju"]);
    const sanitarian = read("Rudi Hartono, Sanitarian Puskesmas Sukamaju, memeriksa sumur warga.");
    expect(postsOf(sanitarian, "Rudi Hartono")).toEqual(["Sanitarian @ Puskesmas Sukamaju"]);
  });

  it("reads an investigator's post before the holder's rank", () => {
    const draft = read("Penyidik Polres Sukamaju Bripka Agus Salim mengatakan berkas perkara sudah lengkap.");
    expect(postsOf(draft, "Agus Salim")).toEqual(["Penyidik @ Kepolisian Resor Sukamaju"]);
  });

  it("keeps a given name that is also a word of a position a name", () => {
    const draft = read("Sekretaris Daerah Kabupaten Sukamaju, Sonny Budaya Putra, membuka acara itu.");
    expect(peopleNames(draft)).toEqual(["Sonny Budaya Putra"]);
  });
});

describe("a seat's last word before its province", () => {
  it("is no holder, and the seat is read through it", () => {
    for (const title of ["Penyidik", "Jaksa"]) {
      const draft = read(`${title} Kejaksaan Negeri Kuatan Sukamaju, Riau, menahan Andika Pratama.`);
      expect(peopleNames(draft)).not.toContain("Sukamaju");
      expect(holdersAt(draft)).toEqual([]);
      expect(institutionNames(draft)).toEqual(["Kejaksaan Negeri Kuatan Sukamaju"]);
    }
  });
});
