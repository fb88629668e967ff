import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf, speakerOf } from "./draftQueries.ts";

/**
 * Constructions found in fresh dev articles of the court, cooperative and election beats, each
 * written here with made-up names and places (Sukamaju, Budi Santoso, …).
 */
const court = draftReader("Sidang Perdana Perkara Lahan Di PN Sukamaju");
const hearing = "SUKAMAJU - Sidang perdana perkara itu digelar di Pengadilan Negeri (PN) Sukamaju, Senin (16/2/2015).";

describe("a bench's post in lowercase brackets after the name and its degrees", () => {
  it("holds 'Name, S.H, MM (hakim ketua)' at the court of the case", () => {
    const draft = court(
      hearing,
      "Sidang itu dipimpin Budi Hartono, S.H, MM (hakim ketua), didampingi hakim anggota Rudi Santosa, S.H.",
    );
    expect(postsOf(draft, "Budi Hartono")).toEqual(["Hakim Ketua @ Pengadilan Negeri Sukamaju"]);
    expect(postsOf(draft, "Rudi Santosa")).toEqual(["Hakim Anggota @ Pengadilan Negeri Sukamaju"]);
  });
});

describe("a court's clerk or judge post before two names joined by 'dan'", () => {
  it("is held by both ('serta Panitera A dan B', 'diadili hakim A dan B')", () => {
    const draft = court(
      hearing,
      "Sidang itu dipimpin hakim Rina Wati dan Dewi Sartika, serta Panitera Joko Susilo dan Markus E F Lado Wea.",
    );
    expect(postsOf(draft, "Joko Susilo")).toEqual(["Panitera @ Pengadilan Negeri Sukamaju"]);
    expect(postsOf(draft, "Markus E F Lado Wea")).toEqual(["Panitera @ Pengadilan Negeri Sukamaju"]);
    expect(postsOf(draft, "Dewi Sartika")).toEqual(["Hakim @ Pengadilan Negeri Sukamaju"]);
  });
});

const meeting = draftReader("Rapat Koordinasi Koperasi Desa Di Sukamaju");
const opened =
  "SUKAMAJU – Bupati Sukamaju membuka rapat koordinasi koperasi di aula kantor bupati, Selasa (10/6/2025).";

describe("a list of posts, each a unit's head and a one-word holder", () => {
  it("reads the word before the next item's title as the holder, not as the unit's region", () => {
    const draft = meeting(
      opened,
      "Hadir langsung Kadis Kesehatan Warsito, Kadis Pertanian Rudi Santosa, serta Kadis Perikanan Sumarno.",
    );
    expect(postsOf(draft, "Warsito")).toEqual(["Kepala Dinas Kesehatan @ Dinas Kesehatan"]);
    expect(draft.institutions.some((i) => i.name.includes("Warsito"))).toBe(false);
  });
});

describe("'Desa' joined by 'dan' to a village affairs domain ('Pemberdayaan Masyarakat dan Desa')", () => {
  it("closes the office's name: the word after it is the holder, not a village", () => {
    const draft = meeting(
      opened,
      "Rapat itu dihadiri Kadis Pemberdayaan Masyarakat dan Desa Warsito, Kadis Pertanian Rudi Santosa dan camat.",
    );
    expect(postsOf(draft, "Warsito")).toEqual([
      "Kepala Dinas Pemberdayaan Masyarakat dan Desa @ Dinas Pemberdayaan Masyarakat dan Desa",
    ]);
    expect(draft.places.some((p) => p.name.includes("Warsito"))).toBe(false);
  });
});

describe("a month that is also a given name inside a full name", () => {
  it("stays a word of the name ('Sri Juni Astuti'), in a list and before a verb, but not in a date", () => {
    const draft = meeting(
      opened,
      "Rapat itu dihadiri Budi Santoso, Sri Juni Astuti dan Agus Salim pada 14 Mei 2025.",
      "Dewi Agustus Lestari mengatakan koperasi desa segera dibentuk.",
    );
    expect(peopleNames(draft)).toEqual(
      expect.arrayContaining(["Sri Juni Astuti", "Dewi Agustus Lestari", "Budi Santoso", "Agus Salim"]),
    );
    expect(peopleNames(draft).some((name) => name.includes("2025") || name === "Sri" || name === "Dewi")).toBe(false);
  });
});

describe("a paragraph closing with a quote's attribution and no stop", () => {
  it("ends the speaker's name there, though the next paragraph opens with the name again", () => {
    for (const speaker of ["Sri Lestari", "Lestari"]) {
      const draft = meeting(
        opened,
        `Kabid Koperasi Dinas Koperasi Sukamaju Sri Lestari memaparkan materi. “Koperasi adalah gerakan ekonomi rakyat,” ujar ${speaker}`,
        `${speaker} juga menjelaskan bahwa koperasi desa wajib memiliki tujuh unit usaha.`,
      );
      expect(peopleNames(draft)).toEqual(["Sri Lestari"]);
      expect(draft.people[0]?.aliases.some((alias) => alias.includes(`${speaker} ${speaker}`))).toBe(false);
    }
  });
});

describe("a quote closed by its mark whose opening mark was left out", () => {
  it("is the sentence ending at the closing mark, spoken by the one the verb after it names", () => {
    const draft = court(
      hearing,
      "Sementara itu, Ketua PN Sukamaju, Budi Hartono ketika dikonfirmasi menyampaikan, pihaknya tidak melarang keluarga datang. Ruang sidang sangat disakralkan. Kejadian ini menjadi catatan bagi kita untuk pengamanan,” ujar Budi.",
    );
    expect(draft.quotes.map((quote) => quote.text)).toEqual([
      "Kejadian ini menjadi catatan bagi kita untuk pengamanan",
    ]);
    expect(speakerOf(draft, "Kejadian ini")).toBe("Budi Hartono");
  });
});
