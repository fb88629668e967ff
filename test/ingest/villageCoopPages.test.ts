import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** Village and cooperative forms found probing unannotated pages (corpus-villcoop, second round). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a weekday written with a curly apostrophe", () => {
  it("is no person", () => {
    const draft = read(
      "Rapat anggota Koperasi Sukamaju digelar di Desa Sukamaju, Jum’at (09/03/2021).",
      "Ketua Koperasi Sukamaju, Budi Santoso, mengatakan rapat berjalan lancar.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});
