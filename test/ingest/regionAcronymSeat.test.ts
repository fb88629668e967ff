import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * A regency's or city's short form written as an acronym after its head's title ("Bupati KSM")
 * is the seat, never the first word of the holder's name. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("an acronym after the title of a region's head", () => {
  it("is the seat, not the holder's first word", () => {
    const draft = read("Dana itu juga diterima mantan Bupati KSM Yohanes Ratuwalu yang kini menjadi saksi.");
    expect(peopleNames(draft)).toEqual(["Yohanes Ratuwalu"]);
  });

  it("leaves an unknown word after the title to the holder's name", () => {
    const draft = read("Bupati Zahir Arifin membuka rapat kerja itu.");
    expect(peopleNames(draft)).toEqual(["Zahir Arifin"]);
  });
});
