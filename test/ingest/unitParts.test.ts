import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

/** Unit nouns that name a part of an institution or a building, not an institution. Made-up sentences. */
const read = draftReader("Judul Berita Untuk Pengujian Unit");

describe("a unit inside the institution written after it", () => {
  it("reads a police unit before its Polres as the Polres alone", () => {
    const draft = read("Satuan Reserse Kriminal Polres Blora memeriksa empat saksi perkara itu.");
    expect(institutionNames(draft)).toEqual(["Kepolisian Resor Blora"]);
  });

  it("still reads a unit noun before a region as a unit of its own", () => {
    const draft = read("Satuan Polisi Pamong Praja Kabupaten Blora menertibkan pedagang.");
    expect(institutionNames(draft)).toEqual(["Satuan Polisi Pamong Praja Kabupaten Blora"]);
  });
});

describe("an office's building", () => {
  it("does not read a village office building as a unit", () => {
    const draft = read("Warga berkumpul di Kantor Desa Sidoasri, lalu pindah ke Kantor Camat Cepu.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a party's board at a level", () => {
  it("reads the board with its party and region as one institution however the region is written", () => {
    const draft = read(
      "Ketua DPC Partai Sejahtera Makmur Kabupaten Blora, Budi Santoso, membuka rapat.",
      "Menurut dia, DPC Partai Sejahtera Makmur Blora siap.",
    );
    expect(institutionNames(draft)).toEqual(["Dewan Pimpinan Cabang Partai Sejahtera Makmur Kabupaten Blora"]);
    expect(draft.institutions[0]?.aliases).toContain("DPC Partai Sejahtera Makmur Blora");
    expect(draft.positions).toHaveLength(1);
  });

  it("does not read a chapter acronym without a party after it as a board", () => {
    const draft = read("Rombongan anggota DPD RI meninjau pasar.");
    expect(institutionNames(draft).filter((name) => name.startsWith("Dewan Pimpinan"))).toEqual([]);
  });
});
