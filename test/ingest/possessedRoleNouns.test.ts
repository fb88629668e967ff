import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** A legal role written with the possessive "-nya" before its holder (issue 7). Made-up text. */
const read = draftReader("Sidang Perkara Kades Sukamaju");

describe("a legal role noun with -nya", () => {
  it("names the holder after it, with or without a comma and a degree", () => {
    const draft = read(
      "Terdakwa Joko Prasetyo didampingi penasihat hukumnya, Rahmat Hidayat, S.H.",
      "Terdakwa lain didampingi kuasa hukumnya Yusuf Maulana dalam sidang itu.",
    );
    expect(peopleNames(draft)).toEqual(["Joko Prasetyo", "Rahmat Hidayat", "Yusuf Maulana"]);
    expect(holdersAt(draft)).toEqual(["Rahmat Hidayat @ -", "Yusuf Maulana @ -"]);
  });
});
