import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * The sections and fields of a Kemenag office are named by their own short words ("Bidang PD
 * Pontren", "Seksi PHU"): they continue the unit's name and are neither a seat nor a person.
 * Every sentence is made up.
 */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Ekstraksi\n\n${paragraphs.join("\n\n")}`));
}

function positions(draft: ArticleDraft): string[] {
  const people = new Map(draft.people.map((p) => [p.key, p.name]));
  const institutions = new Map(draft.institutions.map((i) => [i.key, i.name]));
  return draft.positions
    .map((p) => `${people.get(p.person)} | ${p.role} | ${p.institution ? institutions.get(p.institution) : "-"}`)
    .sort();
}

describe("sections of a Kemenag office", () => {
  it("reads 'Kepala Bidang PD Pontren' as a section of the Kanwil, not a Kanwil named Pontren", () => {
    const draft = read(
      "Kepala Kantor Wilayah Kementerian Agama Provinsi Sulawesi Tengah H. Budi Santoso membuka rapat, didampingi Kepala Bidang PD Pontren H. Rahmat Hidayat.",
      "Budi meminta seluruh Kepala Seksi PD Pontren mendata pondok pesantren.",
    );
    expect(draft.institutions.map((i) => i.name)).toEqual(["Kantor Wilayah Kementerian Agama Sulawesi Tengah"]);
    expect(draft.people.map((p) => p.name).sort()).toEqual(["Budi Santoso", "Rahmat Hidayat"]);
    expect(positions(draft)).toContain(
      "Rahmat Hidayat | Kepala Bidang PD Pontren | Kantor Wilayah Kementerian Agama Sulawesi Tengah",
    );
  });
});
