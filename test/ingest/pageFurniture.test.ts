import { describe, expect, it } from "vitest";
import { normalizeBody } from "../../src/ingest/extract/body.ts";
import { isFurnitureLine, stripFurniture, withoutDeskCredit } from "../../src/ingest/extract/furniture.ts";
import { readHeader } from "../../src/ingest/extract/header.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

// Made-up articles with the furniture a scraped news page keeps around its story.
const TITLE = "Bupati Sukamaju Resmikan Pasar Rakyat Mekar";
const LEAD =
  "SUKAMAJU – Bupati Sukamaju, Budi Santoso, meresmikan Pasar Rakyat Mekar di Desa Mekar, Kecamatan Sukasari, Senin (13/12/2021).";
const QUOTE = '"Pasar ini untuk warga. Kami berharap pedagang tertib," kata Budi.';

const namesOf = (text: string) => {
  const draft = extractArticle(text);
  return {
    people: (draft.people ?? []).map((p) => p.name),
    institutions: (draft.institutions ?? []).map((i) => i.name),
    body: draft.article.body,
    authors: (draft.article.authors ?? []).map((a) => a.name),
    publishedAt: draft.article.publishedAt,
    title: draft.article.title,
  };
};

describe("page furniture in the body", () => {
  it("drops tag and share lines, so a tagged name does not swallow the share label", () => {
    const found = namesOf(
      [TITLE, LEAD, QUOTE, "0 Komentar", "Tags: Pasar Rakyat, Bupati Sukamaju, Budi Santoso", "Bagikan:"].join("\n"),
    );
    expect(found.people).toEqual(["Budi Santoso"]);
    expect(found.body).not.toMatch(/Komentar|Tags|Bagikan/);
  });

  it("drops share buttons, a tag list under its heading, and hashtags", () => {
    const found = namesOf(
      [
        TITLE,
        LEAD,
        QUOTE,
        "#pasarrakyat #sukamaju",
        "Bagikan:",
        "Facebook",
        "WhatsApp",
        "Tags",
        "Pasar Rakyat",
        "Dinas Perdagangan Sukamaju",
      ].join("\n"),
    );
    expect(found.institutions).toEqual([]);
    expect(found.body).toBe(`${LEAD}\n\n${QUOTE}`);
  });

  it("drops a list of other stories' headlines under its heading", () => {
    const found = namesOf(
      [
        TITLE,
        "",
        LEAD,
        "",
        QUOTE,
        "",
        "Berita Terkait",
        "",
        "Kepala Kantor Kemenag Sukamaju Lantik Penghulu Baru",
        "",
        "Ketua KPU Sukamaju Buka Bimtek Anggota PPK",
      ].join("\n"),
    );
    expect(found.institutions).toEqual([]);
    expect(found.body).not.toContain("Terkait");
  });

  it("drops headlines ending in an exclamation and their time stamps under a topic heading, and who posted the page", () => {
    const found = namesOf(
      [
        TITLE,
        "",
        LEAD,
        "",
        QUOTE,
        "",
        "Publish by (red_skm)",
        "Topik:",
        "Pasar Rakyat Bupati SukamajuBerita Terkait",
        "",
        "Kapolres Sukamaju Tangkap Dua Pencuri Motor, Warga Lega!",
        "1 jam yang lalu",
        "",
        "Ketua KPU Sukamaju Lantik PPK",
      ].join("\n"),
    );
    expect(found.institutions).toEqual([]);
    expect(found.authors).toEqual([]);
    expect(found.body).toBe(`${LEAD}\n\n${QUOTE}`);
  });

  it("drops a blog's post navigation with the neighbouring headlines, but not prose opening with the same word", () => {
    const found = namesOf(
      [
        TITLE,
        LEAD,
        "Selanjutnya dilakukan pemotongan pita oleh para pedagang.",
        QUOTE,
        "Related",
        "Post navigation",
        "Previous Post",
        "Kapolres Sukamaju Pimpin Apel Pagi",
        "Berita Selanjutnya »",
        "Ketua KPU Sukamaju Buka Bimtek PPK",
        "Leave a Reply Cancel reply",
      ].join("\n"),
    );
    expect(found.institutions).toEqual([]);
    expect(found.body).toBe(`${LEAD}\n\nSelanjutnya dilakukan pemotongan pita oleh para pedagang.\n\n${QUOTE}`);
    const navigation = stripFurniture([QUOTE, "Next Post", "Ketua KPU Sukamaju Buka Bimtek PPK"]);
    expect(navigation).toEqual([QUOTE]);
  });

  it("drops links to other stories however the label is written", () => {
    const found = namesOf(
      [
        TITLE,
        LEAD,
        "Baca juga:",
        "Dandim 0999/Sukamaju Tinjau Sasaran TMMD",
        "|",
        "BACA JUGA... Kapolres Sukamaju Pimpin Apel Pagi",
        "Baca JugaCamat Sukasari Lantik Kepala Desa",
        "**Baca Juga: Polisi Tangkap Pencuri Motor di Sukasari",
        QUOTE,
      ].join("\n"),
    );
    expect(found.institutions).toEqual([]);
    expect(found.body).toBe(`${LEAD}\n\n${QUOTE}`);
  });

  it("drops a note on where else the story ran, whose quoted headline names other institutions", () => {
    const found = namesOf(
      [
        TITLE,
        LEAD,
        QUOTE,
        'Artikel ini telah tayang di Sukamajunews.com dengan judul "Kapolres Sukamaju Minta Warga Waspada", klik untuk baca: https://sukamajunews.com/berita/123.',
        'Baca artikel detiknews, "Ketua KPU Sukamaju Lantik PPK" selengkapnya https://news.detik.com/x.',
        "Waktu baca 2 menit",
      ].join("\n"),
    );
    expect(found.institutions).toEqual([]);
    expect(found.body).toBe(`${LEAD}\n\n${QUOTE}`);
  });

  it("drops a line asking the reader to follow the outlet elsewhere", () => {
    const found = namesOf([TITLE, LEAD, "Simak berita dan artikel lainnya di Google News", QUOTE].join("\n"));
    expect(found.body).toBe(`${LEAD}\n\n${QUOTE}`);
    expect(isFurnitureLine("Ikuti arahan petugas di lokasi pengungsian.")).toBe(false);
  });

  it("keeps an advertisement line from gluing onto the next paragraph", () => {
    const found = namesOf([TITLE, LEAD, "Advertisement", "Scroll to continue with content", QUOTE].join("\n"));
    expect(found.body).toBe(`${LEAD}\n\n${QUOTE}`);
  });

  it("drops a photo caption, recognised by its credit", () => {
    const found = namesOf(
      [
        TITLE,
        LEAD,
        "Warga memadati los pasar usai peresmian. (Foto: Humas Polres Sukamaju)",
        QUOTE,
        "Pedagang menata dagangan di los baru. Foto: Ist",
      ].join("\n"),
    );
    expect(found.institutions).toEqual([]);
    expect(found.body).not.toMatch(/Foto/);
  });

  it("drops the desk's credit after the last sentence, but not a bracket that is part of it", () => {
    const found = namesOf([TITLE, LEAD, `${QUOTE} (Lis/ Adv Diskominfo Sukamaju)`].join("\n"));
    expect(found.institutions).toEqual([]);
    expect(found.body.endsWith("kata Budi.")).toBe(true);
    expect(withoutDeskCredit("Rapat digelar pada Senin. (ant/jpnn)")).toBe("Rapat digelar pada Senin.");
    expect(withoutDeskCredit("Hadir pula warga.(*)")).toBe("Hadir pula warga.");
    expect(withoutDeskCredit("Rapat dihadiri Kepala Dinas Kesehatan (Dinkes).")).toBe(
      "Rapat dihadiri Kepala Dinas Kesehatan (Dinkes).",
    );
    expect(withoutDeskCredit("Rapat digelar pekan lalu. (13/12)")).toBe("Rapat digelar pekan lalu. (13/12)");
  });

  it("reads no comment box or share prompt at the foot as the author", () => {
    const found = namesOf([TITLE, LEAD, QUOTE, "Penulis: Dewi Anggraini", "Tinggalkan Balasan"].join("\n"));
    expect(found.authors).toEqual(["Dewi Anggraini"]);
  });

  it("tells furniture lines from prose that starts with the same words", () => {
    expect(isFurnitureLine("Komentar warga beragam soal pasar baru itu.")).toBe(false);
    expect(isFurnitureLine("Tutup Danramil.")).toBe(false);
    expect(isFurnitureLine("Foto bersama digelar usai acara.")).toBe(false);
    expect(isFurnitureLine("Ikuti pelatihan digital, pelaku UMKM diminta mendaftar melalui aplikasi.")).toBe(false);
    expect(isFurnitureLine("Kategori: juara pertama diraih SMA Negeri 1 Sukamaju dan SMA Negeri 2 Sukamaju")).toBe(
      false,
    );
    expect(isFurnitureLine("Kategori : Berita Daerah")).toBe(true);
    expect(isFurnitureLine("Leave a Reply")).toBe(true);
    expect(isFurnitureLine("12 Komentar")).toBe(true);
    expect(isFurnitureLine("3 hari yang lalu")).toBe(true);
    expect(isFurnitureLine("×")).toBe(true);
  });

  it("keeps blank lines where furniture was, so paragraphs stay apart, and adds none to text without them", () => {
    expect(stripFurniture(["Satu.", "", "Advertisement", "", "Dua."])).toEqual(["Satu.", "", "", "", "Dua."]);
    expect(stripFurniture(["Satu.", "Advertisement", "Dua."])).toEqual(["Satu.", "Dua."]);
    expect(normalizeBody(stripFurniture(["Kalimat pertama", "Iklan", "berlanjut di sini."])).body).toBe(
      "Kalimat pertama berlanjut di sini.",
    );
  });
});

