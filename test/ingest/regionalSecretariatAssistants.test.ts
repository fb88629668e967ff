import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * A regional secretariat's assistants: numbered ("Asisten II"), written with or without their
 * field, and often without their office. Such a post is held at the region's Sekretariat Daerah or
 * government the story names, never at a council or another body listed or named before it.
 */
const read = draftReader("Rapat Anggaran Rumah Sakit Digelar");
const closing = "Rapat itu berlangsung hingga sore hari.";

describe("a regional secretariat's assistant", () => {
  it("is held at the secretariat the story names, not at the office it names most", () => {
    const draft = read(
      "SUKAMAJU - Dinas Kesehatan Kabupaten Sukamaju menggelar rapat anggaran di aula Dinas Kesehatan Kabupaten Sukamaju.",
      "Rapat diikuti pejabat Sekretariat Daerah Kabupaten Sukamaju. Asisten Bidang Administrasi Umum, Rudi Hartono, memaparkan usulan anggaran.",
      closing,
    );
    expect(postsOf(draft, "Rudi Hartono")).toEqual([
      "Asisten Bidang Administrasi Umum @ Sekretariat Daerah Kabupaten Sukamaju",
    ]);
  });

  it("is not a post of the council whose chairman is listed before", () => {
    const draft = read(
      "SUKAMAJU - Rapat dihadiri Ketua DPRD Sukamaju Budi Santoso dan Asisten II Bidang Perekonomian, Joko Prasetyo, dari Pemkab Sukamaju.",
      closing,
    );
    expect(postsOf(draft, "Joko Prasetyo")).toEqual(["Asisten II Bidang Perekonomian @ Pemerintah Kabupaten Sukamaju"]);
  });
});
