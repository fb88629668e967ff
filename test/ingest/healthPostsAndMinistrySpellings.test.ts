import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, postsOf } from "./draftQueries.ts";

/** Posts of the health beat and a ministry written the article's own way. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a practitioner's title with a lowercase specialty before the institution", () => {
  it("is the holder's post at that institution", () => {
    const draft = read(
      "Dokter spesialis anak RSUD Sukamaju, dr Rina Wulandari, Sp.A, mengatakan pasien bertambah.",
      "Perawat gigi Puskesmas Cibeber, Dewi Lestari, membantu pemeriksaan.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Dokter spesialis anak @ Rumah Sakit Umum Daerah Sukamaju"]);
    expect(postsOf(draft, "Dewi Lestari")).toEqual(["Perawat gigi @ Puskesmas Cibeber"]);
  });

  it("counts in lowercase when an honorific opens a one-word holder set off by commas", () => {
    const draft = read("Pasien itu ditangani dokter spesialis anak RSUD Sukamaju, dr. Hendra, sejak pagi.");
    expect(postsOf(draft, "Hendra")).toEqual(["Dokter spesialis anak @ Rumah Sakit Umum Daerah Sukamaju"]);
  });
});

describe("'Kapus' and a seat", () => {
  it("heads the Puskesmas of that seat, and the seat is not part of the holder's name", () => {
    const draft = read("Kapus Cibeber Budi Santoso menyebut stok vaksin masih cukup.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Puskesmas Cibeber"]);
  });

  it("reads the seat set off by a comma the same way", () => {
    const draft = read("Kapus Cibeber, Budi Santoso, menyebut stok vaksin masih cukup.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Puskesmas Cibeber"]);
  });
});

describe("a national institution from the lexicon", () => {
  it("keeps the article's own spelling, with the country after it, as an alias", () => {
    const draft = read(
      "Bantuan itu berasal dari Kementerian Kesehatan Republik Indonesia dan Kementrian Agama RI.",
      "Warga menyambut baik bantuan tersebut.",
    );
    const aliasesOf = (name: string) => draft.institutions.find((i) => i.name === name)?.aliases ?? [];
    expect(aliasesOf("Kementerian Kesehatan")).toContain("Kementerian Kesehatan Republik Indonesia");
    expect(aliasesOf("Kementerian Agama")).toContain("Kementrian Agama RI");
  });
});
