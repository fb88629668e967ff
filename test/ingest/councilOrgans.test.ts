import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, postsOf } from "./draftQueries.ts";

/**
 * A regional council's organs (Badan Anggaran, Badan Musyawarah, Badan Kehormatan …) are units
 * inside the DPRD, like its Komisi: no institutions of their own, and their posts are the
 * council's. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a council's organ", () => {
  it("is no institution written alone, and gives its posts to the council written after it", () => {
    const draft = read(
      "Rapat paripurna mendengar laporan Badan Anggaran (Banggar) DPRD Kabupaten Sukamaju atas rancangan APBD.",
      "Juru bicara Banggar DPRD Sukamaju, Rina Wulandari, menyebut Banggar telah membahas rancangan itu selama dua pekan.",
    );
    expect(institutionNames(draft)).toEqual(["Dewan Perwakilan Rakyat Daerah Sukamaju"]);
    expect(postsOf(draft, "Rina Wulandari").map((post) => post.split(" @ ")[1])).toEqual([
      "Dewan Perwakilan Rakyat Daerah Sukamaju",
    ]);
  });
});
