import { describe, expect, it } from "vitest";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/** A Title Case headline's words after a place prefix. Made-up text. */
const read = (title: string, body: string) => parseArticleDraft(extractArticle(`${title}\n\n${body}`));
const villages = (title: string, body: string) =>
  read(title, body)
    .places.filter((place) => place.kind === "VILLAGE")
    .map((place) => place.name)
    .sort();

describe("a village in a Title Case headline", () => {
  it("ends where the body's village of the same words ends", () => {
    expect(
      villages("Warga Desa Sukamaju Bangun Jalan Baru", "Warga Desa Sukamaju, Kecamatan Cibeureum, membangun jalan."),
    ).toEqual(["Sukamaju"]);
  });

  it("is no village when the body never writes the words as one", () => {
    expect(
      villages(
        "Dana Desa Tahap II Dipakai Rabat Beton",
        "Dana desa tahap kedua dipakai warga Desa Sukamaju membangun jalan.",
      ),
    ).toEqual(["Sukamaju"]);
  });
});
