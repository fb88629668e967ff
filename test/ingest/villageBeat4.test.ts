import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

const read = draftReader("Kades Terpilih Diminta Bersiap");
const placeNames = (draft: ArticleDraft) => draft.places.map((p) => p.name).sort();

describe("a unit named after village government, right before its office", () => {
  it("names no village: the office starts after the word 'Desa'", () => {
    const draft = read(
      "Kabid Bina Pemerintahan Desa Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sukamaju, Rudi Hartono, mengatakan pelantikan digelar Kamis.",
    );
    expect(placeNames(draft)).not.toContain("Dinas");
    expect(placeNames(draft)).not.toContain("Dinas Pemberdayaan");
    expect(institutionNames(draft)).toContain("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sukamaju");
    expect(holdersAt(draft)).toContain("Rudi Hartono @ Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sukamaju");
  });

  it("leaves a village written after the word as a village", () => {
    const draft = read("Warga Desa Sukamaju Kecamatan Cibiru menggelar kerja bakti, Minggu (3/3/2024).");
    expect(placeNames(draft)).toContain("Sukamaju");
  });
});

describe("a cooperative or village body written with a bare 'Desa'", () => {
  const readCoop = draftReader("Pengurus Koperasi Dilatih");

  it("names no cooperative when no village follows: the word is the kind of cooperative", () => {
    const draft = readCoop(
      "Dinas Koperasi dan UMKM Kabupaten Sukamaju melatih pengurus Koperasi Desa/Kelurahan Merah Putih se-Kabupaten Sukamaju.",
      "Kegiatan berlanjut dengan sosialisasi program Koperasi Desa kepada warga.",
    );
    expect(institutionNames(draft)).not.toContain("Koperasi Desa");
    expect(institutionNames(draft)).toContain("Dinas Koperasi dan UMKM Kabupaten Sukamaju");
  });

  it("still names one village's cooperative", () => {
    const draft = readCoop("Ketua Koperasi Desa Sukamaju, Budi Santoso, membuka rapat anggota tahunan.");
    expect(holdersAt(draft)).toContain("Budi Santoso @ Koperasi Desa Sukamaju");
  });

  it("reads a village's own body before a bare 'Desa' as the body written bare", () => {
    const draft = read(
      "Desa Sukamaju menggelar musyawarah desa di balai desa, Senin (5/2/2024).",
      "Hadir Ketua Karang Taruna Desa, Dedi Kurnia, serta tokoh masyarakat.",
    );
    expect(institutionNames(draft)).toContain("Karang Taruna");
    expect(institutionNames(draft)).not.toContain("Karang Taruna Desa");
    expect(holdersAt(draft)).toContain("Dedi Kurnia @ Karang Taruna");
  });
});

describe("the villages ministry under its names", () => {
  const readMinistry = draftReader("BUMDes Banyak yang Mati Suri");

  it("is the present ministry with its minister, written out with its acronym or short", () => {
    const written = readMinistry(
      "Menteri Desa dan Pembangunan Daerah Tertinggal (Mendes PDT) Wiryo Pranoto kerap mengunjungi BUMDes di Sukamaju.",
    );
    expect(holdersAt(written)).toEqual(["Wiryo Pranoto @ Kementerian Desa dan Pembangunan Daerah Tertinggal"]);
    const short = readMinistry("Mendes PDT Wiryo Pranoto kerap mengunjungi BUMDes di Sukamaju.");
    expect(holdersAt(short)).toEqual(["Wiryo Pranoto @ Kementerian Desa dan Pembangunan Daerah Tertinggal"]);
  });

  it("is the former ministry written with its commas", () => {
    const draft = readMinistry(
      "Bantuan dari Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi diterima Desa Sukamaju.",
      "Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi Wiryo Pranoto meninjau BUMDes.",
    );
    expect(institutionNames(draft)).toContain("Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi");
    expect(holdersAt(draft)).toContain(
      "Wiryo Pranoto @ Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
    );
  });
});

describe("a regulation named after the office that issues it", () => {
  const readRule = draftReader("Penataan Desa Sesuai Aturan");

  it("gives no holder to the title after 'Peraturan' or 'Keputusan', nor to the bracket after it", () => {
    const draft = readRule(
      "Kepala Dinas PMD Sukamaju, Rudi Hartono, mengatakan penataan desa mengacu pada Peraturan Menteri Dalam Negeri (Permendagri) Nomor 1 Tahun 2017.",
      "Hal itu juga diatur dalam Keputusan Bupati Sukamaju Nomor 5 Tahun 2020.",
    );
    expect(peopleNames(draft)).toEqual(["Rudi Hartono"]);
    expect(holdersAt(draft)).toHaveLength(1);
  });

  it("gives the title to the issuer's full name written right after it", () => {
    const draft = readRule(
      "Pelantikan itu berdasarkan Keputusan Bupati Blora Budi Santoso tentang pengangkatan perangkat desa.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ -"]);
  });

  it("leaves a minister written without a regulation noun as a post", () => {
    const draft = readRule("Menteri Dalam Negeri Wiryo Pranoto meninjau Desa Sukamaju.");
    expect(holdersAt(draft)).toEqual(["Wiryo Pranoto @ Kementerian Dalam Negeri"]);
  });
});

describe("nouns of appointing and dismissing in a regulation's subject", () => {
  it("open no name before a village head's title", () => {
    const draft = draftReader("Pj Kades Dilantik Bupati")(
      "Pelantikan sesuai Peraturan Bupati Sukamaju Nomor 8 Tahun 2016 tentang Pengangkatan dan Pemberhentian Kepala Desa.",
      "Kepala Desa Cibiru Budi Santoso hadir.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("a village affairs section named by its domain and 'Desa', then a full name", () => {
  const readOffice = draftReader("Dinas PMD Verifikasi Profil Desa");

  it("ends with 'Desa': the full name after it is the section head, not a village", () => {
    const draft = readOffice(
      "Kabid Pemerintahan Desa Budi Santoso mengatakan verifikasi digelar pekan depan.",
      "Kabid Pemberdayaan Masyarakat Desa Rina Wulandari menambahkan data sudah lengkap.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rina Wulandari"]);
    expect(placeNames(draft)).not.toContain("Budi Santoso");
    expect(placeNames(draft)).not.toContain("Rina Wulandari");
  });

  it("leaves a village the article writes elsewhere as the seat", () => {
    const draft = readOffice(
      "Kabid Pemerintahan Desa Sukamaju Budi Santoso mengatakan rapat digelar di Desa Sukamaju, Senin.",
    );
    expect(placeNames(draft)).toContain("Sukamaju");
    expect(peopleNames(draft)).not.toContain("Sukamaju Budi Santoso");
  });
});
