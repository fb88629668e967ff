import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf, speakerOf } from "./draftQueries.ts";

/** Court and cooperative constructions (issue 7). Made-up names and sentences. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'tanya hakim.': a title written in lowercase after a speech verb", () => {
  it("is the one person the article gave that title", () => {
    const draft = read(
      "Di persidangan, jaksa menghadirkan Sekretaris Desa Sukamaju, Darto Wiyono, sebagai saksi.",
      "Hakim Pengadilan Negeri Lebak Robertus Sinaga menggali kesaksian Darto lebih jauh.",
      "“Apakah saudara sudah tahu soal anggaran tahun itu sejak awal?” tanya hakim.",
    );
    expect(speakerOf(draft, "Apakah saudara")).toBe("Robertus Sinaga");
  });
});

describe("a holder written right after an address whose levels are set off by commas", () => {
  it("holds the title before the address, one-word names included", () => {
    const draft = read(
      "Mereka ialah mantan Kades Sukalaba, Kecamatan Cibeber, Kabupaten Lebak Darsono, serta mantan Kepala Desa Mekarwangi, Kecamatan Cibeber, Kabupaten Lebak Wiratmo Hadi.",
    );
    expect(postsOf(draft, "Darsono")).toEqual(["Kepala Desa @ -"]);
    expect(postsOf(draft, "Wiratmo Hadi")).toEqual(["Kepala Desa @ -"]);
  });

  it("reads no one-word name after a level the gazetteer does not know", () => {
    const draft = read("Mantan Kades Sukalaba, Kecamatan Tanjung Sari kini menjadi terdakwa.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a one-word name written later with one more closing n", () => {
  it("is one person", () => {
    const draft = read(
      "Kejari Lebak menahan mantan Kades Sukalaba Warsudi pekan lalu.",
      "Sementara itu mantan Kades Sukalaba Warsudin diduga memakai dana desa.",
    );
    expect(peopleNames(draft)).toEqual(["Warsudi"]);
  });
});

describe("an organisation the lexicon does not know, named after its head's title and set off before the holder", () => {
  it("is the institution the head holds the post at", () => {
    const draft = read(
      "Direktur Rimba Lestari Kalimantan, Hendra Saputra, menilai perkara warga itu konflik lahan.",
      "Ketua Aliansi Peduli Sungai, Rina Marlina, ikut mengawal sidang.",
    );
    expect(postsOf(draft, "Hendra Saputra")).toEqual(["Direktur @ Rimba Lestari Kalimantan"]);
    expect(postsOf(draft, "Rina Marlina")).toEqual(["Ketua @ Aliansi Peduli Sungai"]);
    expect(institutionNames(draft)).toEqual(["Aliansi Peduli Sungai", "Rimba Lestari Kalimantan"]);
  });

  it("is no organisation when one word follows the title, a body inside another", () => {
    const draft = read("Ketua Senat, Hendra Saputra, membuka sidang terbuka.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("'Korlap aksi, Name': the field coordinator of a protest, written as a common noun", () => {
  it("holds the post and speaks next", () => {
    const draft = read(
      "Koordinator lapangan aksi, Budi Santosa, dalam orasinya menegaskan tuntutan warga. “Mereka bukan pencuri dan sejak awal tinggal di tanah sendiri,” ungkapnya.",
      "Korlap aksi, Rudi Hartono, meminta hakim bersikap adil.",
    );
    expect(postsOf(draft, "Budi Santosa")).toEqual(["Koordinator Lapangan @ -"]);
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Koordinator Lapangan @ -"]);
    expect(speakerOf(draft, "Mereka bukan")).toBe("Budi Santosa");
  });
});

describe("a court role linked to its one holder by 'adalah' or qualified by 'tipikor'", () => {
  it("is held by the name after the copula", () => {
    const draft = read(
      "Sidang dipimpin majelis hakim Pengadilan Negeri Lebak. Panitera Pengganti adalah Samsul Bahri. Jaksa penuntut umum adalah Rudi Hartono, S.H.",
    );
    expect(postsOf(draft, "Samsul Bahri")).toEqual(["Panitera Pengganti @ Pengadilan Negeri Lebak"]);
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Jaksa Penuntut Umum @ -"]);
  });

  it("is held by the name set off after 'ketua majelis hakim tipikor'", () => {
    const draft = read(
      "Sidang perdana dipimpin ketua majelis hakim tipikor, Yuliana Sitompul di Pengadilan Tipikor Serang, Kamis.",
    );
    expect(postsOf(draft, "Yuliana Sitompul")).toEqual([
      "Ketua Majelis Hakim @ Pengadilan Tindak Pidana Korupsi Serang",
    ]);
  });
});

describe("'Name, oknum Kepala Desa X': an official named with the word for one who abuses a post", () => {
  it("holds the post written after 'oknum'", () => {
    const draft = read(
      "Sidang perkara dengan terdakwa Darsono, oknum Kepala Desa Sukalaba, Kecamatan Cibeber, digelar di Pengadilan Negeri Lebak.",
    );
    expect(postsOf(draft, "Darsono")).toEqual(["Kepala Desa @ -"]);
  });
});
