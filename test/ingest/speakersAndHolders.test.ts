import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, positionOf, speakerOf } from "./draftQueries.ts";

/** Who speaks and who holds a title, as the sentence around the name says. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a passive speech verb before a name", () => {
  it("names the speaker, whom a later 'ujarnya' points at", () => {
    const draft = read(
      "Kepala Desa Sukamaju, Agus Salim, membuka acara itu.",
      "Hal itu disampaikan Dewi Lestari saat ditemui wartawan di kantornya.",
      '"Kami akan terus mendampingi para perajin," ujarnya.',
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Dewi Lestari"]);
    expect(speakerOf(draft, "Kami akan")).toBe("Dewi Lestari");
  });

  it("reads the other passive forms too", () => {
    const draft = read("Hal tersebut dikatakan Budi Santosa di kantornya, Senin.");
    expect(peopleNames(draft)).toEqual(["Budi Santosa"]);
  });
});

describe("a one-word seat after a title, then the holder set off by a comma", () => {
  it("gives the post to the full name closed by a comma before a weekday", () => {
    const draft = read("Hal itu diungkapkan Kepala Dinas Sosial Sukamaju, Rina Wati, Senin.");
    expect(peopleNames(draft)).toEqual(["Rina Wati"]);
    expect(positionOf(draft, "Rina Wati").role).toBe("Kepala Dinas Sosial");
  });

  it("gives the post to the full name that ends the sentence, not to the seat", () => {
    const draft = read("Hal itu diungkapkan Kepala Dinas Sosial Sukamaju, Rina Wati.");
    expect(peopleNames(draft)).toEqual(["Rina Wati"]);
  });
});

describe("a place of several words after a title, then an introduced holder set off by a comma", () => {
  it("gives the post to the person after the honorific, and the place is no person", () => {
    const draft = read(
      "Kegiatan digelar di rumah Sekretaris Desa Werdi Agung Selatan, Bapak Wayan Sumiarta, dengan agenda pendataan.",
    );
    expect(peopleNames(draft)).toEqual(["Wayan Sumiarta"]);
    expect(positionOf(draft, "Wayan Sumiarta").role).toBe("Sekretaris Desa");
  });
});

describe("a head noun with -nya set off by commas before a name", () => {
  it("names the person, a single name too", () => {
    const draft = read(
      "Komisi A yang dipimpin ketuanya, Gunawan, membahas anggaran bersama dinas.",
      "Rombongan yang dipimpin kepalanya, Rina Wulandari, tiba pukul 10.00.",
    );
    expect(peopleNames(draft)).toEqual(["Gunawan", "Rina Wulandari"]);
  });
});

describe("a degree after a single name in a list", () => {
  it("says each listed name is a person", () => {
    const draft = read(
      "Anggota DPRD yang hadir antara lain Rovie Komsen, S.Pd, Sakri, S.Ag, Sri Nurwijayanti, SS, Hi. Herwan, SH, dan Dedeh Rohayati, SE, bersama camat.",
    );
    expect(peopleNames(draft)).toEqual(["Dedeh Rohayati", "Herwan", "Rovie Komsen", "Sakri", "Sri Nurwijayanti"]);
  });

  it("lets a head noun with -nya introduce the name without a comma, up to the degree's stop", () => {
    const draft = read("Komisi I dipimpin Basuki, S.Pd dan wakilnya Indra Jaya, SE. Komisi II membahas anggaran.");
    expect(peopleNames(draft)).toEqual(["Basuki", "Indra Jaya"]);
  });
});

describe("people named beside a describing noun or a word of ownership", () => {
  it("reads a single name set off by commas after a describing noun, and the quote after it is theirs", () => {
    const draft = read(
      "Kepala Dinas Koperasi Sukamaju, Agus Salim, membuka pameran itu.",
      'Salah satu pengunjung, Suwartini, tertarik dengan stan itu. "Saya tertarik produk olahan kelor dari stan ini," ucapnya.',
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Suwartini"]);
    expect(speakerOf(draft, "Saya tertarik")).toBe("Suwartini");
  });

  it("reads the owner after 'milik'", () => {
    expect(peopleNames(read("Pelaku membawa kabur sepeda motor milik Imam Buchori, menantu korban."))).toEqual([
      "Imam Buchori",
    ]);
  });

  it("keeps a closing word that is never a first name ('Musna Antara')", () => {
    const draft = read("Penyerahan bantuan disaksikan anggota DPRD Karangasem, I Nyoman Musna Antara, serta warga.");
    expect(peopleNames(draft)).toEqual(["I Nyoman Musna Antara"]);
  });
});

describe("a name set off by commas after a clause opened by 'salah satu'", () => {
  it("is the one of the group the clause describes, a single name too", () => {
    const draft = read(
      "Salah satu yang dilantik, Wilopo, mengikutinya secara daring.",
      "Salah satu yang hadir, Dinas Sosial, memberi bantuan.",
    );
    expect(peopleNames(draft)).toEqual(["Wilopo"]);
  });
});

describe("a full name before 'yang juga' and a title", () => {
  it("is the holder of that title", () => {
    const draft = read(
      "Dalam kesempatan itu, Budi Santoso yang juga Ketua Kelompok Tani Makmur menjelaskan hasil panen.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(positionOf(draft, "Budi Santoso").role).toBe("Ketua");
  });
});

describe("a title before the short name of someone named in full", () => {
  it("reads the name as the person, not as the seat, and gives them the quote", () => {
    const draft = read(
      "Dandim 1614/Dompu Letkol Inf Arief Hadiyanto mengatakan TMMD menyasar Kecamatan Manggelewa.",
      '"Untuk kegiatan non fisik, rencananya akan dilakukan penyuluhan," kata Dandim Arief.',
    );
    expect(peopleNames(draft)).toEqual(["Arief Hadiyanto"]);
    expect(speakerOf(draft, "Untuk kegiatan")).toBe("Arief Hadiyanto");
    expect(institutionNames(draft)).not.toContain("Komando Distrik Militer Arief");
  });
});

describe("a family word with -nya before a name without a comma", () => {
  it("does not make that relative the speaker a later 'ujarnya' points at", () => {
    const draft = read(
      'Kepala Desa Sukamaju, Agus Salim, datang bersama istrinya Sri Wahyuni. "Kami ingin melihat langsung kondisi warga," ujarnya.',
    );
    expect(speakerOf(draft, "Kami ingin")).toBe("Agus Salim");
  });
});
