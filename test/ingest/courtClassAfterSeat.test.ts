import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** A court's class written after its seat, before the holder's name (issue 7). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a court's class after its seat", () => {
  it("is read with the court, so the name after it holds the post", () => {
    const draft = read(
      "Sidang digelar di gedung pengadilan.",
      "Tampak hadir Ketua PN Sukamaju Kelas II Jimmy Hartono, dan Kepala Kejaksaan Negeri Sukamaju Faisal Rahman.",
      "Juru Bicara PN Sukamaju Kelas IB Amjad Fauzan dalam penjelasannya mengatakan putusan sudah adil.",
    );
    expect(institutionNames(draft)).toEqual(["Kejaksaan Negeri Sukamaju", "Pengadilan Negeri Sukamaju"]);
    expect(holdersAt(draft)).toEqual([
      "Jimmy Hartono @ Pengadilan Negeri Sukamaju",
      "Faisal Rahman @ Kejaksaan Negeri Sukamaju",
      "Amjad Fauzan @ Pengadilan Negeri Sukamaju",
    ]);
  });
});
