import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

const read = draftReader("Musyawarah Desa Digelar");
const opening = "Warga menggelar musyawarah di balai desa, Senin (5/2/2024).";

describe("a village head's title with the region's own word for a village before the seat", () => {
  it("reads the seat after Gampong and the holder after the seat", () => {
    const draft = read(opening, "Hadir Keuchik Gampong Sukamaju Budi Santoso bersama warga.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Keuchik @ -"]);
  });

  it("reads the seat after Pekon in the same way", () => {
    const draft = read(opening, "Hadir Peratin Pekon Sukamulya Rina Wulandari bersama warga.");
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Peratin @ -"]);
  });

  it("knows the village words of other regions as places (Pekon, Tiyuh)", () => {
    const draft = read(opening, "Rapat digelar di Pekon Sukamulya dan Tiyuh Mekarsari.");
    const villages = draft.places.filter((p) => p.kind === "VILLAGE").map((p) => p.name);
    expect(villages).toEqual(expect.arrayContaining(["Sukamulya", "Mekarsari"]));
  });
});

describe("village heads' titles of other regions", () => {
  it("reads Sangadi with a seat and a holder", () => {
    const draft = read(opening, "Sangadi Tanjungsari Agus Salim mengatakan desanya siap.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
    expect(postsOf(draft, "Agus Salim")).toEqual(["Sangadi @ -"]);
  });

  it("reads Kakon, Kapekon and Walinagari as village heads", () => {
    const draft = read(
      opening,
      "Hadir Kakon Sukamaju Budi Santoso, Pj Kapekon Sukamulya, Rina Wulandari, dan Walinagari Koto Tuo, Agus Salim.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso", "Rina Wulandari"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Pekon @ -"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Penjabat Kepala Pekon @ -"]);
    expect(postsOf(draft, "Agus Salim")).toEqual(["Wali Nagari @ -"]);
  });
});

describe("a post linked by 'yang selama ini menjabat'", () => {
  it("gives the person before it the title after it", () => {
    const draft = read(
      opening,
      "Budi Santoso menggantikan Agus Salim yang selama ini menjabat Pj Kepala Desa Sukamaju.",
    );
    expect(postsOf(draft, "Agus Salim")).toEqual(["Penjabat Kepala Desa @ -"]);
  });
});
