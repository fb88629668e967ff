import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * A count and a noun for a kind of place or body before "yakni", "yaitu" or "antara lain" make the
 * capitalised words listed after it those places' and bodies' own names, not people's. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("names listed after a count of places or bodies", () => {
  it("are no people after a count of villages", () => {
    const draft = read(
      "Tiga desa di Kabupaten Sukamaju, yakni Mekar Wangi, Tanah Merah dan Lubuk Jaya, menerima bantuan.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });

  it("are no people after a count of boarding schools", () => {
    const draft = read("Ada 4 pondok pesantren yaitu Nurul Hikmah Sukamaju yang berdiri sejak 1950.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("stay people after a count of people", () => {
    const draft = read("Dua warga, yakni Budi Santoso dan Rina Wulandari, menerima bantuan.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rina Wulandari"]);
  });
});
