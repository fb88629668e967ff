import { describe, expect, it } from "vitest";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { draftReader, institutionNames } from "./draftQueries.ts";

/** Institutions and products of beats beyond the prison beat, one made-up sentence per rule (issue 7). */
const read = draftReader("Judul Berita Untuk Pengujian Aturan");

describe("an institution named by the article's own contraction", () => {
  it("merges a syllable contraction with the long name it spells", () => {
    const draft = read(
      "Universitas Sukamaju menggelar wisuda di kampus utama, Senin.",
      "Rektor Unisuka, Bambang Hartono, melepas para lulusan. Pimpinan Unisuka berharap alumni tetap dekat dengan kampus.",
    );
    const university = draft.institutions.filter((i) => i.type === "SCHOOL");
    expect(university.map((i) => i.name)).toEqual(["Universitas Sukamaju"]);
    expect(university[0]?.shortName).toBe("Unisuka");
  });

  it("merges initials written with the region with the unit they spell", () => {
    const draft = read(
      "Dinas Koperasi dan Usaha Mikro Kota Depok menggelar bazar produk warga.",
      "Kepala DKUM Depok, Rina Wulandari, mengatakan bazar digelar dua hari.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Koperasi dan Usaha Mikro Kota Depok"]);
    expect(draft.institutions[0]?.aliases).toContain("DKUM Depok");
  });

  it("does not merge a word whose letters do not spell the long name", () => {
    const draft = read(
      "Universitas Sukamaju menggelar wisuda di kampus utama, Senin.",
      "Rektor Unmaju, Bambang Hartono, melepas para lulusan.",
    );
    const university = draft.institutions.find((i) => i.name === "Universitas Sukamaju");
    expect(university?.aliases ?? []).not.toContain("Unmaju");
    expect(university?.shortName).not.toBe("Unmaju");
  });
});

describe("a unit's name read from its own words", () => {
  it("takes a ke-/pe-…-an noun the lexicon does not list as a domain word", () => {
    const draft = read("Kepala Dinas Pengairan dan Pematusan Kota Sukamaju, Budi Santoso, meninjau saluran.");
    expect(institutionNames(draft)).toEqual(["Dinas Pengairan dan Pematusan Kota Sukamaju"]);
  });

  it("ends the name where the article's bracketed acronym of the unit stands", () => {
    const draft = read(
      "Wali kota meninjau Dinas Kependudukan dan Catatan Sipil (Dispendukcapil) Kota Sukamaju, Selasa.",
      "Petugas Dispendukcapil Kota Sukamaju membatasi antrean.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Kependudukan dan Catatan Sipil Kota Sukamaju"]);
  });

  it("makes a unit written with a domain acronym one with its long form", () => {
    const draft = read(
      "Dinas Koperasi dan Usaha Kecil Menengah (UKM) Kabupaten Sukamaju ikut pameran.",
      "Kepala Dinas Koperasi dan UKM Kabupaten Sukamaju, Rina Wulandari, membuka stan.",
    );
    expect(draft.institutions).toHaveLength(1);
    // The acronym abbreviates the domain, not the Dinas: it is no short name of the unit.
    const longOnly = read("Dinas Koperasi dan Usaha Kecil Menengah (UKM) Kabupaten Sukamaju ikut pameran.");
    expect(longOnly.institutions[0]?.shortName ?? "").not.toBe("UKM Sukamaju");
  });
});

describe("a proper name of a school or organisation", () => {
  it("ends a university named after a place with the place, before a person's name", () => {
    const draft = read("Mahasiswa Universitas Riau Budi Santoso hadir sebagai saksi dalam sidang itu.");
    expect(institutionNames(draft)).toEqual(["Universitas Riau"]);
  });

  it("reads a two-word bracketed short name and the region after it", () => {
    const draft = read(
      "Ia berbicara di Universitas Islam Negeri Maulana Malik Ibrahim (UIN Maliki) Malang, Jawa Timur, Kamis.",
    );
    const university = draft.institutions.find((i) => i.type === "SCHOOL");
    expect(university?.name).toBe("Universitas Islam Negeri Maulana Malik Ibrahim Malang");
    expect(university?.shortName).toContain("UIN Maliki");
  });

  it("makes two written names with the same short name one institution, under the fuller name", () => {
    const draft = read(
      "Ketua Komisi Pemilihan Umum Republik Indonesia (KPU RI) Budi Santoso hadir di kampus.",
      "Komisi Pemilihan Umum RI menyiapkan tahapan pemilu, kata Budi Santoso.",
    );
    expect(institutionNames(draft)).toEqual(["Komisi Pemilihan Umum Republik Indonesia"]);
  });
});

