import { describe, expect, it } from "vitest";
import { draftReader, positionOf } from "./draftQueries.ts";

/**
 * Three ways news writes a post that the title readers had missed: the regional secretary's
 * "Sekprov"/"Sekkab" without the "da" of Daerah; a branch's seat after "di" between the title and
 * its holder; a "yang" clause right after the title, before its holder. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("posts written around their holder", () => {
  it("read 'Sekprov' as the regional secretary of the province", () => {
    const draft = read("Rapat dibuka oleh Sekprov Sulawesi Tengah, Budi Santoso, di aula kantor gubernur.");
    expect(positionOf(draft, "Budi Santoso")?.role).toBe("Sekretaris Daerah Provinsi");
  });

  it("read past a branch's seat after 'di' to the holder", () => {
    const draft = read("Hal itu dikatakan Kacabjari Maluku Tengah di Saparua, Budi Santoso, di Ambon, Sabtu.");
    expect(positionOf(draft, "Budi Santoso")?.role).toBe("Kepala Cabang Kejaksaan Negeri");
  });

  it("read past a 'yang' clause after the title to the holder", () => {
    const draft = read("Putusan dibacakan Ketua Majelis Hakim PN Sukamaju yang memimpin sidang, Rina Wulandari.");
    expect(positionOf(draft, "Rina Wulandari")?.role).toBe("Ketua Majelis Hakim");
  });
});
