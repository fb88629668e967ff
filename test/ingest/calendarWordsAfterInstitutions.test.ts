import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

/**
 * A day or a month written right after an institution, with no comma, is the date of the event,
 * not the institution's seat nor a word of its name. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a day or month after an institution", () => {
  it("is no seat of a head-and-place institution", () => {
    const draft = read(
      "Ketua DPRD Sukamaju Rina Wulandari memimpin rapat.",
      "Rancangan itu akan dibahas DPRD April mendatang, sedangkan tersangka dibawa ke Polres Sabtu malam.",
    );
    expect(institutionNames(draft)).toEqual(["Dewan Perwakilan Rakyat Daerah Sukamaju"]);
  });

  it("stays in a name that holds a date", () => {
    const draft = read("Rektor Universitas 17 Agustus 1945 Sukamaju, Rina Wulandari, melantik pengurus senat.");
    expect(institutionNames(draft)).toEqual(["Universitas 17 Agustus 1945 Sukamaju"]);
  });

  it("is no word of a named unit's name", () => {
    const draft = read("Warga berobat di Puskesmas Sukamaju Senin (8/4) pagi bersama kader posyandu.");
    expect(institutionNames(draft)).toEqual(["Puskesmas Sukamaju"]);
  });
});
