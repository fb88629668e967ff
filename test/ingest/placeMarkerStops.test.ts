import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/** A full stop after a place word ends the sentence unless the word is written short. Made-up text. */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Pola\n\n${paragraphs.join("\n\n")}`));
}

const names = (draft: ArticleDraft) => draft.people.map((p) => p.name).sort();

describe("a name opening the sentence after a lowercase place word", () => {
  it("is a person, not a village, after 'desa.' and 'kampung.'", () => {
    const draft = read(
      "Warga membahas dana itu dalam musyawarah desa. Rina Wulandari mengatakan dana sudah cair.",
      "Bantuan dibagikan ke rumah warga kampung. Dewi Lestari menyebut semua sudah menerima.",
    );
    expect(names(draft)).toEqual(["Dewi Lestari", "Rina Wulandari"]);
  });

  it("still reads the place after an abbreviated marker with a stop", () => {
    const draft = read(
      "Banjir melanda Kab. Sukamaju sejak Senin. Kepala BPBD Sukamaju Wiryawan Sudarmo mengatakan air mulai surut.",
    );
    expect(names(draft)).toEqual(["Wiryawan Sudarmo"]);
  });
});
