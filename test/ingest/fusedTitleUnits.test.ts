import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Titles fused with the unit they head: a head's title before an acronym the lexicon does not
 * list, a spelling of a contracted office name, a title written out before its bracketed short
 * form. Every sentence is made up.
 */
const read = draftReader("Bantuan Diserahkan Kepada Warga Kampung");

describe("a head's title before an unlisted acronym and a region the gazetteer does not know", () => {
  const draft = read(
    "Bupati Sukamaju, Budi Santoso, didampingi Kepala DPKKP Kabupaten Sukamaju, Rina Wulandari, dan Camat Sukajaya Agus Salim menyerahkan bantuan.",
    "Bantuan itu diberikan kepada tujuh kampung.",
  );

  it("names the office of that acronym and region, which the head holds", () => {
    expect(institutionNames(draft)).toEqual(["DPKKP Kabupaten Sukamaju"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala @ DPKKP Kabupaten Sukamaju"]);
  });

  it("reads an office of the regional government from its acronym's opening", () => {
    expect(draft.institutions[0]?.type).toBe("LOCAL_GOVERNMENT");
  });

  it("leaves the regent's and the district head's governments unnamed", () => {
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Bupati @ -"]);
    expect(postsOf(draft, "Agus Salim")).toEqual(["Camat @ -"]);
  });
});

describe("an unlisted acronym and a region written with its prefix, then the holder without a comma", () => {
  it("closes the organisation before the holder's name", () => {
    const draft = read(
      "Kepala DLHK Provinsi Sukamaju Budi Santoso mengatakan, program itu berjalan baik.",
      "Program itu diikuti 20 desa.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ DLHK Provinsi Sukamaju"]);
  });
});

describe("an unlisted acronym joined by a hyphen, before a city", () => {
  it("is one office with the city", () => {
    const draft = read(
      "Kepala DPKP-KB Kota Sukamaju, Dewi Lestari, membuka pelatihan kader.",
      "Pelatihan itu diikuti 40 kader.",
    );
    expect(holdersAt(draft)).toEqual(["Dewi Lestari @ DPKP-KB Kota Sukamaju"]);
  });
});

describe("what an acronym after a head's title does not name", () => {
  it("a party's board alone is no organisation", () => {
    const draft = read(
      "Ketua DPC Kabupaten Sukamaju, Budi Santoso, membuka rapat kerja.",
      "Rapat itu diikuti pengurus ranting.",
    );
    expect(institutionNames(draft)).toEqual([]);
  });

  it("the state's acronym is no organisation", () => {
    const draft = read(
      "Ketua RI Kabupaten Sukamaju, Budi Santoso, membuka rapat kerja.",
      "Rapat itu diikuti pengurus ranting.",
    );
    expect(institutionNames(draft)).toEqual([]);
  });

  it("a unit written before the institution it belongs to is no organisation of its own", () => {
    const draft = read(
      "Kepala SPKT Polres Blora, Budi Santoso, menerima laporan warga.",
      "Laporan itu segera ditindaklanjuti.",
    );
    expect(institutionNames(draft)).toEqual(["Kepolisian Resor Blora"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Kepolisian Resor Blora"]);
  });
});

describe("'Kanmenag', a spelling of Kankemenag", () => {
  it("names the regency's Kemenag office, which its head holds", () => {
    const draft = read(
      "Bupati Blora, Budi Santoso, hadir dalam pelantikan itu.",
      "Kepala Kanmenag Blora H. Ahmad Fauzi menilai kegiatan itu baik.",
    );
    expect(institutionNames(draft)).toEqual(["Kantor Kementerian Agama Blora"]);
    expect(postsOf(draft, "Ahmad Fauzi")).toEqual(["Kepala Kantor Kementerian Agama @ Kantor Kementerian Agama Blora"]);
  });
});

describe("a title written out before its bracketed short form and the unit's seat", () => {
  const draft = read(
    "Komandan Rayon Militer (Danramil) 07 Sukamaju Utara, Kapten (Inf) Budi Santoso, membuka apel Babinsa.",
    "Apel itu diikuti 20 Babinsa.",
  );

  it("names the unit the short form heads, which the commander holds", () => {
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Komandan Koramil @ Komando Rayon Militer 07 Sukamaju Utara"]);
  });

  it("leaves the rank and its bracketed corps out of the holder's name", () => {
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("a post written without its body, listed right after a post of a body the text names", () => {
  const draft = read(
    "Rombongan disambut Ketua Baznas Kabupaten Blora Dr. H. Budi Santoso, M.Si, Wakil Ketua II Dr. Rina Wati, M.Ag, serta Kabag Keuangan Agus Salim, SE.",
    "Kunjungan itu membahas rencana strategis lembaga.",
  );

  it("is a post of that body, down the list", () => {
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Badan Amil Zakat Nasional Kabupaten Blora",
      "Rina Wati @ Badan Amil Zakat Nasional Kabupaten Blora",
      "Agus Salim @ Badan Amil Zakat Nasional Kabupaten Blora",
    ]);
  });

  it("is not where a clause stands between the two posts", () => {
    const other = read(
      "Ketua Baznas Kabupaten Blora Budi Santoso menyambut rombongan, dan Wakil Ketua II Rina Wati mencatat hasil pertemuan.",
      "Kunjungan itu membahas rencana strategis lembaga.",
    );
    expect(postsOf(other, "Rina Wati")).toEqual(["Wakil Ketua II @ -"]);
  });

  it("is not a regional head's post, whose government stays unnamed", () => {
    const other = read(
      "Rombongan disambut Ketua Baznas Kabupaten Blora Budi Santoso, dan Bupati Rina Wati.",
      "Kunjungan itu membahas rencana strategis lembaga.",
    );
    expect(postsOf(other, "Rina Wati")).toEqual(["Bupati @ -"]);
  });
});

describe("a national body's regional office between the head's title and name", () => {
  it("leaves the holder his name and his post at the body", () => {
    const draft = read(
      "Kepala Ombudsman RI Perwakilan Sumut Budi Santoso mengatakan, pelayanan publik terus dipantau.",
      "Pemantauan itu dilakukan setiap tahun.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Ombudsman Republik Indonesia RI"]);
  });
});

describe("an organisation named by two acronyms, then the office it belongs to", () => {
  const draft = read(
    "Kegiatan itu bertujuan mengenalkan produk kerajinan, kata Kepala UPTD P2KUKM Dinas Perindagkop Kaltim Rina Wulandari saat membuka acara, Senin.",
    "Pameran itu diikuti 30 perajin.",
  );

  it("is one organisation with both acronyms, which the head holds", () => {
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ UPTD P2KUKM"]);
  });

  it("names the office after it too", () => {
    expect(institutionNames(draft)).toContain("Dinas Perindagkop Kalimantan Timur");
  });
});

describe("an unlisted acronym before a bare word the article writes elsewhere as a place", () => {
  it("is the office of that place", () => {
    const draft = read(
      "Warga di Sukamaju menerima bantuan bibit jagung, Senin.",
      "Kepala DPKKP Sukamaju, Rina Wulandari, menyerahkan bantuan itu.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ DPKKP Sukamaju"]);
  });
});

describe("a post that heads an office of its own, written without its institution", () => {
  it("is held at the one such office the article names", () => {
    const draft = read(
      "Sekretariat Daerah Kabupaten Blora menggelar rapat koordinasi, Senin.",
      "Rapat itu dipimpin Pj Sekda Agus Salim.",
    );
    expect(postsOf(draft, "Agus Salim")).toEqual(["Penjabat Sekretaris Daerah @ Sekretariat Daerah Kabupaten Blora"]);
  });

  it("is held at none where the article names two", () => {
    const draft = read(
      "Sekretariat Daerah Kabupaten Blora dan Sekretariat Daerah Provinsi Jawa Tengah menggelar rapat koordinasi, Senin.",
      "Rapat itu dipimpin Pj Sekda Agus Salim.",
    );
    expect(postsOf(draft, "Agus Salim")).toEqual(["Penjabat Sekretaris Daerah @ -"]);
  });
});

describe("a lowercase title after 'salah satu', set off after its holder's name", () => {
  it("is the holder's post at the body the title names", () => {
    const draft = read(
      "Warga menyampaikan aspirasi soal jalan rusak, kata Budi Santoso, salah satu ketua APDESI Kecamatan Cepu.",
      "Aspirasi itu dicatat anggota dewan.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Ketua @ Asosiasi Pemerintah Desa Seluruh Indonesia Kecamatan Cepu",
    ]);
  });
});
