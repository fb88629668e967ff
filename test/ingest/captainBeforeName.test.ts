import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * "Capt.", a ship's or an aircraft's captain's title written before a name like an honorific.
 * Every sentence is made up.
 */
const read = draftReader("Pangdam Disambut Tradisi Adat di Pelabuhan");

describe("'Capt.' before an official's name", () => {
  it("is no name of its own, and the official after it holds the post", () => {
    const draft = read(
      "SUKAMAJU - Wali Kota Sukamaju, Capt. Budi Santoso, turut menyambut rombongan di pelabuhan.",
      "Rombongan tiba pukul 15.00 WIT.",
    );
    expect(draft.people.map((p) => p.name)).toEqual(["Budi Santoso"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Wali Kota @ -"]);
  });
});
