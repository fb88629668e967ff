import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, positionOf } from "./draftQueries.ts";

/** "Sekretaris Jenderal" / "Sekjen" before a national body written out in full. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a secretary general's title before a national body", () => {
  it("gives the holder a post in a national election body ('Sekretaris Jenderal Bawaslu RI')", () => {
    const draft = read("Sekretaris Jenderal Bawaslu RI Budi Santoso mengatakan anggaran harus dikelola efisien.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(positionOf(draft, "Budi Santoso")).toEqual({ role: "Sekretaris Jenderal", institution: "Bawaslu RI" });
  });

  it("reads the abbreviated title 'Sekjen' the same way", () => {
    const draft = read("Sekjen KPU RI Rina Wulandari membuka rapat koordinasi logistik pemilihan.");
    expect(positionOf(draft, "Rina Wulandari")).toEqual({ role: "Sekretaris Jenderal", institution: "KPU RI" });
  });

  it("gives the holder a post in a ministry written out in full ('Sekretaris Jenderal Kementerian Kesehatan')", () => {
    const draft = read("Sekretaris Jenderal Kementerian Kesehatan, Agus Salim, hadir dalam rapat itu.");
    expect(positionOf(draft, "Agus Salim")).toEqual({ role: "Sekretaris Jenderal", institution: "Kemenkes" });
  });
});
