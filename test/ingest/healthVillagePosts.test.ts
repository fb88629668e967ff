import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, postsOf } from "./draftQueries.ts";

/**
 * Posts in health and village news as regional outlets write them. Every person and most places
 * here are made up.
 */
const read = draftReader("Audit Dana Desa di Lembahsari");

describe("a title held in one kind of office, the office left out", () => {
  it("reads 'Inspektur Kabupaten X' as the head of the Inspektorat seated there", () => {
    const draft = read(
      "Inspektorat akan mengaudit dua belas BUMDes tahun ini.",
      '"Kami bentuk tim khusus," kata Inspektur Kabupaten Lembahsari, Darto Wiyono, kepada wartawan.',
    );
    expect(postsOf(draft, "Darto Wiyono")).toEqual([
      "Inspektur Kabupaten Lembahsari @ Inspektorat Kabupaten Lembahsari",
    ]);
  });

  it("does not read a police rank as that title", () => {
    const draft = read("Pengamanan dipimpin Inspektur Polisi Dua Darto Wiyono di lokasi audit.");
    expect(holdersAt(draft).filter((post) => post.includes("Inspektorat"))).toEqual([]);
  });
});
