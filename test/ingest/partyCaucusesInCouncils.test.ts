import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

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
