import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

const read = draftReader("Acara di Sukamaju");

describe("a venue or building named after a person", () => {
  it("is no mention of that person, however many words stand between the noun and the name", () => {
    expect(peopleNames(read("Pertandingan digelar di Stadion Gelora Bung Karno, Jakarta, Senin."))).toEqual([]);
    expect(peopleNames(read("Shalat digelar di Masjid Agung Syekh Yusuf, Gowa."))).toEqual([]);
    expect(peopleNames(read("Kantor itu berada di Jalan Raya Bung Tomo, Surabaya."))).toEqual([]);
  });

  it("still reads the holder named after a title and its institution", () => {
    const draft = read("Acara itu dihadiri Takmir Masjid Agung H. Abdul Malik dan warga.");
    expect(holdersAt(draft)).toEqual(["Abdul Malik @ -"]);
  });
});
