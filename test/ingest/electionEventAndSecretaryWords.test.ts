import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Words of the government and election beats that are no one's name: the short names of elections
 * ("Pilkades", "Pilbup"), a headline's root verb of installing ("Lantik"), and the city secretary's
 * title "Sekdakot", which holds a post rather than opening a name. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("the short name of an election", () => {
  it("is no person opening a clause", () => {
    const draft = read("Seperti diketahui, Pilkades Serentak di Kebumen diikuti 218 bakal calon kepala desa.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("is no holder of the title before its bracket", () => {
    const draft = read("Panwascam mengawasi Pemilihan Bupati dan Wakil Bupati Kebumen (Pilbup) 2020 hingga akhir.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("the city secretary's title 'Sekdakot'", () => {
  it("is no person's name", () => {
    const draft = read("Khusus Kota Sukamaju, Penjabat Sekdakot yang baru dilantik otomatis menjadi Plh Wali Kota.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("is the post of the name after it", () => {
    const draft = read("Sekdakot Manado Budi Santoso membuka rapat koordinasi itu.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Sekretaris Daerah Kota @ -"]);
  });

  it("leaves a headline's verb of installing out of the name before it", () => {
    const draft = read("MANADO - Wulandari Lantik Sekdakot Manado dan Bitung di ruang rapat kantor gubernur, Jumat.");
    expect(peopleNames(draft)).not.toContain("Wulandari Lantik");
  });
});
