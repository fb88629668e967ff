import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/** Quotes of two or three words closed with a comma before a speech verb (issue 7). Made-up text. */
const read = draftReader("Longsor Timpa Rumah Warga Sukamaju");

describe("a short quote closed with a comma before a speech verb", () => {
  it("is speech of the person the verb names, also mid-paragraph", () => {
    const draft = read(
      "Salah satu warga, Suparno (55), mendengar gemuruh. “Tanah tiba-tiba bergerak,” kata Suparno.",
      "Warga lain, Darmo Wiyono, ikut mengungsi. “Kami takut,” ujar Darmo Wiyono.",
    );
    expect(speakerOf(draft, "Tanah tiba-tiba bergerak")).toBe("Suparno");
    expect(speakerOf(draft, "Kami takut")).toBe("Darmo Wiyono");
  });

  it("stays a name when no comma and speech verb mark it", () => {
    const draft = read("Warga Sukamaju, Darmo Wiyono, menjual keripik “Gurih Renyah” di pasar desa.");
    expect(draft.quotes).toEqual([]);
  });
});
