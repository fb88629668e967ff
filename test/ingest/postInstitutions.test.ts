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

describe("a post written without its office, in a story that named the office before", () => {
  const readOffice = draftReader("Dinas dan Desa Gelar Rapat");

  it("gives a bare 'Kepala Dinas' and 'Sekretaris Dinas' the Dinas the story named", () => {
    const draft = readOffice(
      "Dinas Pendidikan Kabupaten Sukamaju menggelar rapat, Senin (3/3/2025).",
      "Kepala Dinas, Hartono Wibisono, membuka rapat. Sekretaris Dinas, Rina Wulandari, mendampingi.",
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining([
        "Hartono Wibisono @ Dinas Pendidikan Kabupaten Sukamaju",
        "Rina Wulandari @ Dinas Pendidikan Kabupaten Sukamaju",
      ]),
    );
  });

  it("holds a Kabid in the office, not in a village's or district's government named more often", () => {
    const draft = readOffice(
      "Dinas Pendidikan Kabupaten Sukamaju menggelar rapat di Desa Sukamulya, Senin (3/3/2025).",
      "Kabid Pembinaan SD, Tono Hartono, menjelaskan program. Pemerintah Desa Sukamulya menyambut baik.",
      "Pemerintah Desa Sukamulya juga menyediakan tempat. Kades Sukamulya, Joko Susilo, hadir.",
    );
    expect(holdersAt(draft)).toContain("Tono Hartono @ Dinas Pendidikan Kabupaten Sukamaju");
  });
});

describe("a district's and a village's own government and their posts", () => {
  const readVillage = draftReader("Pemerintah Desa Salurkan BLT");

  it("reads 'Pemerintah Kecamatan X' as the district's government, holding its Camat and its place", () => {
    const draft = readVillage(
      "Pemerintah Kecamatan Cibiru menggelar apel. Camat Cibiru, Agus Salim, memimpin apel, Senin (3/3/2025).",
    );
    expect(holdersAt(draft)).toContain("Agus Salim @ Kecamatan Cibiru");
    expect(draft.places.map((p) => p.name)).toContain("Cibiru");
  });

  it("holds a bare Sekdes and Kaur in the village government the story names, not the district's", () => {
    const draft = readVillage(
      "Pemerintah Kecamatan Cibiru dan Pemerintah Kecamatan Cibiru Utara memantau penyaluran.",
      "Pemerintah Desa Sukamulya menyalurkan BLT. Kades Sukamulya, Joko Susilo, menyerahkan bantuan didampingi Sekdes, Rudi Hartanto, dan Kaur Keuangan, Siti Rohmah.",
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining(["Rudi Hartanto @ Pemerintah Desa Sukamulya", "Siti Rohmah @ Pemerintah Desa Sukamulya"]),
    );
  });

  it("holds a post written with its village in that village's named government", () => {
    const draft = readVillage(
      "Pemerintah Kecamatan Cibiru dan Pemerintah Kecamatan Cibiru Utara memantau penyaluran.",
      "Pemerintah Desa Sukamulya menyalurkan BLT. Kepala Seksi Pelayanan Desa Sukamulya, Wahyu Hidayat, mencatat penerima.",
    );
    expect(holdersAt(draft)).toContain("Wahyu Hidayat @ Pemerintah Desa Sukamulya");
  });
});

describe("cooperatives and village enterprises in headlines and in two written forms", () => {
  it("ends a body's name at a headline verb written without -kan", () => {
    for (const headline of [
      "Koperasi Gelar Rapat Anggota Tahunan",
      "Pelatihan Koperasi Digelar",
      "BUMDes Dibentuk, Warga Antusias",
    ]) {
      const draft = draftReader(headline)("Warga Desa Sukamulya berkumpul di balai desa, Senin (3/3/2025).");
      expect(institutionNames(draft)).toEqual([]);
    }
  });

  it("reads one village's cooperative written with 'Desa' before or after its name as one", () => {
    const draft = draftReader("Koperasi Desa Mulai Beroperasi")(
      "Ketua Koperasi Merah Putih Desa Sukamulya, Siti Aminah, membuka gerai, Senin (3/3/2025).",
      "Pengawas Koperasi Desa Merah Putih Sukamulya, Joko Susilo, ikut hadir.",
    );
    expect(institutionNames(draft).filter((name) => name.includes("Merah Putih"))).toHaveLength(1);
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining([
        "Siti Aminah @ Koperasi Merah Putih Desa Sukamulya",
        "Joko Susilo @ Koperasi Merah Putih Desa Sukamulya",
      ]),
    );
  });
});

describe("a Kabid written without his office, in a story naming several", () => {
  it("is held in the story's regional Dinas, not in the election body named more often", () => {
    const draft = draftReader("KPU Gelar Rapat Pleno")(
      "Komisi Pemilihan Umum (KPU) Kabupaten Sukamaju menggelar rapat pleno, Senin (3/3/2025). Bawaslu Kabupaten Sukamaju turut mengawasi.",
      "Ketua KPU, Budi Santoso, membuka rapat. Sekretaris KPU, Tono Hartono, mencatat.",
      "Dinas Kesehatan Kabupaten Sukamaju memeriksa kesehatan petugas. Kabid P2P, Joko Susilo, mendampingi.",
    );
    expect(holdersAt(draft)).toContain("Joko Susilo @ Dinas Kesehatan Kabupaten Sukamaju");
  });
});

