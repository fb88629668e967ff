import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * Two people's names joined by a hyphen, as news writes a candidate pair or a regent and deputy
 * ("Rudianto Saleh-Yohana Marpaung"), are two people; one name with a hyphenated word, an Arabic
 * article's half or a reduplicated word stays one. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("names joined by a hyphen", () => {
  it("are two people when each half is a name", () => {
    const draft = read("Pasangan calon Rudianto Saleh-Yohana Marpaung unggul di empat kecamatan pada pleno itu.");
    expect(peopleNames(draft)).toEqual(["Rudianto Saleh", "Yohana Marpaung"]);
  });

  it("take a one-word second half as a person too", () => {
    const draft = read("Kepala daerah yang dilantik yaitu Darmawan Ruslie-Hasanudin (Sukamaju) dan lainnya.");
    expect(peopleNames(draft)).toEqual(["Darmawan Ruslie", "Hasanudin"]);
  });

  it("stay one name for an Arabic article's half", () => {
    const draft = read("Pengasuh pondok, Kiai Mahfud Al-Hasyimi, mengatakan santri bertambah.");
    expect(peopleNames(draft)).toEqual(["Mahfud Al-Hasyimi"]);
  });

  it("are two people when a given name is also a dictionary word and the second half runs on", () => {
    const draft = read(
      "Dalam pengundian, pasangan Johan Rumbewas-Yulianus Kaiway memperoleh nomor urut 2, sementara Malik Tuasikal-Gerson Eliaser Sahetapy nomor urut 1.",
    );
    expect(peopleNames(draft)).toEqual([
      "Gerson Eliaser Sahetapy",
      "Johan Rumbewas",
      "Malik Tuasikal",
      "Yulianus Kaiway",
    ]);
  });

  it("read the first name after the noun 'Pasangan' opening the sentence, without it", () => {
    const draft = read("Pasangan Rudianto Saleh-Yohana Marpaung mendapat nomor urut 1 dalam pleno itu.");
    expect(peopleNames(draft)).toEqual(["Rudianto Saleh", "Yohana Marpaung"]);
  });

  it("stay one road name between two towns", () => {
    const draft = read("Warga memperbaiki Jalan Medan-Binjai Kilometer 12 pekan lalu.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("make no people of a compound of dictionary words", () => {
    const draft = read("Warga menggelar Semangat Gotong-Royong Membangun Kampung pekan lalu.");
    expect(peopleNames(draft)).toEqual([]);
  });
});
