import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/** Victims named by a single name in disaster and crime news (issue 7). Made-up text. */
const read = draftReader("Longsor Timpa Rumah Warga Sukamaju");

describe("victims named by a single name", () => {
  it("are read from a list after 'yakni' in a sentence about victims", () => {
    const draft = read(
      "Dua korban ditemukan meninggal dunia, yakni Mugiono dan Jarianto, keduanya warga Desa Mekarsari.",
    );
    expect(peopleNames(draft)).toEqual(["Jarianto", "Mugiono"]);
  });

  it("are read after 'atas nama' following a noun for the victim", () => {
    const draft = read("Korban hilang atas nama Tukiman masih dicari tim SAR gabungan.");
    expect(peopleNames(draft)).toEqual(["Tukiman"]);
  });

  it("are no people where the list or 'atas nama' is about something else", () => {
    const draft = read(
      "Banjir melanda Desa Mekarsari dan Desa Sukajadi, Kecamatan Sukamaju.",
      "Para korban banjir tinggal di dua desa, yakni Mekarsari dan Sukajadi.",
      "Bantuan untuk korban datang dari dua lembaga, yakni Baznas dan Kemenag.",
      "Bupati menyerahkan bantuan atas nama Pemerintah Kabupaten Sukamaju.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});
