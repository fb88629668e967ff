import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

const read = draftReader("Musyawarah Desa Sukamaju Membahas Rencana Kerja");
const opening = "Desa Sukamaju menggelar musyawarah desa di balai desa, Senin (5/2/2024).";

describe("a village's own body written without its village", () => {
  it("holds the post of a named holder", () => {
    const draft = read(opening, "Hadir Kepala Desa Sukamaju Budi Santoso, Ketua BPD Wiryo Sudarmo dan warga.");
    expect(holdersAt(draft)).toContain("Wiryo Sudarmo @ Badan Permusyawaratan Desa");
  });

  it("holds the post of an LPM head named before the next post", () => {
    const draft = read(opening, "Rapat dihadiri Ketua LPM Sarmidi dan Sekdes Rudi Hartono.");
    expect(holdersAt(draft)).toContain("Sarmidi @ Lembaga Pemberdayaan Masyarakat");
  });

  // In a story set in one village its bodies written bare are that village's (villageBeat2.test.ts).
  it("is no institution when nobody holds a post in it and the story names two villages", () => {
    const draft = read(
      opening,
      "Kepala Desa Sukamaju Budi Santoso mengatakan usulan Desa Sukamaju dan Desa Cibiru dibahas bersama BPD dan LPM.",
    );
    expect(institutionNames(draft)).not.toContain("Badan Permusyawaratan Desa");
    expect(institutionNames(draft)).not.toContain("Lembaga Pemberdayaan Masyarakat");
  });

  it("holds the post of a two-word holder whose first name is only some village's name elsewhere", () => {
    // "Slamet" names villages in other provinces; this article knows no place so named.
    const draft = read(opening, "Hadir Ketua BPD Slamet Riyadi, Ketua LPM Sarmidi dan Sekdes Rudi Hartono.");
    expect(holdersAt(draft)).toContain("Slamet Riyadi @ Badan Permusyawaratan Desa");
  });
});
