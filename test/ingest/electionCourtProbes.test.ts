import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/** Election and court constructions found probing unannotated pages (corpus-elecourt). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a bare division post of an election commissioner", () => {
  it("is held in the election body named last before it, not the story's most-mentioned one", () => {
    const draft = read(
      "KPU Kabupaten Sukamaju ikut pelatihan yang diadakan KPU Kabupaten Sukamaju di Sukamulya. KPU Kabupaten Sukamaju membawa tiga staf.",
      "Ketua KPU Kabupaten Sukamulya berhalangan dan diwakili Ketua Divisi Sosdiklih, SDM dan Parmas, Hendra Wijaya, yang menyambut peserta.",
    );
    expect(holdersAt(draft)).toContain("Hendra Wijaya @ Komisi Pemilihan Umum Kabupaten Sukamulya");
  });

  it("of violations is a Bawaslu's, even when a KPU is named more often and after the Bawaslu", () => {
    const draft = read(
      "KPU Kabupaten Sukamaju menghadiri rapat Bawaslu Kabupaten Sukamaju. Dari KPU Kabupaten Sukamaju hadir tiga staf KPU Kabupaten Sukamaju.",
      "Koordinator Divisi Penanganan Pelanggaran, Rina Kartika, memaparkan materi.",
    );
    expect(holdersAt(draft)).toContain("Rina Kartika @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju");
  });
});
