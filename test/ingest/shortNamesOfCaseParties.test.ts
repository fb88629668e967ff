import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * Short names of the people in a crime or court story: one word before "alias", a three-letter
 * given name after "bernama" or "atas nama". Every sentence is made up.
 */
const read = draftReader("Dua Tahanan Kabur Kembali Menyerahkan Diri");

describe("one name-shaped word before 'alias'", () => {
  const draft = read(
    "Yang menyerahkan diri adalah Suparjo alias Ucok (29) warga Sukamaju, sedangkan yang ditangkap adalah Darto alias Bewok (35).",
    "Sedangkan Darto alias Bewok kini ditahan kembali.",
  );

  it("is the person, and the name after 'alias' is theirs", () => {
    expect(peopleNames(draft)).toEqual(["Darto", "Suparjo"]);
    expect(draft.people.find((p) => p.name === "Darto")?.aliases).toContain("Bewok");
  });
});

describe("a three-letter given name after 'bernama' or 'atas nama'", () => {
  it("is a person's name", () => {
    const draft = read(
      "Polisi menyebut pelaku bernama Ubo (40) kabur ke hutan.",
      "Dalam sidang itu terdakwa atas nama Ina belum didampingi penasihat hukum.",
    );
    expect(peopleNames(draft)).toEqual(["Ina", "Ubo"]);
  });

  it("initials in capitals stay withheld", () => {
    const draft = read("Polisi menyebut pelaku bernama RS (40) kabur ke hutan.", "Ia masih dicari.");
    expect(peopleNames(draft)).toEqual([]);
  });
});
