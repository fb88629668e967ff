import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { ExtractionError, extractArticle } from "../../src/ingest/extract/index.ts";

/** The contract: a valid draft, or an ExtractionError; never any other exception. */
function extractOrRefuse(text: string): "draft" | "refused" {
  try {
    parseArticleDraft(extractArticle(text));
    return "draft";
  } catch (error) {
    if (error instanceof ExtractionError) return "refused";
    throw error;
  }
}

const INDONESIAN_PIECES = [
  "Kepala",
  "Rutan",
  "Blora",
  "Kakanwil",
  "Ditjenpas",
  "Jateng",
  "Kelas",
  "IIB",
  "Lapas",
  "Kalapas",
  "Kapolres",
  "AKBP",
  "Bupati",
  "Wali Kota",
  "Hemu",
  "Mardi Santoso",
  "S.H.",
  "Hj.",
  "Eks Karesidenan Pati",
  "mendampingi",
  "didampingi",
  "ujarnya",
  "kata",
  "menurut",
  "UMKM",
  "kerajinan tangan",
  "Sabtu, 29 November 2025",
  "(1/12/2025)",
  "19:36 WIB",
  "Nov 29, 2025 - 19:36",
  "Oleh:",
  "Penulis",
  "DEMAK.WARTAWAN.ORG",
  ",",
  ".",
  "(",
  ")",
  '"',
  "“",
  "”",
  "–",
  "-",
  "|",
  "\n",
  "\n\n",
  "<p>",
  "</p>",
  "&amp;",
  "&#x1F600;",
];

const indonesianText = fc
  .array(fc.oneof(fc.constantFrom(...INDONESIAN_PIECES), fc.string({ maxLength: 6 })), { maxLength: 150 })
  .chain((pieces) => fc.constantFrom(" ", "", "\n").map((separator) => pieces.join(separator)));

