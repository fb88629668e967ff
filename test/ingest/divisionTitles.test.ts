import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, positionOf } from "./draftQueries.ts";

/** A division of an election body between the body and the holder's name, without a comma. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'Anggota KPU X Divisi <domain words> Name'", () => {
  it("gives the holder after the division words a post at the body", () => {
    const draft = read(
      "Anggota KPU Kabupaten Sukamaju Divisi Teknis Penyelenggaraan Budi Santoso mengatakan logistik siap.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(positionOf(draft, "Budi Santoso").institution).toBe("KPU Sukamaju");
  });

  it("reads a division named by the words of a Bawaslu division too", () => {
    const draft = read(
      "Anggota Bawaslu Kabupaten Sukamaju Divisi Penanganan Pelanggaran Rina Wulandari mengingatkan peserta.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(positionOf(draft, "Rina Wulandari").institution).toBe("Bawaslu Sukamaju");
  });
});
