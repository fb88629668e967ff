import { describe, expect, it } from "vitest";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/** Products read from list constructions on made-up sentences, one test per rule (issue 7). */
function products(sentence: string): string[] {
  const text = `Judul Berita Untuk Pengujian Aturan\n\n${sentence}\n\nKegiatan ini mendukung kemandirian warga.`;
  return parseArticleDraft(extractArticle(text))
    .products.map((p) => p.name.toLowerCase())
    .sort();
}

describe("list items and their boundaries", () => {
  it("keeps the material after dari with the item it closes", () => {
    expect(products("Warga binaan dilatih membuat tas dari eceng gondok dan sandal hotel.")).toEqual([
      "sandal hotel",
      "tas dari eceng gondok",
    ]);
    expect(
      products("Produk kerajinan tangan berupa bunga hias dari plastik bekas, tempat tisu, dan celengan."),
    ).toEqual(["bunga hias dari plastik bekas", "celengan", "kerajinan tangan", "tempat tisu"]);
  });

  it("ends an item before a preposition or a predicate", () => {
    expect(products("Koperasi itu menjual beras, minyak goreng, gula pasir dan telur kepada anggota.")).toEqual([
      "beras",
      "gula pasir",
      "minyak goreng",
      "telur",
    ]);
    expect(products("Mulai dari keripik singkong, rengginang hingga kerupuk ikan tersedia di stan tersebut.")).toEqual([
      "keripik singkong",
      "kerupuk ikan",
      "rengginang",
    ]);
  });

  it("skips ada after di antaranya", () => {
    expect(products("Di antaranya ada batik tulis, tenun ikat, dan songket Palembang.")).toEqual([
      "batik tulis",
      "songket palembang",
      "tenun ikat",
    ]);
  });

  it("reads a reduplicated word as one item and a last item running into its clause", () => {
    expect(products("Produk olahan ikan seperti bakso ikan, otak-otak dan pempek laris manis.")).toEqual([
      "bakso ikan",
      "ikan",
      "otak-otak",
      "pempek",
    ]);
  });
});
