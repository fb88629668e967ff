import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * A holder named right before a village head's title and its seat, with no comma between, the title
 * followed by a reporting verb or the clause's end: the name before holds the title, and the words
 * after the title are all the seat's. Every name and village here is made up; "Tegal" stands for a
 * seat's first word the gazetteer knows alone.
 */
const village = draftReader("Warga Sambut Perbaikan Jalan Desa");
const opening = "SUKAMAJU - Jalan desa yang rusak sejak awal tahun mulai diperbaiki pekan ini.";

/** The titles as written ("Kepala Desa Kali Jernih") of the person named `name`. */
function titlesOf(draft: ArticleDraft, name: string): string[] {
  const person = draft.people.find((p) => p.name === name);
  return draft.positions.filter((p) => p.person === person?.key).map((p) => p.title ?? p.role);
}

describe("a name written right before a village head's title and its seat", () => {
  it("reads a full name before the title, with or without commas", () => {
    for (const sentence of [
      "Budi Santoso Kepala Desa Sukamaju mengatakan perbaikan akan selesai bulan depan.",
      "Budi Santoso, Kepala Desa Sukamaju, mengatakan perbaikan akan selesai bulan depan.",
    ]) {
      const draft = village(opening, sentence);
      expect(titlesOf(draft, "Budi Santoso")).toEqual(["Kepala Desa Sukamaju"]);
    }
  });

  it("reads an honorific and one name before the title ('H. Darmo Kepala Desa Sukamaju mengatakan')", () => {
    const draft = village(opening, "H. Darmo Kepala Desa Sukamaju mengatakan perbaikan akan selesai bulan depan.");
    expect(titlesOf(draft, "Darmo")).toEqual(["Kepala Desa Sukamaju"]);
  });

  it("keeps a two-word seat whole instead of reading its last word as the holder", () => {
    for (const sentence of [
      "H. Darmo Kepala Desa Kali Jernih mengatakan perbaikan akan selesai bulan depan.",
      "H. Darmo, Kepala Desa Kali Jernih, mengatakan perbaikan akan selesai bulan depan.",
      "Hal itu disampaikan H. Darmo Kepala Desa Kali Jernih.",
    ]) {
      const draft = village(opening, sentence);
      expect(peopleNames(draft)).toEqual(["Darmo"]);
      expect(titlesOf(draft, "Darmo")).toEqual(["Kepala Desa Kali Jernih"]);
    }
  });

  it("runs a seat the gazetteer knows short on over the words before the verb", () => {
    const draft = village(opening, "Rina Wulandari Kepala Desa Tegal Jernih mengatakan warga ikut bergotong royong.");
    expect(titlesOf(draft, "Rina Wulandari")).toEqual(["Kepala Desa Tegal Jernih"]);
  });

  it("reads no one from a common noun or a nominalisation before the title", () => {
    for (const sentence of [
      "Kekosongan jabatan Kepala Desa Sukamaju membuat warga bingung.",
      "Rapat Kepala Desa Sukamaju digelar di balai desa.",
      "Pelantikan Kepala Desa Sukamaju digelar kemarin.",
    ]) {
      expect(peopleNames(village(opening, sentence))).toEqual([]);
    }
  });
});
