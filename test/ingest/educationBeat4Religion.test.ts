import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, speakerOf } from "./draftQueries.ts";

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
