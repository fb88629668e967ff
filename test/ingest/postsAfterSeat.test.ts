import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/** A post inside an election body written right after the body's seat (issue 7). Made-up text. */
const read = draftReader("Bawaslu Ingatkan Netralitas ASN");

describe("a division post after a body's seat the gazetteer does not know", () => {
  it("files the post at the body of that seat", () => {
    const draft = read(
      "Hal itu disampaikan Anggota Bawaslu Sukamaju Koordinator Divisi Hukum, Rina Wulandari, di kantornya, Senin.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Badan Pengawas Pemilihan Umum Sukamaju"]);
  });

  it("does so for a division written without its coordinator", () => {
    const draft = read("Hal itu disampaikan Anggota KPU Sukamaju Divisi Teknis Rina Wulandari di kantornya, Senin.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Komisi Pemilihan Umum Sukamaju"]);
  });
});
