import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * A section head or a school's deputy head written without an institution ("didampingi Kabid
 * Pembinaan SD, Budi") works at the office or school the story is about. Every sentence is made up.
 */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Ekstraksi\n\n${paragraphs.join("\n\n")}`));
}

function positions(draft: ArticleDraft): string[] {
  const people = new Map(draft.people.map((p) => [p.key, p.name]));
  const institutions = new Map(draft.institutions.map((i) => [i.key, i.name]));
  return draft.positions
    .map((p) => `${people.get(p.person)} | ${p.institution ? institutions.get(p.institution) : "-"}`)
    .sort();
}

describe("posts named without their institution", () => {
  it("files an abbreviated section head's post (Kabid, Kasi) at the story's office", () => {
    const draft = read(
      "Kepala Dinas Pendidikan Sukamaju, Budi Santoso, meninjau sekolah, didampingi Kabid Pembinaan Pendidikan Dasar, Rina Wulandari, dan dua staf.",
      "Dinas Pendidikan Sukamaju menilai semua guru hadir tepat waktu.",
    );
    expect(positions(draft)).toContain("Rina Wulandari | Dinas Pendidikan Sukamaju");
  });

  it("files a school's deputy head for a field at the school", () => {
    const draft = read(
      "Kepala SMAN 1 Sukamaju, Budi Santoso, didampingi Wakil Kepala Sekolah Bidang Kurikulum, Rina Wulandari, mengumumkan kelulusan.",
    );
    expect(positions(draft)).toContain("Rina Wulandari | SMA Negeri 1 Sukamaju");
  });
});
