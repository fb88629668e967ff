import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Court reporting: the reporting parties of a case, a lawyer after several clients, and a court's
 * post handed over with the former holder's term. Every name, body and place here is made up.
 */
const read = draftReader("Sidang Perkara Penipuan di Pengadilan Negeri Talang Batu");
const opening = "Sidang itu berlangsung di ruang utama sejak pagi.";

describe("the reporting parties of a case", () => {
  it("are people after 'pelapor' and 'terlapor', capitalised or not, a single name too", () => {
    const draft = read(
      opening,
      "Pelapor Wiradi Suganda mengaku dirugikan, sedangkan terlapor Marlina Hutasoit membantah. Laporan itu dibuat pelapor Sarmadi.",
    );
    expect(peopleNames(draft)).toEqual(["Marlina Hutasoit", "Sarmadi", "Wiradi Suganda"]);
  });

  it("are listed after the noun, joined by 'dan'", () => {
    const draft = read(opening, "Polisi memeriksa terlapor Gandi Prawiro dan Yusni Amelia pada Senin.");
    expect(peopleNames(draft)).toEqual(["Gandi Prawiro", "Yusni Amelia"]);
  });
});

describe("a lawyer named after several clients", () => {
  it("holds the role alone; the clients joined by 'dan' hold none", () => {
    const draft = read(
      opening,
      "Kuasa hukum Tarmizi Lubis dan Ernawati Sitepu, Hendro Kusnadi, menyatakan keberatan atas dakwaan itu.",
    );
    expect(peopleNames(draft)).toEqual(["Ernawati Sitepu", "Hendro Kusnadi", "Tarmizi Lubis"]);
    expect(postsOf(draft, "Hendro Kusnadi")[0]).toMatch(/^Kuasa hukum @/i);
    expect(postsOf(draft, "Tarmizi Lubis")).toEqual([]);
    expect(postsOf(draft, "Ernawati Sitepu")).toEqual([]);
  });
});

describe("a court's post handed over", () => {
  it("was held by the former holder whose term stands in brackets, and by the new one", () => {
    const draft = read(
      opening,
      "Jabatan Ketua Pengadilan Negeri Talang Batu diserahterimakan dari Rusdiyanto Lamuri (2021–2025) kepada Melati Pasaribu di aula pengadilan.",
    );
    expect(peopleNames(draft)).toEqual(["Melati Pasaribu", "Rusdiyanto Lamuri"]);
    expect(postsOf(draft, "Rusdiyanto Lamuri")).toEqual(postsOf(draft, "Melati Pasaribu"));
    expect(postsOf(draft, "Melati Pasaribu")[0]).toMatch(/@ Pengadilan Negeri Talang Batu$/);
  });
});

describe("parties counted before a clause and listed after its comma", () => {
  it("are as many people as counted, a single name at the end of the list too", () => {
    const draft = read(
      opening,
      "Tiga orang saksi hadir dalam persidangan itu, Darmono Situmeang, Yuliana Rahmi dan Sukarta serta seorang saksi ahli.",
    );
    expect(peopleNames(draft)).toEqual(["Darmono Situmeang", "Sukarta", "Yuliana Rahmi"]);
  });

  it("are not read when more names are listed than counted", () => {
    const draft = read(opening, "Dua korban dirawat di puskesmas itu, Yanto, Sukir dan Darmi.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a party to a case with an age in brackets", () => {
  it("is a person: the age is no acronym", () => {
    const draft = read(opening, "Korban Sumarni Lubis (41) dirawat di rumah sakit setempat.");
    expect(peopleNames(draft)).toEqual(["Sumarni Lubis"]);
  });
});
