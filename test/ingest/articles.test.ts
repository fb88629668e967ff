import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/**
 * Articles written for these tests in the styles of other outlets (ANTARA, police and regional
 * news): none of their names appear in the rules, so they check that the rules generalise.
 */
function read(fixture: string): ArticleDraft {
  const text = readFileSync(new URL(`fixtures/${fixture}.txt`, import.meta.url), "utf8");
  return parseArticleDraft(extractArticle(text));
}

function positions(draft: ArticleDraft): string[] {
  const people = new Map(draft.people.map((p) => [p.key, p.name]));
  const institutions = new Map(draft.institutions.map((i) => [i.key, i.shortName ?? i.name]));
  return draft.positions
    .map((p) => `${people.get(p.person)} | ${p.role} | ${p.institution ? institutions.get(p.institution) : "-"}`)
    .sort();
}

function quoteSpeakers(draft: ArticleDraft): string[] {
  const people = new Map(draft.people.map((p) => [p.key, p.name]));
  return draft.quotes.map((q) => `${people.get(q.speaker)}: ${q.text.slice(0, 30)}`);
}

describe("an ANTARA-style ministerial visit", () => {
  const draft = read("antara-menimipas-lapas-semarang");

  it("reads the header, dateline and foot byline", () => {
    expect(draft.article.publishedAt).toBe("2025-12-01T10:15:00+07:00");
    expect(draft.article.source?.name).toBe("ANTARA");
    expect(draft.article.authors).toEqual([{ name: "Immanuel Citra Senjaya" }]);
    expect(draft.places.find((p) => p.key === draft.article.dateline)?.name).toBe("Kota Semarang");
  });

  it("reads ministers, directors general and acting heads", () => {
    expect(positions(draft)).toEqual([
      "Agus Andrianto | Menteri Imigrasi dan Pemasyarakatan | Kemenimipas",
      "Heni Yuwono | Pelaksana Tugas Kepala Kantor Wilayah | Kanwil Ditjenpas Jateng",
      "Mashudi | Direktur Jenderal Pemasyarakatan | Ditjenpas",
      "Usman Madjid | Kepala Lapas | Lapas Semarang",
    ]);
  });

  it("attributes 'kata Agus', 'ujarnya' and 'tambahnya'", () => {
    expect(quoteSpeakers(draft)).toEqual([
      "Agus Andrianto: Saya minta seluruh petugas mem",
      "Usman Madjid: Kami rutin menggelar razia kam",
      "Usman Madjid: Hasilnya, tidak ditemukan nark",
    ]);
  });

  it("reads the visit with its lead, companions and host", () => {
    const people = new Map(draft.people.map((p) => [p.key, p.name]));
    const [event] = draft.events;
    expect(event?.kind).toBe("INSPECTION");
    expect(event?.participants.map((p) => `${people.get(p.person)}:${p.role}`).sort()).toEqual([
      "Agus Andrianto:LEAD",
      "Heni Yuwono:ACCOMPANYING",
      "Mashudi:ACCOMPANYING",
      "Usman Madjid:HOST",
    ]);
  });
});

describe("a police report with officials of several institutions", () => {
  const draft = read("polres-grobogan-apel");

  it("reads ranks, abbreviated titles and unit heads", () => {
    expect(positions(draft)).toEqual([
      "Ardyansyah | Kepala Satuan Lalu Lintas | Polres Grobogan",
      "Bambang Sutejo | Kepala Kepolisian Sektor | Polsek Purwodadi",
      "Dwi Anto | Komandan Kodim | Kodim 0717/Purwodadi",
      "Frengki Wibowo | Kepala Kejaksaan Negeri | Kejari Grobogan",
      "Ike Yulianto Wicaksono | Kepala Kepolisian Resor | Polres Grobogan",
      "Setyo Hadi | Bupati | -",
    ]);
    expect(draft.people.find((p) => p.name === "Dwi Anto")?.aliases).toEqual(["Letkol Inf Dwi Anto"]);
  });

  it("attributes a quote to a title named after the speech verb", () => {
    expect(quoteSpeakers(draft)).toEqual([
      "Ike Yulianto Wicaksono: Sebanyak 450 personel gabungan",
      "Bambang Sutejo: Kami sudah berkoordinasi denga",
    ]);
  });

  it("does not take an editor's initials for an author", () => {
    expect(draft.article.authors).toEqual([]);
  });
});

describe("a regional bazaar with a local government", () => {
  const draft = read("rutan-pati-bazar");

  it("merges every form of the Rutan and of the regency government", () => {
    const rutan = draft.institutions.find((i) => i.type === "RUTAN");
    expect(rutan?.name).toBe("Rutan Kelas IIB Pati");
    expect(rutan?.aliases).toContain("Rumah Tahanan Negara (Rutan) Kelas IIB Pati");
    const pemkab = draft.institutions.find((i) => i.type === "LOCAL_GOVERNMENT");
    expect(pemkab).toMatchObject({ name: "Pemerintah Kabupaten Pati", shortName: "Pemkab Pati" });
    expect(draft.institutions).toHaveLength(2);
  });

  it("reads deputies and abbreviated heads, and the products shown", () => {
    expect(positions(draft)).toEqual([
      "Muhammad Rosyid | Kepala Rutan | Rutan Pati",
      "Risma Ardhi Chandra | Wakil Bupati | Pemkab Pati",
    ]);
    expect(draft.products.map((p) => `${p.name}:${p.category}`).sort()).toEqual([
      "Batik tulis:FASHION",
      "Kerajinan kayu:HANDICRAFT",
      "Keset:HANDICRAFT",
      "Roti:PROCESSED_FOOD",
    ]);
    expect(quoteSpeakers(draft)).toEqual([
      "Muhammad Rosyid: Kami ingin warga binaan punya ",
      "Risma Ardhi Chandra: Kami akan bantu promosinya lew",
    ]);
  });
});

