import { describe, expect, it } from "vitest";
import { draftReader } from "./draftQueries.ts";

/** A bare place name shared by a city and a regency resolves to the level the article writes (issue 7). Made-up text. */
const read = draftReader("Banjir Rendam Rumah Warga");
const placesOf = (draft: ReturnType<typeof read>) => draft.places.map((p) => `${p.name}/${p.kind}`).sort();

describe("a bare name shared by a city and a regency", () => {
  it("is the regency where the article writes only the regency with its level", () => {
    const draft = read(
      "Banjir melanda Kabupaten Serang, Banten, pada Minggu dini hari.",
      "Air merendam rumah warga di Serang sejak Minggu pagi.",
    );
    expect(placesOf(draft)).toEqual(["Banten/PROVINCE", "Kabupaten Serang/REGENCY"]);
  });

  it("stays both where the article writes both levels", () => {
    const draft = read(
      "Banjir melanda Kota Serang dan Kabupaten Serang, Banten, pada Minggu dini hari.",
      "Air merendam rumah warga di Serang sejak Minggu pagi.",
    );
    expect(placesOf(draft)).toEqual(["Banten/PROVINCE", "Kabupaten Serang/REGENCY", "Kota Serang/CITY"]);
  });
});
