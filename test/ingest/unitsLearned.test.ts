import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/** Units read from the article itself: acronyms it defines and regions written after a prefix. Made-up sentences. */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Unit\n\n${paragraphs.join("\n\n")}`));
}

const institutionNames = (draft: ArticleDraft) => draft.institutions.map((i) => i.name).sort();

describe("acronyms the article defines", () => {
  it("learns an organisation from its long form and acronym", () => {
    const draft = read(
      "Ikatan Perajin Rotan Nusantara (IPRN) menggelar pameran. Ketua IPRN, Suparman Hadi, membuka acara itu.",
    );
    expect(institutionNames(draft)).toContain("Ikatan Perajin Rotan Nusantara");
  });

  it("does not learn a programme, an event or a meeting whose initials spell its acronym", () => {
    const draft = read(
      "Layanan Kamar Rawat Standar (KRS) mulai berlaku. Rapat Dengar Pendapat (RDP) digelar sesudah Pekan Olahraga Desa (POD).",
      "Menurut warga, KRS sudah lama ditunggu, dan RDP berjalan tertib.",
    );
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a region written after a prefix", () => {
  it("reads a short form the gazetteer knows after 'Provinsi' as that province", () => {
    const draft = read(
      "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Kalbar, Suryadi, menyebut air surut.",
      "BPBD Kalbar menurunkan tim ke lokasi.",
    );
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]?.name).toBe("Badan Penanggulangan Bencana Daerah Kalimantan Barat");
  });
});