describe("page furniture in the header", () => {
  it.each([
    ["Root Administrator | Kategori Berita Daerah | 16 Desember 2021 15:17:00", "2021-12-16T15:17:00+07:00", []],
    ["16 Desember 2021 15:17:00 | Berita Daerah | 0 Komentar", "2021-12-16T15:17:00+07:00", []],
    ["Diposting oleh admin pada 16 Desember 2021", "2021-12-16T00:00:00+07:00", []],
    ["Oleh: Budi Hartono - Kamis, 16 Desember 2021 - 15:17 WIB", "2021-12-16T15:17:00+07:00", ["Budi Hartono"]],
    ["Penulis : Budi Hartono  Editor : Ani Suryani  16/12/2021 15:17", "2021-12-16T15:17:00+07:00", ["Budi Hartono"]],
    ["Penulis: Budi Hartono • 16 Desember 2021, 15:17 WIB", "2021-12-16T15:17:00+07:00", ["Budi Hartono"]],
    ["16 Desember 2021 - 15:17 WIB | Dibaca: 1.234 kali", "2021-12-16T15:17:00+07:00", []],
    [
      "Kamis, 16 Desember 2021 15:17 WIB | Diperbarui Jumat, 17 Desember 2021 08:00 WIB",
      "2021-12-16T15:17:00+07:00",
      [],
    ],
    ["Diposting oleh admin pada 16 Desember 2021 - Diperbarui 17 Desember 2021", "2021-12-16T00:00:00+07:00", []],
  ])("dates the article from the metadata line %s", (line, publishedAt, authors) => {
    const found = namesOf([TITLE, line, LEAD.replace(", Senin (13/12/2021)", ""), QUOTE].join("\n"));
    expect(found.publishedAt).toBe(publishedAt);
    expect(found.authors).toEqual(authors);
    expect(found.title).toBe(TITLE);
    // The metadata line is not the opening of the body, so the dateline still opens it.
    expect(found.body.startsWith("SUKAMAJU –")).toBe(true);
  });

  it("reads a place over an outlet's domain as a dateline line, not as the author", () => {
    const header = readHeader([TITLE, "Kota Semarang – sukamajunews.id", LEAD].join("\n"));
    expect(header.authors).toEqual([]);
    expect(readHeader([TITLE, "Sri Wahyuni – sukamajunews.id", LEAD].join("\n")).authors).toEqual(["Sri Wahyuni"]);
  });

  it("skips a breadcrumb trail and an advertisement above the title", () => {
    const header = readHeader(
      ["ADVERTISEMENT", "Home / Daerah / Bupati Sukamaju Resmikan Pasar Rakyat Mekar", TITLE, LEAD].join("\n"),
    );
    expect(header.title).toBe(TITLE);
    expect(header.sourceName).toBeUndefined();
  });

  it("skips a caption credited to a news agency above the date line, so the date and dateline stay", () => {
    const found = namesOf(
      [
        TITLE,
        "Warga memadati los pasar usai peresmian di Desa Mekar, Kecamatan Sukasari, Senin (13/12/2021) pagi. (FOTO ANTARA/Dok. Humas Polres Sukamaju)",
        "Senin, 13 Desember 2021 13:53 WIB",
        LEAD.replace("SUKAMAJU –", "Sukamaju (ANTARA) -").replace(", Senin (13/12/2021)", ""),
        QUOTE,
      ].join("\n"),
    );
    expect(found.publishedAt).toBe("2021-12-13T13:53:00+07:00");
    expect(found.institutions).toEqual([]);
    expect(found.body.startsWith("Sukamaju (ANTARA) -")).toBe(true);
  });

  it("skips a summary cut short above the dateline paragraph", () => {
    const header = readHeader(
      [TITLE, "Pasar yang dibangun dengan dana daerah itu diharapkan menggerakkan ekonomi warga ... ...", LEAD].join(
        "\n",
      ),
    );
    expect(header.bodyLines.join("\n").trim()).toBe(LEAD);
  });
});
