import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, speakerOf } from "./draftQueries.ts";

/**
 * Education and religion constructions seen in dev misses and unannotated school, campus, Kemenag
 * and KUA pages (2026-12-06, fourth round). Every name and place here is made up.
 */
const read = draftReader("Warga Diimbau Menikah di KUA Sukamaju");

describe("a second post described after the speech verb ('ujar pria yang juga menjabat X ini')", () => {
  it("is held by the speaker named before", () => {
    const draft = read(
      "SUKAMAJU - Budi Santoso, Kepala KUA Kecamatan Sukamaju, mengimbau warga menikah di kantor.",
      '"Kalau dihitung rata-rata tiap bulan ada dua puluh pernikahan," ujar pria yang juga menjabat Plt Kepala KUA Sukajaya ini.',
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ Kantor Urusan Agama Sukajaya");
  });

  it("is not given to the one named before when a name set off after the demonstrative names the speaker", () => {
    const draft = read(
      "SUKAMAJU - Budi Santoso, Kepala KUA Kecamatan Sukamaju, mengimbau warga menikah di kantor.",
      '"Musim nikah setelah lebaran," kata pria yang juga Plt Kepala KUA Sukajaya itu, Agus Salim.',
    );
    expect(holdersAt(draft)).not.toContain("Budi Santoso @ Kantor Urusan Agama Sukajaya");
  });
});

describe("the head of a body named as 'orang nomor satu di X' after a speech verb", () => {
  const campus = draftReader("Wisuda Universitas Sukamaju Digelar Tatap Muka");

  it("speaks, not the one named last", () => {
    const draft = campus(
      "SUKAMAJU - Rektor Universitas Sukamaju Prof. Budi Santoso membuka wisuda. Wisudawan terbaik adalah Rina Wulandari Lestari, mahasiswi Fakultas Hukum.",
      '"Artinya, kampus kita sudah dikenal sampai luar negeri," kata orang nomor satu di Universitas Sukamaju itu.',
    );
    expect(speakerOf(draft, "Artinya, kampus kita")).toBe("Budi Santoso");
  });

  it("is found under the university's usual short form ('Unsuka' for Universitas Sukamaju)", () => {
    const draft = campus(
      "SUKAMAJU - Universitas Sukamaju menggelar wisuda. Rektor Unsuka Prof. Budi Santoso memberi sambutan. Wisudawan terbaik adalah Rina Wulandari Lestari, mahasiswi Fakultas Hukum.",
      '"Artinya, kampus kita sudah dikenal sampai luar negeri," kata orang nomor satu di Unsuka itu.',
    );
    expect(speakerOf(draft, "Artinya, kampus kita")).toBe("Budi Santoso");
  });
});

describe("foreign graduates named with 'asal' and their country", () => {
  const campus = draftReader("Wisuda Universitas Sukamaju Diikuti Mahasiswa Asing");

  it("are people, and the country set off before 'mahasiswa' is none", () => {
    const draft = campus(
      "SUKAMAJU - Universitas Sukamaju meluluskan dua mahasiswa asing. Mereka adalah Omar Khalid Hassan asal Mesir dari Program Studi Manajemen, serta Jean Paul Rakoto asal Madagaskar, mahasiswa Program Studi Ilmu Komunikasi.",
    );
    expect(peopleNames(draft)).toContain("Omar Khalid Hassan");
    expect(peopleNames(draft)).toContain("Jean Paul Rakoto");
    expect(peopleNames(draft)).not.toContain("Madagaskar");
  });
});

describe("a Kemenag section head's title with its own short form in brackets", () => {
  const office = draftReader("Ratusan Siswa Madrasah di Sukamaju Lulus");

  it("reads the holder after the office, and a quote closed by 'begitu disampaikan' is theirs", () => {
    const draft = office(
      'SUKAMAJU - "Sebanyak 891 siswa kelas IX madrasah di Kabupaten Sukamaju dinyatakan lulus," begitu disampaikan Kepala Seksi (Kasi) Pendidikan Madrasah (Penmad) Kantor Kementerian Agama (Kankemenag) Kabupaten Sukamaju Budi Hartono, S.Pd.I, MM, Senin.',
    );
    expect(peopleNames(draft)).toEqual(["Budi Hartono"]);
    expect(holdersAt(draft)).toContain("Budi Hartono @ Kantor Kementerian Agama Kabupaten Sukamaju");
    expect(speakerOf(draft, "Sebanyak 891 siswa")).toBe("Budi Hartono");
  });
});

describe("madrasah levels and numbers", () => {
  const school = draftReader("Musyawarah Kepala Madrasah di Sukamaju");

  it("'Kepala Madrasah Tsanawiyah se-…' names no holder", () => {
    const draft = school(
      "SUKAMAJU - Musyawarah Kerja Kepala Madrasah Tsanawiyah se-Sukamaju digelar di MTsN 1 Sukamaju. Kepala MIN 2 Sukamaju Nur Aliyah hadir.",
    );
    expect(peopleNames(draft)).toEqual(["Nur Aliyah"]);
  });

  it("a school numbered in roman numerals holds its head, degrees after the name", () => {
    const draft = school(
      "SUKAMAJU - Kepala MAN I Sukamaju Jemi Sundara, S.Pd, M.Pd mengucapkan terima kasih atas kunjungan itu.",
    );
    expect(holdersAt(draft)).toContain("Jemi Sundara @ MA Negeri I Sukamaju");
  });
});

describe("a lowercase school head's title set off before a full name", () => {
  const school = draftReader("Kakankemenag Pantau Ujian di MTs Negeri 4 Sukamaju");

  it("is held by the name, at the story's school", () => {
    const draft = school(
      "SUKAMAJU – MTs Negeri 4 Sukamaju mendapat kunjungan Kepala Kantor Kementerian Agama Kabupaten Sukamaju, Karsono, pada Selasa. Kunjungan tersebut disambut oleh kepala madrasah, Sidik Wibowo Akhmad. Kunjungan itu untuk memantau ujian.",
    );
    expect(holdersAt(draft)).toContain("Sidik Wibowo Akhmad @ MTs Negeri 4 Sukamaju");
  });

  it("is no one's after a plural or a list", () => {
    const draft = school(
      "SUKAMAJU – MTs Negeri 4 Sukamaju menggelar rapat yang dihadiri para kepala madrasah, Sidik Wibowo Akhmad, guru dan komite.",
    );
    expect(holdersAt(draft)).not.toContain("Sidik Wibowo Akhmad @ MTs Negeri 4 Sukamaju");
  });
});

describe("a school written by its level and number alone in the headline", () => {
  it("is the story's state school of that level and number", () => {
    const draft = draftReader("SMA 13 Raih Juara Lomba Sekolah Sehat")(
      "SUKAMAJU - SMA Negeri 13 Sukamaju meraih juara pertama Lomba Sekolah Sehat tingkat provinsi.",
    );
    expect(institutionNames(draft)).toEqual(["SMA Negeri 13 Sukamaju"]);
  });

  it("stays apart when two such schools are named", () => {
    const draft = draftReader("SMA 13 Raih Juara Lomba Sekolah Sehat")(
      "SUKAMAJU - SMA Negeri 13 Sukamaju dan SMA Negeri 13 Sukajaya meraih juara pertama Lomba Sekolah Sehat.",
    );
    expect(institutionNames(draft)).toContain("SMA 13");
  });
});
