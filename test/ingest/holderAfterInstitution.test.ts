import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

/**
 * An institution's own name followed, with no comma, by its holder's name and a predicate that is
 * no reporting verb ("Rektor Universitas Sukamaju Budi Santoso melantik …"): the article tells
 * where the name ends by writing the institution apart elsewhere, or a word of the holder's name
 * on its own. Every name and place here is made up.
 */
const read = draftReader("Wisuda dan Bakti Sosial di Sukamaju");

describe("a holder's name written on after an institution's own name", () => {
  it("ends the name where the article writes the institution apart", () => {
    const draft = read(
      "Rektor Universitas Lembahsari Hartono Wibisono melantik 1.200 wisudawan di Sukamaju, Sabtu (12/4).",
      "Wisuda itu digelar di gedung serbaguna Universitas Lembahsari.",
    );
    expect(institutionNames(draft)).toContain("Universitas Lembahsari");
    expect(institutionNames(draft).join("|")).not.toContain("Hartono");
    expect(holdersAt(draft)).toContain("Hartono Wibisono @ Universitas Lembahsari");
  });

  it("ends the name where a word of the holder's name is written alone elsewhere", () => {
    const draft = read(
      "Ketua Yayasan Cahaya Lestari Andi Saputra hadir dalam acara tersebut.",
      "Menurut Andi, bantuan itu akan disalurkan bulan depan.",
    );
    expect(institutionNames(draft)).toContain("Yayasan Cahaya Lestari");
    expect(holdersAt(draft)).toContain("Andi Saputra @ Yayasan Cahaya Lestari");
  });

  it("ends the name before a holder closed by a comma and a lowercase word", () => {
    const draft = read(
      "Menurut Ketua Yayasan Cahaya Lestari Andi Saputra, bantuan itu akan disalurkan bulan depan.",
      "Yayasan Cahaya Lestari sudah berdiri sejak 2010.",
    );
    expect(holdersAt(draft)).toContain("Andi Saputra @ Yayasan Cahaya Lestari");
  });

  it("reads a member's name after the institution of a noun for its people", () => {
    const draft = read(
      "Mahasiswa Universitas Lembahsari Joko Prasetyo membantu warga membersihkan sungai.",
      "Joko mengaku senang bisa membantu warga.",
    );
    expect(institutionNames(draft)).toContain("Universitas Lembahsari");
    expect(peopleNames(draft)).toContain("Joko Prasetyo");
  });

  it("keeps a name whole when nothing before it expects a holder", () => {
    const draft = read(
      "Koperasi Sinar Budi Jaya menggelar rapat anggota tahunan di Sukamaju.",
      '"Kami siap membantu," kata Budi.',
    );
    expect(institutionNames(draft)).toContain("Koperasi Sinar Budi Jaya");
  });

  it("keeps a name whole that the article writes whole elsewhere", () => {
    const draft = read(
      "Ketua Koperasi Sinar Budi Jaya membuka rapat anggota tahunan.",
      'Koperasi Sinar Budi Jaya berdiri sejak 2010. "Kami siap membantu," kata Budi.',
    );
    expect(institutionNames(draft)).toContain("Koperasi Sinar Budi Jaya");
    expect(institutionNames(draft)).not.toContain("Koperasi Sinar");
  });

  it("keeps a name whole when the article says nothing of where it ends", () => {
    const draft = read("Rektor Universitas Ahmad Dahlan membuka acara itu di Sukamaju, Sabtu (12/4).");
    expect(institutionNames(draft)).toContain("Universitas Ahmad Dahlan");
  });
});
