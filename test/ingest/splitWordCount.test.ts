import { describe, expect, it } from "vitest";
import { splitWordCount } from "../../src/ingest/extract/patterns.ts";

describe("splitWordCount", () => {
  // Made-up texts: every kind of whitespace a regular expression's \s matches, runs of it, and
  // whitespace at either end, where split gives empty items that count too.
  const texts = [
    "",
    " ",
    "satu",
    "satu dua tiga",
    "  satu   dua  ",
    "satu\tdua\nTiga\r\nempat\u000bLima\u000c",
    "kata\u00a0kata\u1680kata\u2000\u200akata\u2028kata\u2029kata\u202fkata\u205fkata\u3000kata\ufeffkata",
    "bukan\u200bspasi\u180edan\u0085juga",
    "“Kami siap,” kata Budi 😀 lagi",
  ];
  it("counts what split(/\\s+/) gives", () => {
    for (const text of texts) expect(splitWordCount(text), JSON.stringify(text)).toBe(text.split(/\s+/).length);
  });
});
