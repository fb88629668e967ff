import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, postsOf } from "./draftQueries.ts";

/**
 * Constructions of a Sekda's installation found in a fresh dev article of the government beat,
 * written here with made-up names.
 */
const read = draftReader("Penjabat Sekda Dilantik");
const opening = "SUKAMAJU - Bupati melantik penjabat sekretaris daerah di aula kantor bupati pada Senin.";

describe("a title before a conjunction that opens a clause ('jabatan Sekda setelah H. Budi diangkat …')", () => {
  it("gives the name after the conjunction no post from that title", () => {
    const cases: [string, string][] = [
      [
        "Pelantikan itu mengisi kekosongan jabatan Sekda setelah H. Budi Santoso diangkat menjadi kepala dinas. Kinerja Pemkab Blora diharapkan membaik.",
        "Budi Santoso",
      ],
      [
        "Jabatan Kepala Dinas Sosial Kabupaten Blora kosong sejak Ir. Joko Purnomo pensiun pada Januari.",
        "Joko Purnomo",
      ],
      ["Kursi Camat Sukamaju kosong karena Dr. Agus Salim mengundurkan diri pekan lalu.", "Agus Salim"],
      ["Posisi Sekda Kota Magelang dibiarkan kosong usai Hj. Rina Wulandari, M.Si, pensiun.", "Rina Wulandari"],
    ];
    for (const [sentence, name] of cases) {
      expect(postsOf(read(opening, sentence), name)).toEqual([]);
    }
  });
});

describe("an acting post given to someone replacing another ('diangkat sebagai Plt. Sekda menggantikan A')", () => {
  it("is not the one replaced's, while a definitive post handed over is", () => {
    const acting = read(
      opening,
      "Sebelumnya Budi Santoso diangkat sebagai Plt. Sekda menggantikan Drs. H. Agus Salim, M.M (Alm). Kinerja Pemkab Blora diharapkan membaik.",
    );
    expect(postsOf(acting, "Budi Santoso")).toEqual(["Pelaksana Tugas Sekretaris Daerah @ Pemerintah Kabupaten Blora"]);
    expect(postsOf(acting, "Agus Salim")).toEqual([]);
    const plh = read(
      opening,
      "Rina Wulandari ditunjuk sebagai Plh. Kepala Dinas Sosial Kabupaten Blora menggantikan Joko Purnomo.",
    );
    expect(postsOf(plh, "Joko Purnomo")).toEqual([]);
    const termTold = read(
      opening,
      "Camat Sukamaju, Rina Wulandari, ditunjuk sebagai Penjabat Kepala Desa Mekarsari, menggantikan Joko Purnomo yang masa jabatannya berakhir.",
    );
    expect(postsOf(termTold, "Joko Purnomo").map((post) => post.split(" @ ")[0])).toEqual(["Kepala Desa"]);
    const definitive = read(
      opening,
      "Budi Santoso dilantik sebagai Kepala Dinas Sosial Kabupaten Blora menggantikan Agus Salim yang pensiun.",
    );
    expect(holdersAt(definitive)).toEqual([
      "Budi Santoso @ Dinas Sosial Kabupaten Blora",
      "Agus Salim @ Dinas Sosial Kabupaten Blora",
    ]);
  });
});