describe("a regional office before the 2024 reorganisation", () => {
  const draft = read("kanwil-jatim-remisi");

  it("names the Kanwil after its ministry and puts a division head there", () => {
    expect(positions(draft)).toEqual([
      "Heni Yuwono | Kepala Kantor Wilayah | Kanwil Kemenkumham Jatim",
      "Jayanta | Kepala Lapas | Lapas Surabaya",
      "Teguh Pamuji | Kepala Divisi Pemasyarakatan | Kanwil Kemenkumham Jatim",
    ]);
    const kanwil = draft.institutions.find((i) => i.type === "KANWIL");
    expect(kanwil?.name).toBe("Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Timur");
    expect(draft.article.publishedAt).toBe("2025-03-31T00:00:00+07:00");
  });
});

describe("an article full of capitalised words that are not names", () => {
  const draft = read("lapas-perempuan-donor-darah");

  it("finds only the people, including the head of an organisation the lexicon does not know", () => {
    expect(positions(draft)).toEqual([
      "Ani Hartini | Kepala Lapas | Lapas Perempuan Semarang",
      "Dewi Lestari | Kepala Subseksi Perawatan | Lapas Perempuan Semarang",
      "Slamet Riyadi | Ketua | PMI Kota Semarang",
    ]);
    expect(draft.people.find((p) => p.name === "Slamet Riyadi")?.aliases).toEqual([
      "Bapak H. Slamet Riyadi, S.Sos., M.Si.",
    ]);
  });

  it("gives the last quote to the last person who spoke", () => {
    expect(quoteSpeakers(draft)).toEqual([
      "Ani Hartini: Setetes darah yang kita donork",
      "Slamet Riyadi: Stok darah di Kota Semarang me",
    ]);
  });
});

describe("long unit titles, bracketed abbreviations and initials", () => {
  const draft = read("lapas-pati-kesehatan");

  it("reads a section head named after a long unit and a bracketed abbreviation", () => {
    expect(positions(draft)).toEqual([
      "A. Yuspahruddin | Kepala Kantor Wilayah | Kanwil Kemenkumham Jateng",
      "Budi Santoso | Kepala Seksi Pembinaan Narapidana dan Kegiatan Kerja | Lapas Pati",
    ]);
  });

  it("puts the Lapas under the Kanwil of its province", () => {
    const lapas = draft.institutions.find((i) => i.type === "LAPAS");
    expect(draft.institutions.find((i) => i.key === lapas?.parent)?.shortName).toBe("Kanwil Kemenkumham Jateng");
  });

  it("attributes 'kata Budi' to the section head", () => {
    expect(quoteSpeakers(draft)).toEqual([
      "Budi Santoso: Kesehatan warga binaan menjadi",
      "A. Yuspahruddin: Ini contoh pembinaan yang baik",
    ]);
  });
});

describe("an article that opens with its dateline and has no title line", () => {
  const draft = read("tribun-rutan-blora-barista");

  it("takes the outlet and place from the dateline and the byline from the foot", () => {
    expect(draft.article.source?.name).toBe("TRIBUNJATENG.COM");
    expect(draft.places.find((p) => p.key === draft.article.dateline)?.name).toBe("Kabupaten Blora");
    expect(draft.article.authors).toEqual([{ name: "Budi Santosa" }]);
  });

  it("reads the officials and gives the instructor's quote to the full name written before 'ujar Rizky'", () => {
    expect(positions(draft)).toEqual([
      "Arief Rohman | Bupati | Pemkab Blora",
      "Fajar Nur Cahyono | Kepala Rutan | Rutan Blora",
    ]);
    expect(quoteSpeakers(draft).map((q) => q.split(":")[0])).toEqual([
      "Fajar Nur Cahyono",
      "Rizky Pratama",
      "Arief Rohman",
    ]);
  });
});

describe("a regional office's officials", () => {
  const draft = read("kanwil-jateng-monitoring-kedu");

  it("places division heads named without their office at the Kanwil", () => {
    expect(positions(draft)).toEqual([
      "Agus Setiawan | Kepala Bagian Umum | Kanwil Ditjenpas Jateng",
      "Eko Prasetyo | Kepala Lapas | Lapas Wonosobo",
      "Heri Susanto | Kepala Lapas | Lapas Magelang",
      "Mardi Santoso | Kepala Kantor Wilayah | Kanwil Ditjenpas Jateng",
      "Tri Wahyuni | Kepala Bidang Pembinaan, Bimbingan dan Teknologi Informasi | Kanwil Ditjenpas Jateng",
    ]);
  });

  it("reads the monitoring visit with its lead and host", () => {
    const people = new Map(draft.people.map((p) => [p.key, p.name]));
    const [event] = draft.events;
    expect(event?.kind).toBe("INSPECTION");
    expect(
      event?.participants.filter((p) => p.role !== "ACCOMPANYING").map((p) => `${people.get(p.person)}:${p.role}`),
    ).toEqual(["Mardi Santoso:LEAD", "Heri Susanto:HOST"]);
  });
});
