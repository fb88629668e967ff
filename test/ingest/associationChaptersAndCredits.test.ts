import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, postsOf } from "./draftQueries.ts";

const read = draftReader("Sidang Praperadilan Berlanjut di Pengadilan Negeri");
const opening = "Sidang itu dihadiri banyak pengunjung sejak pagi.";

describe("an association's chapter named like a party's", () => {
  it("is an institution when a region follows the association's acronym", () => {
    const draft = read(opening, "Ketua DPC IKADIN Kabupaten Sukamaju, Rahmat Hidayat, hadir sebagai kuasa hukum.");
    expect(institutionNames(draft)).toContain("Dewan Pimpinan Cabang IKADIN Kabupaten Sukamaju");
    expect(postsOf(draft, "Rahmat Hidayat")).toContain("Ketua @ Dewan Pimpinan Cabang IKADIN Kabupaten Sukamaju");
  });

  it("is no institution without a region after the acronym", () => {
    const draft = read(opening, "Anggota DPD RI Rahmat Hidayat ikut memantau sidang.");
    expect(institutionNames(draft).some((name) => name.startsWith("Dewan Pimpinan Daerah"))).toBe(false);
  });
});

describe("a person's second office", () => {
  it("keeps a post without an institution beside a different post with one", () => {
    const draft = read(
      opening,
      "Kuasa hukum Pemohon, Rahmat Hidayat, mempertanyakan saksi itu.",
      "“Saksi itu tidak independen,” tegas Rahmat, yang juga Ketua DPC IKADIN Kabupaten Sukamaju.",
    );
    const posts = postsOf(draft, "Rahmat Hidayat");
    expect(posts).toContain("Ketua @ Dewan Pimpinan Cabang IKADIN Kabupaten Sukamaju");
    expect(posts.some((post) => post.startsWith("Kuasa Hukum @"))).toBe(true);
  });
});

describe("a list of bodies closed by a group", () => {
  it("reads an unknown acronym as the list's last body before 'serta para relawan'", () => {
    const draft = read(opening, "Tim gabungan terdiri atas BPBD Kabupaten Sukamaju, Tagana, ACT serta para relawan.");
    expect(institutionNames(draft)).toContain("ACT");
  });
});

describe("the bracketed credit closing a story", () => {
  it("names no institution", () => {
    const draft = read(opening, "Kegiatan itu berlangsung lancar hingga sore. (Lis/ Adv Diskominfo Sukamaju)");
    expect(institutionNames(draft).some((name) => name.includes("Komunikasi"))).toBe(false);
  });
});
