import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, positionOf } from "./draftQueries.ts";

// Ministers and national bodies of the cabinet named in October 2024 come to regional stories
// (a minister opening a village cooperative, a national organisation's chairman at a graduation).
// Made-up people throughout.
const read = draftReader("Menteri Tinjau Koperasi Desa di Sukamaju");

describe("posts at national ministries and bodies", () => {
  it("reads a minister of a ministry formed in 2024 and the ministry, not a cooperative named after him", () => {
    const draft = read("Menteri Koperasi Budi Santoso Wijaya meninjau koperasi desa di Sukamaju.");
    expect(positionOf(draft, "Budi Santoso Wijaya")).toEqual({ role: "Menteri Koperasi", institution: "Kemenkop" });
    expect(institutionNames(draft)).not.toContain("Koperasi Budi Santoso Wijaya");
  });

  it("keeps the earlier Kementerian Koperasi dan UKM apart from the 2024 Kementerian Koperasi", () => {
    const draft = read("Kemenkop UKM melatih pengurus. Menteri Koperasi dan UKM Rudi Hartono hadir.");
    expect(positionOf(draft, "Rudi Hartono").institution).toBe("Kemenkop UKM");
    expect(institutionNames(draft)).toEqual(["Kementerian Koperasi dan Usaha Kecil dan Menengah"]);
  });

  it.each([
    ["Menteri Kebudayaan Agus Salim membuka festival.", "Agus Salim", "Kemenbud"],
    ["Menteri Pekerjaan Umum Agus Salim meninjau jembatan.", "Agus Salim", "Kementerian PU"],
    ["Menteri Komunikasi dan Digital Agus Salim hadir.", "Agus Salim", "Komdigi"],
    ["Ketua Umum PBNU Agus Salim memberi sambutan.", "Agus Salim", "PBNU"],
    ["Ketua Umum PP Muhammadiyah Agus Salim memberi sambutan.", "Agus Salim", "PP Muhammadiyah"],
    ["Kepala Staf Kepresidenan Agus Salim meninjau lokasi.", "Agus Salim", "KSP"],
    ["Menko PMK Agus Salim meninjau sekolah.", "Agus Salim", "Kemenko PMK"],
  ])("%s", (sentence, holder, institution) => {
    expect(positionOf(read(sentence), holder).institution).toBe(institution);
  });

  it("reads a ministry written with the slash of the agency it also is", () => {
    const draft = read(
      "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional menyerahkan sertifikat. Menteri ATR/BPN Agus Salim hadir.",
    );
    expect(institutionNames(draft)).toEqual(["Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"]);
    expect(positionOf(draft, "Agus Salim").institution).toBe("Kementerian ATR/BPN");
  });
});
