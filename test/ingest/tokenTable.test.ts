import { describe, expect, it } from "vitest";
import { MAX_REMEMBERED } from "../../src/ingest/extract/remembered.ts";
import { tokenize } from "../../src/ingest/extract/tokens.ts";

/** The tokenizer reads each distinct text's facts once and keeps them in a bounded table. */
describe("tokenize's table of texts", () => {
  /** A token as one line: text, lowercase, compact form, then capitalised / digit / all capitals. */
  const facts = (text: string) =>
    tokenize(text).map(
      (t) => `${t.text}|${t.lower}|${t.compact}|${Number(t.capitalized)}${Number(t.hasDigit)}${Number(t.allCapitals)}`,
    );
  const sentence = "Kepala Desa Sukamaju, Budi’s berkata: 2b WBP Ärzte se-Eks.";
  const expected = [
    "Kepala|kepala|kepala|100",
    "Desa|desa|desa|100",
    "Sukamaju|sukamaju|sukamaju|100",
    ",|,||000",
    "Budi’s|budi’s|budis|100",
    "berkata|berkata|berkata|000",
    ":|:||000",
    "2b|2b|2b|110",
    "WBP|wbp|wbp|101",
    "Ärzte|ärzte|arzte|100",
    "se|se|se|000",
    "-|-||000",
    "Eks|eks|eks|100",
    ".|.||000",
  ];

  it("reads every text's own facts after the table filled and was cleared", () => {
    // More distinct made-up words than the table keeps, so it is cleared and filled again; the
    // slots of the words before the clear must not answer for other words after it.
    const words = Array.from({ length: MAX_REMEMBERED + 10 }, (_, n) => `Kata${n.toString(36)}x`);
    tokenize(words.join(" "));
    expect(facts(sentence)).toEqual(expected);
    expect(facts(sentence)).toEqual(expected);
  });

  it("keeps texts of one length and the same letters apart", () => {
    expect(facts("ab ba Ab aB AB")).toEqual([
      "ab|ab|ab|000",
      "ba|ba|ba|000",
      "Ab|ab|ab|100",
      "aB|ab|ab|000",
      "AB|ab|ab|101",
    ]);
  });
});
