import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * A direction word closing a region's name the gazetteer does not know ("Kalibening Timur") between
 * a title and its holder belongs to the region, and no person's name carries one inside. Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a region closed by a direction word between a title and the holder's name", () => {
  it("is not read as the first words of the holder's name", () => {
    const draft = read("Ketua KPU Kalibening Timur Wahyudin Saragih membuka rapat pleno terbuka.");
    expect(peopleNames(draft)).toEqual(["Wahyudin Saragih"]);
  });

  it("is set aside after a place word already set aside", () => {
    const draft = read("Rektor Universitas Sukamaju (Unsuka) Manokwari Papua Barat Yosef Rumbiak membuka wisuda.");
    expect(peopleNames(draft)).toEqual(["Yosef Rumbiak"]);
  });

  it("leaves a given name that is a direction word opening the name", () => {
    const draft = read("Mantan Kapolri Timur Pradopo hadir dalam acara itu.");
    expect(peopleNames(draft)).toEqual(["Timur Pradopo"]);
  });
});
