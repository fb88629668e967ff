import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/** Court and cooperative constructions (issue 7). Made-up names and sentences. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'tanya hakim.': a title written in lowercase after a speech verb", () => {
  it("is the one person the article gave that title", () => {
    const draft = read(
      "Di persidangan, jaksa menghadirkan Sekretaris Desa Sukamaju, Darto Wiyono, sebagai saksi.",
      "Hakim Pengadilan Negeri Lebak Robertus Sinaga menggali kesaksian Darto lebih jauh.",
      "“Apakah saudara sudah tahu soal anggaran tahun itu sejak awal?” tanya hakim.",
    );
    expect(speakerOf(draft, "Apakah saudara")).toBe("Robertus Sinaga");
  });
});
