import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/**
 * How regional outlets write the units of the village, cooperative, education and military beats,
 * and which words are never part of a unit's name. Made-up sentences.
 */
const read = draftReader("Judul Berita Untuk Pengujian Satuan");

describe("a rank written out after a command's title", () => {
  it("is the holder's rank, not the seat of the command", () => {
    const draft = read("Dandim Letnan Kolonel CZI Arief Budiman meninjau lokasi.");
    expect(institutionNames(draft)).toEqual([]);
    expect(holdersAt(draft)).toEqual(["Arief Budiman @ -"]);
  });
});

describe("a regional office's domains written with acronyms and lists", () => {
  it("reads an acronym listed among the domains as one of them", () => {
    const draft = read(
      "Kepala Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Blora, Budi Santoso, hadir.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Blora"]);
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Blora",
    ]);
  });

  it("reads an acronym right after a domain word as a domain", () => {
    const draft = read("Dinas Koperasi UKM, Perdagangan dan Perindustrian Kabupaten Blora membuka bazar.");
    expect(institutionNames(draft)).toEqual(["Dinas Koperasi UKM, Perdagangan dan Perindustrian Kabupaten Blora"]);
  });

  it("keeps a province's acronym after the domain as the region", () => {
    const draft = read("Dinas Kesehatan NTB mengirim tim medis.");
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["Dinkes NTB"]);
  });

  it("reads industry as a domain of the nomenclature", () => {
    const draft = read("Dinas Industri dan Perdagangan Kabupaten Blora menggelar pelatihan.");
    expect(institutionNames(draft)).toEqual(["Dinas Industri dan Perdagangan Kabupaten Blora"]);
  });
});