describe("posts in a kelurahan story naming the district's government too", () => {
  const readKelurahan = draftReader("Kelurahan Gelar Kerja Bakti");

  it("holds a Kasi written with his district in the district's named government", () => {
    const draft = readKelurahan(
      "Pemerintah Kelurahan Sukaraja menggelar kerja bakti, Minggu (2/3/2025). Pemerintah Kecamatan Cibiru mendukung.",
      "Lurah Sukaraja, Rina Marlina, memimpin. Kasi Trantib Kecamatan Cibiru, Dedi Supriadi, mengatur lalu lintas.",
    );
    expect(holdersAt(draft)).toContain("Dedi Supriadi @ Kecamatan Cibiru");
  });

  it("gives a neighbourhood's head listed after a body's chair no post in that body", () => {
    const draft = readKelurahan(
      "Warga Kelurahan Sukaraja bergotong royong, Minggu (2/3/2025).",
      "Ketua LPMK Sukaraja, Wawan Setiawan, dan Ketua RW 05, Ujang Sudrajat, turut membantu.",
    );
    expect(holdersAt(draft)).toContain("Ujang Sudrajat @ -");
  });
});

describe("an attendance list of a village musyawarah", () => {
  const readMusdes = draftReader("Musyawarah Desa Digelar");

  it("gives no village body the police and army posts listed after its chair", () => {
    const draft = readMusdes(
      "Hadir Ketua BPD Sukamulya Andi Wijaya, Ketua LPM Wahyu Nugroho, Bhabinkamtibmas Aipda Joko Susilo dan Babinsa Serka Dedi Kurnia, Senin (3/3/2025).",
    );
    expect(holdersAt(draft)).toEqual(expect.arrayContaining(["Joko Susilo @ -", "Dedi Kurnia @ -"]));
  });

  it("holds a hamlet's head in the village government the story names", () => {
    const draft = readMusdes(
      "Pemerintah Desa Sukamulya menggelar musyawarah, Senin (3/3/2025). Kadus Krajan Tono Hartono ikut hadir.",
    );
    expect(holdersAt(draft)).toContain("Tono Hartono @ Pemerintah Desa Sukamulya");
  });

  it("holds a bare 'Bendahara BUMDes' in the story's village enterprise", () => {
    const draft = readMusdes(
      "Direktur BUMDes Sukamulya Makmur, Agus Salim, melaporkan usaha, Senin (3/3/2025), didampingi Bendahara BUMDes, Eko Prasetyo.",
    );
    expect(holdersAt(draft)).toContain("Eko Prasetyo @ BUMDes Sukamulya Makmur");
  });
});

describe("a headline verb after a village word", () => {
  it("is no seat of a cooperative ('Koperasi Desa Dibentuk')", () => {
    const draft = draftReader("Koperasi Desa Dibentuk")(
      "Warga Desa Sukamulya berkumpul di balai desa, Senin (3/3/2025).",
    );
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a cooperative's kind written with its contraction, then its own name", () => {
  const readCoop = draftReader("Koperasi Terima Penghargaan");

  it("keeps the own name after the bracketed contraction, and reads no person in it", () => {
    const draft = readCoop(
      "Ketua Koperasi Wanita (Kopwan) Setia Budi, Sri Wahyuni, menerima penghargaan, Senin (3/3/2025).",
      "Ketua Koperasi Karyawan (Kopkar) PT Semen Nusantara, Hari Susanto, juga hadir.",
    );
    expect(holdersAt(draft)).toEqual([
      "Sri Wahyuni @ Koperasi Wanita Setia Budi",
      "Hari Susanto @ Koperasi Karyawan PT Semen Nusantara",
    ]);
  });

  it("reads a BMT with its name, and no cooperative in the headline's verb", () => {
    const draft = readCoop("Manajer BMT Al-Ikhlas, Ahmad Fauzan, menerima penghargaan, Senin (3/3/2025).");
    expect(holdersAt(draft)).toEqual(["Ahmad Fauzan @ BMT Al-Ikhlas"]);
    expect(institutionNames(draft)).toEqual(["BMT Al-Ikhlas"]);
  });
});

describe("a hospital story", () => {
  it("holds a bare 'Direktur Utama' in the story's hospital, and reads no hospital in the headline's verb", () => {
    const draft = draftReader("RSUD Tambah Ruang Rawat")(
      "RSUD Sukamaju menambah ruang rawat inap, Senin (3/3/2025).",
      "Direktur Utama, dr. Hendra Wijaya, meresmikan ruang itu.",
    );
    expect(holdersAt(draft)).toEqual(["Hendra Wijaya @ Rumah Sakit Umum Daerah Sukamaju"]);
    expect(institutionNames(draft)).toEqual(["Rumah Sakit Umum Daerah Sukamaju"]);
  });
});
