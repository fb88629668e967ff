import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/**
 * How regional outlets write the units of the village, cooperative, education and military beats,
 * and which words are never part of a unit's name. Made-up sentences.
 */
const read = draftReader("Judul Berita Untuk Pengujian Satuan");

describe("a rank written out after a command's title", () => {
  it("is the holder's rank, not the seat of the command", () => {
    const draft = read("Dandim Letnan Kolonel CZI Arief Budiman meninjau lokasi.");
    expect(institutionNames(draft)).toEqual([]);
    expect(holdersAt(draft)).toEqual(["Arief Budiman @ -"]);
  });
});

describe("a regional office's domains written with acronyms and lists", () => {
  it("reads an acronym listed among the domains as one of them", () => {
    const draft = read(
      "Kepala Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Blora, Budi Santoso, hadir.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Blora"]);
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Blora",
    ]);
  });

  it("reads an acronym right after a domain word as a domain", () => {
    const draft = read("Dinas Koperasi UKM, Perdagangan dan Perindustrian Kabupaten Blora membuka bazar.");
    expect(institutionNames(draft)).toEqual(["Dinas Koperasi UKM, Perdagangan dan Perindustrian Kabupaten Blora"]);
  });

  it("keeps a province's acronym after the domain as the region", () => {
    const draft = read("Dinas Kesehatan NTB mengirim tim medis.");
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["Dinkes NTB"]);
  });

  it("reads industry as a domain of the nomenclature", () => {
    const draft = read("Dinas Industri dan Perdagangan Kabupaten Blora menggelar pelatihan.");
    expect(institutionNames(draft)).toEqual(["Dinas Industri dan Perdagangan Kabupaten Blora"]);
  });
});

