import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/** A list of regional posts, each title with its holder ("Wakil Bupati X, Sekda M Y, …"). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");
const OPENING = "Warga berkumpul di balai desa pada Senin pagi.";

describe("a regional head's title, one word the gazetteer lacks, a comma and the next post", () => {
  it("reads the word as the holder, not the regency", () => {
    const draft = read(OPENING, "Turut hadir Wakil Bupati Sukardi, Sekda R Hartono, Kapolres AKBP Budi Santoso.");
    expect(postsOf(draft, "Sukardi")).toEqual(["Wakil Bupati @ -"]);
  });

  it("keeps a seat the article writes as a place elsewhere as the seat", () => {
    const draft = read(OPENING, "Hadir Bupati Sukamaju, Kapolres Sukamaju AKBP Budi Santoso dan Dandim Sukamaju.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("one capital letter after a title", () => {
  it("is the holder's initial, not the seat", () => {
    const draft = read(OPENING, "Turut hadir Wakil Bupati Sukardi, Sekda R Hartono, Kapolres AKBP Budi Santoso.");
    expect(postsOf(draft, "R Hartono")).toEqual(["Sekretaris Daerah @ -"]);
  });
});

describe("'Pimpinan' before an election body or a council", () => {
  it("is a post of that body held by the name after it", () => {
    const draft = read(OPENING, "Keduanya disambut Pimpinan Bawaslu Kabupaten Blora Rudi Hartono.");
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Pimpinan @ Badan Pengawas Pemilihan Umum Kabupaten Blora"]);
  });
});
