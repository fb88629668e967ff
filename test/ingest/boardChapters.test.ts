import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, postsOf } from "./draftQueries.ts";

// Associations and parties have boards at each level (DPP, DPW, DPD, DPC); a board is one
// institution named by its level, its owner and the region it serves. Made-up people throughout.
const read = draftReader("Musyawarah Cabang Asosiasi Kepala Desa di Sukamaju");

describe("an association's or a party's board at a level", () => {
  it("reads the level written out, with its short form in brackets, before the association and its region", () => {
    const draft = read("Ketua Dewan Pimpinan Cabang (DPC) APDESI Kota Sukamaju, Rudi Hartono, terpilih kembali.");
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Ketua @ Dewan Pimpinan Cabang APDESI Kota Sukamaju"]);
    expect(institutionNames(draft)).not.toContain("Dewan Pimpinan Cabang");
  });

  it("reads the level written out without its short form", () => {
    const draft = read("Ketua Dewan Pimpinan Daerah KNPI Kabupaten Sukamaju, Rudi Hartono, membuka acara.");
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Ketua @ Dewan Pimpinan Daerah KNPI Kabupaten Sukamaju"]);
  });

  it("reads an association's central board, which serves no region, and its head written after it", () => {
    const draft = read("Ketua Umum DPP APDESI Rudi Hartono membuka acara.");
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Ketua Umum @ Dewan Pimpinan Pusat APDESI"]);
  });

  it("keeps the senate a senate: DPD RI is no board of an association", () => {
    const draft = read("Anggota DPD RI Rudi Hartono hadir.");
    expect(institutionNames(draft).some((name) => name.startsWith("Dewan Pimpinan"))).toBe(false);
  });
});