describe("products from list constructions", () => {
  const products = (...paragraphs: string[]) =>
    read(...paragraphs)
      .products.map((p) => p.name.toLowerCase())
      .sort();

  it("takes items without a known head noun from a list a product word governs", () => {
    expect(
      products("Pameran itu menampilkan produk unggulan berupa gula aren, lilin aromaterapi, dan sate padang."),
    ).toEqual(["gula aren", "lilin aromaterapi", "sate padang"]);
  });

  it("takes them too when another item of the list has a head noun", () => {
    expect(
      products("Pengunjung bazar membeli banyak oleh-oleh seperti gula aren, keripik pisang, dan lilin aromaterapi."),
    ).toEqual(["gula aren", "keripik pisang", "lilin aromaterapi"]);
  });

  it("reads no activity and no single bare item as a product", () => {
    expect(products("UMKM itu memamerkan hasil pelatihan seperti mengelas besi dan bertukang.")).toEqual([]);
    expect(products("Koperasi itu menghasilkan keuntungan.")).toEqual([]);
  });

  it("keeps a brand written after its head noun and ends it at lowercase words", () => {
    expect(products("Stan UMKM menjual keripik Maicih kepada pengunjung bazar.")).toEqual(["keripik maicih"]);
  });

  it("reads a brand quoted after a product word", () => {
    expect(products("Ibu-ibu PKK menjual produk “Sambal Roa Pedas Manis” di bazar tersebut.")).toEqual([
      "sambal roa pedas manis",
    ]);
  });
});

describe("a ministry's regional office (Kanwil Kemenag)", () => {
  it("reads Kanwil Kemenag Prov. X as the ministry's Kanwil, with no person 'Prov'", () => {
    const draft = read("Kanwil Kemenag Prov. Jawa Tengah menggelar rapat kerja bersama kepala madrasah.");
    expect(draft.institutions.map((i) => [i.name, i.type])).toEqual([
      ["Kantor Wilayah Kementerian Agama Jawa Tengah", "KANWIL"],
    ]);
    expect(draft.people).toEqual([]);
    expect(draft.institutions[0]?.aliases).toContain("Kanwil Kemenag Prov. Jawa Tengah");
  });

  it("reads the ministry's office of a whole province as that Kanwil", () => {
    const draft = read("Kemenag Provinsi Jawa Tengah meminta penyuluh agama memperbaiki layanan.");
    expect(draft.institutions.map((i) => [i.name, i.type])).toEqual([
      ["Kantor Wilayah Kementerian Agama Jawa Tengah", "KANWIL"],
    ]);
  });

  it("gives the head of a Kanwil Kemenag written in a title the Kanwil as institution", () => {
    const draft = read("Kakanwil Kemenag Prov. Jawa Tengah, Budi Santoso, mengatakan layanan haji dibuka.");
    const office = draft.institutions.find((i) => i.type === "KANWIL");
    expect(office?.name).toBe("Kantor Wilayah Kementerian Agama Jawa Tengah");
    expect(draft.positions.map((p) => p.institution)).toEqual([office?.key]);
  });

  it("keeps a Kanwil Kemenag apart from the corrections Kanwil of the same province", () => {
    const draft = read("Kanwil Kemenag Jawa Tengah dan Kanwil Kemenkumham Jawa Tengah menandatangani kerja sama.");
    expect(draft.institutions.filter((i) => i.type === "KANWIL")).toHaveLength(2);
  });

  it("reads Kementerian Agama with a regency as the regency office", () => {
    const draft = read("Kementerian Agama (Kemenag) Kabupaten Kudus membuka pendaftaran haji.");
    expect(institutionNames(draft)).toEqual(["Kantor Kementerian Agama Kabupaten Kudus"]);
  });
});

describe("a hospital named after a person or by its own acronym", () => {
  it("keeps the namesake's title in the name", () => {
    const draft = read("Gubernur meninjau pasien di RSUD dr Budi Santoso Sukamaju, Rabu malam.");
    expect(draft.institutions.map((i) => i.name)).toEqual(["Rumah Sakit Umum Daerah dr Budi Santoso Sukamaju"]);
  });

  it("reads a lexicon abbreviation the article also spells out with the proper name after it", () => {
    const draft = read(
      "Rumah Sakit Umum Daerah (RSUD) Harapan Insan Sejahtera (HIS) mencatat lonjakan pasien.",
      "RSUD HIS menambah 29 tempat tidur.",
    );
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]?.aliases).toContain("RSUD HIS");
  });
});

