import { describe, expect, it } from "vitest";
import { normalizeBody } from "../../src/ingest/extract/body.ts";
import { readDateline } from "../../src/ingest/extract/dateline.ts";
import { readHeader } from "../../src/ingest/extract/header.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

describe("readHeader", () => {
  it("reads masthead, title, byline with domain and date line", () => {
    const header = readHeader(
      "WARTAWAN\n\nJudul Berita Tentang Rutan Blora\n\nSri Setyo Lestari - DEMAK.WARTAWAN.ORG\n\nNov 29, 2025 - 19:36\n\nSabtu, 29 November 2025 – Isi berita dimulai di sini dengan kalimat panjang.",
    );
    expect(header.sourceName).toBe("WARTAWAN");
    expect(header.sourceDomain).toBe("demak.wartawan.org");
    expect(header.title).toBe("Judul Berita Tentang Rutan Blora");
    expect(header.authors).toEqual(["Sri Setyo Lestari"]);
    expect(header.published).toMatchObject({ year: 2025, month: 11, day: 29, hour: 19, minute: 36 });
    expect(header.bodyLines.join("\n").trim()).toMatch(/^Sabtu, 29 November 2025 – Isi/);
  });

  it.each([
    ["Oleh: Budi Santoso", ["Budi Santoso"]],
    ["Penulis : Dicky", ["Dicky"]],
    ["Reporter: Erwin | Editor: Andono", ["Erwin"]],
    ["Redaksi - PAGARALAMPOS.COM", []],
  ])("reads the byline %s", (byline, authors) => {
    const header = readHeader(
      `Judul Berita Tentang Lapas Palu\n${byline}\nPALU – Kepala Lapas Palu, Makmur, memberikan pengarahan kepada warga binaan pada hari Selasa pagi.`,
    );
    expect(header.authors).toEqual(authors);
  });

  it("reads an author named on the line before a 'Penulis' label", () => {
    const header = readHeader(
      "Lapas di Jakarta Kelebihan Kapasitas\n\nKompas.com - 17/08/2017, 17:30 WIB\nJessi Carina\n\nPenulis\n\nJAKARTA, KOMPAS.com - Kepala Divisi Pemasyarakatan menjelaskan situasi lapas di Jakarta yang sudah penuh.",
    );
    expect(header.authors).toEqual(["Jessi Carina"]);
    expect(header.sourceName).toBe("Kompas.com");
  });

  it("reads the byline at the foot of an article and drops it from the body", () => {
    const header = readHeader(
      "Judul Berita Rutan Kotabumi\n\nIsi berita yang panjang dan lengkap sekali di sini.\n\nPewarta: Bambang\nEditor: Andono",
    );
    expect(header.authors).toEqual(["Bambang"]);
    expect(header.bodyLines.join(" ")).not.toContain("Bambang");
  });

  it("skips photo captions", () => {
    const header = readHeader(
      "Kalapas Palu Tekankan Disiplin\n\nKalapas Palu memberikan pengarahan. (Dok: Humas Lapas Palu)\nPalu, PAStime News – Kepala Lapas Kelas IIA Palu, Makmur, memberikan pengarahan langsung kepada warga binaan.",
    );
    expect(header.title).toBe("Kalapas Palu Tekankan Disiplin");
    expect(header.bodyLines.join(" ")).not.toContain("Dok:");
  });
});

describe("readDateline", () => {
  it.each([
    ["BLORA – Kepala Rutan", "Kabupaten Blora", undefined],
    ["Semarang (ANTARA) - Kepala Lapas", "Kota Semarang", "ANTARA"],
    ["PAGAR ALAM, PAGARALAMPOS.COM – Masih banyak", "Kota Pagar Alam", "PAGARALAMPOS.COM"],
    ["Jambi|TribunX.id, Kepala Balai", "Kota Jambi", "TribunX.id"],
    ["Metro Merauke – Kapolres Merauke", undefined, "Metro Merauke"],
  ])("reads %s", (paragraph, place, source) => {
    const dateline = readDateline(paragraph);
    expect(dateline.place?.name).toBe(place);
    expect(dateline.source).toBe(source);
  });

  it("is absent when the paragraph opens with a sentence", () => {
    expect(readDateline("Dalam rangka memperingati Hari Kemerdekaan - yang ke-80 - warga").place).toBeUndefined();
  });
});

