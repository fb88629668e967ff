import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, speakerOf } from "./draftQueries.ts";

/** A speaker named by a given name of three letters after the speech verb. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'kata Adi, salah seorang wartawan'", () => {
  it("names the speaker when a description follows the name", () => {
    const draft = read('"Kami tidak diberi tahu," kata Adi, salah seorang wartawan di Sukamaju.');
    expect(peopleNames(draft)).toEqual(["Adi"]);
    expect(speakerOf(draft, "Kami tidak diberi tahu")).toBe("Adi");
  });

  it("names no one when the clause after the comma goes on with a capital", () => {
    const draft = read("Menurut Awi, Komisi C memulai rapat di Sukamaju.");
    expect(peopleNames(draft)).toEqual([]);
  });
});
