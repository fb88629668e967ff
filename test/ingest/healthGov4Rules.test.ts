import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, speakerOf } from "./draftQueries.ts";

/**
 * Health, government and disaster constructions found reading the 2026-12-06 dev articles of these
 * beats. Every person here is made up; where a rule rests on the gazetteer, which holds only real
 * regions, the region is real and the sentence around it invented.
 */
const read = draftReader("Pemerintah Daerah Gelar Rapat Penanganan Bencana");
const opening = "Rapat itu digelar di aula kantor bupati pada Senin pagi.";

describe("capitalised words opening a sentence before a post", () => {
  it.each([
    "Peringatan itu disampaikan lewat Surat Edaran Gubernur Jawa Barat kepada semua bupati.",
    "Masa jabatan bupati Kabupaten Garut sudah berakhir pekan lalu.",
    "“Kepada mantan Bupati dan Wakil Bupati Garut, kami berterima kasih,” ujarnya.",
  ])("are no people: %s", (sentence) => {
    expect(peopleNames(read(opening, sentence))).toEqual([]);
  });
});

describe("a post after 'jabatan'", () => {
  it("is no speaker for a later 'ujarnya'", () => {
    const draft = read(
      "Gubernur Jawa Barat Wiryo Pranoto melantik Dedi Kurniawan sebagai Pj Bupati Garut.",
      "“Saya percaya tugas ini dijalankan dengan baik,” ujar Wiryo.",
      "Masa jabatan bupati Kabupaten Garut sudah berakhir pekan lalu.",
      "“Terima kasih kepada semua yang sudah bekerja,” ujarnya.",
    );
    expect(speakerOf(draft, "Terima kasih")).toBe("Wiryo Pranoto");
  });
});

describe("a family name written as one word or two", () => {
  it("is one person", () => {
    const draft = read(
      "Longsor menewaskan Darmo Wirosentono (12), warga Desa Sukamaju.",
      "Korban bernama Darmo Wiro Sentono itu tertimbun di dapur.",
    );
    expect(peopleNames(draft)).toEqual(["Darmo Wirosentono"]);
  });

  it("keeps two people whose first names differ", () => {
    const draft = read("Korban bernama Darmo Wiro Sentono dan Budi Wirosentono dirawat.");
    expect(peopleNames(draft)).toEqual(["Budi Wirosentono", "Darmo Wiro Sentono"]);
  });
});

describe("a name after 'atas nama'", () => {
  it("is a person after a house or a counted person", () => {
    const draft = read(
      "Longsor menimpa rumah penduduk atas nama Darmo Wiryo di Desa Sukamaju.",
      "Satu orang meninggal dunia atas nama Rina Kartika.",
    );
    expect(peopleNames(draft)).toEqual(["Darmo Wiryo", "Rina Kartika"]);
  });

  it("is no person when it is on behalf of a government", () => {
    const draft = read("Bupati menyampaikan duka atas nama Pemerintah Kabupaten Garut.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("an office written bare among several of its kind", () => {
  it("is the one named last before it", () => {
    const draft = read(
      "BPBD Provinsi Jawa Barat menerima laporan longsor.",
      "BPBD Kabupaten Garut telah mengevakuasi korban ke rumah sakit.",
      "“Selain evakuasi, BPBD juga menyalurkan bantuan sosial,” kata Wiryo Pranoto.",
    );
    expect(institutionNames(draft)).toEqual([
      "Badan Penanggulangan Bencana Daerah Jawa Barat",
      "Badan Penanggulangan Bencana Daerah Kabupaten Garut",
    ]);
  });

  it("stays apart when none is named before it", () => {
    const draft = read(
      "BPBD mengirim tim ke lokasi longsor.",
      "BPBD Provinsi Jawa Barat dan BPBD Kabupaten Garut ikut membantu.",
    );
    expect(institutionNames(draft)).toHaveLength(3);
  });
});

describe("a negation or a modal after a facility in a Title Case headline", () => {
  it.each([
    "Presiden Minta RSUD Tak Membedakan Pasien",
    "Bupati Minta Puskesmas Wajib Melayani Warga",
  ])("opens no name of its own: %s", (headline) => {
    const draft = draftReader(headline)("Ia meminta RSUD Kota Cilegon melayani semua pasien, Jumat (6/12).");
    expect(institutionNames(draft)).toEqual(["Rumah Sakit Umum Daerah Kota Cilegon"]);
  });
});

describe("names of a kind of regional office", () => {
  it("are no institution, spelt out or by their acronym", () => {
    const draft = read(
      "Sejumlah kursi kepala Organisasi Perangkat Daerah (OPD) sudah lama kosong.",
      "Bupati menginstruksikan Satuan Kerja Perangkat Daerah (SKPD) dan para kepala OPD meningkatkan pelayanan.",
      "Kepala Dinas Sosial Kabupaten Garut, Wiryo Pranoto, ikut hadir.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Sosial Kabupaten Garut"]);
  });
});

describe("the national civil service agency", () => {
  it("is an institution by its acronym", () => {
    const draft = read("Pelantikan baru digelar setelah prosedur panjang ke BKN hingga Kemendagri.");
    expect(institutionNames(draft)).toEqual(["Badan Kepegawaian Negara", "Kementerian Dalam Negeri"]);
  });
});
