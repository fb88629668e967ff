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

describe("a village's own bodies under each region's words", () => {
  const readVillage = draftReader("Musyawarah Nagari Digelar");

  it("reads the council of a nagari, a kampung and a gampong by their short forms", () => {
    const draft = readVillage(
      "Ketua BPRN Koto Tinggi, Hendra Putra, membuka musyawarah. Ketua Bamuskam Sukamaju, Yakob Wenda, hadir.",
      "Ketua Tuha Peut Lamreh, Ridwan Yusuf, dan Ketua KAN Koto Tinggi, Rizal Effendi, juga hadir.",
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining([
        "Hendra Putra @ Badan Permusyawaratan Rakyat Nagari Koto Tinggi",
        "Yakob Wenda @ Badan Musyawarah Kampung Sukamaju",
        "Ridwan Yusuf @ Tuha Peut Lamreh",
        "Rizal Effendi @ Kerapatan Adat Nagari Koto Tinggi",
      ]),
    );
  });

  it("reads a village-owned enterprise under each region's short form", () => {
    const draft = readVillage(
      "Direktur BUMNag Koto Tinggi, Andi Saputra, melapor. Direktur BUMG Lamreh, Teuku Amir, dan Direktur BUM Desa Sidomulyo, Sri Wahyuni, juga melapor.",
      "Direktur BUMDesma Sejahtera, Imam Syafii, menutup rapat.",
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining([
        "Andi Saputra @ BUMNag Koto Tinggi",
        "Teuku Amir @ BUMG Lamreh",
        "Sri Wahyuni @ BUM Desa Sidomulyo",
        "Imam Syafii @ BUMDesma Sejahtera",
      ]),
    );
  });
});
