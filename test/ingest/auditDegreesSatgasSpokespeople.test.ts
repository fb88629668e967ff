import { describe, expect, it } from "vitest";
import { degreeEndAt } from "../../src/ingest/extract/degrees.ts";
import { tokenize } from "../../src/ingest/extract/tokens.ts";
import { draftReader, holdersAt } from "./draftQueries.ts";

/**
 * Constructions counted on unlabeled regional pages (audit set A, 2026-12-07): degrees of the
 * national list, task-force commanders, spokespeople of a body. Every name and place is made up.
 */
const read = draftReader("Pembukaan Kegiatan di Sukamaju");

describe("a degree of the national list written right after a name", () => {
  it("closes the name, so the post before it is held ('S.P.', Sarjana Pertanian)", () => {
    const draft = read(
      "SUKAMAJU - Upacara dipimpin Asisten II Pemkab Sukamaju, Dedi Kurniawan SP yang hadir mewakili bupati.",
    );
    expect(holdersAt(draft)).toContain("Dedi Kurniawan @ Pemerintah Kabupaten Sukamaju");
  });

  it("reads applied and master degrees written with their stops", () => {
    const tokens = tokenize("Rina Marlina, S.Si.T., M.Kes. hadir");
    const degreeAt = tokens.findIndex((token) => token.text === "S");
    const end = degreeEndAt(tokens, degreeAt);
    expect(
      tokens
        .slice(degreeAt, end)
        .map((token) => token.text)
        .join(""),
    ).toBe("S.Si.T.");
  });

  it("does not eat a name word that only starts like a degree", () => {
    const tokens = tokenize("Agus Spandi hadir");
    expect(degreeEndAt(tokens, 1)).toBe(-1);
    const draft = read("SUKAMAJU - Kepala Dinas Pertanian Sukamaju, Agus Spandi, meninjau sawah.");
    expect(holdersAt(draft).some((post) => post.startsWith("Agus Spandi @"))).toBe(true);
  });
});

describe("a task force's commander ('Dansatgas', Komandan Satuan Tugas)", () => {
  it("is a title; the post has no institution when the text names none", () => {
    const draft = read(
      "SUKAMAJU - Usai upacara, Dansatgas TMMD Letkol Inf Budi Santoso, S.Sos menyampaikan bahwa sasaran fisik akan rampung.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ -"]);
  });

  it("is held at the Kodim written with the task force", () => {
    const draft = read(
      "SUKAMAJU - Dansatgas TMMD Kodim 0612/Sukamaju Letkol Inf Budi Santoso mengatakan jalan desa selesai.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Komando Distrik Militer 0612/Sukamaju"]);
  });
});

describe("the spokesperson of a council's Komisi ('juru bicara Komisi II')", () => {
  const council = "BLORA - Rapat paripurna DPRD Kabupaten Blora digelar Senin.";

  it("holds the post at the council the story names, the Komisi written in lowercase", () => {
    const draft = read(`${council} Hal yang sama dilaporkan juru bicara komisi II, Budi Santoso, di hadapan rapat.`);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dewan Perwakilan Rakyat Daerah Blora"]);
  });

  it("reads 'Jubir Komisi' as the same post", () => {
    const draft = read(`${council} Jubir Komisi III, Rina Marlina, menyampaikan laporan komisi.`);
    expect(holdersAt(draft)).toEqual(["Rina Marlina @ Dewan Perwakilan Rakyat Daerah Blora"]);
  });

  it("leaves a spokesperson of the election commission (Komisi Pemilihan Umum) at the commission", () => {
    const draft = read("BLORA - Juru Bicara Komisi Pemilihan Umum Kabupaten Blora, Budi Santoso, menyampaikan jadwal.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Komisi Pemilihan Umum Kabupaten Blora"]);
  });
});

describe("a body's spokesperson written with the possessive ('melalui juru bicaranya Name')", () => {
  it("is read as a person", () => {
    const draft = read(
      "BLORA - Rapat paripurna DPRD Kabupaten Blora digelar Senin. Komisi III melalui juru bicaranya Dedi Kurniawan, komisi IV Agus Salim dan komisi V melalui juru bicaranya Siti Rahayu, juga menerima.",
    );
    expect(draft.people.map((person) => person.name)).toContain("Dedi Kurniawan");
  });
});
