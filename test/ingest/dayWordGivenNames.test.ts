import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, speakerOf } from "./draftQueries.ts";

/** "Hari" opens day and event names and is also a given name (issue 7). Made-up text. */
const read = draftReader("Kejari Sukamaju Tahan Kades Mekarsari");

describe("the given name Hari", () => {
  it("opens a holder's and a speaker's name", () => {
    const draft = read(
      "Penyidik Kejaksaan Negeri Sukamaju menahan seorang kepala desa.",
      "“Tersangka harus diproses hukum,” kata Kepala Kejaksaan Negeri Sukamaju Hari Wibowo.",
    );
    expect(peopleNames(draft)).toEqual(["Hari Wibowo"]);
    expect(holdersAt(draft)).toEqual(["Hari Wibowo @ Kejaksaan Negeri Sukamaju"]);
    expect(speakerOf(draft, "Tersangka harus")).toBe("Hari Wibowo");
  });

  it("stays a day's or an event's word before their names", () => {
    const draft = read(
      "Peringatan Hari Koperasi dan Hari Bhakti Adhyaksa digelar di Sukamaju. Hari ini warga berkumpul, dan Hari Senin depan ada rapat.",
      "Acara dibuka Ketua Panitia Hari Santri Budi Santoso.",
    );
    expect(peopleNames(draft).filter((name) => name.startsWith("Hari"))).toEqual([]);
  });
});
