import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { draftReader, peopleNames, positionOf } from "./draftQueries.ts";

/**
 * Title, unit and organisation patterns read by grammar rather than by phrase lists (issue 7).
 * Every sentence here is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a title's holder after the institution's province set off by commas", () => {
  it("reads the name after ', Province,' and gives the post at the institution", () => {
    const draft = read(
      "Kepala Bidang Logistik BPBD Kabupaten Sukamaju, Jawa Tengah, Wiryawan, mengatakan bantuan sudah dikirim.",
    );
    expect(peopleNames(draft)).toEqual(["Wiryawan"]);
    expect(positionOf(draft, "Wiryawan").role).toBe("Kepala Bidang Logistik");
    expect(positionOf(draft, "Wiryawan").institution).toMatch(/^BPBD/);
  });
});

describe("a unit of a title named by words the vocabulary does not list", () => {
  it("reads 'X dan Y' before the institution as the unit", () => {
    const draft = read("Kepala Bidang Perencanaan dan Kesigapan BPBD Blora, Wiryawan, mengatakan air mulai surut.");
    expect(positionOf(draft, "Wiryawan").role).toBe("Kepala Bidang Perencanaan dan Kesigapan");
    expect(positionOf(draft, "Wiryawan").institution).toBe("BPBD Blora");
  });

  it("does not take a name for unit words when no institution follows", () => {
    const draft = read("Kepala Bidang Perencanaan dan Wiryawan Sudarmo hadir dalam rapat itu.");
    expect(draft.positions.map((p) => p.role)).not.toContain("Kepala Bidang Perencanaan dan Wiryawan Sudarmo");
  });
});

describe("a unit whose domains are listed with commas", () => {
  it("keeps 'A, B, C dan D' in the unit's name when 'dan' closes the list", () => {
    const draft = read(
      "Rapat digelar Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana (DP3AP2KB) Kabupaten Blora pagi tadi.",
    );
    const names = draft.institutions.map((i) => i.name);
    expect(names).toContain(
      "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Blora",
    );
    expect(names).not.toContain("Dinas Pemberdayaan Perempuan");
  });

  it("ends the unit at a comma that starts another unit", () => {
    const draft = read("Rapat dihadiri Dinas Pendidikan, Dinas Sosial dan Dinas Kesehatan Kabupaten Blora.");
    expect(draft.institutions.map((i) => i.name)).toContain("Dinas Pendidikan");
  });
});

describe("'Sekkot', the city's regional secretary", () => {
  it("is a title, not the first word of its holder's name", () => {
    const draft = read(
      "Wali Kota mengusulkan Sekkot Kendari Rina Wulandari sebagai penjabat.",
      "Usulan itu dikirim pekan lalu.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(positionOf(draft, "Rina Wulandari").role).toBe("Sekretaris Daerah Kota");
  });
});

describe("the public works office written 'PU' or 'PU-PR'", () => {
  it("reads 'Kadis PU Name' as the head of the Dinas Pekerjaan Umum and 'PU-PR' as the Dinas PUPR", () => {
    const works = read("Rapat dihadiri Kadis PU Bambang Sutrisno dan para camat.", "Mereka membahas jalan yang rusak.");
    expect(peopleNames(works)).toEqual(["Bambang Sutrisno"]);
    expect(positionOf(works, "Bambang Sutrisno").role).toBe("Kepala Dinas Pekerjaan Umum");
    expect(works.institutions.map((i) => i.name)).toEqual(["Dinas Pekerjaan Umum"]);
    const planning = read(
      "Rapat dihadiri Kepala Dinas PU-PR Kota Sukamaju, Rina Wulandari.",
      "Ia membahas jalan yang rusak.",
    );
    expect(peopleNames(planning)).toEqual(["Rina Wulandari"]);
    expect(positionOf(planning, "Rina Wulandari").institution).toBe("DPUPR Sukamaju");
  });

  it("does not read a bare 'PU' as the office", () => {
    const draft = read("Jalan itu dibangun oleh PU tahun lalu dan kini rusak berat.");
    expect(draft.institutions).toEqual([]);
  });
});

describe("an unknown abbreviation listed among institutions", () => {
  it("reads agency abbreviations and acronyms listed after institutions", () => {
    const draft = read(
      "Rapat dihadiri Polres Blora, Dinas Sosial, Diskominfotik, Dispermasdes, PUPRKP dan Dinas Kesehatan.",
    );
    const names = draft.institutions.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(["Diskominfotik", "Dispermasdes", "PUPRKP"]));
  });

  it("does not read a person or an ordinary word in a list as an institution", () => {
    const draft = read(
      "Rapat dihadiri Polres Blora, Dinawati dan warga sekitar.",
      "Dinawati mengatakan rapat berjalan lancar.",
    );
    expect(draft.institutions.map((i) => i.name)).not.toContain("Dinawati");
    const plain = read("Rapat dihadiri Polres Blora, Kemarin hujan turun.");
    expect(plain.institutions.map((i) => i.name)).toEqual(["Kepolisian Resor Blora"]);
  });
});

describe("regional police named after their command, not a province", () => {
  it("reads 'Polda Metro Jaya' as the regional police and the post held there", () => {
    const draft = read("Kabid Humas Polda Metro Jaya Kombes Pol Wiryawan Sudarmo memberi keterangan.");
    const polda = draft.institutions.find((i) => i.type === "POLICE");
    expect(polda?.aliases).toContain("Polda Metro Jaya");
    expect(positionOf(draft, "Wiryawan Sudarmo").role).toBe("Kepala Bidang Humas");
  });
});

describe("a title clause read backwards", () => {
  it("stops at the name of the person named before it", () => {
    const draft = read(
      "Hadir Kadiv Humas Polri Irjen Pol Budi Santosa, Kabid Humas Polda Sukamaju Kombes Pol Wiryawan Sudarmo dan warga.",
    );
    expect(positionOf(draft, "Wiryawan Sudarmo").role).toBe("Kabid Humas Polda Sukamaju");
  });

  it("goes on past a name inside the clause that no title follows", () => {
    const draft = read("Ketua Yayasan Pendidikan Haji Sukamto Blora, Rina Wulandari, mengatakan sekolah tetap buka.");
    expect(peopleNames(draft)).toContain("Rina Wulandari");
    expect(positionOf(draft, "Rina Wulandari").role).toMatch(/^Ketua Yayasan Pendidikan/);
  });
});

describe("one word after a standalone title, before a full name set off by commas", () => {
  it("is where the title is held, and the name is its holder", () => {
    const draft = read("Sidang perkara Direktur Eksekutif Sukalestari, Wiryawan Sudarmo, dan kawan-kawan ditunda.");
    expect(peopleNames(draft)).toEqual(["Wiryawan Sudarmo"]);
    expect(positionOf(draft, "Wiryawan Sudarmo")).toEqual({ role: "Direktur Eksekutif", institution: "Sukalestari" });
  });
});

describe("products in list constructions", () => {
  const products = (draft: ArticleDraft) => draft.products.map((p) => p.name).sort();

  it("reads the head noun after a word for the product's form ('adonan batako')", () => {
    const draft = read("Di bengkel kerja, warga binaan membuat adonan paving untuk dijual. Hasil karya itu laris.");
    expect(products(draft)).toEqual(["Paving"]);
  });

  it("starts a new list at a later marker instead of skipping it", () => {
    const draft = read(
      "Warga binaan membuat cetakan genteng, mengecat pagar, menyapu halaman hingga membuat lemari kayu. Hasil karya itu dijual.",
    );
    expect(products(draft)).toEqual(["Genteng", "Lemari kayu"]);
  });
});

describe("a title and a full name without a comma between", () => {
  it("reads an abbreviated title the lexicon does not list before an institution and a name", () => {
    const draft = read("Hadir pula Dirsamapta Polres Blora Wiryawan Sudarmo dalam apel itu.");
    expect(peopleNames(draft)).toEqual(["Wiryawan Sudarmo"]);
    expect(positionOf(draft, "Wiryawan Sudarmo")).toEqual({ role: "Dirsamapta", institution: "Polres Blora" });
  });

  it("reads the head of an agency abbreviation and a place before a full name", () => {
    const draft = read("Selamatan dihadiri Kepala Bapperida Blora Wiryawan Sudarmo dan warga.");
    expect(peopleNames(draft)).toEqual(["Wiryawan Sudarmo"]);
    expect(positionOf(draft, "Wiryawan Sudarmo").institution).toBe("Bapperida Blora");
  });

  it("does not read an ordinary word shaped like an abbreviated title", () => {
    const draft = read("Kabar Polres Blora itu ramai dibicarakan warga.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("an association's chapter", () => {
  it("keeps the chapter level between the acronym and the region in the name", () => {
    const draft = read("Acara dihadiri Himpunan Pelajar Tani (HPT) Cabang Blora dan warga.");
    const chapter = draft.institutions.find((i) => i.name.startsWith("Himpunan Pelajar Tani"));
    expect(chapter?.name).toBe("Himpunan Pelajar Tani Cabang Blora");
    expect(chapter?.shortName).toBe("HPT Cabang Blora");
  });
});
