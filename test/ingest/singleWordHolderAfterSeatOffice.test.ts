import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

const read = draftReader("Musyawarah Desa Membahas Rencana Kerja");
const opening = "Warga menyambut baik musyawarah itu dan berharap pembangunan berjalan lancar tahun ini.";

describe("one word after an office named by its seat, before the next post of a list", () => {
  it("is the holder's name when a comma and another title follow", () => {
    const draft = read(opening, "Hadir Ketua LPM Wiryo, Sekretaris Desa Rudi Hartono dan warga.");
    expect(peopleNames(draft)).toContain("Wiryo");
    expect(institutionNames(draft).some((name) => name.includes("Wiryo"))).toBe(false);
  });

  it("is the holder's name when 'dan' and another title follow", () => {
    const draft = read(opening, "Rapat dihadiri Ketua LPM Sarmidi dan Sekdes Rudi Hartono.");
    expect(peopleNames(draft)).toContain("Sarmidi");
    expect(institutionNames(draft).some((name) => name.includes("Sarmidi"))).toBe(false);
  });

  it("stays the seat when a name follows the comma", () => {
    const draft = read(opening, "Ketua BPD Sukamaju, Budi Santoso, mengatakan rapat lancar.");
    expect(holdersAt(draft)).toContain("Budi Santoso @ Badan Permusyawaratan Desa Sukamaju");
  });

  it("stays the seat when the article names it as a place", () => {
    const draft = read(opening, "Rapat di Desa Sukamaju dihadiri Ketua LPM Sukamaju, Ketua BPD Sukamaju dan warga.");
    expect(institutionNames(draft)).toContain("Lembaga Pemberdayaan Masyarakat Sukamaju");
  });
});
