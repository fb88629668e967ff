import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** Holders named in brackets after their title or institution (issue 7). Made-up text. */
const read = draftReader("Pelatihan Usaha Warga Desa");

describe("a name in brackets after a title or an institution", () => {
  it("holds the title before it, in any case, and belongs to the institution in a list", () => {
    const draft = read(
      "Hadir Dinas Sosial Kabupaten Blora (Rina Wulandari), Kapolsek Cepu (AKP Budi Santoso) dan kepala desa Tegalsari (Suparno).",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rina Wulandari", "Suparno"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Kepolisian Sektor Cepu", "Suparno @ -"]);
  });

  it("is no person when the brackets abbreviate a phrase or hold a place", () => {
    const draft = read(
      "Program Prioritas Kementerian Agama (Asta Karya) periode ini dijalankan.",
      "Hadir Pemerintah Kabupaten Blora (Jawa Tengah), Polres Blora dan warga.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});
