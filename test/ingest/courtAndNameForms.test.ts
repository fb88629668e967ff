import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

const allNames = (draft: ReturnType<ReturnType<typeof draftReader>>) =>
  draft.people.flatMap((person) => [person.name, ...(person.aliases ?? [])]);

const read = draftReader("Sidang Ditunda karena Termohon Tidak Hadir");
const opening = "Sidang itu dihadiri banyak pengunjung sejak pagi.";

describe("a single judge's title", () => {
  it("is a title before the judge's name, not part of it", () => {
    const draft = read(
      opening,
      "Sidang dibuka Hakim Tunggal Pengadilan Negeri Sukamaju, Rahmat Hidayat, SH.",
      "“Sidang ditunda sepekan,” tegas Hakim Tunggal Rahmat Hidayat.",
    );
    expect(peopleNames(draft)).toEqual(["Rahmat Hidayat"]);
    expect(allNames(draft).some((name) => name.includes("Tunggal"))).toBe(false);
    expect(holdersAt(draft)).toContain("Rahmat Hidayat @ Pengadilan Negeri Sukamaju");
  });
});

describe("an abbreviated given name", () => {
  it("'Much.' opens the name that follows it", () => {
    const draft = read(opening, "Hadir Karoops Polda Sukamaju, Kombes Pol Much. Sagiyono, dalam rapat itu.");
    expect(peopleNames(draft)).toEqual(["Much. Sagiyono"]);
  });
});

describe("a full name said without its leading given names", () => {
  it("is the same person, the first word perhaps cut short", () => {
    const draft = read(
      opening,
      "Gubernur Sukamaju, Emanuel Melkiades Wara Lena, meninjau rumah sakit itu.",
      "Gubernur Melki Wara Lena berharap pelayanan membaik.",
    );
    expect(peopleNames(draft)).toEqual(["Emanuel Melkiades Wara Lena"]);
  });

  it("needs the family name written alike", () => {
    const draft = read(opening, "Hadir Melki Santosso dan Emanuel Melkiades Santoso dalam acara itu.");
    expect(peopleNames(draft)).toEqual(["Emanuel Melkiades Santoso", "Melki Santosso"]);
  });

  it("keeps two people who share only a family name apart", () => {
    const draft = read(opening, "Hadir Budi Wara Lena dan Emanuel Melkiades Wara Lena dalam acara itu.");
    expect(peopleNames(draft)).toEqual(["Budi Wara Lena", "Emanuel Melkiades Wara Lena"]);
  });
});
