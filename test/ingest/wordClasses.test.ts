import { describe, expect, it } from "vitest";
import "../../src/ingest/extract/index.ts";
import { tokenize, WordClass } from "../../src/ingest/extract/tokens.ts";

/** Word classes beyond the 31 bits of one number: the extractor's modules already define most of those. */
describe("WordClass", () => {
  it("keeps classes defined after the first 31 apart, each holding its own words and a shared one", () => {
    // The extractor's modules, loaded above, define their classes first; these come after them
    // and run past the 31st.
    const classes = Array.from({ length: 12 }, (_, n) => new WordClass([`kata${n}`, "bersama"]));
    const tokens = tokenize(classes.map((_, n) => `Kata${n}`).join(" "));
    for (const [n, wordClass] of classes.entries()) {
      expect(tokens.map((token) => wordClass.holds(token))).toEqual(tokens.map((_, k) => k === n));
    }
    const [shared] = tokenize("bersama");
    expect(classes.every((wordClass) => wordClass.holds(shared))).toBe(true);
  });
});
