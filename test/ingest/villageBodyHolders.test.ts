import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames } from "./draftQueries.ts";

/** Two words after a village body's acronym: its seat, or its head's name. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("two words after a village body that name no known place", () => {
  it("are the holder's name, and the body takes no seat from them", () => {
    const draft = read("Kegiatan dihadiri Ketua BPD Agus Salim dan warga sekitar.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
    expect(institutionNames(draft)).not.toContain("Badan Permusyawaratan Desa Agus Salim");
  });
});

describe("two words after a village body that name a village of the country", () => {
  it("are its seat", () => {
    const draft = read("Ketua BPD Ujong Mangki menutup rapat pleno.");
    expect(peopleNames(draft)).toEqual([]);
    expect(institutionNames(draft)).toEqual(["Badan Permusyawaratan Desa Ujong Mangki"]);
  });
});
