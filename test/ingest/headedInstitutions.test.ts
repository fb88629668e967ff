import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/**
 * Who heads an institution, as a mutation or installation story writes it: the institution first,
 * then "dipimpin" / "dijabat" and the head's name, often a single one. Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("an institution named before its heading verb", () => {
  it("gives the one named after 'dipimpin' or 'dijabat' the head's post, a single name too", () => {
    const draft = read(
      "Kepala Kantor Kemenag Sukamaju, Budi Santoso, melantik enam kepala madrasah, Senin.",
      "MTsN 4 Sukamaju kini dipimpin Wiratmo. Sedangkan MIN 2 Sukamaju dijabat Rahmawati yang sebelumnya guru.",
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining(["Rahmawati @ MI Negeri 2 Sukamaju", "Wiratmo @ MTs Negeri 4 Sukamaju"]),
    );
    expect(draft.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Wiratmo", "Rahmawati"]));
  });

  it("does not make the leader of an event held at an institution its head", () => {
    const draft = read("Upacara bendera di SMAN 2 Sukamaju dipimpin Wiratmo, pembina upacara hari itu.");
    expect(holdersAt(draft)).not.toContain("Wiratmo @ SMA Negeri 2 Sukamaju");
  });
});

describe("names of their own", () => {
  it("does not take a longer name that shares the first four letters for a nickname", () => {
    const draft = read(
      "Kepala MTsN 1 Sukamaju, Abdul Gofar, hadir dalam acara itu.",
      "MIN 3 Sukamaju dijabat Abdurrahim yang sebelumnya guru.",
    );
    expect(draft.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Abdul Gofar", "Abdurrahim"]));
    expect(draft.people.find((p) => p.name === "Abdul Gofar")?.aliases).not.toContain("Abdurrahim");
  });

  it("reads the Sasak opener Lalu inside a sentence as part of the name, not at its start", () => {
    const inside = read("MTs Negeri 3 Sukamaju dipimpin Lalu Wira Pratama sejak Senin.");
    expect(inside.people.map((p) => p.name)).toContain("Lalu Wira Pratama");
    const opening = read(
      "Kepala Desa Sukamaju, Rina Wulandari, membuka acara. Lalu Budi Santoso menyampaikan laporan.",
    );
    expect(opening.people.map((p) => p.name)).not.toContain("Lalu Budi Santoso");
  });
});

describe("posts handed over in a mutation story", () => {
  it("reads a single name after 'menggantikan' as the former holder of the post just given", () => {
    const draft = read("MTsN 7 Sukamaju dipimpin Wiratmo Hadi, menggantikan Sudarsono.");
    expect(holdersAt(draft).sort()).toEqual([
      "Sudarsono @ MTs Negeri 7 Sukamaju",
      "Wiratmo Hadi @ MTs Negeri 7 Sukamaju",
    ]);
  });

  it("reads the abbreviated titles Kamad and Kasek, in lowercase after 'sebelumnya' too", () => {
    const draft = read(
      "Jabatan itu kini diisi Rahmat Hidayat, sebelumnya kamad MIN 5 Sukamaju.",
      "Kasek SDN 2 Sukamaju, Rina Wulandari, hadir dalam acara itu.",
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining(["Rahmat Hidayat @ MI Negeri 5 Sukamaju", "Rina Wulandari @ SD Negeri 2 Sukamaju"]),
    );
  });
});
