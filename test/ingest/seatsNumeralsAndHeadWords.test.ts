import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, postsOf, speakerOf } from "./draftQueries.ts";

describe("a word between a title and a rank or honorific", () => {
  const read = draftReader("Karya Bakti di Desa Tegalrejo");
  it("is the post's seat, not an organisation, when it names a place", () => {
    const draft = read(
      "Warga Desa Tegalrejo bergotong royong membersihkan saluran air, Senin (5/2/2024).",
      "Kegiatan itu didampingi Babinsa Tegalrejo Serka Budi Santoso dan perangkat desa.",
    );
    expect(institutionNames(draft)).not.toContain("Tegalrejo");
    expect(holdersAt(draft)).toContain("Budi Santoso @ -");
  });
});

describe("a roman numeral after a title", () => {
  const read = draftReader("Baznas Sukamaju Terima Kunjungan");
  it("numbers the post and is no organisation", () => {
    const draft = read(
      "Rombongan disambut Ketua Baznas Kabupaten Blora Budi Santoso dan Wakil Ketua III Dr. Hana Maulida, Senin (5/2/2024).",
    );
    expect(institutionNames(draft)).not.toContain("III");
    // Listed right after the Ketua's post, the numbered post is the same body's (fusedTitleUnits.test.ts).
    expect(postsOf(draft, "Hana Maulida")).toEqual(["Wakil Ketua III @ Badan Amil Zakat Nasional Kabupaten Blora"]);
  });
});

describe("'Ka.' before a head's title in an attribution ('ujar Ka.Kankemenag')", () => {
  const read = draftReader("Penyuluh Agama Dibina");
  it("points at the head the article named", () => {
    const draft = read(
      "Kepala Kantor Kementerian Agama (Ka.Kankemenag) Kabupaten Blora, Budi Santoso, membuka pembinaan penyuluh, Rabu (2/11/2022).",
      "“Penyuluh adalah garda terdepan dari Kementerian Agama,” ujar Ka.Kankemenag.",
      "Pada kesempatan yang sama, Kasi Bimas Islam Kankemenag, Rudi Hartono, memaparkan pedoman penyuluh.",
    );
    expect(speakerOf(draft, "Penyuluh adalah garda terdepan")).toBe("Budi Santoso");
  });
});
