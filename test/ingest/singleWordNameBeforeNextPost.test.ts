import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

const read = draftReader("Musyawarah Desa Membahas Rencana Kerja");
const opening = "Warga menyambut baik musyawarah itu dan berharap pembangunan berjalan lancar tahun ini.";

describe("one word after a one-word title, before the next post of a list", () => {
  it("is the holder's name when a comma and another title follow", () => {
    const draft = read(opening, "Hadir Babinsa Wiryo, Ketua BPD dan warga.");
    expect(holdersAt(draft)).toContain("Wiryo @ -");
  });

  it("is the holder's name in a list of one-word names", () => {
    const draft = read(opening, "Hadir Bhabinkamtibmas Wiryo, Babinsa Sarmidi, Ketua BPD dan warga.");
    expect(peopleNames(draft)).toEqual(["Sarmidi", "Wiryo"]);
  });

  it("is no name when nothing but ordinary words follow", () => {
    const draft = read(opening, "Hadir Babinsa Wiryo dan warga.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("is no name when the article names it as a place", () => {
    const draft = read(opening, "Rapat di Desa Sukamaju dihadiri Babinsa Sukamaju, Ketua BPD dan warga.");
    expect(peopleNames(draft)).not.toContain("Sukamaju");
  });
});
