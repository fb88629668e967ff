import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf, speakerOf } from "./draftQueries.ts";

/**
 * Constructions found in fresh dev articles of the education, health and village beats, each
 * written here with made-up names and places (Sukamaju, Budi Santoso, …).
 */
const union = draftReader("Konferensi Kabupaten PGRI Sukamaju Dibuka");
const opening = "SUKAMAJU - Konferensi kabupaten itu dibuka pada Sabtu pagi di gedung guru.";
const board = "Persatuan Guru Republik Indonesia Kabupaten Sukamaju";

describe("an adverb of manner between the choosing verb and the post ('terpilih secara aklamasi menjadi')", () => {
  it("gives the post to the one word before the verb, as without the adverb", () => {
    for (const sentence of [
      "Dalam pemilihan pengurus baru, Sumarno terpilih secara aklamasi menjadi Ketua PGRI Kabupaten Sukamaju.",
      "Budi Santoso terpilih secara bulat sebagai Ketua PGRI Kabupaten Sukamaju periode 2025-2030.",
    ]) {
      const draft = union(opening, sentence);
      const holder = peopleNames(draft)[0] ?? "";
      expect(["Sumarno", "Budi Santoso"]).toContain(holder);
      expect(postsOf(draft, holder)).toEqual([`Ketua @ ${board}`]);
    }
  });
});

