import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/**
 * How regional outlets write the units of the village, cooperative, education and military beats,
 * and which words are never part of a unit's name. Made-up sentences.
 */
const read = draftReader("Judul Berita Untuk Pengujian Satuan");

describe("a rank written out after a command's title", () => {
  it("is the holder's rank, not the seat of the command", () => {
    const draft = read("Dandim Letnan Kolonel CZI Arief Budiman meninjau lokasi.");
    expect(institutionNames(draft)).toEqual([]);
    expect(holdersAt(draft)).toEqual(["Arief Budiman @ -"]);
  });
});
