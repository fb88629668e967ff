import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { draftReader, peopleNames, speakerOf } from "./draftQueries.ts";

/**
 * People, positions and quote speakers read from the grammar of names and titles (issue 7).
 * Every sentence here is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a short name that is any word of a known full name", () => {
  it("gives a quote to the person whose later name word the short name cuts ('Afif')", () => {
    const draft = read(
      "Ketua KPU Kabupaten Blora, Mochammad Afifuddin, membuka rapat pleno.",
      'Menurut Afif, logistik sudah lengkap. "Semua kotak suara sudah kami kirim ke kecamatan," kata Afif.',
    );
    expect(speakerOf(draft, "Semua kotak suara")).toBe("Mochammad Afifuddin");
  });

  it("reads an old spelling of the name as the same person ('Arif' for Arief)", () => {
    const draft = read(
      "Anggota Bawaslu Kabupaten Blora, Arief Musthofa, hadir dalam seminar itu.",
      '"Pemilu harus berjalan damai tanpa fitnah dan hoaks," jelas Arif.',
    );
    expect(speakerOf(draft, "Pemilu harus berjalan")).toBe("Arief Musthofa");
  });

  it("takes a middle name with a title of address for the person, not someone new ('dr. Erna')", () => {
    const draft = read(
      "Direktur RSUD Blora, dr. Merintani Erna Wulandari, dilantik pagi tadi.",
      "Adapun dr. Erna sebelumnya bertugas di Puskesmas Cepu.",
    );
    expect(peopleNames(draft)).toEqual(["Merintani Erna Wulandari"]);
  });
});

function positionsOf(draft: ArticleDraft, name: string): string[] {
  const person = draft.people.find((p) => p.name === name);
  return draft.positions
    .filter((p) => p.person === person?.key)
    .map((p) => {
      const institution = draft.institutions.find((i) => i.key === p.institution);
      return `${p.role} @ ${institution ? (institution.shortName ?? institution.name) : "-"}`;
    });
}

describe("a title after a linking verb belongs to the person named before it", () => {
  it("reads 'melantik X sebagai TITLE' and ', yang sebelumnya menjabat TITLE'", () => {
    const draft = read(
      "Bupati Blora melantik Budi Santosa sebagai Kepala Dinas Sosial Kabupaten Blora, Senin pagi.",
      "Jabatan itu kini diisi dr. Rina Wulandari, yang sebelumnya menjabat Direktur RSUD Blora.",
    );
    expect(positionsOf(draft, "Budi Santosa")).toEqual(["Kepala Dinas Sosial @ Dinsos Blora"]);
    expect(positionsOf(draft, "Rina Wulandari")).toEqual(["Direktur @ Rumah Sakit Umum Daerah Blora"]);
  });

  it("gives no position when no name stands before the linking verb", () => {
    const draft = read("Rapat itu dihadiri warga yang sebelumnya menjabat Kepala Dinas Sosial Kabupaten Blora.");
    expect(draft.positions).toEqual([]);
  });
});

describe("a capitalised adverb that opens a sentence is not part of the name after it", () => {
  it("reads the known short name after 'Sebelumnya' and the title it held", () => {
    const draft = read(
      "Bupati Blora melantik Budi Santosa sebagai Kepala Dinas Sosial Kabupaten Blora, Senin pagi.",
      "Sebelumnya Budi menjabat Kepala Dinas Perhubungan Kabupaten Blora selama dua tahun.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santosa"]);
    expect(positionsOf(draft, "Budi Santosa")).toContain("Kepala Dinas Perhubungan @ Dishub Blora");
  });
});

describe("a court or legal role written as a common noun names the people listed after it", () => {
  it("reads the presiding judge and both members of the panel, single names included", () => {
    const draft = read(
      "Sidang di Pengadilan Negeri Blora dipimpin hakim ketua Budi Santosa yang didampingi anggota majelis Andriyanto dan Rina Wulandari.",
    );
    expect(peopleNames(draft)).toEqual(["Andriyanto", "Budi Santosa", "Rina Wulandari"]);
    expect(positionsOf(draft, "Andriyanto")).toEqual(["Hakim Anggota @ PN Blora"]);
    expect(positionsOf(draft, "Budi Santosa")).toEqual(["Hakim Ketua @ PN Blora"]);
  });

  it("reads a lawyer after the party the lawyer acts for", () => {
    const draft = read("Kuasa hukum pemohon, Andi Saputra, menilai penetapan tersangka itu tidak sah.");
    expect(peopleNames(draft)).toEqual(["Andi Saputra"]);
    expect(positionsOf(draft, "Andi Saputra")).toEqual(["Kuasa Hukum @ -"]);
  });
});

describe("an age in brackets after a name says a person is named", () => {
  it("reads 'Name (45), descriptor' and 'Warga, Name (50), mengatakan' and gives them their quotes", () => {
    const draft = read(
      "Budi Santosa (45), pemilik toko kelontong, mengaku omzetnya turun. “Sekarang pembeli sepi sekali,” keluhnya.",
      "Warga, Suparman (50), mengatakan air naik sejak pagi. “Air masuk rumah setinggi lutut,” katanya.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santosa", "Suparman"]);
    expect(speakerOf(draft, "Air masuk rumah")).toBe("Suparman");
  });

  it("keeps a withheld name ('Er (40)') and a clause number ('Ayat (1)') out of people", () => {
    const draft = read(
      "Salah satu warga binaan, Er (40), mengatakan senang. “Saya bersyukur mendapat remisi tahun ini,” ujarnya.",
      "Terdakwa dijerat Pasal 2 Ayat (1) tentang korupsi.",
    );
    expect(peopleNames(draft)).toEqual([]);
    expect(draft.labelledQuotes?.map((q) => q.speakerLabel)).toEqual(["Er (40)"]);
  });
});

describe("someone named with an age who is not set off to speak", () => {
  it("is a person but not whom a later 'ujarnya' points at", () => {
    const draft = read(
      "Kapolres Blora AKBP Wawan Andi Susanto mengatakan tersangka Budiman (32) ditangkap di rumahnya.",
      '"Kami akan memproses kasus ini sampai tuntas," ujarnya.',
    );
    expect(peopleNames(draft)).toEqual(["Budiman", "Wawan Andi Susanto"]);
    expect(speakerOf(draft, "Kami akan memproses")).toBe("Wawan Andi Susanto");
  });
});

describe("honorifics and degrees written without full stops around a name", () => {
  it("reads 'dr Name MKes' as the name alone and gives the title to it", () => {
    const draft = read("Kepala Dinas Kesehatan Kabupaten Blora dr Jaka Santosa MKes mengatakan vaksinasi berlanjut.");
    expect(peopleNames(draft)).toEqual(["Jaka Santosa"]);
    expect(positionsOf(draft, "Jaka Santosa")).toEqual(["Kepala Dinas Kesehatan @ Dinkes Blora"]);
  });

  it("reads 'Ny.' as an honorific", () => {
    const draft = read("Ketua Tim Penggerak PKK Kabupaten Blora, Ny. Sri Rahayu, membuka lomba.");
    expect(peopleNames(draft)).toEqual(["Sri Rahayu"]);
  });
});

describe("a rank or honorific inside the name of a university or hospital named after someone", () => {
  it("reads no person from 'Universitas Jenderal Soedirman' or 'Rumah Sakit dr. Soetomo'", () => {
    const draft = read(
      "Mahasiswa Universitas Jenderal Soedirman menggelar aksi di depan kampus.",
      "Pasien dirujuk ke Rumah Sakit dr. Soetomo Surabaya untuk perawatan lanjut.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a full name set off by commas before a reporting verb", () => {
  it("reads 'Salah satu siswa, Rina Aulia, mengaku …' and gives her the quote after it", () => {
    const draft = read(
      "Kepala SMP Negeri 1 Blora, Sutrisno, mengatakan siswa antusias.",
      "Salah satu siswa, Rina Aulia, mengaku senang. “Belajarnya jadi tidak membosankan,” ujarnya.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Aulia", "Sutrisno"]);
    expect(speakerOf(draft, "Belajarnya jadi")).toBe("Rina Aulia");
  });
});

describe("speech verbs beyond the common ones", () => {
  it("names the speaker after 'keluh' and reads a full name before 'mengkritik'", () => {
    const draft = read(
      "“Air sudah masuk rumah sejak subuh tadi,” keluh Suparman Hadi, warga setempat.",
      "Rina Kartika mengkritik lambatnya penyaluran bantuan di desa itu.",
    );
    expect(speakerOf(draft, "Air sudah masuk")).toBe("Suparman Hadi");
    expect(peopleNames(draft)).toEqual(["Rina Kartika", "Suparman Hadi"]);
  });
});

describe("a speaker named right after the speech verb", () => {
  it("reads a single name closed by punctuation ('kata Sutrisno.')", () => {
    const draft = read("“Jalan di desa kami rusak parah sejak tahun lalu,” kata Sutrisno.");
    expect(peopleNames(draft)).toEqual(["Sutrisno"]);
    expect(speakerOf(draft, "Jalan di desa")).toBe("Sutrisno");
  });

  it("reads the name closing a clause that describes the speaker, not the last person named", () => {
    const draft = read(
      "Bupati Blora Arief Rohman membuka acara itu.",
      "“Kami ingin warga ikut menjaga kebersihan,” kata pria yang juga Ketua RT 05 itu, Suyono.",
    );
    expect(speakerOf(draft, "Kami ingin warga")).toBe("Suyono");
  });
});

describe("a single name after a speech verb that starts a full name written earlier", () => {
  it("gives the quote to the full name, which becomes a person", () => {
    const draft = read(
      "Pelatihan dipandu instruktur dari Asosiasi Barista Blora, Rizky Pratama. Ia menjelaskan teknik dasar.",
      "“Peserta sudah bisa membuat latte art sederhana,” ujar Rizky.",
    );
    expect(peopleNames(draft)).toEqual(["Rizky Pratama"]);
    expect(speakerOf(draft, "Peserta sudah bisa")).toBe("Rizky Pratama");
  });
});

describe("a name given with a nickname after 'alias'", () => {
  it("reads one person with the nickname as an alias, and a quote by the nickname goes to them", () => {
    const draft = read(
      "Pelaku, Joko Susilo alias Jack (25), diamankan polisi.",
      "“Saya khilaf dan menyesal sekali,” kata Jack.",
    );
    expect(draft.people.map((p) => [p.name, p.aliases])).toEqual([["Joko Susilo", ["Jack"]]]);
    expect(speakerOf(draft, "Saya khilaf")).toBe("Joko Susilo");
  });
});

describe("a noun that describes a person right before a full name", () => {
  it("reads 'Terdakwa Name' and 'staf <institution> Name'", () => {
    const draft = read(
      "Terdakwa Budi Santosa divonis lima tahun penjara.",
      "Surat itu diantar staf Dinas Sosial Kabupaten Blora Khariq Anwar.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santosa", "Khariq Anwar"]);
  });

  it("reads no person from a place or a programme after a descriptor", () => {
    const draft = read(
      "Bazar diikuti peserta Wirausaha Baru (WUB) dan warga Kampung Baru Sejahtera.",
      "Acara itu juga diikuti peserta Jambore Pelajar.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a word of an institution's name that is also a given name", () => {
  it("reads 'Agung' as the first name after a title, and 'Jaksa Agung' as a title", () => {
    const draft = read(
      "Hadir pula Wakil Ketua DPRD Kabupaten Blora Agung Prabowo dalam acara itu.",
      "Jaksa Agung Sanitiar Burhanuddin menyebut kasus itu rumit.",
    );
    expect(peopleNames(draft)).toEqual(["Agung Prabowo", "Sanitiar Burhanuddin"]);
    expect(positionsOf(draft, "Sanitiar Burhanuddin")).toEqual(["Jaksa Agung @ Kejagung"]);
  });
});

describe("a one-word title before the short name of someone named in full", () => {
  it("points a later 'ujarnya' at that person, not at someone named between", () => {
    const draft = read(
      "Sidang dipimpin Ketua Majelis Hakim Dominggus Silaban, sementara Jaksa Penuntut Umum Aisyah Rahma membacakan tuntutan.",
      "Seusai sidang, Hakim Dominggus menolak berkomentar. “Kami sudah bekerja sesuai jadwal,” ujarnya.",
    );
    expect(speakerOf(draft, "Kami sudah bekerja")).toBe("Dominggus Silaban");
  });
});

describe("people listed after 'antara lain', 'yakni' or 'hadir'", () => {
  it("reads every full name of the list", () => {
    const draft = read(
      "Turut hadir antara lain Budi Santosa, Rina Wulandari dan Agus Salim.",
      "Penerima bantuan yakni Siti Aminah dan Joko Susilo.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santosa", "Joko Susilo", "Rina Wulandari", "Siti Aminah"]);
  });
});

describe("'yang juga', 'mantan' and 'merupakan' link a person to the title after them", () => {
  it("gives the title after 'yang juga' and after 'mantan' to the person named before", () => {
    const draft = read(
      "“Jumlah wisudawan tahun ini 861 orang,” ujar Ketua Panitia, Rina Kartika PhD, yang juga Wakil Rektor I Universitas Malikussaleh.",
      "Acara itu dihadiri Budi Santosa, mantan Kepala Dinas Sosial Kabupaten Blora.",
    );
    expect(positionsOf(draft, "Rina Kartika")).toContain("Wakil Rektor I @ Universitas Malikussaleh");
    expect(positionsOf(draft, "Budi Santosa")).toEqual(["Kepala Dinas Sosial @ Dinsos Blora"]);
  });
});

describe("the head of a unit written without its organisation", () => {
  it("works where the official named just before holds office", () => {
    const draft = read(
      "Direktur RSUD Blora, dr. Hendra Gunawan, mengatakan pasien rawat inap turun.",
      "Kepala Instalasi Rekam Medis, Irfan Saputra, menambahkan data pasien sudah diperbarui.",
    );
    expect(positionsOf(draft, "Irfan Saputra")).toEqual([
      "Kepala Instalasi Rekam Medis @ Rumah Sakit Umum Daerah Blora",
    ]);
  });
});

describe("a clause describing a person, then their name set off by commas, then a speech verb", () => {
  it("reads the name, and no group's name when no speech verb follows", () => {
    const draft = read(
      "Pengurus Koperasi Sejahtera, Suparno, mengatakan simpanan anggota naik.",
      "Peserta Jambore Nasional, Pramuka Penggalang, berkumpul di lapangan.",
    );
    expect(peopleNames(draft)).toEqual(["Suparno"]);
  });
});

describe("a word joined by a hyphen to an acronym", () => {
  it("is an organisation's name, not a person", () => {
    const draft = read("Pembukaan dilakukan Deputi Bidang Produksi dan Pemasaran Kemenkop-UKM di Pesawaran.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("'bernama' after a noun describing a person", () => {
  it("reads the name after it, a single one too, but not after an organisation's noun", () => {
    const draft = read(
      "Sebuah yayasan bernama Bina Insan Mandiri memberi bantuan kepada warga.",
      "Seorang korban bernama Suparman ditemukan selamat di sungai.",
    );
    expect(peopleNames(draft)).toEqual(["Suparman"]);
  });
});

describe("a person named later in the sentence after a speech verb and a description", () => {
  it("is not the speaker: only the name closing the description after its comma is", () => {
    const draft = read(
      "Ketua Kelompok Tani Makmur, Budi Santosa, mengatakan panen tahun ini melimpah.",
      "“Hasilnya naik dua kali lipat dari tahun lalu,” kata pria itu usai bertemu Bupati Blora Arief Rohman.",
    );
    expect(speakerOf(draft, "Hasilnya naik")).toBe("Budi Santosa");
  });
});

describe("a national police post written as one word, then a rank, then a name", () => {
  it("gives the post at Polri ('Kabareskrim Komjen Name')", () => {
    const draft = read("Kabareskrim Komjen Agus Salim memimpin rapat tim teknis di Jakarta, Selasa (6/8).");
    expect(positionsOf(draft, "Agus Salim")).toEqual(["Kepala Badan Reserse Kriminal @ Polri"]);
  });
});

describe("a title closed by a comma before a list introducer", () => {
  it("is held by everyone listed ('anggota Komisi III DPRD X, di antaranya A dan B')", () => {
    const draft = read(
      "Usulan itu ditolak anggota Komisi III DPRD Blora, di antaranya Budi Santosa dan Agus Salim.",
      "Rapat dihadiri anggota keluarga, yakni Dedi Kurniawan dan Joko Susilo.",
    );
    expect(positionsOf(draft, "Budi Santosa")).toEqual(["Anggota Komisi III @ DPRD Blora"]);
    expect(positionsOf(draft, "Agus Salim")).toEqual(["Anggota Komisi III @ DPRD Blora"]);
    expect(positionsOf(draft, "Joko Susilo")).toEqual([]);
  });
});

describe("'Penjabat' written out before a title", () => {
  it("is the acting prefix Pj., so the title after it still links to the person before 'sebagai'", () => {
    const draft = read("Bupati melantik Budi Santosa sebagai Penjabat Sekda Blora di pendopo, Jumat (29/9/2023).");
    expect(positionsOf(draft, "Budi Santosa").map((p) => p.split(" @ ")[0])).toEqual(["Penjabat Sekretaris Daerah"]);
  });
});

describe("an address chain without commas between a title's institution and a full name", () => {
  it("locates the institution, and the full name after it holds the title", () => {
    const draft = read(
      "Kepala Desa Tegalsari Kecamatan Cepu Kabupaten Blora Budi Santosa mengatakan jalan itu rusak sejak Maret.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santosa"]);
    expect(positionsOf(draft, "Budi Santosa").map((p) => p.split(" @ ")[0])).toEqual(["Kepala Desa"]);
  });
});

describe("a short first paragraph right after the title", () => {
  it("stays in the body when prose follows it ('Korban bernama Suparman ditemukan selamat.')", () => {
    const draft = read(
      "Korban bernama Suparman ditemukan selamat.",
      "Tim SAR gabungan mencari korban sejak Senin pagi di sepanjang sungai itu.",
    );
    expect(draft.article.body.startsWith("Korban bernama Suparman")).toBe(true);
    expect(peopleNames(draft)).toEqual(["Suparman"]);
  });
});

describe("a relation noun with '-nya' and a full name set off by a comma", () => {
  it("names that person ('rekannya, Alwi Prayoga (berkas terpisah)'), but not a date after the comma", () => {
    const draft = read(
      "Polisi menangkap terdakwa dan rekannya, Budi Santosa (berkas terpisah), saat transaksi di Medan.",
      "Ia datang bersama istrinya, Selasa pagi, ke kantor polisi.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santosa"]);
  });
});

describe("a person named as the object or achiever of a verb (diraih, menemui, bertemu)", () => {
  it("is not who a later 'tuturnya' points back to: the last person spoken of is", () => {
    const draft = read(
      "Rektor Universitas Blora, Budi Santosa, menjelaskan jumlah wisudawan tahun ini naik.",
      "Nilai tertinggi diraih Rina Wulandari dari Program Studi Manajemen.",
      "“Kami mengucapkan selamat kepada semua wisudawan hari ini,” tuturnya.",
    );
    expect(speakerOf(draft, "Kami mengucapkan")).toBe("Budi Santosa");
    expect(peopleNames(draft)).toEqual(["Budi Santosa", "Rina Wulandari"]);
  });
});

describe("a person named after 'mewakili' or 'atas nama'", () => {
  it("keeps their title, is not a later 'ujarnya''s speaker, and lends their institution to the representative", () => {
    const draft = read(
      "Kabid Pemerintahan Desa, Joko Prasetyo SSos, mewakili Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD) Blora, Hendra Gunawan MM, mengatakan pelatihan digelar dua hari. “Semua perangkat desa wajib ikut pelatihan ini sampai selesai,” ujarnya.",
    );
    expect(speakerOf(draft, "Semua perangkat desa")).toBe("Joko Prasetyo");
    expect(positionsOf(draft, "Hendra Gunawan")).toHaveLength(1);
    const representative = positionsOf(draft, "Joko Prasetyo");
    expect(representative).toHaveLength(1);
    expect(representative[0]).toMatch(/@ .*(Pemberdayaan Masyarakat dan Desa|PMD)/);
  });
});

describe("a post handed from one holder to another", () => {
  it("gives the post named before 'Jabatan yang diemban A kini diisi B' to both holders", () => {
    const draft = read(
      "Bupati Blora merotasi Direktur RSUD Blora dalam pelantikan di Kantor Bupati Blora, Senin.",
      "Jabatan yang sebelumnya diemban dr. Rina Wulandari kini diisi dr. Budi Santosa, yang sebelumnya menjabat Direktur RSUD Cepu.",
    );
    expect(positionsOf(draft, "Rina Wulandari")).toEqual(["Direktur @ Rumah Sakit Umum Daerah Blora"]);
    expect(positionsOf(draft, "Budi Santosa")).toContain("Direktur @ Rumah Sakit Umum Daerah Blora");
  });

  it("gives the post of 'sebagai X menggantikan A' to A, but not a post of an earlier sentence ('Ia menggantikan A')", () => {
    const draft = read(
      "Bupati Blora melantik Budi Santosa sebagai Kepala Dinas Sosial Kabupaten Blora menggantikan Agus Salim yang memasuki masa pensiun.",
      "Sebelumnya Rina Wulandari menjabat Kepala Dinas Pertanian Kabupaten Blora. Ia menggantikan Joko Prasetyo yang dimutasi ke Sekretariat Daerah.",
    );
    expect(positionsOf(draft, "Agus Salim")).toEqual(positionsOf(draft, "Budi Santosa"));
    expect(positionsOf(draft, "Agus Salim")).toHaveLength(1);
    expect(positionsOf(draft, "Joko Prasetyo")).toEqual([]);
  });
});

describe("the army chief of staff written as 'Kasad'", () => {
  it("is held at TNI Angkatan Darat by the ranked name after it", () => {
    const draft = read(
      "Program itu merupakan perintah langsung Kasad Jenderal TNI Budi Santosa kepada seluruh Babinsa di daerah.",
    );
    expect(positionsOf(draft, "Budi Santosa")).toEqual(["Kepala Staf Angkatan Darat @ TNI AD"]);
  });
});

describe("one bare word closing an institution before a full name set off by commas", () => {
  it("is the institution's place, not the title's holder ('Ketua BPD Sukamaju, Budi Santoso,')", () => {
    const draft = read(
      "Ketua Badan Permusyawaratan Desa (BPD) Sukamaju, Budi Santoso, mengatakan rapat digelar Senin.",
      "Kepala Sekolah SD Negeri 3 Cepu, Rina Wulandari, mengatakan siswa libur.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rina Wulandari"]);
    expect(positionsOf(draft, "Budi Santoso")).toHaveLength(1);
    expect(positionsOf(draft, "Rina Wulandari")).toHaveLength(1);
  });
});

describe("a full name before a linking verb and a title", () => {
  it("is a person holding that title ('Budi Santoso selaku Kepala Dinas …', ', yang menjabat Camat …')", () => {
    const draft = read(
      "Budi Santoso selaku Kepala Dinas Pendidikan Kabupaten Blora mengatakan sekolah dibuka kembali.",
      "Rina Wulandari, yang menjabat Kepala Dinas Sosial Kabupaten Blora, mengatakan bantuan cair.",
    );
    expect(positionsOf(draft, "Budi Santoso")).toHaveLength(1);
    expect(positionsOf(draft, "Rina Wulandari")).toHaveLength(1);
  });
});

describe("a pronoun opening a sentence with a linking verb and a title", () => {
  it("gives the title to the last person named ('Ia adalah Kepala …'), not past a title named between", () => {
    const draft = read(
      "Budi Santoso mengatakan jalan itu rusak sejak Maret. Ia adalah Kepala Dinas Pekerjaan Umum Kabupaten Blora.",
      "Rina Wulandari mengatakan warga sudah melapor. Kepala Desa Sukamaju juga hadir. Ia merupakan Kepala Dinas Sosial Kabupaten Blora.",
    );
    expect(positionsOf(draft, "Budi Santoso")).toHaveLength(1);
    expect(positionsOf(draft, "Rina Wulandari")).toEqual([]);
  });
});

describe("a title set off by commas after a name opened by a capitalised speech word", () => {
  it("belongs to that name ('Menurut Budi Santoso, Kepala Dinas …, anggaran …')", () => {
    const draft = read("Menurut Budi Santoso, Kepala Dinas Sosial Kabupaten Blora, anggaran bantuan tahun ini cukup.");
    expect(positionsOf(draft, "Budi Santoso")).toHaveLength(1);
  });
});

describe("capitals in brackets after a full name", () => {
  it("are a name the person goes by when they abbreviate it ('Suhardi Duka (SDK)' … 'kata SDK')", () => {
    const draft = read(
      "Gubernur Sulawesi Barat Budi Santoso (BSO) meresmikan gedung itu. Kepala Dinas Sosial Kabupaten Blora, Rina Wulandari, juga hadir.",
      "“Kami akan memperbaiki layanan rumah sakit daerah,” kata BSO.",
    );
    expect(speakerOf(draft, "Kami akan memperbaiki")).toBe("Budi Santoso");
  });

  it("are not a name when they do not abbreviate it ('Budi Santoso (PKS)')", () => {
    const draft = read("Anggota DPRD Kabupaten Blora Budi Santoso (PKS) meninjau jalan rusak di desa itu.");
    expect(draft.people.find((p) => p.name === "Budi Santoso")?.aliases ?? []).not.toContain("PKS");
  });
});

describe("a job noun, an institution and a full name", () => {
  it("is a job held there ('staf Dinas Sosial … Agus Salim'), a membership is not ('mahasiswa …')", () => {
    const draft = read(
      "Kegiatan itu diikuti staf Dinas Sosial Kabupaten Blora Agus Salim dan mahasiswa Universitas Diponegoro Rina Wulandari.",
    );
    expect(positionsOf(draft, "Agus Salim")).toHaveLength(1);
    expect(positionsOf(draft, "Rina Wulandari")).toEqual([]);
  });
});

describe("serah terima jabatan TITLE dari A kepada B", () => {
  it("gives the title to both the former and the new holder", () => {
    const draft = read(
      "Serah terima jabatan Kepala Dinas Sosial Kabupaten Blora dari Agus Salim kepada Budi Santoso digelar Senin.",
    );
    expect(positionsOf(draft, "Agus Salim")).toHaveLength(1);
    expect(positionsOf(draft, "Budi Santoso")).toEqual(positionsOf(draft, "Agus Salim"));
  });
});

describe("a clause opening with a job noun, then a name set off by commas and a speech verb", () => {
  it("is a job at the last institution the clause names ('Dosen Fakultas Hukum Universitas X, Budi, mengatakan')", () => {
    const draft = read("Dosen Fakultas Hukum Universitas Diponegoro, Budi Santoso, mengatakan aturan itu lemah.");
    expect(positionsOf(draft, "Budi Santoso")).toEqual(["Dosen @ Universitas Diponegoro"]);
  });
});
