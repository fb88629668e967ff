import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, postsOf } from "./draftQueries.ts";

const read = draftReader("Rapat penyuluh di Sukamaju");

describe("a title's short form in brackets written with a dot", () => {
  it("passes over the bracket, so the post is held at the regional office named after it", () => {
    const draft = read(
      "Kepala Kantor Kementerian Agama (Ka.Kankemenag) Kabupaten Sukamaju, Dr. H. Budi Santosa, M.Ag, membuka rapat itu, Senin.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santosa @ Kantor Kementerian Agama Kabupaten Sukamaju"]);
    expect(postsOf(draft, "Budi Santosa")).toEqual([
      "Kepala Kantor Kementerian Agama @ Kantor Kementerian Agama Kabupaten Sukamaju",
    ]);
  });

  it("reads a spaced dot the same way", () => {
    const draft = read("Kepala Kantor Kementerian Agama (Ka. Kankemenag) Kabupaten Sukamaju, Rina Wulandari, hadir.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Kantor Kementerian Agama Kabupaten Sukamaju"]);
  });
});
