import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

/**
 * Names of school and hospital staff as regional news writes them: a doctorate's field between
 * "Dr." and the name, two honorifics without their stops, a sentence adverb before a title, and a
 * private school's name running on into its head's. Every name and place here is made up.
 */
const read = draftReader("Wisuda dan Pelepasan Siswa di Lembahsari");

describe("titles of address before a name", () => {
  it("passes over a doctorate's field written shortened after 'Dr.'", () => {
    const draft = read(
      "Wakil Rektor Bidang Akademik Dr. Eng. Bambang Hartono, M.T., melaporkan jumlah lulusan Universitas Lembahsari.",
    );
    expect(peopleNames(draft)).toEqual(["Bambang Hartono"]);
    expect(holdersAt(draft)).toEqual(["Bambang Hartono @ Universitas Lembahsari"]);
  });

  it("passes over a field after 'Drs.' among other honorifics", () => {
    const draft = read("Wisudawan dilantik oleh Rektor Universitas Lembahsari Dr. Drs. Ec. H. Darto Wiyono, M.Si.");
    expect(peopleNames(draft)).toEqual(["Darto Wiyono"]);
  });

  it("reads a professor who is a physician, both honorifics without their stops", () => {
    const draft = read("Rektor Universitas Lembahsari Prof dr Yusran Hadi SpA (K) memberi sambutan.");
    expect(peopleNames(draft)).toEqual(["Yusran Hadi"]);
    expect(holdersAt(draft)).toEqual(["Yusran Hadi @ Universitas Lembahsari"]);
  });
});

describe("a sentence adverb before a title", () => {
  it("is no name", () => {
    const draft = read("Pelayanan masih lambat. Padahal, Bupati Lembahsari sudah meminta perbaikan.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a private school's name run on into its head's", () => {
  it("ends the school's name where the article writes it closed elsewhere", () => {
    const draft = read(
      "Penyerahan dilakukan oleh Kepala SMK Muhammadiyah Sukawangi, Darto Wiyono, di aula.",
      "Sementara itu, kepala SMK Muhammadiyah Sukawangi Darto Wiyono berpesan agar siswa disiplin.",
    );
    expect(institutionNames(draft)).toEqual(["SMK Muhammadiyah Sukawangi"]);
    expect(holdersAt(draft)).toEqual(["Darto Wiyono @ SMK Muhammadiyah Sukawangi"]);
  });

  it("keeps the run whole when the article never writes the shorter name closed", () => {
    const draft = read("Kepala SMK Muhammadiyah Sukawangi Raya, Darto Wiyono, berpesan agar siswa disiplin.");
    expect(institutionNames(draft)).toEqual(["SMK Muhammadiyah Sukawangi Raya"]);
  });
});

describe("a lowercase title with a usual workplace after a speech verb", () => {
  it("is held by the full name set off after it, at the story's school", () => {
    const draft = read(
      "Siswa SMK Muhammadiyah 1 Sukawangi menjalani kunjungan industri.",
      '"Kunjungan itu penting," kata kepala sekolah, Darto Wiyono, S.S, Sabtu (17/9/2022).',
    );
    expect(holdersAt(draft)).toEqual(["Darto Wiyono @ SMK Muhammadiyah 1 Sukawangi"]);
  });

  it("is no post of a name that runs on into more capitalised words", () => {
    const draft = read(
      "Siswa SMK Muhammadiyah 1 Sukawangi menjalani kunjungan industri.",
      '"Kunjungan itu penting," kata kepala sekolah, Darto Wiyono Jaya Makmur Sentosa Abadi Lestari kemarin.',
    );
    expect(holdersAt(draft).filter((h) => h.startsWith("Darto"))).toEqual([]);
  });
});

describe("a school's deputy head written 'Wakil Kepala Bidang'", () => {
  it("is held at the story's school, with 'Wakil' kept", () => {
    const draft = read(
      "Sebanyak 280 siswa SMK Muhammadiyah 1 Sukawangi mengikuti ujian praktik.",
      "Wakil Kepala Bidang Kurikulum Siti Aminah ST menambahkan, ujian berjalan lancar.",
    );
    expect(holdersAt(draft)).toEqual(["Siti Aminah @ SMK Muhammadiyah 1 Sukawangi"]);
  });

  it("is held at the institution written after it", () => {
    const draft = read(
      "Sebanyak 280 siswa SMK Muhammadiyah 1 Sukawangi mengikuti ujian praktik.",
      "Wakil Kepala Bidang Humas Polda Jawa Tengah AKBP Agus Salim juga hadir.",
    );
    expect(holdersAt(draft)).toEqual(["Agus Salim @ Kepolisian Daerah Jawa Tengah"]);
  });
});

describe("a bare school level after a school's title", () => {
  it("is the kind of school, not the holder's initials", () => {
    const draft = read(
      "Siswa SD swasta di Kota Sukawangi belajar di lantai.",
      '"Itu miskomunikasi saja," kata Kepsek SD Rina Wulandari, Jumat (10/1/2025).',
      "Kepala Sekolah SMP Darto Wiyono mengatakan hal serupa.",
    );
    expect(peopleNames(draft)).toEqual(["Darto Wiyono", "Rina Wulandari"]);
  });
});
