import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * A member's full name set off after a noun for its people and an institution, closed by its verb
 * with no second comma ("Siswi SMP Negeri 1 X, Dewi Lestari meraih …"). Membership is no post:
 * the person counts, with no position. Every name and place here is made up.
 */
const read = draftReader("Prestasi Siswa Sukamaju");
const opening = "Kegiatan itu berlangsung di Sukamaju pada Senin (12/4) dan diikuti banyak peserta.";

describe("a member's name closed by its verb", () => {
  it("is a person with no post", () => {
    const draft = read(opening, "Siswi SMP Negeri 1 Sukamulya, Dewi Lestari meraih juara pertama.");
    expect(peopleNames(draft)).toEqual(["Dewi Lestari"]);
    expect(draft.positions).toEqual([]);
  });

  it("is read after a university too", () => {
    const draft = read(opening, "Mahasiswa Universitas Sukamaju, Joko Prasetyo berharap ilmunya bermanfaat.");
    expect(peopleNames(draft)).toContain("Joko Prasetyo");
  });
});
