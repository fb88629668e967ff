import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * One post written the other ways a reporter writes it: the same person, title and institution
 * whichever form the sentence takes. Made-up names and regions.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a title clause in brackets right after a full name", () => {
  it("is the name's post though the lexicon does not read the title whole", () => {
    const draft = read("Rahmat Wijaya (Koordinator Tagana Blora) mengatakan korban dievakuasi.");
    expect(peopleNames(draft)).toEqual(["Rahmat Wijaya"]);
    expect(postsOf(draft, "Rahmat Wijaya")).toEqual(["Koordinator Tagana Blora @ Taruna Siaga Bencana Blora"]);
  });

  it("gives a post with no institution when the clause names none", () => {
    const draft = read("Hendra Kusuma (Ketua Senat) membuka sidang terbuka.");
    expect(postsOf(draft, "Hendra Kusuma")).toEqual(["Ketua Senat @ -"]);
  });

  it("keeps the title's own words from being read as a holder", () => {
    const draft = read("Budi Prasetyo (Kepala Dinkes Lembahsari) mengatakan stok vaksin cukup.");
    expect(peopleNames(draft)).toEqual(["Budi Prasetyo"]);
    expect(postsOf(draft, "Budi Prasetyo")).toHaveLength(1);
  });

  it("reads a lowercase title only when the clause names an institution", () => {
    const draft = read("Sementara, Dewi Anggraini (anggota Komisi III DPRD Blora) mengatakan dinas harus hadir.");
    expect(postsOf(draft, "Dewi Anggraini")).toEqual([
      "anggota Komisi III DPRD Blora @ Dewan Perwakilan Rakyat Daerah Blora",
    ]);
  });
});
