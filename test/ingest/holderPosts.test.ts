import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/**
 * People the extractor reads whose post the text states in another construction than the title
 * right before the name: a post given in the next sentence, a post in brackets, a lowercase post
 * set off before the name. Seen probing unannotated health, village, cooperative, school and
 * election pages (2026-12-06, corpus-holderposts). Every name and place here is made up.
 */
const read = draftReader("Kasus Demam Berdarah di Sukamaju Meningkat");

describe("a post naming its institution, closed by a demonstrative, opening the sentence after a named person", () => {
  it("is the post of the person named last ('ujar Budi. Kepala Puskesmas X itu menambahkan')", () => {
    const draft = read(
      "SUKAMAJU - Kasus demam berdarah di Kecamatan Sukamaju naik pada Mei.",
      '"Kami sudah melakukan pengasapan di tiga desa," ujar Budi Santoso. Kepala Puskesmas Sukamaju itu menambahkan stok obat masih cukup.',
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ Puskesmas Sukamaju");
  });

  it("is nobody's when the last one mentioned is a title without a name", () => {
    const draft = read(
      "SUKAMAJU - Budi Santoso, warga Desa Sukamaju, mengeluhkan nyamuk. Kepala Dinas Kesehatan Kabupaten Sukamaju belum memberi keterangan.",
      "Kepala Puskesmas Sukamaju itu juga tidak dapat dihubungi.",
    );
    expect(holdersAt(draft)).not.toContain("Budi Santoso @ Puskesmas Sukamaju");
  });
});

describe("a lowercase head of a village or district, with no seat or 'setempat', set off before a full name", () => {
  const village = draftReader("Warga Sukamaju Bangun Jalan Usaha Tani");

  it("is held by the name after a speech verb ('kata kepala desa setempat, Budi Santoso.')", () => {
    const draft = village(
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong membangun jalan usaha tani.",
      '"Kami mengerjakan jalan ini dengan dana desa," kata kepala desa setempat, Budi Santoso.',
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ -");
  });

  it("is held by the name opening its clause ('Sementara itu kepala desa, Budi Santoso, mengatakan …')", () => {
    const draft = village(
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong membangun jalan usaha tani.",
      "Sementara itu kepala desa, Budi Santoso, mengatakan pekerjaan selesai bulan depan.",
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ -");
  });

  it("is not held after a plural ('para kepala desa, Budi Santoso, …')", () => {
    const draft = village(
      "SUKAMAJU - Rapat itu dihadiri para kepala desa, Budi Santoso, warga Sukamaju, dan tokoh masyarakat.",
    );
    expect(holdersAt(draft)).not.toContain("Budi Santoso @ -");
  });
});

describe("a post in brackets after a name that a sentence-opening speech word introduces", () => {
  it("is held by the name ('Menurut Budi Santoso (Kepala Puskesmas X), …')", () => {
    const draft = read("SUKAMAJU - Menurut Budi Santoso (Kepala Puskesmas Sukamaju), warga sudah mendapat penyuluhan.");
    expect(holdersAt(draft)).toContain("Budi Santoso @ Puskesmas Sukamaju");
  });
});

describe("a title of a kind pointed back to by 'itu' or 'tersebut', set off before a full name", () => {
  it("is held by the name at the institution the story named ('Kepala Puskesmas itu, Budi Santoso, …')", () => {
    const draft = read(
      "SUKAMAJU - Puskesmas Sukamaju mencatat 20 kasus demam berdarah. Kepala Puskesmas itu, Budi Santoso, meminta warga menguras bak mandi.",
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ Puskesmas Sukamaju");
  });

  it("is held in lowercase after a speech verb ('kata kepala sekolah tersebut, Rina Wulandari.')", () => {
    const school = draftReader("Siswa SD Negeri 3 Sukamaju Belajar di Teras");
    const draft = school(
      "SUKAMAJU - Siswa SD Negeri 3 Sukamaju belajar di teras karena atap kelas rusak.",
      '"Kami sudah melapor ke dinas," kata kepala sekolah tersebut, Rina Wulandari.',
    );
    expect(holdersAt(draft)).toContain("Rina Wulandari @ SD Negeri 3 Sukamaju");
  });
});

describe("a commissioner's title before a list of names", () => {
  it("is held by everyone listed, as 'Anggota' is ('Komisioner KPU X A, B, dan C')", () => {
    const election = draftReader("KPU Sukamaju Gelar Rapat Pleno");
    const draft = election(
      "SUKAMAJU - Rapat pleno dibuka pukul 09.00. Hadir pula Komisioner KPU Kabupaten Sukamaju Budi Santoso, Rina Wulandari, dan Agus Salim.",
    );
    const held = holdersAt(draft);
    expect(held).toContain("Rina Wulandari @ Komisi Pemilihan Umum Kabupaten Sukamaju");
    expect(held).toContain("Agus Salim @ Komisi Pemilihan Umum Kabupaten Sukamaju");
  });
});

describe("a board's posts given by 'sebagai' to the names of a newly formed board", () => {
  const cooperative = draftReader("Koperasi Merah Putih Sukamaju Terbentuk");

  it("are held at the cooperative the sentence before names, one-word names listed after the first too", () => {
    const draft = cooperative(
      "SUKAMAJU - Pemerintah Desa Sukamaju membentuk Koperasi Merah Putih Desa Sukamaju, Senin (2/6/2025).",
      "Hasilnya, Budi Santoso terpilih sebagai ketua, Rina Wulandari sebagai wakil ketua bidang usaha, Suparmi sebagai sekretaris dan Agus Salim sebagai bendahara.",
    );
    const held = holdersAt(draft);
    expect(held).toContain("Budi Santoso @ Koperasi Merah Putih Desa Sukamaju");
    expect(held).toContain("Rina Wulandari @ Koperasi Merah Putih Desa Sukamaju");
    expect(held).toContain("Suparmi @ Koperasi Merah Putih Desa Sukamaju");
    expect(held).toContain("Agus Salim @ Koperasi Merah Putih Desa Sukamaju");
  });

  it("are held at the article's only cooperative when the sentences before name none", () => {
    const draft = cooperative(
      "SUKAMAJU - Warga Desa Sukamaju mendirikan Koperasi Merah Putih Desa Sukamaju, Senin (2/6/2025).",
      "Musyawarah dibuka pukul 09.00 dan dihadiri tokoh masyarakat. Peserta berdiskusi selama dua jam.",
      "Musyawarah akhirnya menetapkan Budi Santoso sebagai Ketua dan Rina Wulandari sebagai Bendahara.",
    );
    expect(holdersAt(draft)).toContain("Rina Wulandari @ Koperasi Merah Putih Desa Sukamaju");
  });

  it("is no post when a word other than the item's end follows ('sebagai ketua panitia')", () => {
    const draft = cooperative(
      "SUKAMAJU - Warga Desa Sukamaju mendirikan Koperasi Merah Putih Desa Sukamaju. Rina Wulandari sebagai ketua panitia membuka acara.",
    );
    expect(holdersAt(draft)).not.toContain("Rina Wulandari @ Koperasi Merah Putih Desa Sukamaju");
  });
});

describe("'terpilih', 'dipilih' or 'ditetapkan' between a name and the verb linking it to a post", () => {
  it("links the post as 'dilantik' does ('Budi Santoso terpilih sebagai Ketua Bawaslu X')", () => {
    const election = draftReader("Bawaslu Sukamaju Punya Ketua Baru");
    const draft = election(
      "SUKAMAJU - Rapat pleno anggota digelar di kantor Bawaslu, Senin (2/6/2025).",
      "Dalam rapat itu, Budi Santoso terpilih sebagai Ketua Bawaslu Kabupaten Sukamaju.",
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju");
  });
});

describe("a title naming its institution before ', masing-masing' and a list of names", () => {
  it("is held by each one listed ('tiga anggota Bawaslu X, masing-masing A, B dan C')", () => {
    const election = draftReader("Bawaslu Sukamaju Awasi Rekapitulasi");
    const draft = election(
      "SUKAMAJU - Rekapitulasi suara tingkat kecamatan diawasi ketat, Senin (2/6/2025).",
      "Kegiatan itu dihadiri tiga anggota Bawaslu Kabupaten Sukamaju, masing-masing Budi Santoso, Rina Wulandari dan Agus Salim.",
    );
    const held = holdersAt(draft);
    expect(held).toContain("Budi Santoso @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju");
    expect(held).toContain("Agus Salim @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju");
  });
});

describe("a board's post written bare before a full name, in a sentence about the board's make-up", () => {
  const cooperative = draftReader("Koperasi Merah Putih Sukamaju Terbentuk");

  it("is held by the name at the board's body ('Susunan pengurus koperasi yakni Ketua A, Sekretaris B dan Bendahara C')", () => {
    const draft = cooperative(
      "SUKAMAJU - Pemerintah Desa Sukamaju membentuk Koperasi Merah Putih Desa Sukamaju, Senin (2/6/2025).",
      "Susunan pengurus koperasi yakni Ketua Budi Santoso, Sekretaris Rina Wulandari dan Bendahara Agus Salim.",
    );
    const held = holdersAt(draft);
    expect(held).toContain("Budi Santoso @ Koperasi Merah Putih Desa Sukamaju");
    expect(held).toContain("Agus Salim @ Koperasi Merah Putih Desa Sukamaju");
  });

  it("opens its list after 'terdiri atas' too", () => {
    const draft = cooperative(
      "SUKAMAJU - Pemerintah Desa Sukamaju membentuk Koperasi Merah Putih Desa Sukamaju, Senin (2/6/2025).",
      "Pengurus koperasi terdiri atas ketua Budi Santoso, sekretaris Rina Wulandari, dan bendahara Agus Salim.",
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ Koperasi Merah Putih Desa Sukamaju");
  });
});

describe("a 'yang' clause set off between a title naming its institution and the holder's full name", () => {
  it("is passed over ('Kepala Dinas X, yang baru dilantik pekan lalu, Budi Santoso, mengatakan …')", () => {
    const draft = read(
      "SUKAMAJU - Kepala Dinas Kesehatan Kabupaten Sukamaju, yang baru dilantik pekan lalu, Budi Santoso, mengatakan stok vaksin cukup.",
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ Dinas Kesehatan Kabupaten Sukamaju");
  });

  it("is not passed over when it brings in someone else ('yang didampingi sekretarisnya, Budi Santoso')", () => {
    const draft = read(
      "SUKAMAJU - Kepala Dinas Kesehatan Kabupaten Sukamaju, yang didampingi sekretarisnya, Budi Santoso, meninjau puskesmas.",
    );
    expect(holdersAt(draft)).not.toContain("Budi Santoso @ Dinas Kesehatan Kabupaten Sukamaju");
  });
});
