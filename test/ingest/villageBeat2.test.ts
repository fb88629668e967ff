import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

const read = draftReader("Musyawarah Desa Digelar");
const opening = "Warga Desa Sukamaju menggelar musyawarah di balai desa, Senin (5/2/2024).";

describe("a listed name written right before its post", () => {
  it("reads 'Name Kades Seat' list items, one post each", () => {
    const draft = read(
      opening,
      "Kepala desa yang mundur ialah Salimin Kades Sukamaju, Darto Kades Cibiru, dan La Ode Umar Kades Mekarsari.",
    );
    expect(peopleNames(draft)).toEqual(["Darto", "La Ode Umar", "Salimin"]);
    expect(postsOf(draft, "Salimin")).toEqual(["Kepala Desa @ -"]);
    expect(postsOf(draft, "Darto")).toEqual(["Kepala Desa @ -"]);
  });

  it("reads the post in brackets after the name ('Name (Kades Seat)')", () => {
    const draft = read(
      opening,
      "Kades yang dilantik adalah Warsono (Kades Cibiru) dan saudara Hakiki (Kades Mekarsari).",
    );
    expect(peopleNames(draft)).toEqual(["Hakiki", "Warsono"]);
    expect(postsOf(draft, "Hakiki")).toEqual(["Kepala Desa @ -"]);
  });

  it("reads a village body's post closed by 'bersama' or 'dan'", () => {
    const draft = read(
      opening,
      "Musdes dihadiri Rudi Hartono Ketua LPM bersama anggota LPM dan Siti Aminah Ketua PKK Desa Sukamaju.",
    );
    expect(peopleNames(draft)).toEqual(["Rudi Hartono", "Siti Aminah"]);
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Ketua @ Lembaga Pemberdayaan Masyarakat"]);
  });

  it("leaves a bare regional head's title after a capitalised noun alone", () => {
    const draft = read(opening, "Panwascam mengawasi Pemilihan Gubernur dan Wakil Gubernur di desa itu.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("reads no holder out of a capitalised phrase that opens no list item", () => {
    const draft = read(opening, "Perkara itu melibatkan Oknum Kades Sukamaju, yang kini ditahan.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("reads no name out of a degree before the bracket", () => {
    const draft = read(opening, "Hadir pula Kolonel Inf Yusran Nono, SE.M.Si (Danrem 171 HO) bersama warga.");
    expect(peopleNames(draft)).not.toContain("Si");
  });
});

describe("a village's own bodies written bare", () => {
  it("keeps BPD and LPM named as attendees in a story set in one village", () => {
    const draft = read(opening, "Hadir pula pengurus BPD, LPM, para Kadus serta tokoh masyarakat.");
    expect(institutionNames(draft)).toEqual(
      expect.arrayContaining(["Badan Permusyawaratan Desa", "Lembaga Pemberdayaan Masyarakat"]),
    );
  });

  it("keeps none when the story names no village", () => {
    const draft = read(
      "Rapat Kabupaten Digelar",
      "Bupati Sukamaju membuka rapat di pendopo. Hadir pula pengurus BPD dan LPM dari berbagai kecamatan.",
    );
    expect(institutionNames(draft)).not.toContain("Badan Permusyawaratan Desa");
  });

  it("ends a BUMDes before the budget year it is funded in", () => {
    const draft = read(opening, "Warga membahas penyertaan modal BUMDes TA 2025 dan BUMDes Tahun Anggaran 2024.");
    expect(institutionNames(draft).some((name) => /TA 2025|Tahun Anggaran/.test(name))).toBe(false);
  });
});

describe("a post after 'selaku' in a list of attendees", () => {
  it("gives each post to the name before 'selaku', not to the next item's name", () => {
    const draft = read(
      opening,
      "Musdes itu dihadiri Sukarni Wati selaku Kasi Pemerintahan Kecamatan Cibiru, Serka Joko Purnomo selaku Babinsa Koramil Cibiru, Lina Marlina selaku Wakil Ketua BPD Desa Sukamaju, dan warga.",
    );
    expect(postsOf(draft, "Joko Purnomo")).toEqual(["Babinsa @ Komando Rayon Militer Cibiru"]);
    expect(postsOf(draft, "Lina Marlina")).toEqual(["Wakil Ketua @ Badan Permusyawaratan Desa Sukamaju"]);
    expect(postsOf(draft, "Sukarni Wati").map((post) => post.split(" @ ")[0])).toEqual(["Kepala Seksi Pemerintahan"]);
  });

  it("changes nothing when the name after the comma opens no linked item of its own", () => {
    const draft = read(opening, "Rapat dihadiri Rina Wati selaku Ketua PKK Desa Sukamaju, Budi Santoso, dan warga.");
    const holders = ["Rina Wati", "Budi Santoso"].filter((name) => postsOf(draft, name).length > 0);
    expect(holders).toHaveLength(1);
  });

  it("does not give the post to a listed name that holds a post of its own", () => {
    const draft = read(
      opening,
      "Hadir pula Kepala Desa Sukamaju Wulan Sari, Kopda Bambang Irawan selaku Babinsa Koramil Cibiru, dan warga.",
    );
    expect(postsOf(draft, "Wulan Sari")).toEqual(["Kepala Desa @ -"]);
  });
});

describe("village heads listed with a comma", () => {
  it("reads the words between the title and the district as the seat, the name before as the holder", () => {
    const draft = read(
      opening,
      "Kades yang mundur antara lain Seto Hadi, Kades Mekar Jaya, Kecamatan Cibiru, dan Budi Harto, Kades Tumbang Sari, Kecamatan Cikarang.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Harto", "Seto Hadi"]);
    expect(postsOf(draft, "Seto Hadi")).toEqual(["Kepala Desa @ -"]);
  });

  it("gives a holderless post the list goes on from to nobody named before it with a title of their own", () => {
    const draft = read(
      opening,
      "Hadir dalam kegiatan itu, yang mewakili Camat Cibiru, Kepala Desa Sukamaju H.Muh.Tang, Ketua BPD Desa Sukamaju, Sekdes, Babinsa, dan Ketua BUMDes.",
    );
    expect(postsOf(draft, "Muh. Tang")).toEqual(["Kepala Desa @ -"]);
  });

  it("reads a lowercase membership the list goes on from as the next item, not a second post", () => {
    const draft = read(
      opening,
      "Hadir Kepala Desa Sukamaju Kadir B. Palowa, Ketua BPD Sutoyo M. Djakaria, anggota LPM, serta tokoh masyarakat.",
    );
    expect(postsOf(draft, "Sutoyo M. Djakaria")).toHaveLength(1);
  });

  it("ends an organisation's name before a demonstrative of a title-cased sentence", () => {
    const draft = read(opening, "Peresmian Koperasi Maju Ini di Hadiri Oleh Warga Sukamaju.");
    expect(institutionNames(draft).some((name) => name.endsWith("Ini"))).toBe(false);
  });
});

describe("the holder of a post in a village body named freely", () => {
  it("is not swallowed into the BUMDes's or the Karang Taruna's name in a list of posts", () => {
    const draft = read(
      opening,
      "Kegiatan itu dihadiri Direktur BUMDes Maju Jaya Agus Salim, Ketua Karang Taruna Desa Sukamaju Dedi Kurnia, dan warga.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Dedi Kurnia"]);
    expect(institutionNames(draft)).toContain("BUMDes Maju Jaya");
  });

  it("keeps the body's whole name when a name is set off after it", () => {
    const draft = read(opening, "Ketua Karang Taruna Tunas Muda Jaya, Budi Santoso, hadir bersama warga.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(institutionNames(draft)).toContain("Karang Taruna Tunas Muda Jaya");
  });
});
