import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Education, health, religion and cooperative constructions seen on unannotated regional pages
 * (2026-12-07). Every name and place here is made up.
 */

describe("a school level closing an education office's division title ('Kabid Pembinaan SMA Budi')", () => {
  const read = draftReader("Dinas Pendidikan Sukamaju Gelar Rapat Kepala Sekolah");

  it("is the division's, not the first word of the holder's name", () => {
    const draft = read(
      "SUKAMAJU - Rapat dibuka Kepala Dinas Pendidikan Provinsi Sukamaju Budi Santoso. Hadir Kabid Pembinaan SMA Rina Wulandari, MPd, Kabid Pembinaan SMK Agus Salim dan para kepala sekolah.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso", "Rina Wulandari"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Bidang Pembinaan SMA @ Dinas Pendidikan Provinsi Sukamaju",
    ]);
  });

  it("gives the holder set off by a comma after it a post", () => {
    const draft = read("SUKAMAJU - Hal itu disampaikan Kabid Pembinaan SMA, Rina Wulandari, di ruang kerjanya.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Bidang Pembinaan SMA @ Dinas Pendidikan"]);
  });

  it("leaves a numbered school after a staff title its institution", () => {
    const draft = read("SUKAMAJU - Hal itu disampaikan Kepala Tata Usaha SMA Negeri 1 Sukamaju, Rina Wulandari.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Tata Usaha SMA Negeri 1 Sukamaju @ SMA Negeri 1 Sukamaju",
    ]);
  });
});

describe("one name-shaped word after a title in a list of posts ('Budi Santoso, Kabid Umum Wulandari, Kabid GTK …')", () => {
  const read = draftReader("Dinas Pendidikan Sukamaju Gelar Rapat Kepala Sekolah");

  it("holds the title, not the full name set off before it", () => {
    const draft = read(
      "SUKAMAJU - Rapat dihadiri pejabat dinas masing-masing. Budi Santoso, Kabid Umum Wulandari, Kabid GTK Agus Salim dan lainnya.",
    );
    expect(postsOf(draft, "Wulandari")).toEqual(["Kepala Bidang Umum @ Dinas Pendidikan"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual([]);
  });

  it("is still a seat when the article names it as a place", () => {
    const draft = read(
      "SUKAMAJU - Warga Desa Jatiwangun hadir. Hadir Budi Santoso, Kepala Desa Jatiwangun, Camat Sukajaya Rina Wati dan warga.",
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ -");
    expect(peopleNames(draft)).not.toContain("Jatiwangun");
  });
});
