import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/** A person's name closed by "Negara" ("Dharma Setiawan Negara"), a word that opens none: made-up names. */
const court = draftReader("Praperadilan Mantan Kadis Ditolak");
const closing = "Sidang itu berlangsung lancar dan dihadiri puluhan pengunjung.";

describe("a name closed by 'Negara'", () => {
  it("is read whole after a title, set off by commas or before a verb", () => {
    const draft = court(
      "SUKAMAJU - Hakim tunggal Pengadilan Negeri (PN) Sukamaju, Bagus Wira Negara, menolak permohonan praperadilan itu.",
      "Putu Adi Negara mengatakan putusan itu sah.",
      closing,
    );
    expect(peopleNames(draft)).toEqual(["Bagus Wira Negara", "Putu Adi Negara"]);
    expect(postsOf(draft, "Bagus Wira Negara")).toEqual(["Hakim Tunggal @ Pengadilan Negeri Sukamaju"]);
  });

  it("still opens no name, nor closes a title's ('Rumah Tahanan Negara', 'Pengacara Negara')", () => {
    const draft = court(
      "SUKAMAJU - Warga binaan Rumah Tahanan Negara Kelas IIB Sukamaju mengikuti upacara.",
      "Pemerintah daerah kali ini tidak diwakili Jaksa Pengacara Negara yang biasa mendampinginya.",
      closing,
    );
    expect(peopleNames(draft)).toEqual([]);
    expect(institutionNames(draft)).toHaveLength(1);
  });
});
