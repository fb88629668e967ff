import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * Names of competitions and their categories are no people; pupils and teachers listed with a note
 * in brackets or with the school they come from are. Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("what a noun before a capitalised run names", () => {
  it("reads no person in a competition's name after 'lomba'", () => {
    const draft = read("Siswa kami meraih juara pertama lomba Pionering Putra, juara dua lomba Olimpiade.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("reads no person in an organisation's branch level", () => {
    expect(peopleNames(read("Acara itu juga dihadiri Ketua PGRI Cabang, dan Ketua K3S."))).toEqual([]);
  });
});

describe("people listed with where they come from", () => {
  it("reads every name of a list whose items carry a note in brackets", () => {
    const draft = read(
      "Peraih medali perak yakni Nurhadia Br Purba (Fisika), Iza Muhlisin (Kebumian), Hendik Hidayatullah (Kebumian).",
    );
    expect(peopleNames(draft)).toEqual(["Hendik Hidayatullah", "Iza Muhlisin", "Nurhadia Br Purba"]);
  });

  it("reads full names followed by 'dari' and the school", () => {
    const draft = read(
      "Ketiga siswa itu adalah Budi Santoso dari SMA Negeri 1 Sukamaju, Rina Wulandari dari SMA Negeri 3 Sukamaju dan Agus Salim dari SMA Negeri 1 Sukamakmur.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso", "Rina Wulandari"]);
  });

  it("reads full names followed by 'dari' and the pupil's class", () => {
    const draft = read("Dua siswa itu, Rina Wulandari dari kelas VII dan Budi Santoso dari kelas IX, akan bertanding.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rina Wulandari"]);
  });

  it("reads no person in a team named before 'dari'", () => {
    expect(peopleNames(read("Juara umum diraih Tim Robotika dari SMA Negeri 1 Sukamaju."))).toEqual([]);
  });
});
