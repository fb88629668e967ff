import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/**
 * A sentence adverb that opens its sentence, set off by a comma before a title, is no holder's
 * name ("Terpisah, Wakil Kepala SMA X Bidang Kurikulum, Rina Wulandari, …"). Every name and place
 * here is made up.
 */
const read = draftReader("Penerimaan Siswa Baru di Sukamaju");

describe("a sentence adverb before a title set off by commas", () => {
  it("is no person holding the title", () => {
    const draft = read(
      "Kegiatan itu berlangsung di sekolah.",
      "Terpisah, Wakil Kepala SMA Negeri 13 Sukamaju Bidang Kurikulum, Rina Wulandari, enggan berkomentar banyak.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ SMA Negeri 13 Sukamaju"]);
  });

  it("leaves a full name after the adverb its post", () => {
    const draft = read(
      "Kegiatan itu berlangsung di sekolah.",
      "Terpisah, Rina Wulandari, Kepala SMA Negeri 13 Sukamaju, enggan berkomentar banyak.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ SMA Negeri 13 Sukamaju"]);
  });
});
