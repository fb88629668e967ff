import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf, speakerOf } from "./draftQueries.ts";

describe("'Kanmenag', a spelling of the regency's Kemenag office", () => {
  const read = draftReader("Kepala Madrasah Dilantik");
  it("names the office and gives its head's post", () => {
    const draft = read(
      "Kepala Kanmenag Lombok Tengah H. Budi Santoso melantik sepuluh kepala madrasah, Kamis (10/6/2021).",
      "Pelantikan berlangsung di aula kantor setempat dan dihadiri para pengawas.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Kantor Kementerian Agama @ Kantor Kementerian Agama Lombok Tengah",
    ]);
  });
});

describe("a staff title with its section after 'pada' or in lowercase", () => {
  const read = draftReader("Siswa Madrasah Lulus Semua");
  it("is held at the office the section belongs to, by the name before the degree", () => {
    const draft = read(
      "“Semua siswa madrasah binaan kami dinyatakan lulus,” kata Rina Wulandari, S.Pd.I, staf pada seksi Pendidikan Madrasah Kankemenag Blora, Jumat (25/5/2013).",
      "Staf pada Seksi Bimas Islam Kemenag Blora, Agus Salim, turut hadir.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Staf Seksi Pendidikan Madrasah @ Kantor Kementerian Agama Blora",
    ]);
    expect(postsOf(draft, "Agus Salim")).toEqual(["Staf Seksi Bimas Islam @ Kantor Kementerian Agama Blora"]);
    // The last piece of the degree ("I") is no person.
    expect(peopleNames(draft)).not.toContain("I");
  });
});

describe("'Pimpinan' before a pesantren", () => {
  const read = draftReader("Rombongan Kemenag Kunjungi Pesantren");
  it("is the title of its head", () => {
    const draft = read(
      "Rombongan Kemenag Blora disambut Pimpinan Ponpes Al Huda Blora, KH Ahmad Fauzi, Senin (6/9/2021).",
      "Kunjungan itu membahas izin operasional pesantren.",
    );
    expect(postsOf(draft, "Ahmad Fauzi")).toEqual(["Pimpinan Pondok Pesantren @ Ponpes Al Huda Blora"]);
  });
  it("heads no other organisation", () => {
    const draft = read(
      "Pimpinan Bank Sukamaju, Hendra Gunawan, menyerahkan bantuan kepada santri, Senin (6/9/2021).",
      "Bantuan itu diterima pengurus pesantren.",
    );
    expect(postsOf(draft, "Hendra Gunawan")).toEqual(["Pimpinan Bank Sukamaju @ Bank Sukamaju"]);
  });
});

describe("an Arabic article or construct word inside a pesantren's name", () => {
  const read = draftReader("Santri Sambut Tamu");
  it("does not end the name, so the words after it are no head's name", () => {
    const draft = read(
      "Sementara itu, Pengasuh Pondok Pesantren Al Ikhlas Sumberrejo menyampaikan terima kasih atas kunjungan itu, Senin (6/9/2021).",
      "Rombongan kemudian meninjau asrama santri.",
    );
    expect(institutionNames(draft)).toContain("Pondok Pesantren Al Ikhlas Sumberrejo");
    expect(peopleNames(draft)).not.toContain("Ikhlas Sumberrejo");
  });
});

describe("a title written without its holder before a quote the holder is named for", () => {
  const read = draftReader("Kasus Demam Berdarah Menurun");
  it("is held by the one the quote's attribution names", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Blora menjelaskan kasus demam berdarah terus menurun. “Kami terus memantau kasus di lapangan setiap pekan,” kata Budi Hartono, Selasa (5/3/2024).",
    );
    expect(postsOf(draft, "Budi Hartono")).toEqual(["Kepala Dinas Kesehatan @ Dinas Kesehatan Kabupaten Blora"]);
  });
  it("is not given to a speaker when someone else is named in between", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Blora menjelaskan kasus demam berdarah terus menurun. Warga bernama Rina Wulandari membenarkan hal itu. “Kami terus memantau kasus di lapangan setiap pekan,” kata Budi Hartono, Selasa (5/3/2024).",
    );
    expect(postsOf(draft, "Budi Hartono")).toEqual([]);
  });
});

