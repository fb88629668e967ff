import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

const read = draftReader("Serah terima jabatan di Sukamaju");

describe("a handover from one titled person to another", () => {
  it("reads an honorific or degree after 'dari' as a person, not a place named after one", () => {
    const draft = read("Surat itu datang dari Drs. Bapa Tua di Sukamaju.");
    expect(peopleNames(draft)).toEqual(["Bapa Tua"]);
  });

  it("gives the handed-over post to both holders, past a handover verb and an acting title", () => {
    const draft = read(
      "Jabatan Kepala Dinas Pendidikan Kabupaten Sukamaju diserahterimakan dari Drs. Bapa Tua kepada Pelaksana Tugas (Plt) Drs. Yohanes Lele di Sukamaju, Senin.",
    );
    expect(holdersAt(draft)).toEqual([
      "Bapa Tua @ Dinas Pendidikan Kabupaten Sukamaju",
      "Yohanes Lele @ Dinas Pendidikan Kabupaten Sukamaju",
    ]);
  });
});
