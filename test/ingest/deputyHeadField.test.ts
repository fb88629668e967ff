import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, postsOf } from "./draftQueries.ts";

/**
 * A school's deputy head written with "Bidang" before the field he runs ("Wakasek Bidang
 * Kurikulum Rina Wulandari …"), as "Wakasek Kurikulum" already was. Every name and place here is
 * made up.
 */
const read = draftReader("Ujian Sekolah di Sukamaju");

describe("a deputy head's field after 'Bidang'", () => {
  it("is read with the title, and the name after it holds the post at the story's school", () => {
    const draft = read(
      "SMA Negeri 2 Sukamaju menggelar ujian sekolah pekan ini.",
      "Wakasek Bidang Kurikulum Rina Wulandari menambahkan bahwa ujian berjalan lancar.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ SMA Negeri 2 Sukamaju"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Wakil Kepala Sekolah Bidang Kurikulum @ SMA Negeri 2 Sukamaju"]);
  });

  it("is read before the school the title names", () => {
    const draft = read(
      "Ujian sekolah digelar pekan ini.",
      "Wakasek Bidang Kesiswaan SMA Negeri 2 Sukamaju, Dedi Kurnia, menambahkan bahwa siswa disiplin.",
    );
    expect(holdersAt(draft)).toEqual(["Dedi Kurnia @ SMA Negeri 2 Sukamaju"]);
  });
});
