import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { tokenize } from "../../src/ingest/extract/tokens.ts";
import { matchCountryAt } from "../../src/ingest/gazetteer/countries.ts";
import { draftReader } from "./draftQueries.ts";

/** Countries a regional story names, read as places of kind COUNTRY (issue 7). Made-up text. */
const read = draftReader("Pelatihan Ekspor bagi UMKM");

const countriesOf = (draft: ArticleDraft) =>
  draft.places.filter((place) => place.kind === "COUNTRY").map((place) => place.name);

describe("countries", () => {
  it("are read by their Indonesian names, the longest name first, with other names news uses", () => {
    const draft = read(
      "Produk UMKM Sukamaju diekspor ke Malaysia, Arab Saudi dan Papua Nugini. Bahan bakunya didatangkan dari Tiongkok.",
    );
    expect(countriesOf(draft).sort()).toEqual(["Arab Saudi", "China", "Malaysia", "Papua Nugini"]);
    expect(draft.places.filter((place) => place.kind === "PROVINCE" && place.name === "Papua")).toEqual([]);
  });

  it("are no place where the name is a language, a word of a longer name, or a person", () => {
    const draft = read(
      "Siswa belajar bahasa Inggris dan menyanyikan lagu Indonesia Raya. Ketua Ikatan Dokter Indonesia Cabang Sukamaju, India Rahmawati, hadir sesuai Kerangka Kualifikasi Nasional Indonesia (KKNI).",
    );
    expect(countriesOf(draft)).toEqual([]);
    expect(draft.people.map((person) => person.name)).toContain("India Rahmawati");
  });

  it("leave out ISO names that are given names more often than countries", () => {
    const tokens = tokenize("Chad , Georgia , Jordan , Mesir");
    expect([0, 2, 4, 6].map((at) => matchCountryAt(tokens, at)?.place.name)).toEqual([
      undefined,
      undefined,
      undefined,
      "Mesir",
    ]);
  });
});