describe("normalizeBody", () => {
  it("splits on blank lines, joins a paragraph cut mid-sentence and collapses whitespace", () => {
    const { body, paragraphs } = normalizeBody([
      "Kepala UPT se-Eks Karesidenan",
      "",
      "Pati   turut\tmendampingi.",
      "",
      "",
      "Paragraf kedua.",
    ]);
    expect(body).toBe("Kepala UPT se-Eks Karesidenan Pati turut mendampingi.\n\nParagraf kedua.");
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual([
      "Kepala UPT se-Eks Karesidenan Pati turut mendampingi.",
      "Paragraf kedua.",
    ]);
  });

  it("treats every line as a paragraph when the text has no blank lines", () => {
    expect(normalizeBody(["Satu kalimat.", "Dua kalimat.", "Baca juga: berita lain"]).body).toBe(
      "Satu kalimat.\n\nDua kalimat.",
    );
  });
});

describe("the article source", () => {
  it("prefers the caller's source and takes the domain from the url", () => {
    const draft = extractArticle("Judul Berita Lapas Palu Hari Ini\n\nIsi berita yang cukup panjang di sini.", {
      source: "PAStime News",
      url: "https://www.pastime.id/berita/1",
    });
    expect(draft.article.source).toEqual({ name: "PAStime News", domain: "pastime.id" });
    expect(draft.article.url).toBe("https://www.pastime.id/berita/1");
  });
});

describe("a byline and date on one line", () => {
  it("reads both", () => {
    const header = readHeader(
      "Judul Berita Tentang Rutan Blora\nOleh: Sri Wahyuni | Senin, 1 Desember 2025 | 10:15 WIB\nBLORA – Kepala Rutan Blora, Hemu, meninjau dapur warga binaan pada pagi hari ini bersama jajarannya.",
    );
    expect(header.authors).toEqual(["Sri Wahyuni"]);
    expect(header.published).toMatchObject({ year: 2025, month: 12, day: 1, hour: 10, minute: 15, zone: "WIB" });
  });
});

describe("text pasted with its lines broken inside sentences", () => {
  // Made-up article whose lines wrap mid-sentence; its first line ending with a stop is the third.
  const wrapped = [
    "Bupati Sukamaju Lantik Dua Penjabat Kepala Desa",
    "SUKAMAJU – Bupati Sukamaju",
    "Rina Wulandari melantik dua penjabat kepala desa di aula kantor bupati pada",
    "hari Senin, disaksikan Kepala Dinas Pemberdayaan Masyarakat dan Desa Sukamaju",
    "Budi Santoso, yang juga memimpin sumpah jabatan di",
    "Aula Sukamaju, Senin (4/5/2026).",
    "Pelantikan itu dihadiri para camat dan kepala desa se-Kabupaten Sukamaju.",
  ].join("\n");

  it("opens the body at the first wrapped line, not at the first line ending with a stop", () => {
    const header = readHeader(wrapped);
    expect(header.title).toBe("Bupati Sukamaju Lantik Dua Penjabat Kepala Desa");
    expect(header.bodyLines[0]).toBe("SUKAMAJU – Bupati Sukamaju");
  });

  it("reads the people its first sentence names", () => {
    const names = (extractArticle(wrapped).people ?? []).map((person) => person.name);
    expect(names).toEqual(expect.arrayContaining(["Rina Wulandari", "Budi Santoso"]));
  });

  it("keeps a one-line subtitle above the dateline out of the body", () => {
    const header = readHeader(
      "Bupati Sukamaju Lantik Dua Penjabat Kepala Desa\nPelantikan digelar di aula kantor bupati\nSUKAMAJU – Bupati Sukamaju Rina Wulandari melantik dua penjabat kepala desa di aula kantor bupati pada hari Senin.",
    );
    expect(header.bodyLines[0]).toMatch(/^SUKAMAJU – /);
  });
});
