import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/** Victims and residents named with their age in brackets, a child's or "(45 tahun)" (issue 7). Made-up text. */
const read = draftReader("Banjir Bandang Terjang Sukamaju");

describe("a name with a bracketed age", () => {
  it("is a person for a child's age of one digit", () => {
    const draft = read("Bocah bernama Rafa (8) tenggelam di kolam bekas galian pada Senin sore.");
    expect(peopleNames(draft)).toEqual(["Rafa"]);
  });

  it("is a person in a list of survivors with children's ages", () => {
    const draft = read(
      "Empat anggota keluarga lainnya selamat, yaitu Anas (40), Siel (37), Jahar (80), dan Fajri (5).",
    );
    expect(peopleNames(draft)).toEqual(["Anas", "Fajri", "Jahar", "Siel"]);
  });

  it("is a person when the age is written with 'tahun'", () => {
    const draft = read("Pencarian korban, Sutrisno (45 tahun), dilanjutkan tim SAR gabungan pada Senin pagi.");
    expect(peopleNames(draft)).toEqual(["Sutrisno"]);
  });

  it("is a person when the age is set off by commas with 'tahun'", () => {
    const draft = read("Tim gabungan mengevakuasi jenazah Wahyuni, 35 tahun, dari reruntuhan rumahnya pada Senin.");
    expect(peopleNames(draft)).toEqual(["Wahyuni"]);
  });
});

describe("an elder named with a kin word of address", () => {
  it("is the person without the word, which stays an alias", () => {
    const draft = read(
      "Warga menemukan Kakek Sarno (75) meninggal setelah terseret arus sungai pada Senin sore.",
      "Rumah milik Mbah Karsih di Dusun Krajan roboh diterjang angin kencang pada malam harinya.",
    );
    expect(draft.people.map((p) => [p.name, p.aliases])).toEqual([
      ["Sarno", ["Kakek Sarno"]],
      ["Karsih", ["Mbah Karsih"]],
    ]);
  });
});
