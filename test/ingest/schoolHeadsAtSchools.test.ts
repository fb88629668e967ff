import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * A school head named without his school ("Kepala Sekolah Budi") heads a school, never a
 * university, and in a story that visits several schools the one named last before him.
 * Every sentence is made up.
 */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Ekstraksi\n\n${paragraphs.join("\n\n")}`));
}

function postsOf(draft: ArticleDraft, name: string): string[] {
  const person = draft.people.find((p) => p.name === name);
  const institutionName = new Map(draft.institutions.map((i) => [i.key, i.name]));
  return draft.positions
    .filter((p) => p.person === person?.key)
    .map((p) => `${p.role} @ ${p.institution ? institutionName.get(p.institution) : "-"}`);
}

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
