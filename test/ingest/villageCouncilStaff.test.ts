import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

// A village council (BPD) is a board of members; the Kaur and Kasi of a village serve its government.
// Listed after the council's chairman, they must not take the council from the list. Made-up names.
const read = draftReader("Musyawarah Desa Mekarsari Bahas Anggaran");

describe("village staff listed after the council's chairman", () => {
  it("holds the Kaur and Kasi at the village government the story names", () => {
    const draft = read(
      "Pemerintah Desa Mekarsari menggelar musyawarah desa.",
      "Hadir Ketua BPD Mekarsari Rahmat Hidayat, Kaur Keuangan Sri Lestari, dan Kasi Pemerintahan Joko Santoso.",
    );
    expect(postsOf(draft, "Rahmat Hidayat")).toEqual(["Ketua @ Badan Permusyawaratan Desa Mekarsari"]);
    expect(postsOf(draft, "Sri Lestari")).toEqual(["Kepala Urusan Keuangan @ Pemerintah Desa Mekarsari"]);
    expect(postsOf(draft, "Joko Santoso")).toEqual(["Kepala Seksi Pemerintahan @ Pemerintah Desa Mekarsari"]);
  });

  it("holds them at no institution when the story names no village government", () => {
    const draft = read(
      "Hadir Ketua BPD Mekarsari Rahmat Hidayat, Kaur Keuangan Sri Lestari, dan Kasi Pemerintahan Joko Santoso.",
    );
    expect(postsOf(draft, "Sri Lestari")).toEqual(["Kepala Urusan Keuangan @ -"]);
    expect(postsOf(draft, "Joko Santoso")).toEqual(["Kepala Seksi Pemerintahan @ -"]);
  });

  it("keeps a council's own board posts at the council", () => {
    const draft = read("Hadir Ketua BPD Mekarsari Rahmat Hidayat dan Sekretaris BPD Mekarsari Dewi Lestari.");
    expect(postsOf(draft, "Dewi Lestari")).toEqual([
      "Sekretaris Badan Permusyawaratan Desa @ Badan Permusyawaratan Desa Mekarsari",
    ]);
  });
});
