import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * "Budi Hi. Santoso": a given name, "Hi." and the father's name, one name as written; and a word of
 * address with no name after it ("(Camat Ibu)") names no one. Every name here is made up.
 */
const read = draftReader("Sidang Perkara di Sukamaju");

describe("'Hi.' between a given name and a father's name", () => {
  it("keeps the three words as one name", () => {
    const draft = read(
      "SUKAMAJU - Para terdakwa ialah:\nBudi Hi. Santoso (Camat Sukamaju),\nRina Wulandari (Kades Mekarjaya).",
      "Kepala Desa Sukaraja, Anwar Hi. Umar, mengatakan warga tetap tenang.",
    );
    expect(peopleNames(draft)).toContain("Budi Hi. Santoso");
    expect(peopleNames(draft)).toContain("Anwar Hi. Umar");
    expect(peopleNames(draft)).not.toContain("Santoso");
  });

  it("still opens the name after a title's place ('Bupati Blora Hi. Ahmad Yani')", () => {
    const draft = read("SUKAMAJU - Bupati Blora Hi. Ahmad Yani membuka acara itu.");
    expect(peopleNames(draft)).toContain("Ahmad Yani");
    expect(peopleNames(draft).some((name) => name.includes("Blora"))).toBe(false);
  });
});

describe("a word of address alone", () => {
  it("is no person ('Budi Santoso (Camat Ibu)')", () => {
    const draft = read("SUKAMAJU - Para terdakwa ialah:\nBudi Santoso (Camat Ibu),\nAgus Salim (Camat Loloda).");
    expect(peopleNames(draft)).not.toContain("Ibu");
    expect(peopleNames(draft)).toContain("Budi Santoso");
  });
});
