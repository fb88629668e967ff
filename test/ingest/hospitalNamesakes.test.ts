import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

const read = draftReader("Pasien Rujukan Bertambah di Rumah Sakit Rujukan");
const opening = "Jumlah pasien rujukan terus bertambah sejak awal bulan.";

describe("a central or special hospital named after a person", () => {
  it("gives no person for the namesake after RSUP and its honorifics", () => {
    const draft = read(opening, "Pasien itu dirujuk ke RSUP Prof. Dr. Wirawan Sastrodiharjo di Sukamaju.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("still reads the director named after the hospital's name", () => {
    const draft = read(opening, "Direktur RSUP Dr. Wirawan Sastrodiharjo, dr. Budi Santoso, membenarkan hal itu.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(holdersAt(draft)[0]).toMatch(/^Budi Santoso @ Rumah Sakit Umum Pusat/);
  });
});

describe("a hospital deputy director's short title", () => {
  it("'Wadir' is a deputy director's title before the hospital and the holder", () => {
    const draft = read(opening, "Wadir RSUD Sukamaju dr Budi Santoso mengatakan ruang isolasi sudah penuh.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Rumah Sakit Umum Daerah Sukamaju"]);
  });
});
