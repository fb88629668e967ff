import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** Election bodies' division posts and prosecution teams (issue 7). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a division post after a body written with its level", () => {
  it("files 'Koordinator Divisi …' after 'Anggota Bawaslu Kabupaten X' at that Bawaslu", () => {
    const draft = read(
      "Rapat itu digelar KPU Kabupaten Sukamaju bersama KPU Kabupaten Sukamaju lainnya.",
      "Anggota Bawaslu Kabupaten Sukamaju Koordinator Divisi Hukum dan Penyelesaian Sengketa, Dedi Hartono, mengatakan hal itu.",
    );
    expect(holdersAt(draft)).toEqual(["Dedi Hartono @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju"]);
  });

  it("gives the post to a name written before a title its division closes", () => {
    const draft = read("Hal itu disampaikan Hendra Gunawan Komisioner Bawaslu Sukamaju Divisi Sengketa Pemilu.");
    expect(peopleNames(draft)).toEqual(["Hendra Gunawan"]);
    expect(holdersAt(draft)).toEqual(["Hendra Gunawan @ Badan Pengawas Pemilihan Umum Sukamaju"]);
  });

  it("gives a second member named with a division of his own after 'dan' a post at the body", () => {
    const draft = read(
      "Tamu itu diterima oleh Anggota KPU Kabupaten Sukamaju Divisi Perencanaan, Program dan Data, Budi Santoso dan Divisi Teknis Penyelenggaraan Rina Wulandari beserta jajaran.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Komisi Pemilihan Umum Kabupaten Sukamaju",
      "Rina Wulandari @ Komisi Pemilihan Umum Kabupaten Sukamaju",
    ]);
  });
});

describe("a prosecution team's post before a list of names", () => {
  it("is held by every name set off by commas after it", () => {
    const draft = read("JPU Kejari Sukamaju, Ahmad Fauzi dan Dewi Lestari, menuntut terdakwa lima tahun penjara.");
    expect(holdersAt(draft)).toEqual([
      "Ahmad Fauzi @ Kejaksaan Negeri Sukamaju",
      "Dewi Lestari @ Kejaksaan Negeri Sukamaju",
    ]);
  });

  it("is held by names joined by 'dan' right after it", () => {
    const draft = read(
      "Sidang digelar di Kejari Sukamaju. Jaksa Penuntut Umum Yusuf Maulana dan Andi Pratama menghadirkan tiga saksi.",
    );
    expect(holdersAt(draft)).toEqual([
      "Yusuf Maulana @ Kejaksaan Negeri Sukamaju",
      "Andi Pratama @ Kejaksaan Negeri Sukamaju",
    ]);
  });
});

describe("a bench's member after 'dengan'", () => {
  it("holds the bare 'anggota' role at the court of the presiding judge", () => {
    const draft = read(
      "Sidang dipimpin Ketua Majelis Hakim PN Sukamaju Budi Santoso, dengan anggota Rina Wulandari dan Agus Salim.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Pengadilan Negeri Sukamaju",
      "Rina Wulandari @ Pengadilan Negeri Sukamaju",
      "Agus Salim @ Pengadilan Negeri Sukamaju",
    ]);
  });
});
