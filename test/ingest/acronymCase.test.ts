import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

/**
 * A short acronym the lexicon lists in capitals (a party's "PAN", "PKS") names its body only when
 * written in capitals: in title case it is a word of somebody's name. Every name here is made up.
 */
const read = draftReader("Kader Partai Hadiri Musyawarah Dusun di Sukamaju");
const opening = "Musyawarah dusun itu berlangsung di balai desa sejak pagi.";

describe("a short acronym listed in capitals", () => {
  it("names the party when written in capitals", () => {
    const draft = read(opening, "Ketua DPD PAN Blora, Agus Salim, hadir bersama kader PKS.");
    expect(institutionNames(draft)).toContain("Partai Keadilan Sejahtera");
  });

  it("names no party when written in title case inside a name", () => {
    const draft = read(opening, "Tokoh masyarakat Pan Suparman dan Pks Wijaya juga hadir dalam musyawarah itu.");
    expect(institutionNames(draft)).not.toContain("Partai Amanat Nasional");
    expect(institutionNames(draft)).not.toContain("Partai Keadilan Sejahtera");
  });

  it("leaves longer acronyms written in title case to be read as before", () => {
    const draft = read(opening, "Petugas Bpbd Blora juga hadir dalam musyawarah itu.");
    expect(institutionNames(draft).some((name) => name.startsWith("Badan Penanggulangan Bencana Daerah"))).toBe(true);
  });
});
