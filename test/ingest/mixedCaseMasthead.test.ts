import { describe, expect, it } from "vitest";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * A masthead written in mixed case ("Humas Polres Sukamaju") above the title is the outlet, not
 * the title, and not an institution of the story. Every text is made up.
 */
describe("a mixed-case masthead above the title", () => {
  it("is the source, the next line the title, and it names no institution", () => {
    const draft = parseArticleDraft(
      extractArticle(
        [
          "Humas Polres Blora",
          "",
          "Siswa Berprestasi Terima Penghargaan",
          "",
          "KUDUS - Kepala SMAN 1 Kudus, Budi Santoso, memberi penghargaan kepada siswa yang menjuarai lomba pidato tingkat provinsi.",
        ].join("\n"),
      ),
    );
    expect(draft.article.title).toBe("Siswa Berprestasi Terima Penghargaan");
    expect(draft.article.source?.name).toBe("Humas Polres Blora");
    expect(draft.institutions.map((i) => i.name)).toEqual(["SMA Negeri 1 Kudus"]);
  });

  it("keeps a short first line as the title when prose follows it", () => {
    const draft = parseArticleDraft(
      extractArticle(
        [
          "Polres Blora Gelar Apel",
          "",
          "BLORA - Kapolres Blora AKBP Budi Santoso memimpin apel pagi di halaman Mapolres Blora bersama seluruh personel.",
        ].join("\n"),
      ),
    );
    expect(draft.article.title).toBe("Polres Blora Gelar Apel");
  });
});
