import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/**
 * One post written the other ways a reporter writes it: each case is a made-up sentence whose
 * usual form the extractor already reads, rewritten as another article would write it. Every name
 * is made up; the regencies and provinces are real, as the seat of a regional office is in real news.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a province written after the seat with no comma before the holder", () => {
  it("is no word of the holder's full name", () => {
    const draft = read(
      "Kepala Dinas Sosial Kabupaten Blora, Jawa Tengah Rina Wulandari mengatakan bantuan sudah disalurkan.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Dinas Sosial Kabupaten Blora"]);
  });

  it("is no word of a one-word name a reporting verb closes", () => {
    const draft = read("Kepala Rutan Demak, Jawa Tengah Wirogo menyampaikan bahwa kegiatan berjalan baik.");
    expect(holdersAt(draft)).toEqual(["Wirogo @ Rutan Demak"]);
  });
});

describe("a full name opening the sentence right before a title, no comma between", () => {
  it("holds the title when an active verb closes it", () => {
    const draft = read("Wiryo Pranoto Kepala Dinas Sosial Kabupaten Blora membuka pelatihan kader.");
    expect(holdersAt(draft)).toEqual(["Wiryo Pranoto @ Dinas Sosial Kabupaten Blora"]);
  });

  it("holds it when the holder is said to attend", () => {
    const draft = read("Wiryo Pranoto Kepala Dinas Sosial Kabupaten Blora turut hadir.");
    expect(holdersAt(draft)).toEqual(["Wiryo Pranoto @ Dinas Sosial Kabupaten Blora"]);
  });

  it("reads no one from an event's everyday words before the title", () => {
    const draft = read("Sidang Paripurna Ketua DPRD Kabupaten Blora memutuskan anggaran.");
    expect(draft.people).toEqual([]);
  });
});

describe("a name set off from its title by dashes in a later sentence of the paragraph", () => {
  it("holds the title", () => {
    const draft = read(
      "Banjir melanda Kabupaten Blora sejak Senin. Wiryo Pranoto – Kepala BPBD Blora – mengatakan air mulai surut.",
    );
    expect(holdersAt(draft)).toEqual(["Wiryo Pranoto @ Badan Penanggulangan Bencana Daerah Blora"]);
  });
});

describe("a lowercase title with its institution, then one word a reporting verb closes, no comma", () => {
  it("gives the word the title as the speaking holder's name", () => {
    const draft = read("Sementara itu kepala Rutan Demak Wirogo mengatakan kegiatan berjalan baik.");
    expect(holdersAt(draft)).toEqual(["Wirogo @ Rutan Demak"]);
  });
});
