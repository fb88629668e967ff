import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

const read = draftReader("Pemerintah Daerah Gelar Rapat Koordinasi");

describe("a regional government written 'Pemerintah Daerah' with its level", () => {
  it("is the Pemkab, and holds the bare Sekretaris Daerah of the story", () => {
    const draft = read(
      "Rapat jajaran Pemerintah Daerah Kabupaten Sukamaju dipimpin Sekretaris Daerah, Wulan Pratiwi, Senin (3/3/2025).",
    );
    expect(institutionNames(draft)).toContain("Pemerintah Kabupaten Sukamaju");
    expect(holdersAt(draft)).toContain("Wulan Pratiwi @ Pemerintah Kabupaten Sukamaju");
  });

  it("is the Pemkot when written with 'Kota'", () => {
    const draft = read("Pemerintah Daerah Kota Sukamaju menyalurkan bantuan kepada warga, Selasa (4/3/2025).");
    expect(institutionNames(draft)).toContain("Pemerintah Kota Sukamaju");
  });
});

describe("a Sekretaris Daerah whose seat is written as a city or is a province", () => {
  it("holds the post in the city's government the story names", () => {
    const draft = read(
      "Guru di lingkungan Pemerintah Kota Yogyakarta dilantik Sekretaris Daerah Kota Yogyakarta, Hendra Santosa, Jumat (7/3/2025).",
    );
    expect(holdersAt(draft)).toContain("Hendra Santosa @ Pemerintah Kota Yogyakarta");
  });

  it("holds the post in the province's government the story names", () => {
    const draft = read(
      "Pemerintah Provinsi Sulawesi Tengah menggelar apel pagi. Apel dipimpin Sekda Sulawesi Tengah Rahmat Hidayat, Senin (10/3/2025).",
    );
    expect(holdersAt(draft)).toContain("Rahmat Hidayat @ Pemerintah Provinsi Sulawesi Tengah");
  });
});
