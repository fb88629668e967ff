import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/** The dateline's place and outlet ("Cepu, Humas –") name nobody, even before a title word. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a dateline", () => {
  it("gives no holder to a title word written as its outlet", () => {
    const draft = read("Cepu, Humas - Kantor Kementerian Agama Kabupaten Blora menggelar rapat kerja.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("leaves the holder named right after it", () => {
    const draft = read("Blora, Humas - Bupati Blora Budi Santoso membuka rapat kerja.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});
