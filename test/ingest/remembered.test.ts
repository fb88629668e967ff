import { describe, expect, it } from "vitest";
import { remembered } from "../../src/ingest/extract/remembered.ts";

/** The extractor's remembered lookups: each argument computed once, and memory bounded whatever the text. */
describe("remembered", () => {
  it("computes each argument once, an undefined answer included", () => {
    const asked: string[] = [];
    const lookup = remembered((key: string) => {
      asked.push(key);
      return key.startsWith("x") ? undefined : key.toUpperCase();
    });
    expect([lookup("a"), lookup("a"), lookup("xa"), lookup("xa")]).toEqual(["A", "A", undefined, undefined]);
    expect(asked).toEqual(["a", "xa"]);
  });

  it("forgets everything at its bound instead of growing with every new argument", () => {
    const asked: string[] = [];
    const lookup = remembered((key: string) => {
      asked.push(key);
      return key.length;
    }, 3);
    for (const key of ["a", "b", "c"]) lookup(key);
    lookup("a");
    expect(asked).toEqual(["a", "b", "c"]);
    // the fourth argument clears the three before it
    lookup("d");
    lookup("a");
    expect(asked).toEqual(["a", "b", "c", "d", "a"]);
  });
});
