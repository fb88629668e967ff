import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

const read = draftReader("Sidang Perusakan Alat Peraga Kampanye Berlanjut");
const opening = "Sidang itu dihadiri banyak pengunjung sejak pagi.";

describe("'yang juga' after a description of the person", () => {
  it("gives the person the post named after it", () => {
    const draft = read(
      opening,
      "Terdakwa merusak lima APK milik Suhardiman, caleg DPRD Kabupaten Blitar dari Dapil 2 yang juga Sekretaris DPC PDIP Kabupaten Blitar.",
    );
    expect(postsOf(draft, "Suhardiman")).toEqual([
      "Sekretaris Dewan Pimpinan Cabang PDIP @ Dewan Pimpinan Cabang PDIP Kabupaten Blitar",
    ]);
  });

  it("gives no post when a verb opens the words before 'yang juga'", () => {
    const draft = read(
      opening,
      "Terdakwa merusak APK milik Suhardiman, membuat warga marah yang juga Sekretaris DPC PDIP Kabupaten Blitar.",
    );
    expect(postsOf(draft, "Suhardiman")).toEqual([]);
  });
});

describe("a former post after a bracketed age", () => {
  it("is the person's, past the age", () => {
    const draft = read(
      opening,
      "Pemohonnya adalah Rina Wulandari (28), mantan Kepala Desa Sukamaju, yang hadir sendiri.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Desa @ -"]);
  });
});

describe("a former post closed by a demonstrative", () => {
  it("'Menurut mantan Kepala Dinas … itu' is the post of the person named last", () => {
    const draft = read(
      opening,
      "Kepala Pelaksana BPBD Kabupaten Dompu, Tajuddin, menyebutkan banjir melanda dua kecamatan.",
      "Menurut mantan Kepala Dinas Sosial Kabupaten Dompu itu, air sudah surut.",
    );
    expect(postsOf(draft, "Tajuddin")).toContain("Kepala Dinas Sosial @ Dinas Sosial Kabupaten Dompu");
  });
});

describe("a party's caucus in a council", () => {
  it("holds its posts at the council", () => {
    const draft = read(opening, "Ketua Fraksi PKS DPRD Kabupaten Tegal, Bahrun Santoso, mengatakan hal itu.");
    expect(postsOf(draft, "Bahrun Santoso")).toEqual([
      "Ketua Fraksi PKS DPRD Kabupaten Tegal @ Dewan Perwakilan Rakyat Daerah Tegal",
    ]);
  });
});

describe("a companion with a bare member's role", () => {
  it("holds the role where the official accompanied holds office", () => {
    const draft = read(
      opening,
      "Ketua Komisi I DPRD Metro Basuki, didampingi anggota Abdulhak, SH, MH, menilai kinerja OPD baik.",
    );
    expect(postsOf(draft, "Abdulhak")).toEqual(["Anggota @ Dewan Perwakilan Rakyat Daerah Metro"]);
  });

  it("holds none when the post named last is in an earlier sentence", () => {
    const draft = read(
      opening,
      "Ketua KPU Kota Metro Budi Santoso membuka rapat itu. Warga, Basuki Rahmat, didampingi anggota Abdulhak Sudirman menemui petugas.",
    );
    expect(postsOf(draft, "Abdulhak Sudirman")).toEqual([]);
  });
});

describe("a section's domain nouns", () => {
  it("are words of the section's name, not a holder's name", () => {
    const draft = read(
      opening,
      "Pemohonnya adalah CW (37), Kabid Pengadaan Pemberhentian dan Informasi Pegawai pada BKPSDM Kabupaten Seluma.",
    );
    expect(draft.people.map((person) => person.name)).toEqual([]);
  });

  it("leave a seat's level word to the seat", () => {
    const draft = read(opening, "Hadir Kasi Pemerintahan Kecamatan Nanga Pinoh dan perangkat desa.");
    expect(draft.people.map((person) => person.name)).toEqual([]);
  });
});
