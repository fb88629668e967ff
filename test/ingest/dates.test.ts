import { describe, expect, it } from "vitest";
import { findDates, isoDateTime } from "../../src/ingest/extract/dates.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

const firstTimestamp = (text: string) => {
  const date = findDates(text)[0];
  if (date?.year === undefined) return undefined;
  return isoDateTime({ ...date, year: date.year });
};

describe("findDates", () => {
  it.each([
    ["Nov 29, 2025 - 19:36", "2025-11-29T19:36:00+07:00"],
    ["Sabtu, 29 November 2025", "2025-11-29T00:00:00+07:00"],
    ["29/11/2025", "2025-11-29T00:00:00+07:00"],
    ["29-11-2025", "2025-11-29T00:00:00+07:00"],
    ["29.11.2025", "2025-11-29T00:00:00+07:00"],
    ["2025-11-29", "2025-11-29T00:00:00+07:00"],
    ["Senin (1/12/2025)", "2025-12-01T00:00:00+07:00"],
    ["Selasa (02/05/23)", "2023-05-02T00:00:00+07:00"],
    ["Kamis, 9 Maret 2023 - 14:20 WIB", "2023-03-09T14:20:00+07:00"],
    ["Selasa, 2 Desember 2025 - 08.12 WITA", "2025-12-02T08:12:00+08:00"],
    ["Senin, 26 Nopember 2018 pukul 18.00 WIT", "2018-11-26T18:00:00+09:00"],
    ["Kompas.com - 17/08/2017, 17:30 WIB", "2017-08-17T17:30:00+07:00"],
    ["1 Agt 2024 | 10:05", "2024-08-01T10:05:00+07:00"],
    ["Jumat, 4 Agustus 2023", "2023-08-04T00:00:00+07:00"],
  ])("reads %s", (text, expected) => {
    expect(firstTimestamp(text)).toBe(expected);
  });

  it("notes the weekday written before a date", () => {
    expect(findDates("kegiatan pada Senin (1/12/2025) pagi")[0]?.withWeekday).toBe(true);
    expect(findDates("per 1/12/2025")[0]?.withWeekday).toBe(false);
  });

  it("reads a day and month without a year, and leaves the year out", () => {
    const [date] = findDates("Kamis (9/3)");
    expect(date).toMatchObject({ day: 9, month: 3, year: undefined, withWeekday: true });
  });

  it("rejects impossible dates and numbers that only look like dates", () => {
    expect(findDates("31/02/2025")).toEqual([]);
    expect(findDates("dihuni 16.624 warga binaan dan 1.175 orang")).toEqual([]);
    expect(findDates("13/13/2025")).toEqual([]);
  });
});

describe("the publication date of an article", () => {
  const article = (dateLine: string) =>
    `Judul Berita Lapas Hari Ini\n\n${dateLine}\n\nIsi berita yang cukup panjang untuk menjadi paragraf pertama artikel ini.`;

  it("comes from the date line above the body, in the zone written", () => {
    expect(extractArticle(article("Nov 29, 2025 - 19:36")).article.publishedAt).toBe("2025-11-29T19:36:00+07:00");
    expect(extractArticle(article("Senin, 1 Desember 2025 10:15 WITA")).article.publishedAt).toBe(
      "2025-12-01T10:15:00+08:00",
    );
    expect(extractArticle(article("29-11-2025 07:00 WIT")).article.publishedAt).toBe("2025-11-29T07:00:00+09:00");
  });

  it("falls back to the date written in the first paragraph", () => {
    const text = "Judul Berita Lapas Hari Ini\n\nBLORA – Kepala Rutan Blora, Hemu, meninjau dapur, Senin (1/12/2025).";
    expect(extractArticle(text).article.publishedAt).toBe("2025-12-01T00:00:00+07:00");
  });
});
