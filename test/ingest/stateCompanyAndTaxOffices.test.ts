import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

// Regional offices of state companies and national agencies appear in every beat (a water
// utility's director at a village handover, a tax office head at a regency meeting). Made-up names.
const read = draftReader("Penyerahan Bantuan Air Bersih di Sukamaju");

describe("state companies and national agencies' regional offices", () => {
  it("reads a water utility's own name after PDAM, not as a person", () => {
    const draft = read("Direktur PDAM Tirta Sukamaju, Rina Wati, menyerahkan bantuan.");
    expect(peopleNames(draft)).toEqual(["Rina Wati"]);
    expect(postsOf(draft, "Rina Wati")).toEqual(["Direktur @ Perusahaan Daerah Air Minum Tirta Sukamaju"]);
  });

  it("reads a tax office with its grade and seat", () => {
    const draft = read("Kepala KPP Pratama Sukamaju, Agus Salim, hadir.");
    expect(institutionNames(draft)).toEqual(["Kantor Pelayanan Pajak Pratama Sukamaju"]);
    expect(postsOf(draft, "Agus Salim")).toEqual([
      "Kepala Kantor Pelayanan Pajak Pratama Sukamaju @ Kantor Pelayanan Pajak Pratama Sukamaju",
    ]);
  });

  it("reads a manager titled in the English spelling", () => {
    const draft = read("Manager Bank Sukamaju Cabang Mekarsari, Budi Hartono, hadir.");
    expect(postsOf(draft, "Budi Hartono")).toHaveLength(1);
  });
});
