import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Contracted titles composed from a listed one: the deputy's ("Wa" + Kasat → Wakasat, "Wa" + Dandim
 * → Wadandim), a sub-unit's head ("Ka" + "sub" + nit, from Kanit) and a branch office's head ("Ka" +
 * "cab" + jari, from Kajari). None is listed in the lexicon; each is read as its title.
 */
const read = draftReader("Patroli Malam Digelar Menjelang Pergantian Tahun");
const closing = "Kegiatan itu berlangsung lancar hingga dini hari.";

describe("a contracted title composed from a listed one", () => {
  it("reads a sub-unit's head from the unit head's title", () => {
    const draft = read(
      "SUKAMAJU - Patroli itu dipimpin Kasubnit Patwal Satlantas Polres Sukamaju, Aiptu Joko Prasetyo.",
      closing,
    );
    expect(peopleNames(draft)).toEqual(["Joko Prasetyo"]);
    expect(postsOf(draft, "Joko Prasetyo")[0]).toMatch(/@ Kepolisian Resor Sukamaju$/);
  });

  it("reads a deputy's title from the head's, with the head's institution", () => {
    const draft = read(
      "SUKAMAJU - Hadir dalam apel itu Wadandim 0799/Sukamaju Mayor Inf Rudi Hartono dan warga.",
      closing,
    );
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Wakil Komandan Kodim @ Komando Distrik Militer 0799/Sukamaju"]);
  });

  it("reads a branch office's head from the office head's title", () => {
    const draft = read(
      '"Berkas perkara sudah lengkap," kata Kacabjari Sukamaju, Hendra Wijaya, di kantornya, Senin.',
      closing,
    );
    expect(peopleNames(draft)).toEqual(["Hendra Wijaya"]);
    expect(postsOf(draft, "Hendra Wijaya")).toEqual(["Kepala Cabang Kejaksaan Negeri @ Kejaksaan Negeri Sukamaju"]);
  });
});
