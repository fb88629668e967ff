import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

describe("a former post closed by 'ini' that describes the one named last", () => {
  const read = draftReader("Penghulu Berkumpul di Blora");
  it("after a speech verb, is the speaker's former post", () => {
    const draft = read(
      "Kepala Kemenag Blora Budi Santoso memberi apresiasi atas kegiatan itu, Rabu (4/9/2024).",
      "“Para penghulu di Blora hadir semua,” ungkap mantan Kepala KUA Cepu ini.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Kantor Kementerian Agama @ Kantor Kementerian Agama Blora",
      "Kepala Kantor Urusan Agama @ Kantor Urusan Agama Cepu",
    ]);
  });
  it("opening a sentence and read on by a lowercase word, is the former post of the one named last", () => {
    const draft = read(
      "Kepala Kantor Kemenag Blora Budi Santoso memantau ujian madrasah, Senin (21/3/2022).",
      "“Kami berharap ujian berjalan lancar,” ungkap Budi. Mantan Kakan Kemenag Kabupaten Mukomuko ini juga berharap siswa berprestasi.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Kantor Kementerian Agama @ Kantor Kementerian Agama Blora",
      "Kepala Kantor @ Kantor Kementerian Agama Kabupaten Mukomuko",
    ]);
  });
});

describe("'drh', a veterinarian's honorific", () => {
  const read = draftReader("Pejabat Hadiri Pelantikan");
  it("opens the name set off after a post in a list of posts and names", () => {
    const draft = read(
      "Hadir Ketua DPRD Blora, Agus Salim, Wakil Bupati Blora, drh. Rina Wulandari, dan Kapolres Blora, Senin (3/4/2023).",
      "Pelantikan berlangsung di pendopo kabupaten.",
    );
    expect(postsOf(draft, "Agus Salim")).toEqual(["Ketua DPRD @ Dewan Perwakilan Rakyat Daerah Blora"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Wakil Bupati @ -"]);
  });
});

describe("'Unit Pelayanan Terpadu', the written-out UPT of a Puskesmas", () => {
  const read = draftReader("Vaksinasi di Cepu Lancar");
  it("is part of the head's title, not a name", () => {
    const draft = read(
      "“Vaksin ini aman dan halal,” kata Kepala Unit Pelayanan Terpadu (UPT) Puskesmas Cepu, Rina Wulandari, Jumat (16/4/2021).",
      "Vaksinasi diikuti aparatur kecamatan.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Unit Pelayanan Terpadu @ Puskesmas Cepu"]);
  });
});

describe("a section title written all in lowercase, up to its institution", () => {
  const read = draftReader("Program Kesehatan Berlanjut");
  it("is held by the name it is set off after", () => {
    const draft = read(
      "Budi Santoso, kepala bidang pelayanan kesehatan Dinkes Blora, mengatakan program itu berlanjut, Kamis (6/9/2018).",
      "Program itu didukung seluruh puskesmas.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Bidang Pelayanan Kesehatan @ Dinas Kesehatan Blora"]);
  });
  it("is held by the full name written right after the institution", () => {
    const draft = read(
      "Kepala seksi pendidikan madrasah Kemenag Blora Rina Wulandari mengatakan ujian berjalan lancar, Senin (21/3/2022).",
      "Ujian diikuti seluruh madrasah.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Seksi Pendidikan Madrasah @ Kantor Kementerian Agama Blora",
    ]);
  });
  it("needs the institution right after the lowercase words", () => {
    const draft = read(
      "Budi Santoso, kepala bidang pelayanan Warung Sederhana, mengatakan program berlanjut, Kamis (6/9/2018).",
      "Program itu didukung Dinkes Blora.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([]);
  });
});

describe("a section head's title in lowercase with its section named in capitals", () => {
  const read = draftReader("Rakor Bimas Islam Digelar");
  it("is held by the full name right after it, at the office the article names", () => {
    const draft = read(
      "Rapat di kantor Kementerian Agama Kabupaten Blora dipimpin kasi Bimas Islam Budi Santoso, M.Pd. dan diikuti seluruh kepala KUA, Rabu (17/7/2019).",
      "Rapat membahas program kerja semester kedua.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Seksi Bimas Islam @ Kantor Kementerian Agama Kabupaten Blora",
    ]);
  });
});

describe("a hospital's own name read on into its director's name", () => {
  const read = draftReader("Pasien Demam Berdarah Bertambah");
  it("gives the last two words, a name and no place, to the director when the run is written once", () => {
    const draft = read(
      "Direktur RSUD dr Soedarso Budi Santoso mengatakan pasien demam berdarah bertambah, Selasa (26/1/2016).",
      "Sebagian pasien dirujuk dari puskesmas.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Direktur @ Rumah Sakit Umum Daerah dr Soedarso"]);
  });
  it("keeps a hospital name the text writes twice", () => {
    const draft = read(
      "Pasien dirujuk ke RSUD Kartini Budi Santoso di Blora, Selasa (26/1/2016).",
      "Direktur RSUD Kartini Budi Santoso mengatakan pasien bertambah.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([]);
  });
});

