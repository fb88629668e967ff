import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Titles of schools, colleges and education offices: a teacher's subject, a deputy head's area, a
 * supervisor's level and a college unit's open name between the title and the school or the holder.
 * Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("a school title's subject", () => {
  it("reads the subject as part of a teacher's title, not as a person", () => {
    const draft = read("Guru Bahasa Inggris, Budi Santoso, mengatakan siswa SMA Negeri 2 Sukamaju siap.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Guru Bahasa Inggris @ SMA Negeri 2 Sukamaju"]);
  });

  it("reads a deputy head's area before the holder written without a comma", () => {
    const draft = read("Kegiatan itu dibuka Wakasek Kurikulum Budi Santoso.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Wakil Kepala Sekolah Kurikulum @ -"]);
  });

  it("reads 'Waka' with an area as a school's deputy head", () => {
    const draft = read("Waka Kesiswaan SMPN 5 Sukamaju, Rina Wulandari menjelaskan lomba digelar.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Wakil Kepala Sekolah Kesiswaan @ SMP Negeri 5 Sukamaju"]);
  });

  it("reads a supervisor's level and the office that employs him", () => {
    const draft = read("Pengawas SMP Dinas Pendidikan Sleman, Budi Santoso, menilai sekolah sudah siap.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Pengawas SMP @ Dinas Pendidikan Sleman"]);
  });

  it("reads a supervisor named after a comma, but no supervising body as a title", () => {
    expect(postsOf(read("Pengawas sekolah, Budi Santoso, mengatakan guru harus siap."), "Budi Santoso")).toEqual([
      "Pengawas Sekolah @ -",
    ]);
    expect(postsOf(read("Doa dipimpin Pengawas, Titin Surtini, M.Pd., di aula."), "Titin Surtini")).toEqual([
      "Pengawas @ -",
    ]);
    expect(holdersAt(read("Badan Pengawas Pemilu Sukamaju Budi Santoso menggelar rapat."))).toEqual([]);
  });

  it("leaves a school named after the subject to be the school", () => {
    const draft = read("Guru SD Negeri 1 Sukamaju, Rina Wulandari, mengajak siswa membaca.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Guru @ SD Negeri 1 Sukamaju"]);
  });
});

describe("a school title in lowercase", () => {
  it("reads the holder set off by a comma after the title and its school", () => {
    const draft = read("Sementara itu guru olahraga SDN 1 Sleman, Rina Wulandari, S.Pd, menyebut siswa berlatih.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Guru Olahraga @ SD Negeri 1 Sleman"]);
  });

  it("reads a title set off after the full name it describes, its school after 'di'", () => {
    const draft = read("Budi Santoso, guru Bahasa Inggris di SMA Negeri 2 Sleman, mengatakan siswa siap.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Guru Bahasa Inggris @ SMA Negeri 2 Sleman"]);
  });
});

describe("a job title set off after its holder's name", () => {
  it("reads a teacher's title without a school, held at the school the sentence names", () => {
    const draft = read("Untuk kategori ini SMPN 6 Sukamaju diwakili Habris Simamora, guru Matematika.");
    expect(postsOf(draft, "Habris Simamora")).toEqual(["Guru Matematika @ SMP Negeri 6 Sukamaju"]);
  });
});

describe("committees and college organs", () => {
  it("reads no organisation in the event after a committee's title", () => {
    const draft = read("Dalam laporannya, Ketua Panitia PKKMB, Muhammad Isra Iradat, berterima kasih.");
    expect(draft.institutions).toEqual([]);
    expect(postsOf(draft, "Muhammad Isra Iradat")).toEqual(["Ketua Panitia PKKMB @ -"]);
  });

  it("gives a senate's chair the college", () => {
    const draft = read(
      "Universitas Sukamaju menggelar rapat. Hadir Ketua Senat, Prof. Djayani Nurdin, dan para dekan.",
    );
    expect(postsOf(draft, "Djayani Nurdin")).toEqual(["Ketua Senat @ Universitas Sukamaju"]);
  });
});

describe("posts of a school or a college written without it", () => {
  it("gives a teacher the school named last before him, never a college", () => {
    const draft = read(
      "Mahasiswa Universitas Sukamaju mengajar di SMP Negeri 3 Sukamaju.",
      "Guru pembimbing, Rina Wulandari, S.Pd., mengatakan siswa berlatih keras.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Guru pembimbing @ SMP Negeri 3 Sukamaju"]);
  });

  it("gives a college post the college, never a school", () => {
    const draft = read(
      "Universitas Sukamaju menggelar seminar bersama SMA Negeri 1 Sukamaju dan SMA Negeri 2 Sukamaju.",
      "Ketua Program Studi Pendidikan Matematika, Dr. Rina Wulandari, M.Pd., mengatakan mahasiswa harus aktif.",
      "Dekan, Budi Santoso, menutup acara di SMA Negeri 2 Sukamaju.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Ketua Program Studi Pendidikan Matematika @ Universitas Sukamaju",
    ]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Dekan @ Universitas Sukamaju"]);
  });

  it("reads a study programme's open name up to the college it belongs to", () => {
    const draft = read(
      "Kaprodi Pendidikan Bahasa Inggris FKIP Universitas Sukamaju, Rina Wulandari, mengatakan hal itu.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Ketua Program Studi Pendidikan Bahasa Inggris FKIP @ Universitas Sukamaju",
    ]);
  });
});

describe("education office holders", () => {
  it("keeps the seat of an education office when its head's full name closes the sentence", () => {
    const draft = read(
      "Hal itu disampaikan Kepala Dinas Pendidikan Sukamaju, Budi Santoso.",
      "Kegiatan itu digelar Dinas Pendidikan Kabupaten Sukamaju di aula sekolah.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Dinas Pendidikan @ Dinas Pendidikan Sukamaju"]);
    expect(draft.institutions[0]?.aliases).toContain("Dinas Pendidikan Kabupaten Sukamaju");
  });

  it("keeps the seat when nothing else in the article names the office", () => {
    const draft = read("Hal itu disampaikan Kepala Dinas Pendidikan Sukamaju, Budi Santoso.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Dinas Pendidikan @ Dinas Pendidikan Sukamaju"]);
  });

  it("reads a district education coordinator and a supervisors' coordinator", () => {
    const draft = read("Sosialisasi dibuka Korwil Edi Sutrisno, S.Pd., M.Pd., bersama Korwas Dedah Maryonah, M.Pd.");
    expect(holdersAt(draft)).toEqual(["Edi Sutrisno @ -", "Dedah Maryonah @ -"]);
  });
});
