import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, postsOf } from "./draftQueries.ts";

/**
 * "Kepala Rutan Sukamaju Wiryono di Sukamaju": a seat the gazetteer does not know runs on into a
 * one-word holder's name; the article writes the facility closed elsewhere and the name on its
 * own, so the seat ends before the name. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("an unknown seat read on into its holder's name", () => {
  it("ends where the article writes the head and seat closed elsewhere", () => {
    const draft = read(
      "Sebanyak 40 warga binaan Rutan Wonoraja mendapat remisi.",
      '"Semua sudah sesuai prosedur," kata Kepala Rutan Wonoraja Wiryono di Wonoraja, Rabu.',
      "Warga binaan Rutan Wonoraja juga mengikuti pembinaan rohani, ujar Wiryono.",
    );
    expect(institutionNames(draft)).toEqual(["Rutan Wonoraja"]);
    expect(postsOf(draft, "Wiryono")).toEqual(["Kepala Rutan @ Rutan Wonoraja"]);
  });
});
