import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/**
 * Education and religion constructions seen in dev misses and unannotated school, campus, Kemenag
 * and KUA pages (2026-12-06, fourth round). Every name and place here is made up.
 */
const read = draftReader("Warga Diimbau Menikah di KUA Sukamaju");

describe("a second post described after the speech verb ('ujar pria yang juga menjabat X ini')", () => {
  it("is held by the speaker named before", () => {
    const draft = read(
      "SUKAMAJU - Budi Santoso, Kepala KUA Kecamatan Sukamaju, mengimbau warga menikah di kantor.",
      '"Kalau dihitung rata-rata tiap bulan ada dua puluh pernikahan," ujar pria yang juga menjabat Plt Kepala KUA Sukajaya ini.',
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ Kantor Urusan Agama Sukajaya");
  });

  it("is not given to the one named before when a name set off after the demonstrative names the speaker", () => {
    const draft = read(
      "SUKAMAJU - Budi Santoso, Kepala KUA Kecamatan Sukamaju, mengimbau warga menikah di kantor.",
      '"Musim nikah setelah lebaran," kata pria yang juga Plt Kepala KUA Sukajaya itu, Agus Salim.',
    );
    expect(holdersAt(draft)).not.toContain("Budi Santoso @ Kantor Urusan Agama Sukajaya");
  });
});
