import { describe, expect, it } from "vitest";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** Offices named by the district or village they serve, which the gazetteer's regencies do not list. Made-up sentences. */
const read = draftReader("Judul Berita Untuk Pengujian Unit");

describe("a numbered school and its seat", () => {
  it("keeps a seat the gazetteer does not list when punctuation closes it", () => {
    const draft = read("Kepala SDN 2 Sidoasri Wetan, Siti Aminah, mengatakan siswa libur.");
    expect(institutionNames(draft)).toEqual(["SD Negeri 2 Sidoasri Wetan"]);
    expect(holdersAt(draft)).toEqual(["Siti Aminah @ SD Negeri 2 Sidoasri Wetan"]);
  });

  it("reads a district the gazetteer knows without swallowing the name written after it", () => {
    const draft = read("Kepala SMPN 1 Cepu Siti Aminah mengatakan siswa libur.");
    expect(institutionNames(draft)).toEqual(["SMP Negeri 1 Cepu"]);
    expect(draft.people.map((p) => p.name)).toEqual(["Siti Aminah"]);
  });

  it("ends a seat where an honorific opens the holder's name", () => {
    const draft = read("Kepala SDN 4 Sidoasri Drs. Budi Santoso mengatakan siswa libur.");
    expect(institutionNames(draft)).toEqual(["SD Negeri 4 Sidoasri"]);
    expect(draft.people.map((p) => p.name)).toEqual(["Budi Santoso"]);
  });

  it("takes no seat from a name a degree follows", () => {
    const draft = read(
      "SMPN 1 Sidoasri menggelar penamatan. Kepala SMPN 1 Budi Santoso, S.Pd, M.Pd mengajak lulusan terus belajar.",
    );
    expect(institutionNames(draft)).toEqual(["SMP Negeri 1 Sidoasri"]);
    expect(draft.people.map((p) => p.name)).toEqual(["Budi Santoso"]);
  });

  it("takes no seat from a run of capitalised words nothing closes", () => {
    const draft = read("Rombongan SDN 4 Sidoasri Wetan Raharjo Santoso datang.");
    expect(institutionNames(draft)).toEqual(["SD Negeri 4"]);
  });

  it("keeps the seats of schools listed one after another apart", () => {
    const draft = read("Lomba diikuti SDN 1 Karangsegoro, SDN 3 Tegalwangi dan SDN 1 Tegalwangi.");
    expect(institutionNames(draft)).toEqual([
      "SD Negeri 1 Karangsegoro",
      "SD Negeri 1 Tegalwangi",
      "SD Negeri 3 Tegalwangi",
    ]);
  });
});

describe("a religious affairs office and its district", () => {
  it("reads the office with the district prefix and without it as one office", () => {
    const draft = read(
      "Kepala KUA Kecamatan Karangsegoro, Ahmad Fauzi, menikahkan dua pasangan.",
      "Menurut dia, KUA Karangsegoro melayani warga setiap hari.",
    );
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]?.name).toBe("Kantor Urusan Agama Kecamatan Karangsegoro");
    expect(draft.institutions[0]?.aliases).toContain("KUA Karangsegoro");
    expect(holdersAt(draft)).toEqual(["Ahmad Fauzi @ Kantor Urusan Agama Kecamatan Karangsegoro"]);
  });
});

