import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * Council posts written after the holder's name, and holders named by one word after a lowercase
 * title, as regional parliament stories write them. Every name here is made up.
 */
const read = draftReader("DPRD Sukamaju Bahas Laporan Pertanggungjawaban Bupati");
const opening = "Rapat berlangsung di ruang paripurna sejak pagi.";

describe("council posts", () => {
  it("reads a special committee written without its own name", () => {
    const draft = read(opening, "Rudi Hartawan, Ketua Pansus DPRD Kota Surabaya, mengatakan ada lima catatan.");
    expect(postsOf(draft, "Rudi Hartawan")).toEqual(["Ketua Pansus @ Dewan Perwakilan Rakyat Daerah Surabaya"]);
  });

  it("reads a post the lexicon does not read whole, set off after a full name", () => {
    const draft = read(opening, "Rudi Hartawan, Ketua Badan Anggaran DPRD Kota Surabaya, mengatakan ada lima catatan.");
    expect(postsOf(draft, "Rudi Hartawan")).toEqual([
      "Ketua Badan Anggaran DPRD Kota Surabaya @ Dewan Perwakilan Rakyat Daerah Surabaya",
    ]);
  });

  it("reads such a post closed by a reporting verb instead of a comma", () => {
    const draft = read(opening, "Rudi Hartawan, Ketua Fraksi Golkar DPRD Kota Surabaya mengatakan ada lima catatan.");
    expect(postsOf(draft, "Rudi Hartawan")).toEqual([
      "Ketua Fraksi Golkar DPRD Kota Surabaya @ Dewan Perwakilan Rakyat Daerah Surabaya",
    ]);
  });

  it("gives no post to a one-word name before such a clause", () => {
    const draft = read(opening, "Kemarin, Ketua Badan Anggaran DPRD Kota Surabaya, mengatakan ada lima catatan.");
    expect(draft.positions).toEqual([]);
  });

  it("reads one name set off after a lowercase title when a reporting verb closes it", () => {
    const draft = read(
      opening,
      "Sementara, anggota Komisi III DPRD Kampar, Efrinaldo mengatakan kepala dinas harus hadir.",
    );
    expect(postsOf(draft, "Efrinaldo")).toEqual(["Anggota Komisi III @ Dewan Perwakilan Rakyat Daerah Kampar"]);
  });
});

describe("a full name opening the sentence right before its title", () => {
  const readElection = draftReader("Bawaslu Sukamaju Awasi Masa Tenang");
  it("holds the title when a reporting verb closes it", () => {
    const draft = readElection(
      "Pengawasan berlangsung sejak pagi.",
      "Wiryo Pranoto Ketua Bawaslu Kebumen mengatakan pengawasan ketat.",
    );
    expect(postsOf(draft, "Wiryo Pranoto")).toEqual(["Ketua @ Badan Pengawas Pemilihan Umum Kebumen"]);
  });

  it("is not read from one capitalised noun opening the sentence", () => {
    const draft = readElection(
      "Pengawasan berlangsung sejak pagi.",
      "Rombongan Ketua Bawaslu Kebumen mengatakan tiba pagi.",
    );
    expect(draft.people).toEqual([]);
  });
});
