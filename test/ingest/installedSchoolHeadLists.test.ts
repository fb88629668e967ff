import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/**
 * Lists of school heads installed together, each name followed by the school they head in
 * brackets, under a lead-in that says the post ("melantik kepala sekolah, yakni: …"). The same
 * list under a lead-in about pupils or winners names no post. Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");
const dateline = "SUKAMAJU - Pelantikan pejabat digelar di pendopo kabupaten, Senin (5/1/2026).";

describe("lists of installed school heads", () => {
  it("gives each one listed under a lead-in naming the post the head of the school in their bracket", () => {
    const draft = read(
      dateline,
      "Pelantikan itu mencakup kepala sekolah dari wilayah utara, yakni:\nSumarno (SMPN 1 Sukamaju), Wartini (SMPN 2 Sukamaju), Rudi Hartanto (SDN 3 Sukamaju) dan Dewi Lestari (SMAN 1 Sukamaju).",
    );
    expect(holdersAt(draft)).toEqual([
      "Sumarno @ SMP Negeri 1 Sukamaju",
      "Wartini @ SMP Negeri 2 Sukamaju",
      "Rudi Hartanto @ SD Negeri 3 Sukamaju",
      "Dewi Lestari @ SMA Negeri 1 Sukamaju",
    ]);
  });

  it("reads the post from a school level written after the head's word", () => {
    const draft = read(
      dateline,
      "Dinas Pendidikan juga mengukuhkan Kepala SD dan SMP se-Kabupaten Sukamaju: Agus Salim (SDN 4 Sukamaju), Bambang Purnomo (SMPN 5 Sukamaju).",
    );
    expect(holdersAt(draft)).toEqual(["Agus Salim @ SD Negeri 4 Sukamaju", "Bambang Purnomo @ SMP Negeri 5 Sukamaju"]);
  });

  it("gives no post to pupils listed with their schools", () => {
    const draft = read(
      dateline,
      "Para juara lomba pidato adalah Putri Ayu Lestari (SMAN 1 Sukamaju), Rina Aulia (SMAN 2 Sukamaju) dan Nabila Zahra (SMAN 3 Sukamaju).",
    );
    expect(peopleNames(draft)).toEqual(["Nabila Zahra", "Putri Ayu Lestari", "Rina Aulia"]);
    expect(holdersAt(draft)).toEqual([]);
  });
});
