import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * A regional head's title and its deputy's written together, the seat once after the second, then
 * the two names in the same order. Every name here is made up.
 */
const read = draftReader("Pelantikan Kepala Daerah Sukamaju Berlangsung Khidmat");
const opening = "Upacara berlangsung di pendapa kabupaten sejak pagi.";

describe("a head and a deputy written together", () => {
  it("gives the first name the head's post and the second the deputy's", () => {
    const draft = read(
      opening,
      "Bupati dan Wakil Bupati Purbalingga, Rina Wulandari dan Agus Hartawan, menyalami tamu.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Bupati @ -"]);
    expect(postsOf(draft, "Agus Hartawan")).toEqual(["Wakil Bupati @ -"]);
    expect(draft.positions.map((p) => p.title)).toEqual(["Bupati Purbalingga", "Wakil Bupati Purbalingga"]);
  });

  it("reads a two-word head's title the same way", () => {
    const draft = read(opening, "Wali Kota dan Wakil Wali Kota Semarang, Rina Wulandari dan Agus Hartawan, hadir.");
    expect(draft.positions.map((p) => p.title)).toEqual(["Wali Kota Semarang", "Wakil Wali Kota Semarang"]);
  });

  it("gives no post when no names follow the pair", () => {
    const draft = read(opening, "Bupati dan Wakil Bupati Purbalingga hadir bersama Agus Hartawan.");
    expect(postsOf(draft, "Agus Hartawan")).toEqual([]);
  });
});