describe("'puskesmas' in lowercase before a proper name", () => {
  const read = draftReader("Kasus Demam Berdarah Ditekan");
  it("names that Puskesmas, in a title too, and no Puskesmas before another word", () => {
    const draft = read(
      "Saat kasus itu terjadi, dirinya masih bertugas di puskesmas Sukajaya Hilir, Blora, Selasa (4/3/2025).",
      "Kepala puskesmas Jepon, Rina Wulandari, mengatakan warga juga berobat ke puskesmas di Kecamatan Cepu.",
    );
    expect(institutionNames(draft)).toContain("Puskesmas Sukajaya Hilir");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Puskesmas @ Puskesmas Jepon"]);
    expect(institutionNames(draft).filter((name) => /Cepu|^Jepon$/.test(name))).toEqual([]);
  });
});

describe("a Puskesmas named by a seat that another Puskesmas's seat begins with", () => {
  const read = draftReader("Warga Berobat Lebih Dekat");
  it("is another Puskesmas, not that one written short", () => {
    const draft = read(
      "Warga Blora kini tak perlu lagi berobat ke Puskesmas Limboto Barat atau Puskesmas Limboto, Sabtu (4/2/2023).",
    );
    expect(institutionNames(draft)).toEqual(["Puskesmas Limboto", "Puskesmas Limboto Barat"]);
  });
});

describe("a madrasah supervisor's title after 'sebagai'", () => {
  const read = draftReader("Kemenag Lantik Pengawas Madrasah");
  it("is held at the Kemenag office, in lowercase too, by every name listed before it", () => {
    const draft = read(
      "Kepala Kantor Kementerian Agama Kabupaten Blora Budi Santoso melantik pengawas madrasah, Selasa (13/4/2021).",
      "Pejabat yang dilantik adalah Rina Wulandari sebagai pengawas MTs. Adapun yang dikukuhkan adalah Agus Salim dan Dewi Lestari sebagai Pengawas Madrasah.",
    );
    const office = "Kantor Kementerian Agama Kabupaten Blora";
    expect(postsOf(draft, "Rina Wulandari")).toEqual([`Pengawas MTs @ ${office}`]);
    expect(postsOf(draft, "Agus Salim")).toEqual([`Pengawas Madrasah @ ${office}`]);
    expect(postsOf(draft, "Dewi Lestari")).toEqual([`Pengawas Madrasah @ ${office}`]);
  });
});

describe("'HL' (Haji Lalu) before a name", () => {
  const read = draftReader("Gedung Puskesmas Diresmikan");
  it("is an honorific, so the name set off after the title holds it", () => {
    const draft = read(
      "Peresmian dihadiri Bupati Lombok Tengah, HL Budi Santoso, serta para camat, Jumat (18/8/2023).",
      "“Semoga pelayanan makin maksimal,” kata Budi Santoso.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Bupati @ -"]);
  });
});

describe("the last one named before 'ujarnya'", () => {
  const read = draftReader("Gedung Puskesmas Diresmikan");
  it("is not someone named only after a quote's attribution or inside a quote", () => {
    const draft = read(
      "Bupati Lombok Tengah, HL Budi Santoso, meresmikan gedung Puskesmas Sukaraja, Jumat (18/8/2023).",
      "Kepala Puskesmas Sukaraja, Rina Wulandari, mengatakan gedung itu sudah dipakai sebulan.",
      "“Kami masih berbenah melengkapi sarana,” kata Kepala Puskesmas Sukaraja di hadapan Bupati.",
      "Ia berterima kasih kepada Bupati. “Bupati sudah memprioritaskan pembangunan puskesmas ini,” paparnya.",
      "Pihaknya juga menyiapkan inovasi. “Kami punya inovasi untuk menurunkan stunting,” ucapnya.",
    );
    expect(speakerOf(draft, "Bupati sudah memprioritaskan")).toBe("Rina Wulandari");
    expect(speakerOf(draft, "Kami punya inovasi")).toBe("Rina Wulandari");
  });
});
