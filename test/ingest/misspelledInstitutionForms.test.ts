import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** One institution written once with a letter typo in one article (issue 7). Made-up text. */
const read = draftReader("Kejari Tahan Kepala Desa");

describe("near-identical written forms of one institution", () => {
  it("are one institution named by the form written more often", () => {
    const draft = read(
      "Kejaksaan Negeri Kuatan Sukamaju menahan Budi Santosa pada Kamis.",
      "Kepala Kejaksaan Negeri Kuantan Sukamaju, Hari Wibowo, mengatakan kerugian dihitung auditor.",
      "Kejaksaan Negeri Kuantan Sukamaju menitipkan tersangka di rutan.",
    );
    expect(institutionNames(draft)).toEqual(["Kejaksaan Negeri Kuantan Sukamaju"]);
    expect(holdersAt(draft)).toEqual(["Hari Wibowo @ Kejaksaan Negeri Kuantan Sukamaju"]);
  });

  it("stay two where the names differ by a number", () => {
    const draft = read("Siswa SMA Negeri 1 Sukamaju dan SMA Negeri 2 Sukamaju mengikuti lomba pada Senin.");
    expect(institutionNames(draft)).toEqual(["SMA Negeri 1 Sukamaju", "SMA Negeri 2 Sukamaju"]);
  });
});
