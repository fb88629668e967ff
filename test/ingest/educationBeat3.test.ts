import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

/**
 * Education constructions seen in dev misses and unannotated school and campus pages (2026-12-06).
 * Every name and place here is made up.
 */
const read = draftReader("Rektor Lantik Pejabat Baru di Kampus Sukamaju");

describe("a faculty defined with its acronym", () => {
  it("is no institution of its own; its posts are the university's", () => {
    const draft = read(
      "SUKAMAJU - Rektor Universitas Sukamaju (Unsuka), Prof. Budi Hartono, melantik Wakil Dekan Fakultas Keguruan Ilmu Pendidikan (FKIP), Dr. Rina Marlina, M.Pd, di aula kampus.",
    );
    expect(institutionNames(draft)).not.toContain("Fakultas Keguruan Ilmu Pendidikan");
    expect(holdersAt(draft)).toContain("Rina Marlina @ Universitas Sukamaju");
  });
});

describe("a school post naming its school after 'di'", () => {
  it("holds the post at the school", () => {
    const draft = read(
      "SUKAMAJU - Joko Prasetyo selaku Pembina Pramuka di SMP Negeri 4 Sukamaju menuturkan, latihan digelar tiap pekan.",
    );
    expect(holdersAt(draft)).toContain("Joko Prasetyo @ SMP Negeri 4 Sukamaju");
  });

  it("takes no venue after 'di' for a school", () => {
    const draft = read(
      "SUKAMAJU - Ketua Panitia di Gedung Serbaguna Sukamaju, Joko Prasetyo, mengatakan acara lancar.",
    );
    expect(holdersAt(draft).some((post) => post.includes("Gedung"))).toBe(false);
  });
});

describe("degrees written right after a name, before the comma that sets a post off", () => {
  it("still close the name the post describes", () => {
    const draft = read(
      "SUKAMAJU - Rina Wulandari SPd, salah satu guru di SMP Negeri 4 Sukamaju, menambahkan bahwa sekolah akan terus berbenah.",
      "Dedi Kurniawan Hidayat SPd MM, Kepala SMP Negeri 4 Sukamaju, menyampaikan terima kasih.",
    );
    expect(holdersAt(draft)).toContain("Rina Wulandari @ SMP Negeri 4 Sukamaju");
    expect(holdersAt(draft)).toContain("Dedi Kurniawan Hidayat @ SMP Negeri 4 Sukamaju");
  });
});

describe("a lowercase school post after 'selaku', the name set off by a comma", () => {
  it("is held by the name before the comma, at the story's school", () => {
    const draft = read(
      "SUKAMAJU - SMP Negeri 3 Sukamaju meraih juara umum. Menurut Agus Salim, M.Sn, selaku kepala sekolah, prestasi itu hasil latihan panjang.",
    );
    expect(holdersAt(draft)).toContain("Agus Salim @ SMP Negeri 3 Sukamaju");
  });
});

describe("a contest's event named after 'nomor'", () => {
  it("is no person", () => {
    const draft = read("SUKAMAJU - Pada nomor Matematika, juara pertama diraih siswa SMPN 2 Sukamaju.");
    expect(peopleNames(draft)).not.toContain("Matematika");
  });
});

describe("a winner's place between 'juara' and the name", () => {
  it("lets the full name after it be read as a person", () => {
    const draft = read(
      "SUKAMAJU - Untuk IPA, juara I Dimas Aditya Pratama (skor 50), juara II Rina Wulandari (43,33), dan juara 3 Agus Salim dari SMPN 1 Sukamaju.",
    );
    expect(peopleNames(draft)).toEqual(
      expect.arrayContaining(["Dimas Aditya Pratama", "Rina Wulandari", "Agus Salim"]),
    );
  });

  it("reads no person from a contest or a category named after the place", () => {
    const draft = read(
      "SUKAMAJU - Sekolah itu meraih juara 1 Lomba Cerdas Cermat dan Juara II Menyanyi Solo Putra tingkat kabupaten.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a school headship handed over", () => {
  it("gives a lowercase post to both holders, at the story's school", () => {
    const draft = read(
      "SUKAMAJU - Acara digelar di SMA Negeri 1 Sukamaju. Jabatan kepala sekolah diserahterimakan dari Drs. Bapa Tua kepada Pelaksana Tugas (Plt) Drs. Yohanes Lele.",
    );
    expect(holdersAt(draft)).toEqual(["Bapa Tua @ SMA Negeri 1 Sukamaju", "Yohanes Lele @ SMA Negeri 1 Sukamaju"]);
  });

  it("reads holders described as the old and the new one", () => {
    const draft = read(
      "SUKAMAJU - Jabatan kepala SD Negeri 2 Sukamaju diserahterimakan dari pejabat lama, Karel Yosias Tua, kepada Filep P. Lele.",
    );
    expect(holdersAt(draft)).toEqual([
      "Karel Yosias Tua @ SD Negeri 2 Sukamaju",
      "Filep P. Lele @ SD Negeri 2 Sukamaju",
    ]);
  });
});

describe("a private school named after its foundation's acronym, and a level written out", () => {
  it("names the school", () => {
    const draft = read(
      "SUKAMAJU - Kepala SD YPK Sukamaju, Filep Lele, menerima bantuan. Rina Wati dilantik menjadi kepala sekolah Taman Kanak-Kanak Melati Sukamaju.",
    );
    expect(institutionNames(draft)).toEqual(expect.arrayContaining(["SD YPK Sukamaju", "TK Melati Sukamaju"]));
  });

  it("does not read a list of levels as a school", () => {
    const draft = read("SUKAMAJU - Siswa SD SMP dan SMA se-Kecamatan Sukamaju hadir di lapangan.");
    expect(institutionNames(draft).some((name) => name.startsWith("SD SMP"))).toBe(false);
  });
});

describe("a section head written without the office", () => {
  it("is held at the story's office, not at the school it is about", () => {
    const draft = read(
      "SUKAMAJU - Dinas Pendidikan Provinsi Jambi masih menonaktifkan Kepsek SMAN 6 Sukamaju. Kepala SMAN 6 Sukamaju itu bolos kerja.",
      "“Sudah ada Plh,” kata Kasi Peserta Didik Bidang Pembinaan SMA, Sumantri Lubis.",
    );
    expect(holdersAt(draft)).toContain("Sumantri Lubis @ Dinas Pendidikan Jambi");
  });
});

describe("a teacher's kind of appointment between 'guru' and the school", () => {
  it("is part of the post held at the school", () => {
    const draft = read(
      "SUKAMAJU - Budi Hartono, kepala sekolah SMPN 16 Sukamaju, kini menjadi guru biasa di SMPN 1 Sukamaju. Rina Wati, guru PPPK di SDN 2 Sukamaju, ikut hadir.",
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining(["Budi Hartono @ SMP Negeri 1 Sukamaju", "Rina Wati @ SD Negeri 2 Sukamaju"]),
    );
  });
});
