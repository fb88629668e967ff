import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/**
 * People the extractor reads whose post the text states in another construction than the title
 * right before the name: a post given in the next sentence, a post in brackets, a lowercase post
 * set off before the name. Seen probing unannotated health, village, cooperative, school and
 * election pages (2026-12-06, corpus-holderposts). Every name and place here is made up.
 */
const read = draftReader("Kasus Demam Berdarah di Sukamaju Meningkat");

describe("a post naming its institution, closed by a demonstrative, opening the sentence after a named person", () => {
  it("is the post of the person named last ('ujar Budi. Kepala Puskesmas X itu menambahkan')", () => {
    const draft = read(
      "SUKAMAJU - Kasus demam berdarah di Kecamatan Sukamaju naik pada Mei.",
      '"Kami sudah melakukan pengasapan di tiga desa," ujar Budi Santoso. Kepala Puskesmas Sukamaju itu menambahkan stok obat masih cukup.',
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ Puskesmas Sukamaju");
  });

  it("is nobody's when the last one mentioned is a title without a name", () => {
    const draft = read(
      "SUKAMAJU - Budi Santoso, warga Desa Sukamaju, mengeluhkan nyamuk. Kepala Dinas Kesehatan Kabupaten Sukamaju belum memberi keterangan.",
      "Kepala Puskesmas Sukamaju itu juga tidak dapat dihubungi.",
    );
    expect(holdersAt(draft)).not.toContain("Budi Santoso @ Puskesmas Sukamaju");
  });
});
