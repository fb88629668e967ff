import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * A school head named without his school ("Kepala Sekolah Budi") heads a school, never a
 * university, and in a story that visits several schools the one named last before him.
 * Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("a school head without his school", () => {
  it("is not held at a university mentioned more often than the school", () => {
    const draft = read(
      "Mahasiswa Universitas Sukamaju mengajar di SMP Negeri 3 Sukamaju selama sebulan.",
      "Universitas Sukamaju mengirim tiga dosen pembimbing. Universitas Sukamaju menilai program itu berhasil.",
      "Kepala Sekolah Budi Hartono mengatakan siswa senang.",
    );
    expect(postsOf(draft, "Budi Hartono")).toEqual(["Kepala Sekolah @ SMP Negeri 3 Sukamaju"]);
  });

  it("heads the school named last before him", () => {
    const draft = read(
      "Tim pemantau mendatangi SMA Negeri 1 Sukamaju. Di SMA Negeri 1 Sukamaju ujian berjalan lancar, SMA Negeri 1 Sukamaju juga siap.",
      "Tim lalu bergeser ke SMP Negeri 2 Sukamaju. Kepala Sekolah Rina Wulandari menyambut tim.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Sekolah @ SMP Negeri 2 Sukamaju"]);
  });

  it("keeps the post without an institution when only a university is named", () => {
    const draft = read(
      "Universitas Sukamaju menggelar pelatihan guru. Kepala Sekolah Budi Hartono hadir sebagai peserta.",
    );
    expect(postsOf(draft, "Budi Hartono")).not.toContain("Kepala Sekolah @ Universitas Sukamaju");
  });
});
