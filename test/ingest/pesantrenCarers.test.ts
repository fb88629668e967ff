import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Pesantren written "PP. X" and the kyai who runs one ("asuhan", "diasuh", "dengan pengasuh"),
 * a directorate whose name holds "Pondok Pesantren", and "Kemenag RI": made-up names and places.
 */
const visit = draftReader("Rombongan Kunjungi Pesantren di Sukamaju");
const closing = "Kegiatan itu berlangsung lancar dan diikuti puluhan santri dari berbagai daerah.";

describe("'PP.' as the short form of Pondok Pesantren in a text about pesantren", () => {
  it("reads PP with or without its stop as a pesantren, and its name as no person", () => {
    const draft = visit(
      "SUKAMAJU - Rombongan mengunjungi PP. Al-Hikmah Karang Sari, PP Nurul Huda Tanjung Harapan dan PP. Mambaul Ulum Sumber Rejo kemarin.",
      "Selain itu, rombongan mengunjungi PP. Sabilul Huda Kauman yang diasuh KH. Abdullah Faqih dan PP. Hidayatul Mubtadiin Kauman.",
      closing,
    );
    expect(institutionNames(draft)).toEqual([
      "PP Al-Hikmah Karang Sari",
      "PP Hidayatul Mubtadiin Kauman",
      "PP Mambaul Ulum Sumber Rejo",
      "PP Nurul Huda Tanjung Harapan",
      "PP Sabilul Huda Kauman",
    ]);
    expect(peopleNames(draft)).toEqual(["Abdullah Faqih"]);
  });

  it("is no pesantren as a regulation's number or a central board", () => {
    const draft = visit(
      "SUKAMAJU - Sesuai PP Nomor 55 Tahun 2007, pengurus PP Muhammadiyah mendukung pondok pesantren di Sukamaju.",
      closing,
    );
    expect(institutionNames(draft)).toEqual(["Pimpinan Pusat Muhammadiyah"]);
  });

  it("is no pesantren in a text that says nothing of pesantren", () => {
    const draft = draftReader("Rapat Koordinasi di Sukamaju")(
      "SUKAMAJU - Rapat membahas PP. Darul Ulum Karang Sari kemarin.",
      "Rapat itu berlangsung lancar dan dihadiri puluhan warga.",
    );
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a word joined by a hyphen to the capitalised word before it ('Al-Hikmah')", () => {
  it("opens no person's name", () => {
    const draft = visit("SUKAMAJU - Rombongan mengunjungi Ponpes Al-Mubarok Sei Pinang kemarin.", closing);
    expect(institutionNames(draft)).toEqual(["Ponpes Al-Mubarok Sei Pinang"]);
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a pesantren 'asuhan' a kyai, 'diasuh (oleh)' him, or 'dengan pengasuh' him", () => {
  it("gives him the Pengasuh post at that pesantren, whatever his titles and degrees", () => {
    const draft = visit(
      "SUKAMAJU - Rombongan mengunjungi PP. Darussalam Tanjung Harapan asuhan KH. Ahmad Sulaiman, Lc., lalu PP Nurul Huda yang diasuh oleh Kyai Budi Santoso.",
      "Bupati juga singgah di PP. Al-Ikhlas Sumber Rejo dengan pengasuh Ustadz Hasan Basri, S.Pd.I, dan Pondok Pesantren Miftahul Ulum yang diasuh Nyai Hj. Siti Aminah.",
      "Terakhir rombongan ke Ponpes Raudlatul Jannah (Sukamaju) asuhan Habib Umar Assegaf.",
      closing,
    );
    expect(postsOf(draft, "Ahmad Sulaiman")).toEqual(["Pengasuh @ PP Darussalam Tanjung Harapan"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Pengasuh @ PP Nurul Huda"]);
    expect(postsOf(draft, "Hasan Basri")).toEqual(["Pengasuh @ PP Al-Ikhlas Sumber Rejo"]);
    expect(postsOf(draft, "Siti Aminah")).toEqual(["Pengasuh @ Pondok Pesantren Miftahul Ulum"]);
    expect(postsOf(draft, "Umar Assegaf")).toEqual(["Pengasuh @ Ponpes Raudlatul Jannah"]);
  });

  it("gives no Pengasuh post at a body of another kind ('tim asuhan pelatih')", () => {
    const draft = draftReader("Turnamen Sepak Bola di Sukamaju")(
      "SUKAMAJU - Pertandingan dihadiri Polres Sukamaju asuhan Budi Santoso kemarin.",
      "Pertandingan itu berlangsung lancar dan ditonton ratusan warga.",
    );
    expect(postsOf(draft, "Budi Santoso").filter((p) => p.startsWith("Pengasuh"))).toEqual([]);
  });
});

describe("a directorate whose field holds 'Pondok Pesantren', of 'Kemenag RI'", () => {
  it("is held at the ministry, and 'Kemenag RI' is the ministry, not a regency office", () => {
    const draft = visit(
      "SUKAMAJU - Hadir Direktur Pendidikan Diniyah dan Pondok Pesantren Kementerian Agama RI Dr. Budi Santoso, M.Ag., bersama pejabat Kemenag RI lainnya.",
      closing,
    );
    expect(institutionNames(draft)).toEqual(["Kementerian Agama"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Direktur Pendidikan Diniyah dan Pondok Pesantren Kementerian Agama RI @ Kementerian Agama",
    ]);
  });
});
