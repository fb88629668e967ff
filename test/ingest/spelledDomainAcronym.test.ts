import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

const read = draftReader("Pelatihan koperasi di Sikka");

describe("a unit's domain written in full and as its acronym", () => {
  it("is one institution ('Dinas Koperasi, Usaha Kecil dan Menengah X' = 'Dinas Koperasi dan UKM X')", () => {
    const draft = read(
      "Kepala Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Sikka, Yosef Lamba, membuka pelatihan itu.",
      "Pelatihan digelar Dinas Koperasi dan UKM Kabupaten Sikka selama tiga hari.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Sikka"]);
  });

  it("reads 'Usaha Mikro, Kecil dan Menengah' as UMKM", () => {
    const draft = read(
      "Dinas Koperasi dan UMKM Kabupaten Sikka menggelar pelatihan itu.",
      "Pelatihan itu dibuka Kepala Dinas Koperasi, Usaha Mikro, Kecil dan Menengah Kabupaten Sikka, Yosef Lamba, pada Senin.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Koperasi, Usaha Mikro, Kecil dan Menengah Kabupaten Sikka"]);
  });
});
