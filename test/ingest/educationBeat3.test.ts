import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/**
 * Education constructions seen in dev misses and unannotated school and campus pages (2026-12-06).
 * Every name and place here is made up.
 */
const read = draftReader("Rektor Lantik Pejabat Baru di Kampus Sukamaju");

describe("a faculty defined with its acronym", () => {
  it("is no institution of its own; its posts are the university's", () => {
    const draft = read(
      "SUKAMAJU - Rektor Universitas Sukamaju (Unsuka), Prof. Budi Hartono, melantik Wakil Dekan Fakultas Keguruan Ilmu Pendidikan (FKIP), Dr. Rina Marlina, M.Pd, di aula kampus.",
    );
    expect(institutionNames(draft)).not.toContain("Fakultas Keguruan Ilmu Pendidikan");
    expect(holdersAt(draft)).toContain("Rina Marlina @ Universitas Sukamaju");
  });
});

describe("a school post naming its school after 'di'", () => {
  it("holds the post at the school", () => {
    const draft = read(
      "SUKAMAJU - Joko Prasetyo selaku Pembina Pramuka di SMP Negeri 4 Sukamaju menuturkan, latihan digelar tiap pekan.",
    );
    expect(holdersAt(draft)).toContain("Joko Prasetyo @ SMP Negeri 4 Sukamaju");
  });

  it("takes no venue after 'di' for a school", () => {
    const draft = read(
      "SUKAMAJU - Ketua Panitia di Gedung Serbaguna Sukamaju, Joko Prasetyo, mengatakan acara lancar.",
    );
    expect(holdersAt(draft).some((post) => post.includes("Gedung"))).toBe(false);
  });
});

describe("degrees written right after a name, before the comma that sets a post off", () => {
  it("still close the name the post describes", () => {
    const draft = read(
      "SUKAMAJU - Rina Wulandari SPd, salah satu guru di SMP Negeri 4 Sukamaju, menambahkan bahwa sekolah akan terus berbenah.",
      "Dedi Kurniawan Hidayat SPd MM, Kepala SMP Negeri 4 Sukamaju, menyampaikan terima kasih.",
    );
    expect(holdersAt(draft)).toContain("Rina Wulandari @ SMP Negeri 4 Sukamaju");
    expect(holdersAt(draft)).toContain("Dedi Kurniawan Hidayat @ SMP Negeri 4 Sukamaju");
  });
});
