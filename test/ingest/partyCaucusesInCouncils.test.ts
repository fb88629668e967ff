import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, postsOf } from "./draftQueries.ts";

const read = draftReader("Rapat Paripurna DPRD Membahas Anggaran");
const opening = "Rapat itu berlangsung hingga malam dengan sejumlah catatan dari fraksi-fraksi.";

describe("a party's caucus in a regional council", () => {
  it("names the party and the council, not one body of both", () => {
    const draft = read(opening, "Pandangan umum disampaikan Fraksi PKS DPRD Kabupaten Tegal.");
    const names = institutionNames(draft);
    expect(names).toContain("Partai Keadilan Sejahtera");
    expect(names).toContain("Dewan Perwakilan Rakyat Daerah Tegal");
    expect(names.some((name) => name.includes("PKS DPRD"))).toBe(false);
  });
});

describe("a council member named after the caucus", () => {
  it("'anggota DPRD Fraksi PKS Name' holds the membership at the council the article names", () => {
    const draft = read(
      opening,
      "Turut hadir Ketua DPRD Kabupaten Tegal Agus Salim, anggota DPRD Fraksi PKS Bahrun, dan para rekanan.",
    );
    expect(postsOf(draft, "Bahrun")).toEqual(["Anggota @ Dewan Perwakilan Rakyat Daerah Tegal"]);
  });

  it("gives no person after 'anggota' and a common noun", () => {
    const draft = read(opening, "Rapat itu juga dihadiri anggota keluarga korban banjir.");
    expect(draft.people).toEqual([]);
  });
});
