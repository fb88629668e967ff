import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/** Disaster and religion forms found probing unannotated pages (corpus-thinbeats). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a disaster office's rapid reaction team written out in a title", () => {
  it("is a unit inside the office, so its coordinator is read and holds the post there", () => {
    const draft = read(
      "Koordinator Tim Reaksi Cepat (TRC) BPBD Kabupaten Sukamaju Andi Wirawan mengatakan tim masih siaga di lokasi.",
    );
    expect(peopleNames(draft)).toEqual(["Andi Wirawan"]);
    expect(holdersAt(draft)).toEqual(["Andi Wirawan @ Badan Penanggulangan Bencana Daerah Kabupaten Sukamaju"]);
  });
});

describe("an island written after a regency instead of its province", () => {
  it("is no person beside the official named after it", () => {
    const draft = read(
      "Kepala Pelaksana BPBD Kabupaten Sukamaju, Kalimantan, Budi Santoso mengatakan air mulai surut.",
      "Kepala Dinas Sosial Kabupaten Sukaraja, Sumatera, Dedi Kurniawan menyalurkan bantuan.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Dedi Kurniawan"]);
  });
});

describe("a religious counsellor's title written with the religion", () => {
  it("is read in capitals and in lowercase, for any religion", () => {
    const draft = read(
      "Hadir dalam acara tersebut Penyuluh Agama Islam Febrianti Rahayu dan staf.",
      "Hadir pula penyuluh agama Islam Dewi Lestari dan Penyuluh Agama Kristen Yohana Sari.",
    );
    expect(peopleNames(draft)).toEqual(["Dewi Lestari", "Febrianti Rahayu", "Yohana Sari"]);
    expect(postsOf(draft, "Yohana Sari")).toEqual(["Penyuluh Agama Kristen @ -"]);
  });
});

describe("a seat prefix written in full before a full stop", () => {
  it("ends the sentence: the next sentence's first word is no seat", () => {
    const draft = read(
      "Seksi Bimas Islam mengadakan pembinaan di 8 KUA Kecamatan. Hadir dalam acara tersebut para penyuluh.",
      "Petugas juga mengunjungi 5 Puskesmas Kecamatan. Hadir pula kader posyandu.",
    );
    expect(institutionNames(draft)).toEqual([]);
  });

  it("still takes the stop of a short prefix", () => {
    const draft = read("Rapat digelar di KUA Kec. Sukamaju bersama para penghulu.");
    expect(institutionNames(draft).length).toBe(1);
  });
});

describe("'se' of 'se-Kabupaten' written apart and capitalised, and forum acronyms", () => {
  it("are no seat and no person", () => {
    const draft = read(
      "Rapat diikuti Kepala KUA Kecamatan Se Kabupaten Sukamaju di aula kantor.",
      "Hadir pula Kasubag TU Sukamto serta unsur Forkopimcam dan Muspika.",
    );
    expect(institutionNames(draft)).toEqual([]);
    expect(peopleNames(draft)).toEqual(["Sukamto"]);
  });
});

describe("a regency's secretariat written as one word, 'Setdakab'", () => {
  it("is the Setda, so the holders after it are read and hold their posts there", () => {
    const draft = read(
      "Pemerintah Kabupaten Sukamaju menggelar rapat koordinasi.",
      "Kabag Umum Setdakab Sukamaju Budi Santoso hadir dalam rapat.",
      "Asisten I Bidang Pemerintahan Setdakab Sukamaju, Rudi Hartono, membuka acara.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rudi Hartono"]);
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Sekretariat Daerah Sukamaju",
      "Rudi Hartono @ Sekretariat Daerah Sukamaju",
    ]);
  });
});