describe("extractArticle on arbitrary input", () => {
  it("returns a valid draft or refuses with an ExtractionError for any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        extractOrRefuse(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("does the same for full Unicode, including astral characters and lone surrogates", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (text) => {
        extractOrRefuse(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("does the same for mixes of Indonesian news words, titles, dates and punctuation", () => {
    fc.assert(
      fc.property(indonesianText, (text) => {
        extractOrRefuse(text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("extractArticle on damaged real articles", () => {
  const seed = readFileSync(new URL("../../eval/articles/seed.txt", import.meta.url), "utf8");

  it("reads the seed article cut, spliced and sprinkled with arbitrary text", () => {
    const damage = fc.array(
      fc.record({
        at: fc.nat({ max: seed.length }),
        cut: fc.nat({ max: 200 }),
        insert: fc.string({ unit: "grapheme", maxLength: 30 }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(damage, (edits) => {
        let text = seed;
        for (const edit of edits) text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.cut);
        extractOrRefuse(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("extractArticle on input that is not an article", () => {
  const refusal = (text: string) => {
    try {
      extractArticle(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ExtractionError);
      return (error as Error).message;
    }
    throw new Error("expected an ExtractionError");
  };

  it("refuses empty and whitespace-only text", () => {
    expect(refusal("")).toBe("the text is empty");
    expect(refusal(" \n\t\r\n  \u00a0")).toBe("the text is empty");
  });

  it("refuses binary data", () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString("latin1");
    expect(refusal(bytes)).toBe("the text looks like binary data");
    expect(refusal("Judul\u0000\u0001\u0002")).toBe("the text looks like binary data");
  });

  // These tests guard against runaway work (catastrophic backtracking, quadratic scans) by
  // finishing within the test timeout; how fast extraction runs is measured in bench/extract.ts,
  // not asserted here, since the machines are shared and the wall clock is noisy.
  it("refuses 10 MB of text, naming its size and the limit", () => {
    const paragraph = "Kepala Rutan Blora, Hemu, menyampaikan bahwa kegiatan berjalan baik. ";
    const huge = `Judul Berita Besar Sekali\n\n${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}`;
    expect(refusal(huge)).toMatch(/^the text is 10\.\d MB; the limit is 5 MB$/);
  });

  it("reads 2 MB of adversarial text without catastrophic backtracking", () => {
    const hostile = [
      "Kepala ".repeat(50_000),
      "“".repeat(100_000),
      "Rutan Kelas ".repeat(30_000),
      `${"1/".repeat(100_000)}2025`,
      "<p".repeat(100_000),
      "A. ".repeat(100_000),
      `${"Nov 29, ".repeat(50_000)}`,
    ].join("\n\n");
    expect(hostile.length).toBeLessThan(2_000_000);
    expect(extractOrRefuse(`Judul yang panjang sekali\n\n${hostile}`)).toBe("draft");
  }, 180_000);

  it("stays within the draft's limits on an article naming thousands of people", () => {
    // Letters only, as names are: 0 -> "Baba", 1 -> "Bada" …
    const syllables = ["ba", "da", "ka", "la", "ma", "na", "ra", "sa", "ta", "wa"];
    const nameOf = (n: number) => {
      const word = String(n)
        .padStart(4, "0")
        .replace(/\d/g, (digit) => syllables[Number(digit)] ?? "");
      return word.charAt(0).toUpperCase() + word.slice(1);
    };
    const paragraphs = Array.from(
      { length: 6000 },
      (_, i) =>
        `Kepala Rutan Blora, ${nameOf(i)} Santoso, menyampaikan bahwa "kegiatan nomor ${i} berjalan baik sekali," ujarnya.`,
    );
    const draft = parseArticleDraft(extractArticle(`Judul Uji Banyak Orang\n\n${paragraphs.join("\n\n")}`));
    expect(draft.people).toHaveLength(500);
    expect(draft.quotes.length).toBeLessThanOrEqual(1000);
  }, 180_000);

  it("refuses a page with no words to make a title of", () => {
    expect(refusal("... --- !!!\n\n??? ***")).toBe("no title found");
  });

  it("refuses a bare title without a body", () => {
    expect(refusal("Kalapas Palu Tekankan Disiplin dan Kebersihan Kerja")).toBe("the text has a title but no body");
  });

  it("refuses a url that is not http(s)", () => {
    expect(() => extractArticle("Judul berita hari ini\n\nIsi berita.", { url: "ftp://x.test/a" })).toThrow(
      ExtractionError,
    );
  });
});

describe("extractArticle on unusual articles", () => {
  it("reads an HTML page as its text", () => {
    const html = `<!doctype html><html><head><title>x</title><style>p{color:red}</style><script>var a = "<p>";</script></head>
      <body><h1>Kalapas Semarang Tinjau Produk UMKM Warga Binaan</h1>
      <p>SEMARANG &ndash; Kepala Lapas Kelas I Semarang, Tri Saptono Sambudji, meninjau produk UMKM warga binaan, Jumat (4/8/2023).</p>
      <p>&ldquo;Produk warga binaan kami semakin baik dan diminati masyarakat luas,&rdquo; ujarnya.</p></body></html>`;
    const draft = parseArticleDraft(extractArticle(html));
    expect(draft.article.title).toBe("Kalapas Semarang Tinjau Produk UMKM Warga Binaan");
    expect(draft.article.body).not.toMatch(/[<>]|color:red|var a/);
    expect(draft.people.map((p) => p.name)).toEqual(["Tri Saptono Sambudji"]);
    expect(draft.quotes).toHaveLength(1);
    expect(draft.article.publishedAt).toBe("2023-08-04T00:00:00+07:00");
  });

  it("keeps Arabic and Chinese passages in the body and still reads the people", () => {
    const text = [
      "Kepala Rutan Demak Hadiri Pengajian Warga Binaan",
      "",
      "DEMAK – Kepala Rutan Demak, Hemu, membuka pengajian dengan بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ bersama warga binaan, Senin (1/12/2025).",
      "",
      "Seorang warga binaan menulis 欢迎光临 pada papan kaligrafi yang dipamerkan.",
    ].join("\n");
    const draft = parseArticleDraft(extractArticle(text));
    expect(draft.article.body).toContain("بِسْمِ اللَّهِ");
    expect(draft.article.body).toContain("欢迎光临");
    expect(draft.people.map((p) => p.name)).toEqual(["Hemu"]);
    expect(draft.article.dateline).toBeDefined();
  });

  it("takes the first sentence as the title when there is no title line", () => {
    const text =
      "MediaJawa – Rutan Kelas IIB Rantau melaksanakan panen terbatas di lahan ketahanan pangan pada Selasa (2/12/2025). Panen ini menjadi bukti pemanfaatan ruang sempit.";
    const draft = parseArticleDraft(extractArticle(text));
    expect(draft.article.title).toBe(
      "MediaJawa – Rutan Kelas IIB Rantau melaksanakan panen terbatas di lahan ketahanan pangan pada Selasa (2/12/2025).",
    );
    expect(draft.article.source?.name).toBe("MediaJawa");
  });

  it("leaves the publication date out when the text has none", () => {
    const draft = parseArticleDraft(
      extractArticle("Lapas Palu Gelar Kerja Bakti\n\nWarga binaan Lapas Palu membersihkan lingkungan blok hunian."),
    );
    expect(draft.article.publishedAt).toBeUndefined();
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["Lapas Palu"]);
  });
});