describe("'Propinsi', another spelling of 'Provinsi'", () => {
  const read = draftReader("Rakor Kepala KUA se-Provinsi");
  it("is read as the region word, so the office and its head are found and no person 'Propinsi Bali'", () => {
    const draft = read(
      "Rapat dibuka Kepala Kanwil Kemenag Propinsi Bali, Budi Santoso, Kamis (16/2/2017).",
      "Rapat diikuti seluruh kepala KUA.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Kantor Wilayah @ Kantor Wilayah Kementerian Agama Bali"]);
  });
});

describe("a health office's section and a doctor's specialty named in capitals", () => {
  const read = draftReader("Kasus Demam Berdarah Naik");
  it("'Pencegahan dan Pengendalian Penyakit' names the section; 'Penyakit' is no person", () => {
    const draft = read(
      "Kepala Bidang Pencegahan dan Pengendalian Penyakit, Dinas Kesehatan Blora, Budi Santoso menjelaskan kasus naik, Kamis (21/4/2022).",
      "Kasus terbanyak ditemukan di dua puskesmas.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
  it("'Spesialis' opens the doctor's specialty, no name", () => {
    const draft = read(
      "Dokter Spesialis Konservasi Gigi drg. Rina Wulandari, Sp.KG mengajukan pengunduran diri, Rabu (10/9/2025).",
      "Pengunduran diri itu belum diterima bupati.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
  });
});

describe("a long form without its region, then its short form with the region in brackets", () => {
  const read = draftReader("Rumah Sakit Daerah Dibenahi");
  it("names the institution the bracket gives, which holds its head's post", () => {
    const draft = read(
      "Gubernur Bangka Belitung, Budi Santoso, mengumpulkan para direktur rumah sakit, Kamis (6/10/2022).",
      "Dua rumah sakit milik Pemerintah Provinsi (Pemprov Babel), yakni RSUD Ir Soekarno dan sebuah rumah sakit jiwa.",
    );
    expect(institutionNames(draft)).toContain("Pemerintah Provinsi Kepulauan Bangka Belitung");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Gubernur @ Pemerintah Provinsi Kepulauan Bangka Belitung"]);
  });
});

describe("a second post written after 'yang juga' and closed by a demonstrative", () => {
  const read = draftReader("Warga Diminta Jaga Kerukunan");
  it("is held by the one the title before 'yang juga' stands for", () => {
    const draft = read(
      "Kepala Kemenag Blora Budi Santoso memberi sambutan dalam dialog itu, Senin (5/2/2024).",
      "Kakankemenag yang juga Ketua FKUB Blora itu meminta warga menjaga kerukunan.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Kantor Kementerian Agama @ Kantor Kementerian Agama Blora",
      "Ketua @ Forum Kerukunan Umat Beragama Blora",
    ]);
  });
});

describe("'OKU Timur' and 'OKU Selatan', short forms of their own regencies", () => {
  const read = draftReader("Kasus Diare Menurun");
  it("name those regencies, not Ogan Komering Ulu", () => {
    const draft = read(
      "Kepala Dinkes OKU Selatan Rina Wulandari mengatakan kasus diare menurun, Senin (18/9/2012).",
      "Penurunan itu tercatat di seluruh puskesmas.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Dinas Kesehatan @ Dinas Kesehatan Ogan Komering Ulu Selatan",
    ]);
  });
});

describe("a seat opened by 'Pondok' ('Pondok Kelapa', 'Pondok Gede')", () => {
  const read = draftReader("Rakor Kepala KUA");
  it("is the KUA's seat when a capitalised word other than 'Pesantren' follows", () => {
    const draft = read(
      "Kepala KUA Pondok Kelapa, Rina Wulandari, menyambut baik rapat itu, Rabu (17/7/2019).",
      "Pimpinan Pondok Pesantren Al Huda, KH Budi Santoso, ikut hadir.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Kantor Urusan Agama @ Kantor Urusan Agama Pondok Kelapa",
    ]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Pimpinan Pondok Pesantren @ Pondok Pesantren Al Huda"]);
  });
});

describe("a title word inside a theme's capitalised words", () => {
  const read = draftReader("Musyawarah Penghulu Digelar");
  it("names no post, and the word set off after it is no person", () => {
    const draft = read(
      "Kepala Kemenag Blora Budi Santoso membuka musyawarah itu, Rabu (4/9/2024).",
      "Musyawarah itu mengusung tema Meneguhkan Penghulu Profesional, Toleran, dan Inklusif Menuju Indonesia Emas.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});
