import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/** A unit's domain read past the lexicon's domain words up to its region (units.ts openDomainEnd). Made-up text. */
const read = draftReader("Pemkab Sukamaju Perluas Layanan Air Bersih");

describe("a unit's domain of everyday nouns closed by its region", () => {
  it("reads everyday nouns the lexicon does not list as the domain when the region follows", () => {
    const draft = read("Kepala Dinas Pengelolaan Air Limbah Domestik Blora, Rina Wulandari, menjelaskan layanan itu.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Dinas Pengelolaan Air Limbah Domestik @ Dinas Pengelolaan Air Limbah Domestik Blora",
    ]);
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
  });

  it("reads them before a region written with its prefix and a holder without a comma", () => {
    const draft = read(
      "Kepala Dinas Pengelolaan Air Limbah Domestik Kabupaten Blora Rina Wulandari menjelaskan layanan itu.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Dinas Pengelolaan Air Limbah Domestik @ Dinas Pengelolaan Air Limbah Domestik Kabupaten Blora",
    ]);
  });

  it("leaves a capitalised run with no region after it to the holder", () => {
    // "Dewi" and "Lestari" are everyday words too; only a region after them would make them the domain's.
    const draft = read("Kepala Dinas Sosial Dewi Lestari menjelaskan layanan itu.");
    expect(postsOf(draft, "Dewi Lestari")).toEqual(["Kepala Dinas Sosial @ Dinas Sosial"]);
  });

  it("stops at a capitalised preposition of a Title Case line and at the body the unit belongs to", () => {
    const headline = draftReader("Dinas Pengelolaan Air Limbah Kepada Warga Blora")(
      "Kepala dinas itu, Rina Wulandari, menyerahkan bantuan kepada warga.",
    );
    expect(institutionNames(headline).join("; ")).not.toContain("Kepada");
    const owned = read("Kepala Dinas Koperasi dan Tenaga Kerja Pemerintah Kota Blitar, Rina Wulandari, hadir.");
    expect(institutionNames(owned).join("; ")).not.toContain("Kerja Pemerintah");
  });
});
