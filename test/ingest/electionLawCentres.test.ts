import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames } from "./draftQueries.ts";

/** The election law enforcement centre, Sentra Gakkumdu, in its written forms (issue 7). Made-up text. */
const read = draftReader("Laporan Pelanggaran Pemilu Dibahas");

describe("Sentra Gakkumdu", () => {
  it("is an institution, not a person, in its long and short forms", () => {
    const draft = read(
      "Anggaran Sentra Penegakan Hukum Terpadu (Sentra Gakkumdu) tahun ini naik dua kali lipat.",
      "Sentra Gakkumdu menyatakan laporan itu memenuhi unsur pidana pemilu.",
    );
    expect(peopleNames(draft)).toEqual([]);
    expect(institutionNames(draft)).toEqual(["Sentra Penegakan Hukum Terpadu"]);
  });

  it("is one institution with the one-k spelling and the team's name", () => {
    const draft = read(
      "Laporan warga tentang kepala desa yang ikut berkampanye sudah diregistrasi, dan Tim Gakumdu memeriksa saksi.",
      "Sentra Gakumdu akan mengumumkan hasil pemeriksaan itu pekan depan.",
    );
    expect(peopleNames(draft)).toEqual([]);
    expect(institutionNames(draft)).toEqual(["Sentra Penegakan Hukum Terpadu"]);
  });
});
