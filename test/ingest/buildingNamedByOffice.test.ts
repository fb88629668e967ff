import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * A title right after a building noun ("Kantor Bupati", "Rujab Gubernur", "Pendopo Bupati") names
 * the building the office is housed in: no word beside it is the post's holder. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a title naming the building of its office", () => {
  it("takes no place set off after it as its holder", () => {
    const draft = read("Pelantikan itu digelar di Aula Kantor Gubernur, Sukamaju, pada Sabtu (26/9).");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("takes no building abbreviation before it as its holder", () => {
    const draft = read("Rapat digelar di Aula Melati, Rujab Bupati Sukamaju, Jalan Merdeka, Senin.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("leaves the same title elsewhere to its holder", () => {
    const draft = read("Di Kantor Bupati Blora, Bupati Blora Budi Santoso membuka rapat.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});
