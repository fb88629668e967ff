import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

/** Posts and organisations of the regional beats beyond the prison beat (issue 7). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a holder written without a comma after an organisation's proper name", () => {
  it("ends a pesantren's name before the holder who speaks", () => {
    const draft = read("Pengasuh Pondok Pesantren Al Hikmah Ahmad Fauzi mengatakan santri sudah pulang.");
    expect(institutionNames(draft)).toEqual(["Pondok Pesantren Al Hikmah"]);
    expect(holdersAt(draft)).toEqual(["Ahmad Fauzi @ Pondok Pesantren Al Hikmah"]);
  });

  it("ends an abbreviated cooperative's name before the holder, also before 'saat'", () => {
    const draft = read(
      "Ketua KUD Sri Rejeki Agus Salim mengatakan gabah dibeli.",
      "Ketua Kelompok Tani Maju Jaya Dewi Lestari saat ditemui menyebut panen melimpah.",
    );
    expect(institutionNames(draft)).toEqual(["Kelompok Tani Maju Jaya", "Koperasi Unit Desa Sri Rejeki"]);
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Dewi Lestari"]);
  });

  it("keeps a long name whole when no reporting word follows it", () => {
    const draft = read("Yayasan Pendidikan Islam Al Azhar menggelar wisuda santri.");
    expect(institutionNames(draft)).toEqual(["Yayasan Pendidikan Islam Al Azhar"]);
    expect(peopleNames(draft)).toEqual([]);
  });
});