describe("a military command written without its number", () => {
  it("is the one numbered command of that kind whose seat it names", () => {
    const draft = parseArticleDraft(
      extractArticle(
        "Dandim Blora Apresiasi Babinsa yang Perbaiki Rumah Warga\n\nDandim 0721 Blora, Letkol Inf Budi Santoso, mengapresiasi para Babinsa.",
      ),
    );
    expect(draft.institutions.map((i) => i.name)).toEqual(["Komando Distrik Militer 0721 Blora"]);
  });

  it("or whose seat's initials it spells out", () => {
    const draft = read(
      "Koramil Sukamaju Barat Daya menggelar karya bakti.",
      "Babinsa Koramil 05/SBD membantu warga memperbaiki rumah.",
    );
    expect(draft.institutions.filter((i) => i.type === "MILITARY").map((i) => i.name)).toEqual([
      "Komando Rayon Militer 05/SBD",
    ]);
  });
});

describe("a region written as its contraction", () => {
  it("makes two mentions of one unit, with the full and the contracted region, one institution", () => {
    const draft = read(
      "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukamaju Barat mendirikan posko.",
      "Kepala BPBD Sukbar Budi Santoso mengatakan posko dijaga Polres Sukamaju Barat dan Polres Sukbar bergantian.",
    );
    expect(draft.institutions.map((i) => i.name).sort()).toEqual([
      "Badan Penanggulangan Bencana Daerah Kabupaten Sukamaju Barat",
      "Kepolisian Resor Sukamaju Barat",
    ]);
  });
});

describe("organisations named with listed domains or as a council", () => {
  it("learns the acronym of a unit whose domains are listed with commas", () => {
    const draft = read(
      "Lewat Dinas Perdagangan, Koperasi dan Usaha Kecil Mikro (DPKUKM) Kabupaten Blora, pemerintah daerah menggelar bazar.",
      "Kepala DPKUKM Kabupaten Blora, Budi Santoso, membuka bazar itu.",
    );
    expect(draft.institutions.map((i) => i.name)).toEqual([
      "Dinas Perdagangan, Koperasi dan Usaha Kecil Mikro Kabupaten Blora",
    ]);
  });

  it("reads a council (Dewan) and its proper name as an organisation", () => {
    const draft = read("Ketua Dewan Kesenian Sukamaju, Rina Wulandari, membuka pameran lukisan.");
    expect(draft.institutions.map((i) => i.name)).toEqual(["Dewan Kesenian Sukamaju"]);
  });
});

describe("an address chain written with abbreviated prefixes", () => {
  it("ends a village government's name at Kec. and reads the district after it", () => {
    const draft = read("Pemdes Sukamaju Kec. Cibeberan, misalnya, membangun jalan desa sepanjang 400 meter.");
    expect(institutionNames(draft)).toEqual(["Pemerintah Desa Sukamaju"]);
    expect(draft.places.map((p) => [p.name, p.kind])).toContainEqual(["Cibeberan", "DISTRICT"]);
  });

  it("ends it at the full prefix too, when the district is unknown", () => {
    const draft = read("Pemdes Sukamaju Kecamatan Cibeberan membangun jalan desa.");
    expect(institutionNames(draft)).toEqual(["Pemerintah Desa Sukamaju"]);
  });
});

describe("a company form abbreviated with its full stop", () => {
  it("carries an organisation's name on through a company named inside it", () => {
    const draft = read(
      "Piagam diberikan kepada Koperasi Karyawan PT. Sinar Maju Abadi, Koperasi Harapan Bersama dan warga.",
    );
    expect(institutionNames(draft)).toEqual(["Koperasi Harapan Bersama", "Koperasi Karyawan PT. Sinar Maju Abadi"]);
  });

  it("reads the company's own name after the stop", () => {
    const draft = read("Bantuan diberikan oleh CV. Karya Mandiri kepada warga.");
    expect(institutionNames(draft)).toEqual(["CV Karya Mandiri"]);
  });
});

describe("a proper name joined to another by dan", () => {
  it("ends where another institution's noun follows dan", () => {
    const draft = read("Piagam diterima Koperasi Harapan Bersama dan Koperasi Sinar Jaya, Senin.");
    expect(institutionNames(draft)).toEqual(["Koperasi Harapan Bersama", "Koperasi Sinar Jaya"]);
  });
});

