import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/**
 * A regional hospital named after a person (honorifics before the name, with or without their
 * stops) and its seat, which the article also calls by its kind and its seat contracted ("RSUD
 * Tanbu" for Tanah Bumbu), as in a fresh dev article of the health beat; made-up namesakes.
 */
const read = draftReader("Pasien Dirujuk ke Rumah Sakit Provinsi");

describe("a namesake hospital and the same hospital written with its seat contracted", () => {
  it("are one hospital, which holds the posts written with either form", () => {
    const cases: [string, string, string][] = [
      [
        "Foto petugas RSUD dr H Sutomo Wibowo Tanahbumbu membawa pasien beredar luas.",
        "Direktur RSUD Tanbu, dr Rina Wulandari, tidak mengangkat telepon.",
        "Rumah Sakit Umum Daerah dr H Sutomo Wibowo Tanah Bumbu",
      ],
      [
        "Foto petugas RSUD dr. H. Sutomo Wibowo Tanjung Jabung Timur membawa pasien beredar luas.",
        "Direktur RSUD Tanjabtim, dr Rina Wulandari, tidak mengangkat telepon.",
        "Rumah Sakit Umum Daerah dr. H. Sutomo Wibowo Tanjung Jabung Timur",
      ],
      [
        "Foto petugas RSUD Hj Siti Aminah Sungai Jernih membawa pasien beredar luas.",
        "Direktur RSUD Sujer, dr Rina Wulandari, tidak mengangkat telepon.",
        "Rumah Sakit Umum Daerah Hj Siti Aminah Sungai Jernih",
      ],
      [
        "Pasien itu dirawat di RSUD Drs H Sutomo Wibowo Kutai Kartanegara sejak Jumat.",
        '"Pasien sudah stabil," kata Direktur RSUD Kukar Rina Wulandari.',
        "Rumah Sakit Umum Daerah Drs H Sutomo Wibowo Kutai Kartanegara",
      ],
    ];
    for (const [first, second, hospital] of cases) {
      const draft = read("SUKAMAJU - Seorang pasien dirujuk pada Sabtu.", first, second);
      expect(institutionNames(draft).filter((name) => name.startsWith("Rumah Sakit Umum Daerah "))).toEqual([hospital]);
      expect(holdersAt(draft)).toContain(`Rina Wulandari @ ${hospital}`);
    }
  });

  it("stays apart from a hospital whose seat word spells another place", () => {
    const draft = read(
      "SUKAMAJU - Seorang pasien dirujuk pada Sabtu.",
      "Pasien itu dirawat di RSUD dr H Sutomo Wibowo Tanah Bumbu sejak Jumat.",
      "Direktur RSUD Kukar, dr Rina Wulandari, menerima rujukan itu.",
    );
    expect(institutionNames(draft).filter((name) => name.startsWith("Rumah Sakit Umum Daerah ")).length).toBe(2);
  });
});
