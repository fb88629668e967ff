import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, postsOf } from "./draftQueries.ts";

/**
 * A Bagian of the regional secretariat written before it ("Kepala Bagian Hukum Sekretariat Daerah
 * X") is a unit inside the Setda: its domain ends where "Sekretariat Daerah" starts, and the
 * institution is the secretariat. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a section of the regional secretariat", () => {
  it("gives way to the secretariat written out after it", () => {
    const draft = read("Hal itu disampaikan Kepala Bagian Hukum Sekretariat Daerah Sukamaju, Rina Wulandari, Selasa.");
    expect(institutionNames(draft)).toEqual(["Sekretariat Daerah Sukamaju"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Bagian Hukum @ Sekretariat Daerah Sukamaju"]);
  });
});
