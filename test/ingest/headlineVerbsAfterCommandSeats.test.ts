import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames } from "./draftQueries.ts";

/**
 * A Title Case headline line with a police or army unit, its seat and a verb: the verb ends the
 * seat and opens what the unit does, not a holder's name. Every sentence is made up.
 */
const read = draftReader("Kegiatan Sosial Jelang Akhir Tahun");

describe("a headline verb after a Koramil's or a Polsek's seat the gazetteer does not list", () => {
  const draft = read(
    "SUKAMAJU - Kegiatan itu berlangsung Sabtu pagi dan diikuti puluhan warga.",
    "Babinsa Koramil 9901-03 Sungai Rambai Serahkan Paket Sembako pada Warga",
    "Polsek Sungai Rambai Gelar Bakti Sosial di Pasar",
  );

  it("ends the seat before the verb", () => {
    expect(institutionNames(draft)).toEqual([
      "Kepolisian Sektor Sungai Rambai",
      "Komando Rayon Militer 9901-03 Sungai Rambai",
    ]);
  });

  it("reads no holder from the words after the verb", () => {
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a seat word ending in -kan that opens the seat or names a known place", () => {
  it("stays the seat", () => {
    const draft = read("Kajari Tarakan Budi Santoso membuka acara itu.", "Acara diikuti puluhan jaksa.");
    expect(institutionNames(draft)).toEqual(["Kejaksaan Negeri Tarakan"]);
  });
});
