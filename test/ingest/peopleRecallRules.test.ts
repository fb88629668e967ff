import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * People, their posts and who speaks, read from general rules of Indonesian news writing
 * (issue 7): speech verbs, role nouns before a name, titles with one name, titles of address.
 * Every sentence here is made up.
 */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Pola\n\n${paragraphs.join("\n\n")}`));
}

const names = (draft: ArticleDraft) => draft.people.map((p) => p.name).sort();

function speakerOf(draft: ArticleDraft, quoteStart: string): string | undefined {
  const quote = draft.quotes.find((q) => q.text.startsWith(quoteStart));
  return draft.people.find((p) => p.key === quote?.speaker)?.name;
}

describe("speech verbs that say how something was said", () => {
  it("reads 'kesal TITLE, Name' and 'ketusnya' as speech", () => {
    const draft = read(
      "Rapat dengar pendapat itu kembali tertunda karena pejabat dinas tidak datang.",
      "“Sudah dua kali kami undang, tetap tidak datang,” kesal Ketua Komisi I DPRD Blora, Budi Santoso kepada wartawan.",
      "Ia meminta rapat dijadwalkan ulang. “Kalau ada acara lain, kabari kami lebih dulu,” ketusnya.",
    );
    expect(speakerOf(draft, "Sudah dua kali kami undang")).toBe("Budi Santoso");
    expect(speakerOf(draft, "Kalau ada acara lain")).toBe("Budi Santoso");
  });
});
