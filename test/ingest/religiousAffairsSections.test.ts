import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * The sections and fields of a Kemenag office are named by their own short words ("Bidang PD
 * Pontren", "Seksi PHU"): they continue the unit's name and are neither a seat nor a person.
 * Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("sections of a Kemenag office", () => {
  it("reads 'Kepala Bidang PD Pontren' as a section of the Kanwil, not a Kanwil named Pontren", () => {
    const draft = read(
      "Kepala Kantor Wilayah Kementerian Agama Provinsi Sulawesi Tengah H. Budi Santoso membuka rapat, didampingi Kepala Bidang PD Pontren H. Rahmat Hidayat.",
      "Budi meminta seluruh Kepala Seksi PD Pontren mendata pondok pesantren.",
    );
    expect(draft.institutions.map((i) => i.name)).toEqual(["Kantor Wilayah Kementerian Agama Sulawesi Tengah"]);
    expect(draft.people.map((p) => p.name).sort()).toEqual(["Budi Santoso", "Rahmat Hidayat"]);
    expect(postsOf(draft, "Rahmat Hidayat")).toContain(
      "Kepala Bidang PD Pontren @ Kantor Wilayah Kementerian Agama Sulawesi Tengah",
    );
  });
});
