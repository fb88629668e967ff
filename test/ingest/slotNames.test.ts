import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * People named without a title or honorific beside them, read from the slot of the sentence
 * they stand in. Every name and body here is made up.
 */
const read = draftReader("Rotasi Pejabat di Lingkungan Dinas Pendidikan Sukamaju");
const opening = "Kegiatan itu berlangsung di aula kantor sejak pagi.";

describe("one name set off by commas and closed by a degree", () => {
  it("holds the post written before it, in the body represented", () => {
    const draft = read(
      opening,
      "Pujian datang dari PGRI Provinsi Sukamaju yang diwakili Sekretaris Umum, Mansyur, SE. Ia menilai kerja pengurus sudah baik.",
    );
    expect(peopleNames(draft)).toContain("Mansyur");
    expect(postsOf(draft, "Mansyur")).toEqual([
      "Sekretaris Umum @ Persatuan Guru Republik Indonesia Provinsi Sukamaju",
    ]);
  });

  it("is no person without the degree", () => {
    const draft = read(
      opening,
      "Pujian datang dari PGRI Provinsi Sukamaju yang diwakili Sekretaris Umum, Mansyur. Ia menilai kerja pengurus sudah baik.",
    );
    expect(peopleNames(draft)).not.toContain("Mansyur");
  });
});
