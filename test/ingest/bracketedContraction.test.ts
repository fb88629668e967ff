import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/** The institutions of a person's posts ("-" for none). */
const placesOfPosts = (posts: string[]) => posts.map((p) => p.split(" @ ")[1]);

/**
 * "Kepala Dinas (Kadis) Pendidikan Kabupaten X": a head's title written out, with the one-word title
 * that contracts it in brackets before the unit's domain and seat. Every name and place here is made up.
 */
const read = draftReader("Rapat Koordinasi di Sukamaju");

describe("a head's title with its contraction in brackets before the unit's domain", () => {
  it("holds the post at the Dinas written after the brackets", () => {
    const draft = read(
      "SUKAMAJU - Rombongan bertemu Kepala Dinas (Kadis) Pendidikan Kabupaten Sukamaju, Budi Santoso, di kantornya.",
      "Sementara Kepala Dinas (Kadis) Koperasi dan UMKM Provinsi Sukamaju Rina Wulandari mengatakan semua siap.",
    );
    expect(placesOfPosts(postsOf(draft, "Budi Santoso"))).toEqual(["Dinas Pendidikan Kabupaten Sukamaju"]);
    expect(placesOfPosts(postsOf(draft, "Rina Wulandari"))).toEqual(["Dinas Koperasi dan UMKM Provinsi Sukamaju"]);
  });

  it("holds the post at the Badan for 'Kepala Badan (Kaban)'", () => {
    const draft = read(
      "SUKAMAJU - Kepala Badan (Kaban) Kepegawaian Daerah Kabupaten Sukamaju, Agus Salim, membuka acara.",
    );
    expect(placesOfPosts(postsOf(draft, "Agus Salim"))).toEqual(["Badan Kepegawaian Daerah Kabupaten Sukamaju"]);
  });

  it("does not read a bracketed word that contracts another title", () => {
    const draft = read("SUKAMAJU - Kepala Dinas (Kaban) Pendidikan Kabupaten Sukamaju, Budi Santoso, membuka acara.");
    const held = placesOfPosts(postsOf(draft, "Budi Santoso"));
    expect(held).not.toContain("Dinas Pendidikan Kabupaten Sukamaju");
    expect(held).not.toContain("Badan Pendidikan Kabupaten Sukamaju");
  });
});
