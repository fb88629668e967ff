import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

/** Posts, schools and forms of address of the religious affairs beat. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a penghulu of a KUA", () => {
  it("holds the post at the KUA", () => {
    const draft = read("Penghulu KUA Cibeber, Abdul Rahman, menikahkan pasangan itu di balai nikah.");
    expect(holdersAt(draft)).toEqual(["Abdul Rahman @ Kantor Urusan Agama Cibeber"]);
  });
});

describe("'Kankemenag' and a region before a name", () => {
  it("is the head of that Kemenag office", () => {
    const draft = read("Kankemenag Tuban Drs. H. Hamdan sedang mengikuti rapat di Surabaya.");
    expect(holdersAt(draft)).toEqual(["Hamdan @ Kantor Kementerian Agama Tuban"]);
  });
});

describe("'Ustad' and 'Gus' before a name", () => {
  it("are forms of address, not part of the name", () => {
    const draft = read(
      "Rombongan diterima pengasuh pondok, Ustad Effendi, dengan hangat.",
      "“Kita harus terus belajar,” ajak Gus Ayyub kepada para santri.",
    );
    expect(peopleNames(draft)).toEqual(["Ayyub", "Effendi"]);
  });
});

describe("private madrasah and madrasah diniyah named by their own name", () => {
  it("are schools, and a number counting pupils after one is no part of its name", () => {
    const draft = read(
      "Peserta ujian dari MAS Sinar Harapan berjumlah 56 siswa, dari MAS Nurul Falah 8 siswa.",
      "Rombongan lalu meninjau Madrasah Diniyah (Madin) Darul Hasan dan Pondok Pesantren Al-Aziz.",
    );
    expect(institutionNames(draft)).toEqual([
      "MA Swasta Nurul Falah",
      "MA Swasta Sinar Harapan",
      "Madrasah Diniyah Darul Hasan",
      "Pondok Pesantren Al-Aziz",
    ]);
  });
});