describe("a company's own words", () => {
  it("keeps the place words a company is named with, neither renamed nor read as a place", () => {
    const draft = read("Bantuan diberikan oleh PT Bank Jateng kepada warga terdampak banjir.");
    expect(institutionNames(draft)).toEqual(["PT Bank Jateng"]);
    expect(draft.places).toEqual([]);
  });
});

describe("a day named after an institution", () => {
  it("is an event, not the institution", () => {
    const draft = read("Puluhan pelaku usaha ikut Hari Koperasi Nasional di alun-alun kota, Sabtu.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a headline name run on into the headline's words", () => {
  it("is the institution the body names with the words it opens with", () => {
    const draft = parseArticleDraft(
      extractArticle(
        "Gubernur Temukan RSUD dr Budi Santoso Tolak Pasien Miskin\n\nGubernur meninjau RSUD dr Budi Santoso, Rabu, dan menemui pasien.",
      ),
    );
    expect(draft.institutions.map((i) => i.name)).toEqual(["Rumah Sakit Umum Daerah dr Budi Santoso"]);
  });
});

describe("a local government named only by its head's title", () => {
  it("is no institution when only a holder's title names it, but its place is", () => {
    const draft = read("Wali Kota Sukamaju, Rina Wulandari, meninjau layanan kependudukan di Kota Sukamaju.");
    expect(draft.people.map((p) => p.name)).toEqual(["Rina Wulandari"]);
    expect(institutionNames(draft)).toEqual([]);
  });

  it("is one when the article also writes it out", () => {
    const draft = read(
      "Bupati Blora, Budi Santoso, membuka pameran.",
      "Pemerintah Kabupaten Blora menyiapkan anggaran untuk pameran itu.",
    );
    expect(institutionNames(draft)).toEqual(["Pemerintah Kabupaten Blora"]);
    expect(draft.places.map((p) => p.name)).toContain("Kabupaten Blora");
  });
});

describe("an office that exists once in every district", () => {
  it("is no institution when written without a place the article gives it", () => {
    const draft = read("Menurut Budi Santosa, biaya operasional Kantor Urusan Agama (KUA) akan naik tahun depan.");
    expect(institutionNames(draft)).toEqual([]);
  });

  it("is the one office the article places, as a ministry office", () => {
    const draft = read(
      "Kantor Urusan Agama Kabupaten Blora menyiapkan layanan nikah.",
      "Biaya operasional Kantor Urusan Agama akan naik tahun depan.",
    );
    expect(draft.institutions.map((i) => [i.name, i.type])).toEqual([
      ["Kantor Urusan Agama Kabupaten Blora", "MINISTRY"],
    ]);
  });
});

describe("national institutions written as mixed-case contractions", () => {
  it("reads a ministry contraction joined by a hyphen as the ministry", () => {
    const draft = read("Pameran dibuka Deputi Bidang Pemasaran Kemenkop-UKM Rina Wulandari di Jakarta.");
    const ministry = draft.institutions.find((i) => i.type === "MINISTRY");
    expect(ministry?.name).toBe("Kementerian Koperasi dan Usaha Kecil dan Menengah");
    expect(ministry?.aliases).toContain("Kemenkop-UKM");
  });

  it("reads a council's contraction after a title as the council", () => {
    const draft = read("Acara itu disaksikan Ketua Dekopin Budi Santosa dan para pengurus koperasi.");
    expect(institutionNames(draft)).toEqual(["Dewan Koperasi Indonesia"]);
  });

  it("reads TNI with its service branch as the branch, written out or short", () => {
    const draft = read(
      "Seluruh Babinsa TNI Angkatan Darat diminta mendatangi dapur warga.",
      "Program itu berjalan di semua satuan TNI AD.",
    );
    expect(institutionNames(draft)).toEqual(["TNI Angkatan Darat"]);
    expect(draft.institutions[0]?.aliases).toContain("TNI AD");
  });
});

describe("a numbered command inside a numbered command", () => {
  it("reads the parent's number, a slash, its own number and the seat as one Koramil", () => {
    const draft = read("Babinsa Koramil 0999/07 Sukamaju, Serka Budi Santosa, memperbaiki rumah warga.");
    expect(institutionNames(draft)).toEqual(["Komando Rayon Militer 0999/07 Sukamaju"]);
  });
});

describe("a district named after its regency with a position word", () => {
  it("keeps the position word in a command's seat, so the headline form is the body's command", () => {
    const draft = parseArticleDraft(
      extractArticle(
        "Cara Koramil Kampar Kiri Pastikan Warga Tidak Kelaparan\n\nBabinsa Koramil 05/Kampar Kiri, Serda Budi Santosa, mendatangi dapur warga. Danramil Kampar Kiri memantau.",
      ),
    );
    expect(institutionNames(draft)).toEqual(["Komando Rayon Militer 05/Kampar Kiri"]);
  });
});

describe("a faculty, a part of a university", () => {
  it("is no institution when no university is named with it", () => {
    const draft = read("Lulusan terbaik diraih Rina Wulandari dari Program Studi Manajemen Fakultas Ekonomi.");
    expect(institutionNames(draft)).toEqual([]);
  });

  it("still leaves the university it is written with", () => {
    const draft = read("Mahasiswa baru Fakultas Hukum Universitas Sukamaju mengikuti pengenalan kampus.");
    expect(institutionNames(draft)).toContain("Universitas Sukamaju");
  });

  it("gives way to the university, where its dean's post is filed (eval/README.md: a faculty is no institution)", () => {
    const draft = read("Dekan Fakultas Teknik Universitas Sukamaju, Budi Santoso, membuka seminar.");
    expect(institutionNames(draft)).toEqual(["Universitas Sukamaju"]);
    expect(draft.positions.map((p) => p.institution)).toEqual([draft.institutions[0]?.key]);
  });
});

describe("cooperatives named by the movement or a cooperative-kind contraction", () => {
  it("reads the cooperative movement of a region as one organisation", () => {
    const draft = read("Gerakan Koperasi Kabupaten Blora menyalurkan paket sembako bagi anggota.");
    expect(institutionNames(draft)).toEqual(["Gerakan Koperasi Kabupaten Blora"]);
  });

  it("reads a contraction of a cooperative kind before its proper name", () => {
    const draft = read("Bantuan datang dari Kopsyah SINAR Mulia Abadi bagi warga terdampak.");
    expect(institutionNames(draft)).toEqual(["Kopsyah SINAR Mulia Abadi"]);
  });
});

describe("an association named with the body it belongs to after its acronym", () => {
  it("keeps the one proper word after the bracket in the name", () => {
    const draft = read(
      "Para lulusan diminta bergabung dengan Ikatan Keluarga Alumni (IKA) Unisuka agar silaturahmi terjaga.",
    );
    expect(institutionNames(draft)).toEqual(["Ikatan Keluarga Alumni Unisuka"]);
    expect(draft.institutions[0]?.shortName).toBe("IKA Unisuka");
  });

  it("does not take the first word of a longer name after the bracket", () => {
    const draft = read("Ikatan Keluarga Alumni (IKA) Budi Santosa mengatakan reuni digelar bulan depan.");
    expect(institutionNames(draft)).toEqual(["Ikatan Keluarga Alumni"]);
  });
});

describe("parties and NGOs named by their noun and a proper name", () => {
  it("reads a party and an NGO as institutions", () => {
    const draft = read(
      "Seminar itu digagas LSM Cahaya Nusantara di Kabupaten Blora.",
      "Kami akan awasi, ucap politisi Partai Harapan Rakyat itu.",
    );
    expect(institutionNames(draft)).toEqual(["LSM Cahaya Nusantara", "Partai Harapan Rakyat"]);
  });
});

describe("an organisation noun inside an event's title", () => {
  it("names no organisation when the title is introduced as one", () => {
    const draft = read(
      "Dalam seminar bertajuk Membangun Persatuan Bangsa Menuju Pemilu Damai itu, Budi Santosa hadir.",
    );
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a regional government written out without its place", () => {
  it("is the government of the one city the article's institutions are placed in", () => {
    const draft = read(
      "Ketua Komisi III DPRD Kota Balikpapan, Budi Santosa, memimpin rapat.",
      "Komisi akan mengawasi proyek yang dikerjakan Pemerintah Kota (Pemkot) tahun ini.",
    );
    expect(institutionNames(draft)).toContain("Pemerintah Kota Balikpapan");
  });

  it("stays unnamed when no institution places the article in a city", () => {
    const draft = read("Komisi akan mengawasi proyek yang dikerjakan Pemerintah Kota (Pemkot) tahun ini.");
    expect(institutionNames(draft)).toEqual([]);
  });
});
