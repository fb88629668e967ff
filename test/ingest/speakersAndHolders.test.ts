import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, speakerOf } from "./draftQueries.ts";

/** Who speaks and who holds a title, as the sentence around the name says. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a passive speech verb before a name", () => {
  it("names the speaker, whom a later 'ujarnya' points at", () => {
    const draft = read(
      "Kepala Desa Sukamaju, Agus Salim, membuka acara itu.",
      "Hal itu disampaikan Dewi Lestari saat ditemui wartawan di kantornya.",
      '"Kami akan terus mendampingi para perajin," ujarnya.',
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Dewi Lestari"]);
    expect(speakerOf(draft, "Kami akan")).toBe("Dewi Lestari");
  });

  it("reads the other passive forms too", () => {
    const draft = read("Hal tersebut dikatakan Budi Santosa di kantornya, Senin.");
    expect(peopleNames(draft)).toEqual(["Budi Santosa"]);
  });
});