describe("board posts listed after a verb filling a post ('kursi wakil ketua diisi Wakil Ketua A, …')", () => {
  it("gives each name its post at the board named before, a one-word name with a degree too", () => {
    const draft = union(
      opening,
      "Wakil Ketua PGRI Jawa Tengah, Rudi Hartawan, memberi sambutan.",
      "Dalam pemilihan, Budi Santoso terpilih menjadi Ketua PGRI Kabupaten Sukamaju. Kursi wakil ketua diisi Wakil Ketua Suyanto, M.Pd., Wakil Ketua Joko Purnomo, dan Wakil Ketua Rina Wulandari, S.Pd. Rapat lalu ditutup.",
    );
    expect(postsOf(draft, "Suyanto")).toEqual([`Wakil Ketua @ ${board}`]);
    expect(postsOf(draft, "Joko Purnomo")).toEqual([`Wakil Ketua @ ${board}`]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual([`Wakil Ketua @ ${board}`]);
  });
});

describe("a board's post closed by a relative clause, after another post of the board", () => {
  it("is held at the body of the board post before it ('dipercaya sebagai Sekretaris yang …')", () => {
    const draft = union(
      opening,
      "Wakil Ketua PGRI Jawa Tengah, Rudi Hartawan, memberi sambutan.",
      "Dalam pemilihan, Budi Santoso terpilih menjadi Ketua PGRI Kabupaten Sukamaju. Drs. Parmin dipercaya sebagai Sekretaris yang akan mengurus administrasi organisasi.",
    );
    expect(postsOf(draft, "Parmin")).toEqual([`Sekretaris @ ${board}`]);
  });
});

const village = draftReader("Masa Jabatan Kades di Sukamaju Habis");

describe("an acting prefix written with its stop right after a speech verb ('kata Plt. Kepala …')", () => {
  it("opens the title, held by the name after it, and is no speaker of its own", () => {
    const draft = village(
      opening,
      '"Tahun ini ada dua belas masa jabatan yang habis," kata Plt. Kepala Dinas Sosial Kabupaten Sukamaju, Sarwono, SP, M.Si.',
    );
    expect(peopleNames(draft)).toEqual(["Sarwono"]);
    expect(speakerOf(draft, "Tahun ini")).toBe("Sarwono");
    expect(postsOf(draft, "Sarwono")).toEqual([
      "Pelaksana Tugas Kepala Dinas Sosial @ Dinas Sosial Kabupaten Sukamaju",
    ]);
  });
});

describe("a domain acronym fused with the first letters of one more domain word ('Dinas PMDSos X')", () => {
  it("names a regional office, whose head and section head hold their posts there", () => {
    const draft = village(
      opening,
      "Kepala Dinas PMDSos Kabupaten Sukamaju, Sarwono, didampingi Kabid PMD, Budi Santoso, ST, meninjau desa itu.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas PMDSos Kabupaten Sukamaju"]);
    expect(postsOf(draft, "Sarwono")).toEqual(["Kepala Dinas PMDSos @ Dinas PMDSos Kabupaten Sukamaju"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Bidang PMD @ Dinas PMDSos Kabupaten Sukamaju"]);
  });
});

const hospital = draftReader("Wabup Tinjau RSUD Sukamaju");

describe("a quote's attribution closing a paragraph without its stop ('“…”. Tegas Wabup')", () => {
  it("ends the paragraph, so the next paragraph's first word is no holder of the title", () => {
    const draft = hospital(
      "Wakil Bupati Kabupaten Sukamaju, Hairul Anwar, berkunjung ke RSUD Sukamaju pada Senin.",
      "“Kita ingin rumah sakit ini tumbuh baik”. Tegas Wabup",
      "Soal peralatan rumah sakit yang belum memadai, pengadaannya akan disesuaikan.",
      "“Kita ingin rumah sakit ini menjadi ikon daerah”. Kata Wabup",
      "Ikut hadir dalam kunjungan itu Sekda Agus Sanusi dan sejumlah dokter.",
    );
    expect(draft.article.body).toContain("Tegas Wabup\n\nSoal peralatan");
    expect(peopleNames(draft)).toEqual(["Agus Sanusi", "Hairul Anwar"]);
  });
});

describe("a noun counted by 'seorang' before 'bernama' ('seorang bocah bernama X')", () => {
  it("names a person by the one word after 'bernama'", () => {
    const draft = hospital("Setelah itu mereka meninjau seorang bocah bernama Kartolo yang menjalani operasi telinga.");
    expect(peopleNames(draft)).toEqual(["Kartolo"]);
  });
});

describe("a public relations officer written bare after the head he accompanies ('bersama Humas X')", () => {
  it("holds the post at the head's institution, past the stop of the head's honorific", () => {
    const draft = hospital(
      "Direktur RSUD Sukamaju dr. Rudi Harahap bersama Humas Budi Simamora datang menghampiri rombongan.",
    );
    expect(postsOf(draft, "Budi Simamora")).toEqual(["Humas @ Rumah Sakit Umum Daerah Sukamaju"]);
  });
});

const campus = draftReader("Pemilihan Direktur Politeknik Negeri Sukamaju");

describe("a quote opened with two single marks ('’’…”')", () => {
  it("is a quote, closed by a double mark or two single ones, and goes to its speaker", () => {
    const draft = campus(
      "Ketua Senat Politeknik Negeri Sukamaju Ir. Budi Santoso, M.Si. membuka rapat. ’’Proses pemilihan direktur harus berjalan demokratis dan objektif,” ungkapnya.",
      "Direktur Politeknik Negeri Sukamaju Dr. Rudi Hartono memberi sambutan. ’’Saya mengucapkan terima kasih kepada seluruh civitas akademika.’’",
    );
    expect(speakerOf(draft, "Proses pemilihan direktur")).toBe("Budi Santoso");
    expect(speakerOf(draft, "Saya mengucapkan terima kasih")).toBe("Rudi Hartono");
  });
});

const heads = draftReader("Rapat Kepala Sekolah SMP Digelar");

describe("a reduplicated word in a school's seat ('SMPN 5 Rante-rante')", () => {
  it("is one word of the seat, so the school and its head's post keep it", () => {
    const draft = heads(
      "Rapat digelar di SMPN 5 Rante-rante pada Senin.",
      "Basuki Rahmat, yang juga Kepala SMPN 5 Rante-rante, membuka rapat itu.",
    );
    expect(institutionNames(draft)).toEqual(["SMP Negeri 5 Rante-rante"]);
    expect(postsOf(draft, "Basuki Rahmat")).toEqual(["Kepala SMP Negeri 5 @ SMP Negeri 5 Rante-rante"]);
  });
});

describe("the district a school is named after", () => {
  it("places the school but is no place of the story ('SMPN 5 Cepu' in a story about Blora)", () => {
    const draft = heads("Sebanyak 35 kepala sekolah se-Kabupaten Blora mengikuti rapat di SMPN 5 Cepu pada Senin.");
    expect(institutionNames(draft)).toEqual(["SMP Negeri 5 Cepu"]);
    expect(draft.places.filter((place) => place.mentions.length > 0).map((place) => place.name)).not.toContain("Cepu");
  });
});

describe("a minister's title closed by the country's name written out ('… Republik Indonesia, Name')", () => {
  it("is held at the ministry, as with 'RI'", () => {
    const draft = village(
      opening,
      "Wakil Menteri Desa Pembangunan Daerah Tertinggal dan Transmigrasi Republik Indonesia, Prof. Dr. H. Budi Santoso, M.Si., hadir dalam pelantikan itu.",
    );
    expect(postsOf(draft, "Budi Santoso")).toHaveLength(1);
    expect(postsOf(draft, "Budi Santoso")[0]).toMatch(
      /@ Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi$/,
    );
  });
});
