import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/**
 * A city and a regency of one name (Malang, Serang, Bogor, …) each have their own offices. Written
 * here with made-up holders; the two Malangs are the gazetteer's, the only real names.
 */
const read = draftReader("Guru Malang Gelar Rapat");
const opening = "MALANG - Warga berkumpul di balai desa pada Senin pagi untuk acara itu.";

describe("offices of a city and a regency of the same name", () => {
  it("are two institutions, each holding its own head's post", () => {
    const draft = read(
      opening,
      "Kepala Dinas Pendidikan Kabupaten Malang, Budi Santoso, hadir dalam rapat itu.",
      "Kepala Dinas Pendidikan Kota Malang, Rina Wulandari, juga hadir. Ketua PGRI Kota Malang, Joko Susilo, dan Ketua PGRI Kabupaten Malang, Agus Salim, memberi sambutan.",
    );
    expect(institutionNames(draft)).toEqual(
      expect.arrayContaining(["Dinas Pendidikan Kabupaten Malang", "Dinas Pendidikan Kota Malang"]),
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining([
        "Budi Santoso @ Dinas Pendidikan Kabupaten Malang",
        "Rina Wulandari @ Dinas Pendidikan Kota Malang",
        "Joko Susilo @ Persatuan Guru Republik Indonesia Kota Malang",
        "Agus Salim @ Persatuan Guru Republik Indonesia Kabupaten Malang",
      ]),
    );
  });

  it("join a mention without the prefix to the one the article wrote with it", () => {
    const draft = read(
      opening,
      "Kepala Dinas Pendidikan Kabupaten Malang, Rina Wulandari, hadir dalam rapat itu.",
      "Menurut Rina, Disdik Malang akan menambah guru. Kepala Bidang SMP Dinas Pendidikan Malang, Joko Susilo, menambahkan hal itu.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Pendidikan Kabupaten Malang"]);
    expect(holdersAt(draft)).toEqual([
      "Rina Wulandari @ Dinas Pendidikan Kabupaten Malang",
      "Joko Susilo @ Dinas Pendidikan Kabupaten Malang",
    ]);
    expect(draft.institutions[0]?.aliases ?? []).not.toContain("Dinas Pendidikan Kota Malang");
  });
});
