import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, positionOf } from "./draftQueries.ts";

/** A compass word after a seat's name ("Sukamaju Timur") belongs to the seat, not to the holder's name. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a compass word after the seat of a district's election body, then the holder", () => {
  it("is the seat's where the article also names the bare region", () => {
    const draft = read(
      "Ketua KPU Kabupaten Sukamaju, Rina Wulandari, membuka rapat pleno.",
      "Ketua PPK Sukamaju Timur Andi Pratama turut mendampingi.",
    );
    expect(peopleNames(draft)).toContain("Andi Pratama");
    expect(positionOf(draft, "Andi Pratama").institution).toBe("PPK Sukamaju Timur");
  });

  it("is the seat's where the region is named only with it", () => {
    const draft = read("Ketua Panwascam Sukamaju Barat Siti Aminah membuka rapat pengawasan kampanye.");
    expect(peopleNames(draft)).toEqual(["Siti Aminah"]);
    expect(positionOf(draft, "Siti Aminah").institution).toBe("Panwascam Sukamaju Barat");
  });
});
