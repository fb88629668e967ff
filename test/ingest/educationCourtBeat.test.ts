import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Court and education news: parties and benches named in lists, and posts linked to a name far
 * after it. Every name, body and place here is made up.
 */
const read = draftReader("Sidang Perkara Korupsi di Pengadilan Negeri Sukamaju");
const opening = "Sidang itu berlangsung di ruang utama sejak pagi.";

describe("parties to a case listed after the party noun", () => {
  it("are each a person, joined by 'dan'", () => {
    const draft = read(opening, "Majelis hakim memvonis terdakwa Budi Santoso dan Agus Wijaya dua tahun penjara.");
    expect(peopleNames(draft)).toEqual(["Agus Wijaya", "Budi Santoso"]);
  });

  it("are each a person in a list of three", () => {
    const draft = read(opening, "Jaksa menghadirkan saksi Rina Wulandari, Dedi Kurnia, dan Sari Utami di persidangan.");
    expect(peopleNames(draft)).toEqual(["Dedi Kurnia", "Rina Wulandari", "Sari Utami"]);
  });

  it("stop at what is no name", () => {
    const draft = read(opening, "Hakim memvonis terdakwa Budi Santoso dan Pengadilan Negeri Sukamaju mencatatnya.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("a bench's post before names joined by 'dan'", () => {
  it("is held by each name", () => {
    const draft = read(
      opening,
      "Sidang dipimpin Ketua Majelis Hakim Pengadilan Negeri Sukamaju, Zulkarnain, Hakim Anggota Gabriel Lasut dan Alexander Yowa.",
    );
    expect(peopleNames(draft)).toContain("Alexander Yowa");
    expect(postsOf(draft, "Alexander Yowa")).toEqual(postsOf(draft, "Gabriel Lasut"));
    expect(postsOf(draft, "Alexander Yowa")[0]).toMatch(/^Hakim Anggota @/);
  });

  it("is not shared by a post that one person holds", () => {
    const draft = read(opening, "Sidang dihadiri Ketua Pengadilan Negeri Sukamaju Gabriel Lasut dan Alexander Yowa.");
    expect(postsOf(draft, "Alexander Yowa")).toEqual([]);
  });
});

describe("one name set off before 'yang' and a post linked far after it", () => {
  it("is the holder of the post, past 'ketika itu masih aktif' and 'menjabat sebagai'", () => {
    const draft = read(
      opening,
      "Budi Santoso menerima uang dari Sudarmono, yang ketika itu masih aktif menjabat sebagai Kadis Pendidikan Kota Sukamaju.",
    );
    expect(peopleNames(draft)).toContain("Sudarmono");
    expect(postsOf(draft, "Sudarmono")).toEqual(["Kepala Dinas Pendidikan @ Dinas Pendidikan Kota Sukamaju"]);
  });

  it("is no person where the post names no institution", () => {
    const draft = read(
      opening,
      "Budi Santoso menerima uang dari Sudarmono, yang ketika itu masih menjabat sebagai kepala.",
    );
    expect(peopleNames(draft)).not.toContain("Sudarmono");
  });
});
