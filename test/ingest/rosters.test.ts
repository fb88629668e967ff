import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, postsOf } from "./draftQueries.ts";

/**
 * People whose post a roster or a list gives them: "Ketua : A" one post per line or per item.
 * Seen in unannotated cooperative and village pages (2026-12-06, corpus-holderposts). Every name
 * and place here is made up.
 */
const read = draftReader("Koperasi Desa Merah Putih Sukamaju Terbentuk");

describe("a colon roster of a board's posts", () => {
  it("gives each name on its own line its post at the board's body", () => {
    const draft = read(
      "SUKAMAJU - Musyawarah desa menetapkan susunan pengurus Koperasi Desa Merah Putih Sukamaju sebagai berikut:\nKetua : Budi Santoso\nWakil Ketua Bidang Usaha : Rahmat Hidayat\nSekretaris : Rina Wulandari, S.Pd\nBendahara : Agus\nSelain itu, musyawarah memilih pengawas.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Ketua @ Koperasi Desa Merah Putih Sukamaju"]);
    expect(postsOf(draft, "Rahmat Hidayat")).toEqual(["Wakil Ketua Bidang Usaha @ Koperasi Desa Merah Putih Sukamaju"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Sekretaris @ Koperasi Desa Merah Putih Sukamaju"]);
    expect(postsOf(draft, "Agus")).toEqual(["Bendahara @ Koperasi Desa Merah Putih Sukamaju"]);
  });

  it("reads items set off by commas in one sentence ('Ketua: A, Sekretaris: B dan Bendahara: C')", () => {
    const draft = read(
      "SUKAMAJU - Pengurus Koperasi Desa Merah Putih Sukamaju terdiri atas Ketua: Budi Santoso, Sekretaris: Rina Wulandari dan Bendahara: Agus Salim.",
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining([
        "Budi Santoso @ Koperasi Desa Merah Putih Sukamaju",
        "Rina Wulandari @ Koperasi Desa Merah Putih Sukamaju",
        "Agus Salim @ Koperasi Desa Merah Putih Sukamaju",
      ]),
    );
  });

  it("gives no post when the name runs on into a sentence ('Ketua: Budi Santoso mengatakan …')", () => {
    const draft = read(
      "SUKAMAJU - Koperasi Desa Merah Putih Sukamaju menggelar rapat anggota. Ketua: Budi Santoso mengatakan rapat berjalan lancar dan seluruh anggota hadir pada pagi itu.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([]);
  });
});

describe("a numbered list of names and posts", () => {
  const installed = draftReader("Bupati Sukamaju Lantik Pejabat");

  it("reads each numbered name with the post after 'sebagai' ('1. Budi Santoso sebagai Kepala Dinas X; 2. …')", () => {
    const draft = installed(
      "SUKAMAJU - Bupati Sukamaju melantik tiga pejabat, yakni: 1. Budi Santoso sebagai Kepala Dinas Kesehatan Kabupaten Sukamaju; 2. Rina Wulandari sebagai Kepala Dinas Sosial Kabupaten Sukamaju.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Dinas Kesehatan Kabupaten Sukamaju",
      "Rina Wulandari @ Dinas Sosial Kabupaten Sukamaju",
    ]);
  });
});

describe("a title without its institution shared by a list, each name with its institution in brackets", () => {
  const school = draftReader("Kepala Sekolah Ikuti Pelatihan");

  it("holds each name's post at the school in its bracket ('para kepala sekolah, yakni A (SDN 1 X), B (SDN 2 X)')", () => {
    const draft = school(
      "SUKAMAJU - Pelatihan itu diikuti para kepala sekolah, yakni Rina Wulandari (SDN 1 Sukamaju), Agus Salim (SDN 2 Sukamaju) dan Dewi Lestari (SMPN 3 Sukamaju).",
    );
    expect(holdersAt(draft)).toEqual([
      "Rina Wulandari @ SD Negeri 1 Sukamaju",
      "Agus Salim @ SD Negeri 2 Sukamaju",
      "Dewi Lestari @ SMP Negeri 3 Sukamaju",
    ]);
  });

  it("does not hold it at a bracketed body of another kind", () => {
    const draft = school(
      "SUKAMAJU - Pelatihan itu diikuti para kepala sekolah, yakni Rina Wulandari (Puskesmas Sukamaju) dan Agus Salim (SDN 2 Sukamaju).",
    );
    expect(postsOf(draft, "Rina Wulandari")).not.toContain("Kepala Sekolah @ Puskesmas Sukamaju");
  });
});

describe("a member's bare role after a companion verb, shared by a list of names", () => {
  const election = draftReader("Bawaslu Sukamaju Tinjau Gudang Logistik");

  it("is held by each listed name where the one accompanied holds office ('didampingi anggota, A dan B')", () => {
    const draft = election(
      "SUKAMAJU - Ketua Bawaslu Kabupaten Sukamaju Budi Santoso didampingi anggota, Rina Wulandari dan Agus Salim, meninjau gudang logistik.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Anggota @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju"]);
    expect(postsOf(draft, "Agus Salim")).toEqual(["Anggota @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju"]);
  });

  it("is not shared when a body has one of it ('didampingi sekretaris, A dan B')", () => {
    const draft = election(
      "SUKAMAJU - Ketua Bawaslu Kabupaten Sukamaju Budi Santoso didampingi sekretaris, Rina Wulandari dan Agus Salim.",
    );
    expect(postsOf(draft, "Agus Salim")).toEqual([]);
  });
});

describe("a board's list of posts opened by 'dengan'", () => {
  it("gives the first item its post too ('membentuk pengurus koperasi dengan Ketua A, Sekretaris B')", () => {
    const draft = read(
      "SUKAMAJU - Rapat membentuk pengurus Koperasi Desa Merah Putih Sukamaju dengan Ketua Budi Santoso, Sekretaris Rina Wulandari dan Bendahara Agus Salim.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Ketua @ Koperasi Desa Merah Putih Sukamaju"]);
  });

  it("gives no post to a lone name after 'dengan' ('bertemu dengan Ketua A')", () => {
    const draft = read("SUKAMAJU - Pengurus Koperasi Desa Merah Putih Sukamaju bertemu dengan Ketua Budi Santoso.");
    expect(postsOf(draft, "Budi Santoso")).toEqual([]);
  });
});

describe("a board's post alone in brackets after a listed name", () => {
  it("is the name's post at the board's body ('Budi Santoso (Ketua), Rina Wulandari (Sekretaris)')", () => {
    const draft = read(
      "SUKAMAJU - Susunan pengurus Koperasi Desa Merah Putih Sukamaju yakni Budi Santoso (Ketua), Rina Wulandari (Sekretaris) dan Agus Salim (Bendahara).",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Ketua @ Koperasi Desa Merah Putih Sukamaju"]);
    expect(postsOf(draft, "Agus Salim")).toEqual(["Bendahara @ Koperasi Desa Merah Putih Sukamaju"]);
  });

  it("gives nothing when the article names no board's body", () => {
    const draft = draftReader("Rapat Warga Sukamaju")(
      "SUKAMAJU - Rapat warga dihadiri Budi Santoso (Ketua) dan Rina Wulandari (Sekretaris).",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([]);
  });
});
