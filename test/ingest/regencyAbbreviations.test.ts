import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** Regencies written by their customary abbreviation. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a regency's customary abbreviation between a title and a name", () => {
  it("is the title's seat, not the first word of the name ('Bupati Minut Name')", () => {
    const draft = read("Bupati Minut Joune Ganda meninjau lokasi banjir di Desa Sawangan.");
    expect(peopleNames(draft)).toEqual(["Joune Ganda"]);
    expect(draft.places.map((p) => p.name)).toContain("Kabupaten Minahasa Utara");
  });

  it("seats the unit before the name ('Kalaksa BPBD Kukar Name')", () => {
    const draft = read("Kalaksa BPBD Kukar Rina Wulandari meninjau posko pengungsian.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Badan Penanggulangan Bencana Daerah Kutai Kartanegara"]);
  });

  it("knows the customary abbreviations of NTT, NTB, Jakarta and other regencies ('TTS', 'KSB', 'Jaksel')", () => {
    expect(peopleNames(read("Bupati TTS Yosef Lamba meninjau lokasi banjir di Desa Oinlasi."))).toEqual([
      "Yosef Lamba",
    ]);
    expect(holdersAt(read("Kalaksa BPBD TTS Rina Wulandari meninjau posko pengungsian."))).toEqual([
      "Rina Wulandari @ Badan Penanggulangan Bencana Daerah Timor Tengah Selatan",
    ]);
    for (const [written, place] of [
      ["KSB", "Kabupaten Sumbawa Barat"],
      ["Jaksel", "Kota Jakarta Selatan"],
      ["Abdya", "Kabupaten Aceh Barat Daya"],
    ]) {
      const draft = read(`Kalaksa BPBD ${written} Rina Wulandari meninjau posko pengungsian.`);
      expect(draft.places.map((p) => p.name)).toContain(place);
    }
  });
});
