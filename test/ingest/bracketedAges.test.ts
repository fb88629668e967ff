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
});
