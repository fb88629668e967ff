import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/** Officials installed in new posts, listed with the post each held before (issue 7). Made-up text. */
const read = draftReader("Bupati Lantik Pejabat Eselon II");

describe("an official named with the post held before and the one held now", () => {
  it("holds both, 'semula' before the old post and 'kini' before the new", () => {
    const draft = read(
      "Budi Santoso, semula Kepala Dinas Sosial Kabupaten Sukamaju, kini Kepala Dinas Perhubungan Kabupaten Sukamaju.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Dinas Sosial @ Dinas Sosial Kabupaten Sukamaju",
      "Kepala Dinas Perhubungan @ Dinas Perhubungan Kabupaten Sukamaju",
    ]);
  });

  it("holds both in a bulleted list after a colon, each item opened by a dash after the one before", () => {
    const draft = read(
      "Berikut nama pejabat yang dilantik beserta jabatan lamanya: - Budi Santoso, semula Kepala Dinas Sosial Kabupaten Sukamaju, kini Kepala Dinas Perhubungan Kabupaten Sukamaju. - Rina Wulandari, semula Kepala Dinas Perhubungan Kabupaten Sukamaju, kini Kepala Dinas Sosial Kabupaten Sukamaju.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Dinas Sosial @ Dinas Sosial Kabupaten Sukamaju",
      "Kepala Dinas Perhubungan @ Dinas Perhubungan Kabupaten Sukamaju",
    ]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Dinas Perhubungan @ Dinas Perhubungan Kabupaten Sukamaju",
      "Kepala Dinas Sosial @ Dinas Sosial Kabupaten Sukamaju",
    ]);
  });
});