describe("a village government named in a Title Case headline", () => {
  it("ends the village's name where the body's Desa name ends, not at the headline's verb", () => {
    const draft = parseArticleDraft(
      extractArticle(
        [
          "Pemdes Sidoasri Wetan Salurkan Bantuan Pangan",
          "Penyaluran bantuan di Desa Sidoasri Wetan, Kecamatan Cepu, berlangsung Senin.",
          "Kepala Desa Sidoasri Wetan, Budi Santoso, berharap bantuan dipakai dengan baik.",
        ].join("\n\n"),
      ),
    );
    expect(institutionNames(draft)).toEqual(["Pemerintah Desa Sidoasri Wetan"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Pemerintah Desa Sidoasri Wetan"]);
  });
});

describe("district and village bodies", () => {
  it("names an election committee by its district once, however the district is written", () => {
    const draft = read(
      "Ketua PPK Kecamatan Karangsegoro, Agus Salim, mengatakan rekapitulasi lancar.",
      "Menurut dia, PPK Karangsegoro bekerja sampai malam.",
    );
    expect(institutionNames(draft)).toEqual(["Panitia Pemilihan Kecamatan Karangsegoro"]);
    expect(holdersAt(draft)).toEqual(["Agus Salim @ Panitia Pemilihan Kecamatan Karangsegoro"]);
  });

  it("drops a district committee the article does not place", () => {
    const draft = read("Rapat itu dihadiri KPU Blora, PPK dan PPS.");
    expect(institutionNames(draft)).toEqual(["Komisi Pemilihan Umum Blora"]);
  });

  it("reads a village council by its village, and BPD before a province as no council", () => {
    const council = read("Ketua BPD Sidoasri, Agus Salim, hadir dalam musyawarah.");
    expect(institutionNames(council)).toEqual(["Badan Permusyawaratan Desa Sidoasri"]);
    const bank = read("Nasabah BPD Jateng antre sejak pagi.");
    expect(institutionNames(bank).filter((name) => name.startsWith("Badan Permusyawaratan"))).toEqual([]);
  });

  it("reads a technical unit before the unit it runs as that unit at its seat", () => {
    const draft = read("Kepala UPTD Puskesmas Karangsegoro, dr. Rina Wulandari, mengatakan stok obat cukup.");
    expect(institutionNames(draft)).toEqual(["Puskesmas Karangsegoro"]);
    expect(draft.institutions[0]?.aliases).toContain("UPTD Puskesmas Karangsegoro");
    const office = read("Kepala UPT Dinas Pendidikan Kecamatan Karangsegoro, Budi Santoso, hadir.");
    expect(institutionNames(office)).toEqual(["Dinas Pendidikan Kecamatan Karangsegoro"]);
  });
});

describe("a private school", () => {
  it("reads a school named after its foundation, with or without a number, and its region", () => {
    const draft = read(
      "Kepala SD Muhammadiyah 1 Blora, Budi Santoso, hadir bersama Kepala SMA Kristen Petra Blora, Agus Salim.",
    );
    expect(institutionNames(draft)).toEqual(["SD Muhammadiyah 1 Blora", "SMA Kristen Petra Blora"]);
  });

  it("does not read a person after a school level as a school", () => {
    const draft = read("Siswa SMA Budi Santoso mengatakan ujian sulit.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("schools and colleges without a number", () => {
  it("reads a state school by its level and seat, a kindergarten by its foundation, and a college by its kind", () => {
    const draft = read(
      "Kepala SLB Negeri Blora, Budi Santoso, hadir bersama Kepala TK Pertiwi Sidoasri, Rina Wulandari.",
      "Ketua STIKES Bhakti Mulia, Agus Salim, juga hadir.",
    );
    expect(institutionNames(draft)).toEqual([
      "SLB Negeri Blora",
      "Sekolah Tinggi Ilmu Kesehatan Bhakti Mulia",
      "TK Pertiwi Sidoasri",
    ]);
  });

  it("leaves a bracketed acronym before the number to the numbered school", () => {
    const draft = read("Sekolah Menengah Pertama Negeri (SMPN) 1 Sidoasri menggelar penamatan siswa.");
    expect(institutionNames(draft)).toEqual(["SMP Negeri 1 Sidoasri"]);
  });

  it("does not read a level and status without a seat as one school", () => {
    expect(institutionNames(read("Lulusan SMA Negeri se-Kabupaten Blora diundang."))).toEqual([]);
  });
});
