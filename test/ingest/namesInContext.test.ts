import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/**
 * People the text names without a title the lexicon reads whole: a holder set off by commas
 * after a title clause, a name after a rank or a title of address, names after words that
 * introduce people. Every sentence here is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Nama");

describe("a holder set off by commas after a title clause", () => {
  it("reads a one-word name between commas after a title the lexicon does not know whole", () => {
    const draft = read("Kepala Seksi Kedaruratan Badan Sukamaju Raya, Darmono, menyebut air mulai surut sore ini.");
    expect(peopleNames(draft)).toContain("Darmono");
    const person = draft.people.find((p) => p.name === "Darmono");
    const position = draft.positions.find((p) => p.person === person?.key);
    expect(position?.role).toMatch(/^Kepala Seksi Kedaruratan/);
  });

  it("crosses the commas of an address chain back to the title word", () => {
    const draft = read(
      "Kepala Desa Sukamulya Hilir, Kecamatan Tanjungsari, Kabupaten Sukamaju, Paijo, duduk sebagai terdakwa.",
    );
    expect(peopleNames(draft)).toContain("Paijo");
  });

  it("does not read an item of a list of titles as a person", () => {
    const draft = read("Tokoh agama, tokoh pemuda, Babinsa, Linmas, jajaran kecamatan turut hadir.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("needs a verb after the name", () => {
    const draft = read("Kepala Seksi Kedaruratan Badan Sukamaju Raya, Darmono. Hujan turun lagi sore ini.");
    expect(peopleNames(draft)).not.toContain("Darmono");
  });
});

describe("a rank or a title of address before a name", () => {
  it("reads a person after a rank even behind an unknown title", () => {
    const draft = read("Rapat dipimpin Kabareskrimsus Komjen Wiryo Pranoto dan berlangsung tertutup.");
    expect(peopleNames(draft)).toContain("Wiryo Pranoto");
  });

  it("gives the title clause just before the rank as the person's post", () => {
    const draft = read("Rapat dihadiri Kabid Humas Polda Sukamaju Kombes Pol Wiryo Pranoto dan warga sekitar.");
    const person = draft.people.find((p) => p.name === "Wiryo Pranoto");
    const position = draft.positions.find((p) => p.person === person?.key);
    expect(position?.role).toMatch(/^Kabid Humas/);
  });

  it("reads a single name after a rank", () => {
    const draft = read(
      "Karya bakti itu dikerjakan Babinsa Koramil setempat bersama warga, lalu Serka Wartono memberi arahan.",
    );
    expect(peopleNames(draft)).toContain("Wartono");
  });

  it("does not read a street, a building or a shop named after someone as a person", () => {
    const draft = read(
      "Transaksi terjadi di Jln. Brigjen Sastrowardoyo, lalu acara berlanjut di Gedung Prof Sumarlin dan makan di RM Sutinah.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("words that introduce people", () => {
  it("reads each person listed after an introducer", () => {
    const draft = read(
      "Pertanyaan itu diajukan anggota dewan, di antaranya Sutrisno Wibowo dan Rahmat Hidayat, dalam rapat.",
    );
    expect(peopleNames(draft)).toEqual(["Rahmat Hidayat", "Sutrisno Wibowo"]);
  });

  it("reads a person after verbs of office and of court", () => {
    const draft = read(
      "Bupati melantik Anton Wijaya sebagai penjabat sekda. Ia menggantikan Bambang Sulistyo yang dimutasi.",
      "Jaksa menuntut terdakwa Rudi Hartanto selama tujuh tahun penjara.",
    );
    expect(peopleNames(draft)).toEqual(["Anton Wijaya", "Bambang Sulistyo", "Rudi Hartanto"]);
  });
});
