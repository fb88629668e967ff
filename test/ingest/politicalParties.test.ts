import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

/** Political parties named by their acronym or short name (issue 7). Made-up text. */
const read = draftReader("Suara Caleg Bergeser Saat Rekapitulasi");

describe("a party written by its acronym or short name", () => {
  it("is the party, one institution for each written form", () => {
    const draft = read(
      "Perolehan suara caleg PDI-P, Gerindra, Demokrat dan PKS bergeser saat rekapitulasi di Kecamatan Sukamaju pada Senin.",
      "Saksi PDIP dan Partai Gerindra langsung mengajukan keberatan kepada panitia.",
    );
    expect(institutionNames(draft)).toEqual([
      "Partai Demokrasi Indonesia Perjuangan",
      "Partai Demokrat",
      "Partai Gerakan Indonesia Raya",
      "Partai Keadilan Sejahtera",
    ]);
  });

  it("is no party with a possessive suffix, and takes no region of its own", () => {
    const draft = read(
      "Minggu depan kita bikin PKS-nya, perjanjian kerja samanya, dengan pemerintah kabupaten setempat.",
      "Ketua Golkar Blora menghadiri acara itu pada Senin pagi bersama para kader.",
    );
    expect(institutionNames(draft)).toEqual(["Partai Golongan Karya"]);
  });
});

describe("a party acronym that names something else outside politics ('PBB')", () => {
  it("is the party in a text about parties and candidates", () => {
    const draft = read("Caleg dari PBB dan PKS mendaftar ke KPU Kabupaten Blora pada hari terakhir pencalonan.");
    expect(institutionNames(draft)).toContain("Partai Bulan Bintang");
  });

  it("is no party in a text that is not about parties", () => {
    const draft = read("Sekjen PBB menyerukan gencatan senjata dalam sidang di New York pekan lalu.");
    expect(institutionNames(draft)).not.toContain("Partai Bulan Bintang");
  });
});
