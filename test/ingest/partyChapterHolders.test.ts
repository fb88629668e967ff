import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** A party chapter's name ends with its region, before its holder's name (issue 7). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a party chapter written right before its holder's name", () => {
  it("ends after a one-word seat the gazetteer does not know, before a full name", () => {
    const draft = read(
      "Pendaftaran itu berlangsung di kantor KPU.",
      "Hadir Ketua DPD PAN Sukamaju Agus Salim dan Sekretaris DPC Partai Demokrat Sukamaju Joko Susilo dalam acara itu.",
    );
    expect(institutionNames(draft)).toContain("Dewan Pimpinan Daerah PAN Sukamaju");
    expect(institutionNames(draft)).toContain("Dewan Pimpinan Cabang Partai Demokrat Sukamaju");
    expect(holdersAt(draft)).toEqual([
      "Agus Salim @ Dewan Pimpinan Daerah PAN Sukamaju",
      "Joko Susilo @ Dewan Pimpinan Cabang Partai Demokrat Sukamaju",
    ]);
  });

  it("keeps a compass word after the seat with the seat", () => {
    const draft = read(
      "Pendaftaran itu berlangsung di kantor KPU.",
      "Hadir pula Ketua DPC PKB Sukamaju Utara Budi Hartono dalam acara itu.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Hartono @ Dewan Pimpinan Cabang PKB Sukamaju Utara"]);
  });

  it("does not cut three words after a one-word seat unless a common given name opens them", () => {
    const draft = read(
      "Pendaftaran itu berlangsung di kantor KPU.",
      "Hadir pula Ketua DPC PKB Sungai Jernih Rahmat Hidayat dalam acara itu.",
    );
    expect(holdersAt(draft).some((held) => held.startsWith("Jernih"))).toBe(false);
  });

  it("keeps a party written out in full whole", () => {
    const draft = read(
      "Pendaftaran itu berlangsung di kantor KPU.",
      "Hadir pula pengurus DPC Partai Demokrasi Indonesia Perjuangan Sukamaju dalam acara itu.",
    );
    expect(institutionNames(draft)).toContain("Dewan Pimpinan Cabang Partai Demokrasi Indonesia Perjuangan Sukamaju");
  });
});
