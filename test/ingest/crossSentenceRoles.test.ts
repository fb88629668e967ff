import { describe, expect, it } from "vitest";
import { draftReader, positionOf } from "./draftQueries.ts";

/**
 * A title read backwards from its holder stops where a title cannot go on: a sentence end,
 * another person's name or rank, a verb. Every sentence here is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a title before a rank and a name, read backwards", () => {
  it("does not go back across the full stop after an acronym into the sentence before", () => {
    const draft = read(
      "Dandim 0999/Sukamaju Letkol Arh Wiryawan Sudarmo membuka TMMD. Pasiter Kodim 0999/Sukamaju Kapten Inf Agus Salim hadir.",
    );
    expect(positionOf(draft, "Agus Salim")).toEqual({
      role: "Perwira Seksi Teritorial",
      institution: "Kodim 0999/Sukamaju",
    });
    expect(positionOf(draft, "Wiryawan Sudarmo").institution).toBe("Kodim 0999/Sukamaju");
  });

  // Each sentence is held back by one stop alone: a full stop after an acronym, a verb, a rank,
  // a name that "dan" follows. "Perwira Penghubung" is a title the vocabulary does not read.
  it.each([
    ["Kegiatan itu dipimpin Ketua Panitia TMMD. Perwira Penghubung Kodim 0999/Sukamaju Kapten Inf Agus Salim hadir."],
    ["Kepala Dinas Sosial Blora didampingi Perwira Penghubung Kodim 0999/Sukamaju Kapten Inf Agus Salim."],
    ["Ketua Panitia Letkol Arh Budi Santoso Perwira Penghubung Kodim 0999/Sukamaju Kapten Inf Agus Salim hadir."],
    ["Hadir Ketua Panitia Rina Wulandari dan Perwira Penghubung Kodim 0999/Sukamaju Kapten Inf Agus Salim."],
  ])("gives no title from before the stop: %s", (sentence) => {
    const draft = read(sentence);
    expect(draft.people.map((p) => p.name)).toContain("Agus Salim");
    expect(positionOf(draft, "Agus Salim").role ?? "").not.toMatch(/Ketua|Kepala/);
  });

  it("goes on past the full stop of an abbreviated region inside the title", () => {
    // A title the title grammar does not read whole, so only the clause read backwards gives it.
    const draft = read("Kanit Regident Satlantas Polres Kab. Sukamaju Ipda Budi Hartono datang.");
    expect(positionOf(draft, "Budi Hartono").role).toBe("Kanit Regident Satlantas Polres Kab. Sukamaju");
  });

  it("does not take a title that ends the sentence before for the start of the next one", () => {
    const draft = read(
      "Kegiatan itu dipimpin Ketua Panitia TMMD. Pasiter Kodim 0999/Sukamaju Kapten Inf Agus Salim hadir.",
    );
    expect(positionOf(draft, "Agus Salim").role).toBe("Perwira Seksi Teritorial");
  });

  it("does not go back across a verb and the name of the person before it", () => {
    const draft = read("Kapolres Blora AKBP Wiryawan Sudarmo didampingi Wakapolres Kompol Agus Salim.");
    expect(positionOf(draft, "Agus Salim")).toEqual({
      role: "Wakil Kepala Kepolisian Resor",
      institution: "Polres Blora",
    });
  });

  it("never gives a role holding another person's name, a verb or a sentence end", () => {
    const draft = read(
      "Camat Sukamaju Rina Wulandari meninjau jembatan. Ketua Forum Warga Kecamatan Sukamaju Mayor Inf Agus Salim hadir.",
      "Danramil 01/Sukamaju Kapten Inf Budi Hartono bersama Pasintel Kodim 0999/Sukamaju Lettu Inf Joko Prasetyo datang.",
      "Acara dibuka oleh warga TMMD. Pasiops Kodim 0999/Sukamaju, Dedi Kurniawan, mengatakan jalan sudah dibuka.",
    );
    expect(draft.positions.length).toBeGreaterThanOrEqual(4);
    for (const position of draft.positions) {
      expect(position.role).not.toMatch(/Rina|Wulandari|Budi|Hartono|TMMD|\.|meninjau|bersama/);
    }
  });
});
