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

describe("a regional office's abbreviation made of syllables", () => {
  it("is the office written out in the same article, whatever syllables it takes", () => {
    const draft = read(
      "Dinas Perdagangan, Koperasi dan UKM Blora menggelar pelatihan membatik.",
      "Kepala Disdakop UKM Blora, Budi Santoso, membuka acara itu.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Perdagangan, Koperasi dan UKM Blora"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinas Perdagangan, Koperasi dan UKM Blora"]);
  });

  it("reads a unit noun before a contracted domain the lexicon does not list as the unit", () => {
    const draft = read("Kepala Dinas Perindagkop Kaltim Budi Santoso membuka pameran.");
    expect(institutionNames(draft)).toEqual(["Dinas Perindagkop Kalimantan Timur"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinas Perindagkop Kalimantan Timur"]);
  });

  it("does not read a name written after the unit noun as its domain", () => {
    const draft = read("Kepala Dinas Pratama Wijaya mengatakan anggaran cukup.");
    expect(institutionNames(draft)).toEqual([]);
  });
});
