import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** A merged agency written as an abbreviation and the acronyms of its further domains. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("an agency's abbreviation followed by acronyms of further domains", () => {
  it("is one agency named as written, joined by serta", () => {
    const draft = read("Kepala Dinsos P3A serta PMD Sukamaju, Rina Wulandari, hadir sebagai pemateri.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Dinsos P3A serta PMD Sukamaju"]);
  });

  it("is one agency with one acronym after it, and the acronym is no person", () => {
    const draft = read("Kepala Dinsos PPPA Sukamaju, Rina Wulandari, hadir sebagai pemateri.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Dinsos PPPA Sukamaju"]);
  });
});

describe("acronyms of further domains the lexicon does not know, before a region the gazetteer does", () => {
  it("leave the agency at that region: with digits in them, or joined by a hyphen", () => {
    const draft = read(
      "Kepala Dinsos P3AP2KB Blora, Rina Wulandari, hadir. Kepala Dinsos PPKB-PPPA Grobogan, Budi Santoso, juga hadir.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Dinas Sosial Blora", "Budi Santoso @ Dinsos PPKB Grobogan"]);
    const joined = read("Kepala Dinsos P3AP2KB-PMD Pati, Agus Salim, hadir.");
    expect(holdersAt(joined)).toEqual(["Agus Salim @ Dinas Sosial Pati"]);
    // A region written as an acronym itself ("HST") ends the run of domains.
    const abbreviated = read("Kepala Dinsos P3AP2KB HST, Agus Salim, hadir.");
    expect(holdersAt(abbreviated)).toEqual(["Agus Salim @ Dinas Sosial Hulu Sungai Tengah"]);
  });
});

describe("two agencies joined by dan", () => {
  it("stay two, each a unit of its own", () => {
    const draft = read("Dinkes dan BPBD Sukamaju menggelar rapat koordinasi.");
    expect(institutionNames(draft)).toHaveLength(2);
  });
});
