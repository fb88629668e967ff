import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/**
 * "Dharma Wanita Persatuan": the association of civil servants' wives, with a chapter in every
 * province and regency, whose name ends with a word ("Persatuan") that opens other associations'
 * names; found in a fresh dev article of the health beat, written here with made-up names.
 */
const read = draftReader("Dharma Wanita Bagikan Makanan Tambahan");
const opening = "SUKAMAJU - Puluhan balita menerima makanan tambahan di posyandu pada Selasa.";

describe("the civil servants' wives association written in full or as DWP, with its region", () => {
  it("is one association per region, whose posts its officers hold", () => {
    const draft = read(
      opening,
      "Bantuan itu datang dari Dharma Wanita Persatuan Provinsi Jawa Tengah dan Dharma Wanita Persatuan Kabupaten Blora.",
      "Sekretaris DWP Provinsi Jawa Tengah, Ny. Rina Wulandari, dan Ketua DWP Kabupaten Blora, Ny. Siti Aminah, menyerahkan bantuan.",
      "Pengurus Dharma Wanita Persatuan (DWP) Kota Magelang, Ny. Sri Rahayu, ikut hadir.",
    );
    expect(institutionNames(draft)).toEqual([
      "Dharma Wanita Persatuan Jawa Tengah",
      "Dharma Wanita Persatuan Kabupaten Blora",
      "Dharma Wanita Persatuan Kota Magelang",
    ]);
    expect(holdersAt(draft)).toEqual([
      "Rina Wulandari @ Dharma Wanita Persatuan Jawa Tengah",
      "Siti Aminah @ Dharma Wanita Persatuan Kabupaten Blora",
      "Sri Rahayu @ Dharma Wanita Persatuan Kota Magelang",
    ]);
  });
});
