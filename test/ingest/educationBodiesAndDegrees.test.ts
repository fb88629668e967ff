import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

/**
 * Forms of the education beat: teachers' and educators' associations named by a syllable acronym,
 * nursing and other degrees after a school head's name. Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("an acronym the article defines from syllables of its long form", () => {
  it("takes the whole long form and the region after the bracket, and names later mentions by it", () => {
    const draft = read(
      "Pengurus Himpunan Pendidik dan Tenaga Kependidikan Anak Usia Dini (HIMPAUDI) Kabupaten Sukamaju dilantik di pendopo.",
      "Ketua HIMPAUDI Sukamaju, Rina Wulandari, mengatakan organisasinya siap bekerja.",
    );
    // "Pengurus" is a post's title, so the body after it is read as written, its level too (as
    // after "Anggota").
    expect(institutionNames(draft)).toEqual([
      "Himpunan Pendidik dan Tenaga Kependidikan Anak Usia Dini Kabupaten Sukamaju",
    ]);
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(holdersAt(draft)).toEqual([
      "Rina Wulandari @ Himpunan Pendidik dan Tenaga Kependidikan Anak Usia Dini Kabupaten Sukamaju",
    ]);
  });

  it("leaves an acronym the lexicon knows as a kind of body to the lexicon", () => {
    const draft = read(
      "Badan Usaha Milik Desa (BUMDes) Sumber Rejeki di Kecamatan Sukamaju mulai berjualan.",
      "BUMDes Sumber Rejeki sudah berdiri sejak 2019.",
    );
    expect(institutionNames(draft)).toEqual(["Badan Usaha Milik Desa Sumber Rejeki"]);
  });
});

describe("a nursing degree after a name", () => {
  it("reads 'S.Kp.' as a degree, not as a second person", () => {
    const draft = read("Acara dibuka Kepala SMPN 2 Sukamaju, Rina Wulandari, S.Kp., M.Pd., kemarin pagi.");
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ SMP Negeri 2 Sukamaju"]);
  });
});

describe("a numbered school's seat written after a slash", () => {
  it("is the school's seat, as a command's is, and no class or roman number is", () => {
    const draft = read("Kepala SD Inpres 04/Sukamaju, Rina Wulandari, memimpin rapat.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ SD Inpres 04 Sukamaju"]);
    expect(institutionNames(read("Siswa kelas SMAN 1/2 dan SMAN 2/XII hadir."))).toEqual([
      "SMA Negeri 1",
      "SMA Negeri 2",
    ]);
  });
});

describe("an office written once with all its domains and once with the first", () => {
  it("is one office of that seat, named in full", () => {
    const draft = read(
      "Rapat dihadiri perwakilan Dinas Pendidikan dan Kebudayaan Kabupaten Blora.",
      "Kepala Dinas Pendidikan Kabupaten Blora, Rina Wulandari, hadir mewakili bupati.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Pendidikan dan Kebudayaan Kabupaten Blora"]);
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Dinas Pendidikan dan Kebudayaan Kabupaten Blora"]);
  });

  it("stays two offices at two seats, or where the other office's domain only starts the same", () => {
    const seats = read(
      "Dinas Pendidikan Kabupaten Blora dan Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah hadir.",
    );
    expect(institutionNames(seats)).toHaveLength(2);
    const domains = read("Dinas Kesehatan Kabupaten Blora bekerja sama dengan Dinas Kesehatan Hewan Kabupaten Blora.");
    expect(institutionNames(domains)).toHaveLength(2);
  });
});

describe("early-childhood schools and posts", () => {
  it("reads a kindergarten named freely in the body, not Title Case headline words after TK", () => {
    const draft = read("Kepala TK Melati Sukamaju, Rina Wulandari, membuka lomba mewarnai.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ TK Melati Sukamaju"]);
    const headline = draftReader("Siswa TK Ikuti Lomba Mewarnai")("Lomba itu diikuti puluhan anak.");
    expect(institutionNames(headline)).toEqual([]);
  });

  it("gives the regional Bunda PAUD her post, held in no institution", () => {
    const draft = read("Bunda PAUD Kabupaten Sukamaju, Rina Wulandari, mengukuhkan pengurus baru.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ -"]);
  });
});
