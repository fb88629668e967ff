import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

const read = draftReader("Penyuluh Agama Dibina");

describe("a head's title short form bracketed inside a unit's name ('(Ka.Kankemenag)')", () => {
  const draft = read(
    "Kepala Kantor Kementerian Agama (Ka.Kankemenag) Kabupaten Sukamaju, Dr. H. Budi Santoso, M.Ag, membuka pembinaan penyuluh, Rabu (2/11/2022).",
    "Kantor itu membina 40 penyuluh agama di 12 kecamatan.",
  );
  const office = draft.institutions.find((i) => i.name === "Kantor Kementerian Agama Kabupaten Sukamaju");

  it("is not the unit's short name", () => {
    expect(office).toBeDefined();
    expect(office?.shortName ?? "").not.toContain("Ka.");
    expect(office?.aliases.some((alias) => alias.startsWith("Ka.")) ?? false).toBe(false);
  });

  it("still gives the head his post", () => {
    expect(holdersAt(draft)).toContain("Budi Santoso @ Kantor Kementerian Agama Kabupaten Sukamaju");
  });
});

describe("a head's title short form bracketed inside an unlisted unit's name ('(Ka.Diskan)')", () => {
  it("is not the unit's short name either", () => {
    const draft = read(
      "Kepala Dinas Perikanan (Ka.Diskan) Kabupaten Sukamaju, Budi Santoso, membuka pelatihan, Rabu (2/11/2022).",
    );
    const office = draft.institutions.find((i) => i.name === "Dinas Perikanan Kabupaten Sukamaju");
    expect(office).toBeDefined();
    expect(office?.shortName ?? "").not.toContain("Ka.");
  });
});