describe("a regional office's abbreviation made of syllables", () => {
  it("is the office written out in the same article, whatever syllables it takes", () => {
    const draft = read(
      "Dinas Perdagangan, Koperasi dan UKM Blora menggelar pelatihan membatik.",
      "Kepala Disdakop UKM Blora, Budi Santoso, membuka acara itu.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Perdagangan, Koperasi dan UKM Blora"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinas Perdagangan, Koperasi dan UKM Blora"]);
  });

  it("reads a unit noun before a contracted domain the lexicon does not list as the unit", () => {
    const draft = read("Kepala Dinas Perindagkop Kaltim Budi Santoso membuka pameran.");
    expect(institutionNames(draft)).toEqual(["Dinas Perindagkop Kalimantan Timur"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinas Perindagkop Kalimantan Timur"]);
  });

  it("does not read a name written after the unit noun as its domain", () => {
    const draft = read("Kepala Dinas Pratama Wijaya mengatakan anggaran cukup.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("village bodies written with their village", () => {
  it("reads the written-out village enterprise before its bracketed acronym as the listed noun", () => {
    const draft = read(
      "Direktur Badan Usaha Milik Desa (BUMDes) Karya Mandiri, Rina Wulandari, menjelaskan laba naik.",
      "BUMDes Karya Mandiri mengelola wisata air.",
    );
    expect(institutionNames(draft)).toEqual(["Badan Usaha Milik Desa Karya Mandiri"]);
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Badan Usaha Milik Desa Karya Mandiri"]);
  });

  it("ends a body's own name where the village's prefix starts, and keeps the village in the name", () => {
    const draft = read(
      "Ketua BUMDes Sumber Makmur, Budi Santoso, mengatakan usaha air berjalan.",
      "BUMDes Sumber Makmur Desa Sukamaju kini melayani 300 rumah.",
    );
    expect(institutionNames(draft)).toEqual(["BUMDes Sumber Makmur Desa Sukamaju"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ BUMDes Sumber Makmur Desa Sukamaju"]);
  });

  it("reads the holder written right after the village", () => {
    const draft = read("Ketua Koperasi Merah Putih Desa Sukamaju Budi Santoso mengatakan modal cukup.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Koperasi Merah Putih Desa Sukamaju"]);
  });

  it("does not repeat the prefix a village council's name ends with", () => {
    const draft = read("Ketua BPD Desa Tulamben Agus Salim mengatakan rapat lancar.");
    expect(holdersAt(draft)).toEqual(["Agus Salim @ Badan Permusyawaratan Desa Tulamben"]);
  });
});

describe("the village cooperatives of the national programme", () => {
  it("reads the short form, the long form with its acronym and the acronym as one cooperative", () => {
    const draft = read(
      "Kopdes Merah Putih Sukamaju resmi berdiri pekan ini.",
      "Ketua Koperasi Desa Merah Putih (KDMP) Desa Sukamaju, Budi Santoso, mengatakan modal cukup.",
      "KDMP Sukamaju melayani penjualan pupuk.",
    );
    expect(institutionNames(draft)).toEqual(["Koperasi Desa Merah Putih Desa Sukamaju"]);
    expect(draft.institutions[0]?.aliases).toEqual(
      expect.arrayContaining(["KDMP Sukamaju", "Kopdes Merah Putih Sukamaju"]),
    );
  });

  it("does not read the programme named without a village as a cooperative", () => {
    const draft = read("Program Koperasi Desa Merah Putih digagas pemerintah pusat.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("an urban village's government", () => {
  it("reads the kelurahan government written out and short as one institution", () => {
    const draft = read(
      "Pemerintah Kelurahan Sukamaju menyiapkan posko banjir.",
      "Pemkel Sukamaju juga membuka dapur umum.",
    );
    expect(institutionNames(draft)).toEqual(["Pemerintah Kelurahan Sukamaju"]);
  });
});

describe("an unknown region between a unit and its holder set off by commas", () => {
  it("is the unit's region, so the unit is not the placeless one", () => {
    const draft = read("Kepala Dinkes Madukara, Budi Santoso, mengatakan stok vaksin cukup.");
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["Dinkes Madukara"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinas Kesehatan Madukara"]);
  });

  it("is not read from a list of units", () => {
    const draft = read("Rapat dihadiri Dinkes Madukara, Dinas Sosial Blora, dan warga.");
    expect(draft.institutions.map((i) => i.shortName).sort()).toEqual(["Dinkes", "Dinsos Blora"]);
  });
});

describe("a university whose acronym spells the place in its name", () => {
  it("reads the long form, place included, and the acronym as one university", () => {
    const draft = read(
      "Rektor Universitas Muhammadiyah Blora (UMB), Prof. Budi Santoso, membuka wisuda.",
      "Sebanyak 300 mahasiswa UMB diwisuda.",
    );
    expect(institutionNames(draft)).toEqual(["Universitas Muhammadiyah Blora"]);
    expect(draft.institutions[0]?.shortName).toBe("UMB");
  });
});

describe("a village of two words the article writes as a place", () => {
  it("is the whole seat of the village council, not its first word", () => {
    const draft = read(
      "Badan Permusyawaratan Desa (BPD) Sukamaju Indah menggelar rapat di Balai Desa Sukamaju Indah, Rabu malam.",
    );
    expect(institutionNames(draft)).toEqual(["Badan Permusyawaratan Desa Sukamaju Indah"]);
  });
});

describe("a kind of cooperative defined by its acronym before the cooperative's own name", () => {
  it("reads the kind, the acronym and the noun with the own name as one cooperative", () => {
    const draft = read(
      "Ketua Koperasi Pegawai Republik Indonesia (KPRI) Budi Luhur Kabupaten Blora, Agus Salim, membuka rapat.",
      "Koperasi Budi Luhur berdiri sejak 1980.",
      "KPRI Budi Luhur kini melayani 500 guru.",
    );
    expect(institutionNames(draft)).toEqual(["Koperasi Pegawai Republik Indonesia Budi Luhur Kabupaten Blora"]);
    expect(draft.institutions[0]?.shortName).toBe("KPRI Budi Luhur");
  });

  it("does not give a defined university a name from the words after its acronym", () => {
    const draft = read(
      "Universitas Sukamaju (Unsuka) menggelar wisuda.",
      "Rektor Unsuka Prof. Dr. Budi Santoso melantik lulusan.",
    );
    expect(institutionNames(draft)).toEqual(["Universitas Sukamaju"]);
  });
});

describe("a state school written without its number", () => {
  it("is the one numbered school of its level and seat, N standing for Negeri", () => {
    const draft = read(
      "Prestasi itu diraih SMA Negeri Blora tahun ini.",
      "Dua belas siswa SMA N 3 Blora lolos olimpiade.",
    );
    expect(institutionNames(draft)).toEqual(["SMA Negeri 3 Blora"]);
    expect(draft.institutions[0]?.aliases).toEqual(expect.arrayContaining(["SMA N 3 Blora", "SMA Negeri Blora"]));
  });

  it("stays apart when two numbered schools of its level share the seat", () => {
    const draft = read("Siswa SMA Negeri 1 Blora, SMA Negeri 2 Blora dan SMA Negeri Blora ikut lomba.");
    expect(institutionNames(draft)).toEqual(["SMA Negeri 1 Blora", "SMA Negeri 2 Blora", "SMA Negeri Blora"]);
  });
});

describe("a school's seat and its head's name before a degree", () => {
  it("reads one seat word and a two-word name", () => {
    const draft = read("Kepala Sekolah SMA Negeri Kalimurni Budi Santoso, S.Pd., mengatakan siswa siap.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ SMA Negeri Kalimurni"]);
  });

  it("leaves two words before the degree to the name", () => {
    const draft = read("Kepala SMPN 1 Budi Santoso, S.Pd., mengatakan siswa siap.");
    expect(draft.people.map((p) => p.name)).toEqual(["Budi Santoso"]);
  });
});

describe("a theme in quotation marks after the word that introduces it", () => {
  it("names no organisation, whatever nouns it holds", () => {
    const draft = read("Upacara bertema “Pemajuan Koperasi Kunci Kesejahteraan Masyarakat” digelar di halaman kantor.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a village of two words after a village head's title and before the name", () => {
  it("is the whole village where the article writes the pair as a place", () => {
    const draft = read(
      "Kades Lembah Asri Budi Santoso hadir dalam rapat.",
      "Pemdes Lembah Asri menggelar rapat di Balai Desa Lembah Asri, Rabu.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Pemerintah Desa Lembah Asri"]);
  });
});

describe("the national parliament", () => {
  it("is read with RI, beside a regional parliament", () => {
    const draft = read("Anggota DPR RI, Agus Salim, dan Ketua DPRD Kabupaten Blora, Budi Santoso, meninjau sawah.");
    expect(institutionNames(draft)).toEqual([
      "Dewan Perwakilan Rakyat Daerah Blora",
      "Dewan Perwakilan Rakyat Republik Indonesia",
    ]);
  });

  it("is not read from a bare DPR among the offices voted for", () => {
    const draft = read("Warga akan memilih presiden, DPR, DPRD provinsi dan DPD secara serentak.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("private madrasahs and civil servants' cooperatives written short", () => {
  it("reads MIS as a private MI with its own name, number and seat", () => {
    const draft = read("Budi Santoso sebelumnya Kepala MIS Nurul Huda 02 Kalimurni, lalu dilantik.");
    expect(institutionNames(draft)).toEqual(["MI Swasta Nurul Huda 02 Kalimurni"]);
  });

  it("reads KPRI before a cooperative's own name as its kind", () => {
    const draft = read("Ketua KPRI Hikmah, Budi Santoso, membuka rapat anggota.");
    expect(institutionNames(draft)).toEqual(["Koperasi Pegawai Republik Indonesia Hikmah"]);
    expect(draft.institutions[0]?.aliases).toContain("KPRI Hikmah");
  });
});

describe("court abbreviations that name no court", () => {
  it("reads Tipikor alone as the crime, not the corruption court", () => {
    const draft = read("Kasus dugaan tindak pidana korupsi (Tipikor) itu ditangani Unit Tipikor Polres Blora.");
    expect(institutionNames(draft)).toEqual(["Kepolisian Resor Blora"]);
  });

  it("reads Tipikor as the corruption court after the court's noun", () => {
    const draft = read("Berkas perkara dilimpahkan ke Pengadilan Tipikor Semarang.");
    expect(institutionNames(draft)).toEqual(["Pengadilan Tindak Pidana Korupsi Semarang"]);
  });

  it("reads no court from the court code of a case register number", () => {
    const draft = read("Perkara terdaftar dengan nomor 5/Pid.Pra/2025/PN Jpa di Pengadilan Negeri Jepara.");
    expect(institutionNames(draft)).toEqual(["Pengadilan Negeri Jepara"]);
  });
});

describe("a kind of body written bare after the body's own name", () => {
  it("is the article's one body of that kind", () => {
    const draft = read("Ketua KPRI Hikmah, Budi Santoso, membuka rapat.", "Para pengurus KPRI telah bekerja keras.");
    expect(institutionNames(draft)).toEqual(["Koperasi Pegawai Republik Indonesia Hikmah"]);
  });

  it("stays apart when the article names two bodies of that kind", () => {
    const draft = read("KPRI Hikmah dan KPRI Sejahtera menggelar rapat.", "Para pengurus KPRI telah bekerja keras.");
    expect(institutionNames(draft)).toHaveLength(3);
  });
});
