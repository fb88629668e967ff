import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { draftReader, peopleNames, speakerOf } from "./draftQueries.ts";

/** One person whose name the article writes two ways (issue 7). Made-up text. */
const read = draftReader("Kejari Sukamaju Tahan Kades");

/** Every name of the one person known by `name` (its name or an alias), sorted. */
function namesOf(draft: ArticleDraft, name: string): string[] {
  const person = draft.people.find((p) => p.name === name || p.aliases.includes(name));
  return person ? [person.name, ...person.aliases].sort() : [];
}

describe("one name written two ways in one article", () => {
  it("is one person for Muhammad spelled otherwise or as an initial", () => {
    const draft = read(
      "Kepala Seksi Intelijen Kejari Sukamaju Muhammad Andi Saputra memberi keterangan. “Kami siap bekerja,” kata Muhamad Andi Saputra.",
      "M. Taufik Hidayat selaku Kasi Pidum menyebut tuntutan disiapkan. “Tuntutan sedang kami susun,” ujar Muhammad Taufik Hidayat.",
    );
    expect(peopleNames(draft)).toEqual(["M. Taufik Hidayat", "Muhammad Andi Saputra"]);
    expect(speakerOf(draft, "Kami siap")).toBe("Muhammad Andi Saputra");
    expect(speakerOf(draft, "Tuntutan sedang")).toBe("M. Taufik Hidayat");
  });

  it("is one person for a letter more or less, or a middle name left out", () => {
    const draft = read(
      "“Kami sudah melapor ke polisi,” kata Rachmat Hidayat Suryadi, warga Desa Mekarsari.",
      "“Kerugian kami besar sekali,” ujar Rahmat Hidayat Suryadi.",
      "“Laporan warga sudah kami terima,” kata Budi Agus Santoso.",
      "“Kami dampingi sampai tuntas,” ujar Budi Santoso.",
    );
    expect(peopleNames(draft)).toHaveLength(2);
    expect(namesOf(draft, "Budi Santoso")).toEqual(["Budi Agus Santoso", "Budi Santoso"]);
    expect(namesOf(draft, "Rachmat Hidayat Suryadi")).toEqual(["Rachmat Hidayat Suryadi", "Rahmat Hidayat Suryadi"]);
  });

  it("keeps two people who share a first name or differ by a letter written otherwise", () => {
    const draft = read(
      "“Saya melapor kemarin sore,” kata Budi Santoso.",
      "“Saya juga ikut melapor,” kata Budi Susanto.",
      "“Kami datang sebagai saksi,” kata Rina Wulandari.",
      "“Saya saksi yang kedua,” kata Rini Wulandari.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Budi Susanto", "Rina Wulandari", "Rini Wulandari"]);
  });
});
