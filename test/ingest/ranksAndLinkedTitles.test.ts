import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, positionOf } from "./draftQueries.ts";

/** Ranks written with a service, a corps or a physician's honorific, and one-word holders of a title. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a navy or air force rank with its service and a corps in brackets", () => {
  it("reads the person after 'Kolonel Laut (P)' and gives the post before the rank", () => {
    const draft = read("Komandan Lanal Cilacap Kolonel Laut (P) Agus Salim meninjau lokasi banjir.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
    expect(draft.people[0]?.aliases).toContain("Kolonel Laut (P) Agus Salim");
    expect(positionOf(draft, "Agus Salim").role).toMatch(/^Komandan/);
  });

  it("reads 'Letkol Laut (T)' and 'Mayor Udara' before a name anywhere in a sentence", () => {
    const draft = read("Hadir pula Letkol Laut (T) Wiryawan Sudarmo dan Mayor Udara Rina Wulandari dalam acara itu.");
    expect(peopleNames(draft)).toEqual(["Rina Wulandari", "Wiryawan Sudarmo"]);
  });
});

describe("a one-word name opening a sentence before a linking verb and a title", () => {
  it("is the holder of the title", () => {
    const draft = read("Supriadi adalah Sekretaris DPC PDIP Kabupaten Sukamaju.");
    expect(peopleNames(draft)).toEqual(["Supriadi"]);
    expect(positionOf(draft, "Supriadi")).toEqual({
      role: "Sekretaris Dewan Pimpinan Cabang PDIP",
      institution: "DPC PDIP Sukamaju",
    });
  });

  it("is not a pronoun or an adverb opening the sentence", () => {
    const draft = read(
      "Beliau adalah Sekretaris Dinas Sosial Kabupaten Sukamaju. Akhirnya menjadi Ketua DPC PDIP Kabupaten Blora.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a rank before a physician's honorific", () => {
  it("ends the role at the comma, before the rank", () => {
    const draft = read(
      "Kepala Rumah Sakit Bhayangkara Semarang, AKBP dr. Budi Santoso mengatakan pasien sudah pulang.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(draft.people[0]?.aliases).toContain("AKBP dr. Budi Santoso");
    const { role } = positionOf(draft, "Budi Santoso");
    expect(role).toMatch(/^Kepala Rumah Sakit Bhayangkara/);
    expect(role).not.toMatch(/AKBP|,/);
  });
});
