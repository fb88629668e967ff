import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { draftReader } from "./draftQueries.ts";

/** Place names in the address chains of disaster news (issue 7). Made-up text. */
const read = draftReader("Banjir Rendam Rumah Warga");

/** Each place as "kind: name | aliases", sorted. */
const placesOf = (draft: ArticleDraft) =>
  draft.places.map((p) => `${p.kind}: ${[p.name, ...p.aliases].join(" | ")}`).sort();

describe("places in an address chain", () => {
  it("keep a village named like its district apart from it, each also known by its prefixed form", () => {
    const draft = read("Banjir merendam Desa Sukamaju, Kecamatan Sukamaju, Kabupaten Luwu Utara, Minggu.");
    const places = placesOf(draft);
    expect(places).toContainEqual(expect.stringMatching(/^VILLAGE: Sukamaju \| Desa Sukamaju$/));
    expect(places).toContainEqual(expect.stringMatching(/^DISTRICT: Sukamaju\b.*\| Kecamatan Sukamaju/));
  });

  it("end a kampung's name before its RT and RW", () => {
    const draft = read("Air masuk ke rumah warga di Kampung Cibeber RT 02/RW 03, Desa Mekarjaya.");
    expect(placesOf(draft)).toContainEqual("VILLAGE: Cibeber | Kampung Cibeber");
  });

  it("read a Balinese Banjar Dinas as a hamlet, not as the city of Banjar", () => {
    const draft = read("Banjir melanda Banjar Dinas Kawan, Desa Tegalsari, Kecamatan Sukamaju, Kabupaten Karangasem.");
    const places = placesOf(draft);
    expect(places).toContainEqual("OTHER: Kawan | Banjar Dinas Kawan");
    expect(places.filter((place) => place.includes("Kota Banjar"))).toEqual([]);
  });
});

describe("a feature named after a region", () => {
  it("is no place: a river, a street or a mosque named like a city", () => {
    const draft = read(
      "Tim SAR menyisir aliran Sungai Metro dan Desa Sukamaju. Posko berada di Jalan Bandung, dekat Masjid Blora.",
    );
    const places = placesOf(draft);
    expect(places).toContainEqual("VILLAGE: Sukamaju | Desa Sukamaju");
    expect(places.filter((place) => /Metro|Bandung|Blora/.test(place))).toEqual([]);
  });

  it("keeps a region the gazetteer spells with the noun, and a region named after 'kali' counting times", () => {
    const places = placesOf(read("Banjir melanda Gunung Kidul. Untuk kesekian kali Blora menjadi tuan rumah."));
    expect(places).toContainEqual(expect.stringMatching(/^REGENCY: Kabupaten Gunungkidul\b/));
    expect(places).toContainEqual(expect.stringMatching(/^REGENCY: Kabupaten Blora\b/));
  });
});

describe("a village fund's sum", () => {
  it("is no village after 'Dana Desa'", () => {
    const draft = read("Kepala desa itu diduga mengorupsi Dana Desa Rp575 juta dan Dana Desa Rp 120 juta.");
    expect(draft.places).toEqual([]);
  });
});
