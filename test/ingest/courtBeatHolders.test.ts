import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, postsOf } from "./draftQueries.ts";

/** Lawyers, advocates and the people a court story names before a verb. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a legal role followed by its party", () => {
  it("holds the name after the party's own name and comma ('Pengacara terdakwa X, Y')", () => {
    const draft = read("Pengacara terdakwa Ahmad Fauzi, Charles Simanjuntak, mengatakan kliennya akan banding.");
    expect(peopleNames(draft)).toEqual(["Ahmad Fauzi", "Charles Simanjuntak"]);
    expect(postsOf(draft, "Charles Simanjuntak")).toEqual(["Pengacara @ -"]);
    expect(postsOf(draft, "Ahmad Fauzi")).toEqual([]);
  });

  it("reads a capitalised party as the party, not a name ('kuasa hukum Pemohon, Y')", () => {
    const draft = read("Sidang memanas ketika kuasa hukum Pemohon, Rudi Hartanto, mempertanyakan saksi termohon.");
    expect(peopleNames(draft)).toEqual(["Rudi Hartanto"]);
    expect(holdersAt(draft)).toEqual(["Rudi Hartanto @ -"]);
  });
});

describe("an advocate of a named legal aid body", () => {
  it("holds the role at the body written between the role and the name", () => {
    const draft = read("Advokat LBH Sukamaju Raya, Budi Santosa, menilai putusan itu janggal.");
    expect(postsOf(draft, "Budi Santosa")).toEqual(["Advokat @ Lembaga Bantuan Hukum Sukamaju Raya"]);
  });

  it("reads the body's own name after its defined acronym ('Lembaga Bantuan Hukum (LBH) X')", () => {
    const draft = read(
      "Permohonan itu diajukan Lembaga Bantuan Hukum (LBH) Cahaya Keadilan.",
      "Direktur LBH Cahaya Keadilan, Rina Wulandari, hadir di persidangan.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Lembaga Bantuan Hukum Cahaya Keadilan"]);
  });
});

describe("a full name opening a sentence before an active verb", () => {
  it("is a person ('Budi Santosa memimpin', 'meninjau', 'menyerahkan')", () => {
    const draft = read(
      "Rapat koordinasi digelar di aula kecamatan.",
      "Budi Santosa memimpin rapat itu. Dewi Lestari meninjau posko pengungsian. Agus Salim menyerahkan bantuan.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santosa", "Dewi Lestari"]);
  });

  it("is not an institution or a place that acts ('Dinas Sosial menyalurkan', 'Kabupaten Sukamaju menerima')", () => {
    const draft = read("Dinas Sosial Kabupaten Sukamaju menyalurkan bantuan. Kabupaten Sukamaju menerima penghargaan.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a term of office between a title and its holder", () => {
  it("is skipped to the name ('terdakwa mantan Kepala Desa X periode 2015-2021 Name')", () => {
    const draft = read(
      "Majelis hakim memvonis terdakwa mantan Kepala Desa Sukamaju periode 2015-2021 Budi Santosa dengan empat tahun penjara.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santosa"]);
    expect(postsOf(draft, "Budi Santosa")).toEqual(["Kepala Desa @ -"]);
  });

  it("is skipped when written as 'masa jabatan' ('Ketua Bawaslu X masa jabatan 2018-2023 Name')", () => {
    const draft = read("Ketua Bawaslu Kabupaten Blora masa jabatan 2018-2023 Rina Wulandari hadir dalam rapat.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Badan Pengawas Pemilihan Umum Kabupaten Blora"]);
  });
});

describe("where a member was elected from, between the title and the comma", () => {
  it("leaves the name after the comma the member's ('anggota DPRD X dari Dapil Kecamatan Y, Name,')", () => {
    const draft = read(
      "Penyerahan bantuan disaksikan anggota DPRD Karangasem dari Dapil Kecamatan Kubu, I Nyoman Budiarta, serta warga.",
    );
    expect(holdersAt(draft)).toEqual(["I Nyoman Budiarta @ Dewan Perwakilan Rakyat Daerah Karangasem"]);
  });
});
