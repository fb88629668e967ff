import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * Words that open a sentence as an adverb ("Terpisah,", "Senada,", "Sementara,") are never a
 * person, even where a name would stand: before a comma and a noun describing a person. Every
 * name and body here is made up.
 */
const read = draftReader("Sidang Perkara Korupsi Dana Desa Ditunda Pekan Depan");
const opening = "Sidang di Pengadilan Negeri Sukamaju itu ditunda hingga pekan depan.";

describe("a sentence adverb before a comma and a noun describing a person", () => {
  it.each([
    ["Terpisah", "Terpisah, warga Desa Ngawen mengatakan ia menunggu putusan."],
    ["Senada", "Senada, kuasa hukum terdakwa mengatakan kliennya siap."],
    ["Sementara", "Sementara, warga Desa Ngawen mengatakan ia menunggu putusan."],
  ])("'%s' is no person", (adverb, sentence) => {
    const draft = read(opening, sentence);
    expect(peopleNames(draft)).not.toContain(adverb);
  });

  it("leaves the person named after the description", () => {
    const draft = read(opening, "Terpisah, kuasa hukum terdakwa, Budi Hariawan mengatakan kliennya siap.");
    expect(peopleNames(draft)).toEqual(["Budi Hariawan"]);
  });

  it("still reads a one-word name in the same place", () => {
    const draft = read(opening, "Sutarmi, warga Desa Ngawen, mengatakan ia menunggu putusan.");
    expect(peopleNames(draft)).toContain("Sutarmi");
  });

  it("is no person right after the dateline's dash either", () => {
    const draft = read("BLORA - Kemarin, kuasa hukum terdakwa, Budi Hariawan mengatakan kliennya siap.");
    expect(peopleNames(draft)).toEqual(["Budi Hariawan"]);
  });
});
