import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/** Members listed after the title they share (issue 7). Made-up text. */
const read = draftReader("Dewan Serap Aspirasi Warga");

describe("a title shared by the list of people after it", () => {
  it("is held by everyone listed after 'yang hadir antara lain'", () => {
    const draft = read(
      "Anggota DPRD Blora yang hadir antara lain Budi Santoso, SH, Rina Wulandari, SE, dan Agus, S.Pd.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Dewan Perwakilan Rakyat Daerah Blora",
      "Rina Wulandari @ Dewan Perwakilan Rakyat Daerah Blora",
      "Agus @ Dewan Perwakilan Rakyat Daerah Blora",
    ]);
  });

  it("is held by everyone listed after any short relative clause on the title: those it picks out hold it", () => {
    const draft = read("Anggota DPRD Blora yang tidak hadir antara lain Budi Santoso, SH, dan Rina Wulandari, SE.");
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Dewan Perwakilan Rakyat Daerah Blora",
      "Rina Wulandari @ Dewan Perwakilan Rakyat Daerah Blora",
    ]);
  });

  it("is held by everyone listed after 'ialah', the title in lowercase after a count", () => {
    const draft = read(
      "Tujuh komisioner KPU Blora yang dilantik ialah Budi Santoso, Rina Wulandari, Saiful dan Agusni.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Komisi Pemilihan Umum Blora",
      "Rina Wulandari @ Komisi Pemilihan Umum Blora",
      "Saiful @ Komisi Pemilihan Umum Blora",
      "Agusni @ Komisi Pemilihan Umum Blora",
    ]);
  });

  it("is held by nobody when the relative clause is about someone other than the title's holders", () => {
    const draft = read(
      "Anggota DPRD Blora menyerahkan bantuan kepada warga yang terdampak, antara lain Budi Santoso, SH, dan Rina Wulandari, SE.",
    );
    expect(holdersAt(draft)).toEqual([]);
  });
});

describe("a council's commission and the head its chairing verb names", () => {
  it("gives the head and the deputy named after 'dipimpin' their posts at the council", () => {
    const draft = read(
      "Ketua DPRD Blora Budi Santoso membuka rapat kerja.",
      "Komisi B dipimpin Rina Wulandari, SE, dengan wakil ketua Agus Salim, sedangkan Komisi C yang dipimpin ketuanya, Suwarno, membahas anggaran.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Dewan Perwakilan Rakyat Daerah Blora",
      "Rina Wulandari @ Dewan Perwakilan Rakyat Daerah Blora",
      "Agus Salim @ Dewan Perwakilan Rakyat Daerah Blora",
      "Suwarno @ Dewan Perwakilan Rakyat Daerah Blora",
    ]);
  });

  it("gives no post when what is chaired is no commission", () => {
    const draft = read(
      "Rapat Paripurna dipimpin Suwarno, lalu Tim Sembilan yang dipimpin ketuanya, Rina Wulandari, menyusul.",
    );
    expect(holdersAt(draft)).toEqual([]);
  });
});

describe("a membership title set off before a list of names", () => {
  it("is held by everyone listed", () => {
    const draft = read("Anggota DPRD Blora, Budi Santoso, Rina Wulandari dan Agus Salim hadir dalam acara itu.");
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Dewan Perwakilan Rakyat Daerah Blora",
      "Rina Wulandari @ Dewan Perwakilan Rakyat Daerah Blora",
      "Agus Salim @ Dewan Perwakilan Rakyat Daerah Blora",
    ]);
  });

  it("stops at a name with a title of its own, and a head's title is not shared", () => {
    const titled = read("Anggota DPRD Blora, Budi Santoso, dan Kepala Dinas Sosial Rina Wulandari hadir.");
    expect(holdersAt(titled)).toEqual([
      "Budi Santoso @ Dewan Perwakilan Rakyat Daerah Blora",
      "Rina Wulandari @ Dinas Sosial",
    ]);
    const head = read("Kepala Dinas Sosial, Budi Santoso, Rina Wulandari dan Agus Salim hadir.");
    expect(holdersAt(head)).toEqual(["Budi Santoso @ Dinas Sosial"]);
  });
});

describe("a title written in lowercase in a list of attendees", () => {
  it("is held by the full name written right after its institution", () => {
    const draft = read(
      "Turut hadir Ketua DPRD Blora Agus Salim, SE, anggota DPRD Blora Budi Santoso, dan tamu undangan.",
    );
    expect(holdersAt(draft)).toEqual([
      "Agus Salim @ Dewan Perwakilan Rakyat Daerah Blora",
      "Budi Santoso @ Dewan Perwakilan Rakyat Daerah Blora",
    ]);
  });

  it("is no title when no institution or no full name follows it (one word may still be the seat)", () => {
    const draft = read(
      "Warga bertemu anggota DPRD Blora di balai desa.",
      "Rapat dihadiri kepala keluarga Budi Santoso dan tetangganya.",
      "Warga bertemu anggota DPRD Blora Sutrisno di balai desa.",
    );
    expect(holdersAt(draft)).toEqual([]);
  });
});

describe("members a sentence counts and the next one lists", () => {
  it("hold the membership the sentence before ends with, each with the party noted after", () => {
    const draft = read(
      "Rapat paripurna hanya diikuti 4 dari 20 anggota DPRD Blora. Yang hadir ialah Budi Santoso dan Rina Wulandari dari Partai Golkar, serta Agus Salim dari PDIP.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Dewan Perwakilan Rakyat Daerah Blora",
      "Rina Wulandari @ Dewan Perwakilan Rakyat Daerah Blora",
      "Agus Salim @ Dewan Perwakilan Rakyat Daerah Blora",
    ]);
  });

  it("hold it when a sentence adverb opens the listing sentence", () => {
    const draft = read(
      "Rapat paripurna hanya diikuti 4 dari 20 anggota DPRD Blora. Adapun yang hadir ialah Budi Santoso dan Rina Wulandari.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Dewan Perwakilan Rakyat Daerah Blora",
      "Rina Wulandari @ Dewan Perwakilan Rakyat Daerah Blora",
    ]);
  });

  it("hold nothing when the sentence before ends with no membership", () => {
    const draft = read(
      "Rapat paripurna hanya diikuti 4 dari 20 anggota DPRD Blora karena banyak yang reses. Adapun yang absen adalah Budi Santoso dan Rina Wulandari.",
    );
    expect(holdersAt(draft)).toEqual([]);
  });
});
