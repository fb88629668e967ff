import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * One post written the other ways a reporter writes it: the same person, title and institution
 * whichever form the sentence takes. Made-up names and regions.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a title clause in brackets right after a full name", () => {
  it("is the name's post though the lexicon does not read the title whole", () => {
    const draft = read("Rahmat Wijaya (Koordinator Tagana Blora) mengatakan korban dievakuasi.");
    expect(peopleNames(draft)).toEqual(["Rahmat Wijaya"]);
    expect(postsOf(draft, "Rahmat Wijaya")).toEqual(["Koordinator Tagana Blora @ Taruna Siaga Bencana Blora"]);
  });

  it("gives a post with no institution when the clause names none", () => {
    const draft = read("Hendra Kusuma (Ketua Senat) membuka sidang terbuka.");
    expect(postsOf(draft, "Hendra Kusuma")).toEqual(["Ketua Senat @ -"]);
  });

  it("keeps the title's own words from being read as a holder", () => {
    const draft = read("Budi Prasetyo (Kepala Dinkes Lembahsari) mengatakan stok vaksin cukup.");
    expect(peopleNames(draft)).toEqual(["Budi Prasetyo"]);
    expect(postsOf(draft, "Budi Prasetyo")).toHaveLength(1);
  });

  it("reads a lowercase title only when the clause names an institution", () => {
    const draft = read("Sementara, Dewi Anggraini (anggota Komisi III DPRD Blora) mengatakan dinas harus hadir.");
    expect(postsOf(draft, "Dewi Anggraini")).toEqual([
      "anggota Komisi III DPRD Blora @ Dewan Perwakilan Rakyat Daerah Blora",
    ]);
  });
});

describe("a lowercase title clause set off after a full name", () => {
  it("is the name's post when the clause names an institution", () => {
    const draft = read("Rahmat Wijaya, koordinator Tagana Blora, mengatakan korban dievakuasi.");
    expect(peopleNames(draft)).toEqual(["Rahmat Wijaya"]);
    expect(postsOf(draft, "Rahmat Wijaya")).toEqual(["koordinator Tagana Blora @ Taruna Siaga Bencana Blora"]);
  });

  it("reads a lexicon title in the clause with its own institution", () => {
    const draft = read("Sri Handayani, kepala BPJS Kesehatan Cabang Lembahsari, menjelaskan jumlah peserta JKN.");
    expect(postsOf(draft, "Sri Handayani")).toHaveLength(1);
    expect(postsOf(draft, "Sri Handayani")[0]).toMatch(/@ Badan Penyelenggara Jaminan Sosial Kesehatan/);
  });

  it("gives no post to a clause that names no institution", () => {
    const draft = read("Hendra Kusuma, ketua panitia lomba, membuka acara.");
    expect(postsOf(draft, "Hendra Kusuma")).toEqual([]);
  });
});

describe("a region prefix written short in an office's name", () => {
  it("is written out, as it is for a region the gazetteer knows", () => {
    const draft = read("Ketua KPU Kab. Lembahsari, Rina Kartika, membuka rapat pleno.");
    expect(postsOf(draft, "Rina Kartika")).toEqual(["Ketua @ Komisi Pemilihan Umum Kabupaten Lembahsari"]);
  });

  it("gives one name to the office written both ways", () => {
    const draft = read(
      "Kepala Disdukcapil Kab. Lembahsari, Rina Kartika, mengatakan layanan dibuka.",
      "Disdukcapil Kabupaten Lembahsari melayani warga setiap hari.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Kependudukan dan Pencatatan Sipil Kabupaten Lembahsari"]);
  });
});

describe("a title clause and its holder's full name with no comma between", () => {
  it("gives the name the post at the institution the clause ends with", () => {
    const draft = read("Koordinator Tagana Blora Rahmat Wijaya mengatakan korban dievakuasi.");
    expect(peopleNames(draft)).toEqual(["Rahmat Wijaya"]);
    expect(postsOf(draft, "Rahmat Wijaya")).toEqual(["Koordinator Tagana Blora @ Taruna Siaga Bencana Blora"]);
  });

  it("leaves a title the lexicon reads up to the name to the title reader", () => {
    const draft = read("Kepala Puskesmas Kutowinangun Sri Handayani mengatakan vaksinasi berjalan.");
    expect(postsOf(draft, "Sri Handayani")).toEqual(["Kepala Puskesmas @ Puskesmas Kutowinangun"]);
  });
});

describe("a title clause set off by a pair of spaced dashes after a full name", () => {
  it("is the name's post, as in brackets", () => {
    const draft = read("Rahmat Wijaya – Koordinator Tagana Blora – mengatakan korban dievakuasi.");
    expect(peopleNames(draft)).toEqual(["Rahmat Wijaya"]);
    expect(postsOf(draft, "Rahmat Wijaya")).toEqual(["Koordinator Tagana Blora @ Taruna Siaga Bencana Blora"]);
  });
});
