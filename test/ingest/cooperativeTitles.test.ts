import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** Titles and offices of the cooperative and UMKM beat. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a minister's title closed by RI before the holder set off by commas", () => {
  it("names the ministry, and the holder's post is filed there", () => {
    const draft = read("Sambutan Menteri Koperasi dan UKM RI, Agus Salim, dibacakan oleh Rina Wulandari.");
    expect(holdersAt(draft)).toEqual(["Agus Salim @ Kementerian Koperasi dan Usaha Kecil dan Menengah"]);
  });
});

describe("the cooperative ministry written as Kemenkop or with UMKM", () => {
  it("is the one ministry in each form", () => {
    for (const form of ["Kemenkop", "Kemenkop dan UMKM RI", "Kementerian Koperasi dan UMKM"]) {
      const draft = read(`${form} melatih 120 pengurus koperasi di Sukamaju.`);
      expect(institutionNames(draft)).toEqual(["Kementerian Koperasi dan Usaha Kecil dan Menengah"]);
    }
  });
});

describe("a section named Koperasi right before its regional office", () => {
  it("is a section of the office, not a cooperative named after the office", () => {
    const draft = read("Kabid Koperasi Disperindag Sukamaju, Budi Santoso, mengatakan pelatihan digelar tiga hari.");
    expect(institutionNames(draft)).toEqual(["Dinas Perindustrian dan Perdagangan Sukamaju"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinas Perindustrian dan Perdagangan Sukamaju"]);
  });

  it("leaves a cooperative's own name after Koperasi a cooperative", () => {
    const draft = read("Ketua Koperasi Sumber Rejeki, Budi Santoso, mengatakan anggota bertambah.");
    expect(institutionNames(draft)).toEqual(["Koperasi Sumber Rejeki"]);
  });
});

describe("two titles sharing one institution before two names", () => {
  it("gives the first title to the first name and the second to the second", () => {
    const draft = read("Ketua dan Sekretaris Koperasi Sumber Rejeki, Budi Santoso dan Rina Wulandari, membuka rapat.");
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Koperasi Sumber Rejeki",
      "Rina Wulandari @ Koperasi Sumber Rejeki",
    ]);
    const roles = draft.positions.map((position) => position.role);
    expect(roles).toEqual(["Ketua Koperasi Sumber Rejeki", "Sekretaris Koperasi Sumber Rejeki"]);
  });
});
