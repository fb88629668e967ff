import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, positionOf, speakerOf } from "./draftQueries.ts";

/**
 * Speakers named by another form of a name the article gave before: a nickname, an alias, an
 * abbreviated title (issue 7, task A4). Every sentence here is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Sapaan");

describe("a nickname that is the end of a known first name", () => {
  it("gives the quote to the person whose first name the nickname closes ('Yanti' for Suryanti)", () => {
    const draft = read(
      "Ketua Koperasi Maju Bersama, Suryanti Dewi, membuka rapat anggota tahunan.",
      "“Kami terus tumbuh setiap tahun,” kata Yanti.",
    );
    expect(speakerOf(draft, "Kami terus tumbuh")).toBe("Suryanti Dewi");
    expect(peopleNames(draft)).toEqual(["Suryanti Dewi"]);
  });

  it("hears the first name without the h before a consonant ('Ayu' for Wahyu)", () => {
    const draft = read(
      "Ketua Koperasi Maju Bersama, Wahyu Tjiptaningsih, membuka rapat anggota tahunan.",
      "“Kami terus tumbuh setiap tahun,” ujar Ayu.",
    );
    expect(speakerOf(draft, "Kami terus tumbuh")).toBe("Wahyu Tjiptaningsih");
  });

  it("gives neither when the nickname closes two known first names", () => {
    const draft = read(
      "Ketua Koperasi Maju Bersama, Suryanti Dewi, membuka rapat. Bendahara Koperasi Maju Bersama, Haryanti Lestari, membacakan laporan.",
      "“Kami terus tumbuh setiap tahun,” kata Yanti.",
    );
    expect(["Suryanti Dewi", "Haryanti Lestari"]).not.toContain(speakerOf(draft, "Kami terus tumbuh"));
  });
});

describe("an abbreviated title after a speech verb ('ujar Kakan')", () => {
  it("is the title's one holder, not a person named Kakan", () => {
    const draft = read(
      "Kepala Kantor Kementerian Agama Kabupaten Sleman, Budi Santoso, melepas calon jamaah haji.",
      "“Calon jamaah harus menjaga kesehatan,” ujar Kakan.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(speakerOf(draft, "Calon jamaah")).toBe("Budi Santoso");
  });

  it("is no one when two heads of a Kantor were named", () => {
    const draft = read(
      "Kepala Kantor Pertanahan Sleman, Budi Santoso, membagikan sertifikat. Kepala Kantor Kementerian Agama Sleman, Sari Dewi, hadir.",
      "“Sertifikat ini harus dijaga baik-baik,” ujar Kakan.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Sari Dewi"]);
  });
});

describe("the name someone is called by ('yang akrab disapa Bu Yayuk')", () => {
  it("is an alias of the person, so a later 'kata Yayuk' is them and not a second person", () => {
    const draft = read(
      "Ketua Koperasi Wanita Sejahtera, Sri Rahayu, yang akrab disapa Bu Yayuk, membuka rapat anggota.",
      "“Kami terus tumbuh setiap tahun,” kata Yayuk.",
    );
    expect(peopleNames(draft)).toEqual(["Sri Rahayu"]);
    expect(speakerOf(draft, "Kami terus tumbuh")).toBe("Sri Rahayu");
  });

  it("needs no title of address ('yang biasa dipanggil Yayuk')", () => {
    const draft = read(
      "Ketua Koperasi Wanita Sejahtera, Sri Rahayu, yang biasa dipanggil Yayuk, membuka rapat anggota.",
      "“Kami terus tumbuh setiap tahun,” kata Yayuk.",
    );
    expect(peopleNames(draft)).toEqual(["Sri Rahayu"]);
  });
});

describe("a speaker described in lowercase words and named with no comma ('ungkap pemilik usaha keripik Dewi Anggraini')", () => {
  const opening = "Ketua Koperasi Maju Bersama, Budi Santoso, membuka pameran produk anggota.";

  it("is a person who said the quote, not the person named before", () => {
    const draft = read(
      opening,
      "“Omzet saya naik dua kali lipat sejak ikut pameran,” ungkap pemilik usaha keripik Dewi Anggraini.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Dewi Anggraini"]);
    expect(speakerOf(draft, "Omzet saya naik")).toBe("Dewi Anggraini");
  });

  it("leaves a role noun to the titles, which give the post ('ujar penasihat hukum Agus Salim')", () => {
    const draft = read(
      "Majelis hakim menjatuhkan vonis dua tahun penjara kepada terdakwa.",
      "“Kami menghormati putusan majelis hakim itu,” ujar penasihat hukum Agus Salim.",
    );
    expect(speakerOf(draft, "Kami menghormati")).toBe("Agus Salim");
    expect(positionOf(draft, "Agus Salim").role).toBe("Penasihat Hukum");
  });

  it("is no person when the words before the name end with a shop ('pemilik toko Sinar Jaya')", () => {
    const draft = read(opening, "“Omzet saya naik dua kali lipat sejak ikut pameran,” ungkap pemilik toko Sinar Jaya.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("a word that closes village names after a village head's seat ('Kepala Desa Tegal Sari')", () => {
  it("is the seat's, not a one-word holder, when the place the gazetteer knows opens the seat", () => {
    const draft = read("Kepala Desa Tegal Sari mengatakan jalan desa rusak parah setelah banjir.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("is the seat's when the seat is a place the gazetteer does not know", () => {
    const draft = read("Kepala Desa Cikawung Sari mengatakan jalan desa rusak parah setelah banjir.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("leaves the holder named after it ('Kepala Desa Tegal Sari Suparno')", () => {
    const draft = read("Kepala Desa Tegal Sari Suparno mengatakan jalan desa rusak parah setelah banjir.");
    expect(peopleNames(draft)).toEqual(["Suparno"]);
    expect(positionOf(draft, "Suparno").role).toBe("Kepala Desa");
  });

  it("stays a name after a regent's seat ('Bupati Tegal Sari Dewi')", () => {
    const draft = read("Bupati Tegal Sari Dewi mengatakan jalan desa rusak parah setelah banjir.");
    expect(peopleNames(draft)).toEqual(["Sari Dewi"]);
  });
});

describe("a title clause and a name closing the sentence after a speech verb", () => {
  it("names the speaker though a division follows the body ('kata Anggota Bawaslu X Divisi Y, Name.')", () => {
    const draft = read(
      "Ketua Bawaslu Sleman, Budi Santoso, membuka rapat koordinasi pengawasan.",
      "“Pelanggaran harus ditindak tegas,” kata Anggota Bawaslu Sleman Divisi Penanganan Pelanggaran, Sari Dewi.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Sari Dewi"]);
    expect(speakerOf(draft, "Pelanggaran harus")).toBe("Sari Dewi");
    expect(positionOf(draft, "Sari Dewi").institution).toBe("Bawaslu Sleman");
  });
});

describe("an urban village head's title ('Kepala Kelurahan') under the Pemkel head", () => {
  it("files the post at the Pemerintah Kelurahan the article names", () => {
    const draft = read(
      "Kepala Kelurahan Sukamaju, Budi Santoso, mengatakan warga sudah mengungsi. Pemerintah Kelurahan Sukamaju menyiapkan posko.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Pemerintah Kelurahan Sukamaju"]);
    expect(positionOf(draft, "Budi Santoso").role).toBe("Kepala Kelurahan");
  });

  it("still reads a full name right after a bare 'Lurah'", () => {
    const draft = read("Lurah Budi Santoso mengatakan warga sudah mengungsi ke balai desa.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});
