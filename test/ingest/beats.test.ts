import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * The regional news beat beyond corrections: regional government units, courts and
 * prosecutors, police and military, schools, health and religious affairs, civil society.
 * Every sentence here is made up; each test pins one rule of the title and unit grammar.
 */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Ekstraksi\n\n${paragraphs.join("\n\n")}`));
}

function positions(draft: ArticleDraft): string[] {
  const people = new Map(draft.people.map((p) => [p.key, p.name]));
  const institutions = new Map(draft.institutions.map((i) => [i.key, i.name]));
  return draft.positions
    .map((p) => `${people.get(p.person)} | ${p.role} | ${p.institution ? institutions.get(p.institution) : "-"}`)
    .sort();
}

const institutionNamed = (draft: ArticleDraft, name: string) =>
  draft.institutions.find((i) => i.name === name || i.shortName === name || i.aliases.includes(name));

describe("regional government units", () => {
  it("reads an abbreviated unit with its region as the long form, short form kept", () => {
    const draft = read("Kepala Disdukcapil Kab. Blora, Rina Wulandari, mengatakan pelayanan berjalan lancar.");
    expect(positions(draft)).toEqual([
      "Rina Wulandari | Kepala Dinas Kependudukan dan Pencatatan Sipil | Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora",
    ]);
    expect(draft.institutions[0]).toMatchObject({ type: "LOCAL_GOVERNMENT", shortName: "Disdukcapil Blora" });
  });

  it("makes the long form, the bracketed acronym and the acronym alone one institution", () => {
    const draft = read(
      "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Blora, Agus Pranoto, meninjau lokasi.",
      "Menurut BPBD Blora, air mulai surut sejak pagi.",
    );
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]).toMatchObject({
      name: "Badan Penanggulangan Bencana Daerah Kabupaten Blora",
      shortName: "BPBD Blora",
    });
    expect(positions(draft)).toEqual([
      "Agus Pranoto | Kepala Badan Penanggulangan Bencana Daerah | Badan Penanggulangan Bencana Daerah Kabupaten Blora",
    ]);
  });

  it("reads mixed-case acronyms of units", () => {
    const draft = read("Dekranasda Blora dan Dinkominfo Blora mendukung pameran itu.");
    expect(draft.institutions.map((i) => i.shortName).sort()).toEqual(["Dekranasda Blora", "Dinkominfo Blora"]);
  });

  it("reads a unit named by its domain words and tells a city from the regency of the same name", () => {
    const draft = read("Rendra Wicaksono, Kepala Dinas Kesehatan Kota Semarang, hadir dalam rapat.");
    expect(positions(draft)).toEqual(["Rendra Wicaksono | Kepala Dinas Kesehatan | Dinas Kesehatan Kota Semarang"]);
    expect(draft.institutions[0]?.shortName).toBe("Dinkes Kota Semarang");
  });

  it("files a unit written without its region under the one the article places", () => {
    const draft = read(
      "Dinas Sosial Kabupaten Blora menyalurkan bantuan.",
      "Kepala Dinas Sosial, Budi Hartono, menyebut bantuan tepat sasaran.",
    );
    expect(draft.institutions).toHaveLength(1);
    expect(positions(draft)).toEqual(["Budi Hartono | Kepala Dinas Sosial | Dinas Sosial Kabupaten Blora"]);
  });

  it("learns an abbreviation the article defines", () => {
    const draft = read(
      "Lembaga Penjaminan Mutu Pendidikan (LPMP) menggelar pelatihan guru.",
      "Kepala LPMP Jawa Tengah, Sri Rahayu, membuka acara.",
    );
    expect(positions(draft)).toEqual([
      "Sri Rahayu | Kepala Lembaga Penjaminan Mutu Pendidikan | Lembaga Penjaminan Mutu Pendidikan Jawa Tengah",
    ]);
  });

  it("reads an abbreviated head-of-unit title with its region", () => {
    const draft = read("Kadinkes Blora dr. Rina Wulandari meninjau puskesmas.");
    expect(positions(draft)).toEqual(["Rina Wulandari | Kepala Dinas Kesehatan | Dinas Kesehatan Blora"]);
  });
});

describe("courts, prosecutors, universities and schools", () => {
  it("reads judges and prosecutors with their court and prosecutor's office", () => {
    const draft = read(
      "Ketua Majelis Hakim Pengadilan Negeri Blora, Agus Wibowo, membacakan putusan. JPU Kejari Blora, Siti Aminah, menuntut dua tahun penjara.",
    );
    expect(positions(draft)).toEqual([
      "Agus Wibowo | Ketua Majelis Hakim | Pengadilan Negeri Blora",
      "Siti Aminah | Jaksa Penuntut Umum | Kejaksaan Negeri Blora",
    ]);
  });

  it("reads a vice-rector's field and strips a long run of degrees", () => {
    const draft = read(
      "Wakil Rektor Bidang Akademik Universitas Sukamaju Raya, Prof. Dr. Ir. Budi Santosa, M.Si., IPU, membuka seminar.",
    );
    expect(positions(draft)).toEqual(["Budi Santosa | Wakil Rektor Bidang Akademik | Universitas Sukamaju Raya"]);
    expect(draft.institutions[0]?.type).toBe("SCHOOL");
  });

  it("reads numbered schools in their written forms as one school", () => {
    const draft = read("Siswa SMA Negeri 2 Blora menang lomba. Kepala SMAN 2 Blora, Dewi Anggraini, bangga.");
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]?.name).toBe("SMA Negeri 2 Blora");
    expect(positions(draft)).toEqual(["Dewi Anggraini | Kepala SMA Negeri 2 | SMA Negeri 2 Blora"]);
  });

  it("reads a unit title whose unit words name a correction facility's section", () => {
    const draft = read("Pembina Kemandirian Lapas Blora, Dewi Lestari, menjelaskan program itu.");
    expect(positions(draft)).toEqual(["Dewi Lestari | Pembina Kemandirian | Lapas Blora"]);
  });
});

describe("military and police units", () => {
  it("makes a numbered command one institution in its long and abbreviated forms", () => {
    const draft = read(
      "Komando Distrik Militer 0721/Blora Selatan menggelar bakti sosial. Kodim 0721/BS juga menurunkan personel.",
    );
    const military = draft.institutions.filter((i) => i.type === "MILITARY");
    expect(military).toHaveLength(1);
    expect(military[0]?.name).toBe("Komando Distrik Militer 0721/Blora Selatan");
    expect(military[0]?.aliases).toContain("Kodim 0721/BS");
  });

  it("reads a Koramil by its number and its commander by the abbreviated title", () => {
    const draft = read("Danramil 01/Sukamaju Kapten Inf. Joko Susilo memimpin kerja bakti.");
    expect(positions(draft)).toEqual(["Joko Susilo | Komandan Koramil | Komando Rayon Militer 01/Sukamaju"]);
  });
});

describe("names beside titles", () => {
  it("does not fuse a region the article names into the name after a title", () => {
    const draft = read(
      "Banjir melanda sejumlah desa di Sukamulya.",
      '"Air mulai surut sejak pagi tadi," kata Pelaksana Tugas Kepala BPBD Sukamulya Hartono Wijaya di posko.',
    );
    expect(draft.people.map((p) => p.name)).toEqual(["Hartono Wijaya"]);
    expect(positions(draft)).toEqual([
      "Hartono Wijaya | Pelaksana Tugas Kepala Badan Penanggulangan Bencana Daerah | Badan Penanggulangan Bencana Daerah Sukamulya",
    ]);
  });

  it("does not fuse a listed regency into the name after a unit with its acronym", () => {
    const draft = read("Kepala Kantor Kementerian Agama (Kemenag) Kebumen Sugeng Riyadi meresmikan gedung.");
    expect(positions(draft)).toEqual([
      "Sugeng Riyadi | Kepala Kantor Kementerian Agama | Kantor Kementerian Agama Kebumen",
    ]);
  });

  it("reads a village head without a village government the text never names", () => {
    const draft = read("Kepala Desa Sukamulya Ahmad Fauzan bersyukur jalan desa selesai dibangun.");
    expect(positions(draft)).toEqual(["Ahmad Fauzan | Kepala Desa | -"]);
    expect(draft.institutions.map((institution) => institution.name)).not.toContain("Pemerintah Desa Sukamulya");
  });

  it("reads a DPRD commission chair with the DPRD as the institution", () => {
    const draft = read("Ketua Komisi III DPRD Blora, Agus Wijaya, memimpin rapat dengar pendapat.");
    expect(positions(draft)).toEqual(["Agus Wijaya | Ketua Komisi III | Dewan Perwakilan Rakyat Daerah Blora"]);
  });

  it("reads a national body with its national region and bracketed short form", () => {
    const draft = read("Anggota Komisi Pemilihan Umum Republik Indonesia (KPU RI), Budi Hartono, memberi kuliah umum.");
    expect(draft.institutions[0]).toMatchObject({
      name: "Komisi Pemilihan Umum Republik Indonesia",
      shortName: "KPU RI",
    });
    expect(draft.people.map((p) => p.name)).toEqual(["Budi Hartono"]);
  });

  it("reads a numbered command written without a slash and a rank without a full stop", () => {
    const draft = read("Dandim 0999 Sukamulya, Letkol Inf Bagus Pratama, meninjau bedah rumah.");
    expect(positions(draft)).toEqual(["Bagus Pratama | Komandan Kodim | Komando Distrik Militer 0999 Sukamulya"]);
  });

  it("strips degree phrases written without full stops and a noble title", () => {
    const draft = read(
      "Rapat dipimpin Rektor Universitas Sukamulya, Dr Ir Hendra Gunawan ST MT IPM ASEAN Eng. Hadir pula Kepala Rutan Blora, RM. Bagus Wirawan.",
    );
    expect(draft.people.map((p) => p.name).sort()).toEqual(["Bagus Wirawan", "Hendra Gunawan"]);
  });

  it("reads a numbered vice-rector of a university the article abbreviates", () => {
    const draft = read(
      "Universitas Sukamulya (Unsuka) mewisuda 500 lulusan.",
      "Hasilnya dibacakan Pembantu Rektor I Unsuka, Rina Marlina.",
    );
    expect(positions(draft)).toEqual(["Rina Marlina | Pembantu Rektor I | Universitas Sukamulya"]);
  });
});

describe("organisations and units read around a title", () => {
  it("reads an unknown acronym between a title and an honorific as where the title is held", () => {
    const draft = read("Rektor Unsuka Dr Budi Utama SE MSi menjelaskan jumlah lulusan tahun ini.");
    expect(positions(draft)).toEqual(["Budi Utama | Rektor | Unsuka"]);
    expect(draft.institutions[0]?.type).toBe("SCHOOL");
  });

  it("skips a unit's parent command between the title and the name", () => {
    const draft = read("Babinsa Koramil 05/KK Kodim 0313/KPR, Serda Dani Saputra, menyambangi dapur warga.");
    expect(positions(draft)).toEqual(["Dani Saputra | Babinsa | Komando Rayon Militer 05/KK"]);
    expect(draft.institutions.map((i) => i.shortName).sort()).toEqual(["Kodim 0313/KPR", "Koramil 05/KK"]);
  });

  it("reads a regional command numbered in roman numerals and a rank followed by TNI", () => {
    const draft = read("Pangdam IV/Sukamulya Mayjen TNI Hendra Wijaya meninjau lokasi.");
    expect(positions(draft)).toEqual(["Hendra Wijaya | Panglima Kodam | Komando Daerah Militer IV/Sukamulya"]);
  });

  it("reads a hospital with its noun's acronym before its proper name", () => {
    const draft = read(
      "Direktur Rumah Sakit Umum Daerah (RSUD) Harapan Sehat Kabupaten Blora, dr. Rina Kusuma, menjelaskan layanan.",
    );
    expect(positions(draft)).toEqual([
      "Rina Kusuma | Direktur | Rumah Sakit Umum Daerah Harapan Sehat Kabupaten Blora",
    ]);
    expect(draft.institutions[0]?.aliases).toContain("RSUD Harapan Sehat");
  });
});

describe("civil society", () => {
  it("reads an association with its acronym and region as one institution", () => {
    const draft = read(
      "Ikatan Dokter Indonesia (IDI) Kab. Blora memberi layanan gratis. IDI Blora juga memeriksa lansia.",
    );
    expect(draft.institutions).toHaveLength(1);
    expect(institutionNamed(draft, "IDI Blora")).toBeDefined();
  });
});

describe("products from list constructions", () => {
  const productNames = (draft: ArticleDraft) => draft.products.map((p) => p.name.toLowerCase()).sort();

  it("reads every item of a list, not only the ones a lexicon names whole", () => {
    const draft = read("Stan koperasi memamerkan produk berupa lemari, rak sepatu, hingga kotak tisu buatan warga.");
    expect(productNames(draft)).toEqual(["kotak tisu", "lemari", "rak sepatu"]);
    expect(draft.products.find((p) => p.name.toLowerCase() === "lemari")?.category).toBe("HANDICRAFT");
  });

  it("reads 'mulai dari … hingga …' and drops a trailing 'lainnya'", () => {
    const draft = read(
      "Bazar UMKM menampilkan produk mulai dari anyaman bambu, keripik pisang, hingga batik tulis lainnya.",
    );
    expect(productNames(draft)).toEqual(["anyaman bambu", "batik tulis", "keripik pisang"]);
    expect(draft.products.map((p) => p.category).sort()).toEqual(["FASHION", "HANDICRAFT", "PROCESSED_FOOD"]);
  });

  it("keeps a brand whole instead of cutting it to its category word", () => {
    const draft = read("Di pameran itu koperasi menjual Kopi Arabika Gayo dan madu hutan.");
    expect(productNames(draft)).toEqual(["kopi arabika gayo", "madu hutan"]);
  });

  it("reads list words and a material as part of the items", () => {
    const draft = read(
      "Pengunjung bazar menemukan produk seperti kue bolu dan berbagai jenis roti. Dipajang pula sandal dari bahan limbah pandan.",
    );
    expect(productNames(draft)).toEqual(["kue bolu", "roti", "sandal dari bahan limbah pandan"]);
  });

  it("does not read list items without a product head noun", () => {
    const draft = read("Bazar UMKM diisi berbagai kegiatan seperti lomba mewarnai, senam pagi, dan donor darah.");
    expect(draft.products).toEqual([]);
  });
});

describe("quotes and people named without a title", () => {
  const quotes = (draft: ArticleDraft) => {
    const people = new Map(draft.people.map((p) => [p.key, p.name]));
    return draft.quotes.map((q) => `${people.get(q.speaker)}: ${q.text}`);
  };

  it("reads a quote opened with a closing mark and a speaker called by a nickname", () => {
    const draft = read(
      "Rendra Wicaksono, Kepala Dinas Kesehatan Kota Semarang, meninjau puskesmas.",
      "”Kami siap melayani warga setiap hari,” sebut Rendi.",
    );
    expect(quotes(draft)).toEqual(["Rendra Wicaksono: Kami siap melayani warga setiap hari"]);
  });

  it("gives 'ujarnya' to a resident introduced after the official, not to the official", () => {
    const draft = read(
      "Kepala Dinas Sosial Kabupaten Blora, Budi Hartono, meninjau pengungsian.",
      "Sulastri, warga Desa Sukamulya, sudah sepekan mengungsi. “Anak-anak mulai demam dan batuk,” ujarnya.",
    );
    expect(quotes(draft)).toEqual(["Sulastri: Anak-anak mulai demam dan batuk"]);
  });

  it("leaves a quote unattributed when an unnamed new speaker stands between", () => {
    const draft = read(
      "Kepala Dinas Sosial Kabupaten Blora, Budi Hartono, meninjau pengungsian.",
      "Sari mengatakan air sudah masuk rumah. “Kami belum bisa pulang ke rumah,” ujarnya.",
    );
    expect(quotes(draft)).toEqual([]);
  });

  it("does not read a quoted brand name as a quote", () => {
    const draft = read(
      "Kepala Dinas Koperasi Kabupaten Blora, Budi Hartono, membuka pameran.",
      "Salah satu stan memajang produk “Sambal Roa Pedas Manis” yang laris.",
    );
    expect(draft.quotes).toEqual([]);
  });

  it("reads people named beside a head and beside their company, without a title", () => {
    const draft = read(
      "Rombongan mengunjungi Rutan Sukamulya pimpinan Agus Salim.",
      "Budi Santosa beserta jajaran menyambut rombongan di halaman.",
    );
    expect(draft.people.map((p) => p.name).sort()).toEqual(["Agus Salim", "Budi Santosa"]);
  });

  it("does not read sentence words, numbers or school types as people", () => {
    const draft = read(
      "Nomor urut dua ditetapkan kemarin. Seperti biasa, Madrasah Aliyah Negeri 1 Blora ikut serta mengatakan siap.",
    );
    expect(draft.people).toEqual([]);
  });
});

describe("noise lines", () => {
  it("drops a 'Baca juga' line written without a colon", () => {
    const draft = read(
      "Bupati Blora meninjau banjir.",
      "Baca juga Polisi Tangkap Pencuri Motor di Blora",
      "Air mulai surut.",
    );
    expect(draft.article.body).not.toContain("Baca juga");
  });
});

describe("what the draft says beyond people", () => {
  it("keeps a quote by a speaker known only by a label", () => {
    const draft = read(
      "Kepala Rutan Blora, Hemu, meninjau dapur.",
      "Er (40), menilai pelatihan itu berguna. “Saya bisa membuka usaha sendiri nanti,” ujarnya.",
    );
    expect(draft.quotes).toEqual([]);
    expect(draft.labelledQuotes).toEqual([
      expect.objectContaining({ speakerLabel: "Er (40)", text: "Saya bisa membuka usaha sendiri nanti" }),
    ]);
  });

  it("says when the publication date is known only to the day", () => {
    const dayOnly = parseArticleDraft(
      extractArticle("Judul Berita Untuk Pengujian\nSenin, 1 Desember 2025\n\nBupati Blora meninjau banjir di desa."),
    );
    const withTime = parseArticleDraft(
      extractArticle("Judul Berita Untuk Pengujian\nSenin, 1 Desember 2025 10:15 WIB\n\nBupati Blora meninjau banjir."),
    );
    expect(dayOnly.article.publishedPrecision).toBe("DAY");
    expect(withTime.article.publishedPrecision).toBe("MINUTE");
  });
});

describe("places", () => {
  it("reads lowercase 'karesidenan X' as the former residency, not the regency of that name", () => {
    const draft = read("Warga karesidenan Pati memadati alun-alun untuk pameran.");
    expect(draft.places.map((p) => `${p.name}:${p.kind}`)).toEqual([
      "Eks Karesidenan Pati:FORMER_RESIDENCY",
      "Jawa Tengah:PROVINCE",
    ]);
  });
});
