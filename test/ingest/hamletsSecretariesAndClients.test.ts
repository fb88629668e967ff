import { describe, expect, it } from "vitest";
import { draftReader } from "./draftQueries.ts";

/** Constructions of regional news left unread before (issue 7). Made-up people and bodies. */
const read = draftReader("Warga Gotong Royong Perbaiki Jalan");
const placeNames = (draft: ReturnType<typeof read>) => draft.places.map((p) => `${p.name} ${p.kind}`).sort();

describe("a Balinese banjar in a story set in Bali", () => {
  it("reads 'Banjar X' as the hamlet X, not the city of Banjar", () => {
    const draft = read(
      "Rumah Made Wiguna di Banjar Kelodan, Desa Sukasari, Kecamatan Kubu, Kabupaten Karangasem, rusak tertimpa pohon.",
    );
    expect(placeNames(draft)).toContain("Kelodan OTHER");
    expect(placeNames(draft)).not.toContain("Kota Banjar CITY");
  });

  it("does not read a bare 'Banjar' before a lowercase word as the city either", () => {
    const draft = read("Warga Banjar kemarin bergotong royong di Kecamatan Penebel, Kabupaten Tabanan.");
    expect(placeNames(draft)).not.toContain("Kota Banjar CITY");
  });

  it("still reads Banjar as the city in a story set elsewhere", () => {
    const draft = read("Warga di Banjar, Jawa Barat, bergotong royong memperbaiki jalan desa.");
    expect(placeNames(draft)).toContain("Kota Banjar CITY");
  });
});
