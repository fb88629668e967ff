import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** Lists of parties and a lawyer named after the clients. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'kuasa hukum A dan B, C mengatakan'", () => {
  it("gives the role to the one named after the comma, who goes on to speak", () => {
    const draft = read("Kuasa hukum Budi Hartono dan Ani Lestari, Joko Susilo mengatakan kliennya akan banding.");
    expect(peopleNames(draft)).toEqual(["Ani Lestari", "Budi Hartono", "Joko Susilo"]);
    expect(holdersAt(draft)).toEqual(["Joko Susilo @ -"]);
  });
});

describe("a list of witnesses closed by a one-word name", () => {
  it("reads the one-word name after 'dan' as a person", () => {
    const draft = read("Saksi Ani Lestari, Budi Hartono dan Rudi hadir di persidangan.");
    expect(peopleNames(draft)).toEqual(["Ani Lestari", "Budi Hartono", "Rudi"]);
  });
});
