import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * A police subsector and its head ("Kapolsubsektor X"), and a majelis taklim with its officers:
 * made-up names and places.
 */
const court = draftReader("Praperadilan Mantan Kadis Ditolak");
const closing = "Sidang itu berlangsung lancar dan dihadiri puluhan pengunjung.";

describe("the head of a police subsector ('Kapolsubsektor', 'Kapolsubsek')", () => {
  it("heads the Kepolisian Subsektor of the seat after the title; the title is no person", () => {
    const draft = draftReader("Kampanye di Sukamaju Berlangsung Aman")(
      "SUKAMAJU - Kampanye itu dikawal pihak keamanan yang dipimpin Kapolsubsektor Tanjung Harapan, IPDA Pallawa, serta Panwaslu setempat.",
      "Kapolsubsek Sukamaju Aiptu Budi Santoso mengatakan situasi aman.",
      "Personel Polsubsektor Karang Sari juga berjaga di lokasi.",
      closing,
    );
    expect(institutionNames(draft)).toContain("Kepolisian Subsektor Karang Sari");
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Pallawa"]);
    expect(postsOf(draft, "Pallawa")).toEqual(["Kepala Kepolisian Subsektor @ Kepolisian Subsektor Tanjung Harapan"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Kepolisian Subsektor @ Kepolisian Subsektor Sukamaju"]);
  });
});

describe("a majelis taklim with a name of its own", () => {
  it("is an association; its officers in brackets after their names hold their posts there", () => {
    const draft = court(
      "SUKAMAJU - Kasus itu menyangkut dana hibah Majelis Taklim Al-Hidayah.",
      "Dalam perkara tersebut, dua pengurus Majelis Taklim Al-Hidayah duduk sebagai terdakwa, yakni Ahmad Fauzi (Ketua) dan Nurjanah (Bendahara).",
      "Bantuan lain diserahkan kepada Majelis Ta'lim Nurul Iman Sukamaju.",
      closing,
    );
    expect(institutionNames(draft)).toEqual(["Majelis Ta'lim Nurul Iman Sukamaju", "Majelis Taklim Al-Hidayah"]);
    expect(postsOf(draft, "Ahmad Fauzi")).toEqual(["Ketua @ Majelis Taklim Al-Hidayah"]);
    expect(postsOf(draft, "Nurjanah")).toEqual(["Bendahara @ Majelis Taklim Al-Hidayah"]);
  });
});
