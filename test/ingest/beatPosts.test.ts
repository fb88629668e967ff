import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

/** Posts and organisations of the regional beats beyond the prison beat (issue 7). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a holder written without a comma after an organisation's proper name", () => {
  it("ends a pesantren's name before the holder who speaks", () => {
    const draft = read("Pengasuh Pondok Pesantren Al Hikmah Ahmad Fauzi mengatakan santri sudah pulang.");
    expect(institutionNames(draft)).toEqual(["Pondok Pesantren Al Hikmah"]);
    expect(holdersAt(draft)).toEqual(["Ahmad Fauzi @ Pondok Pesantren Al Hikmah"]);
  });

  it("ends an abbreviated cooperative's name before the holder, also before 'saat'", () => {
    const draft = read(
      "Ketua KUD Sri Rejeki Agus Salim mengatakan gabah dibeli.",
      "Ketua Kelompok Tani Maju Jaya Dewi Lestari saat ditemui menyebut panen melimpah.",
    );
    expect(institutionNames(draft)).toEqual(["Kelompok Tani Maju Jaya", "Koperasi Unit Desa Sri Rejeki"]);
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Dewi Lestari"]);
  });

  it("keeps a long name whole when no reporting word follows it", () => {
    const draft = read("Yayasan Pendidikan Islam Al Azhar menggelar wisuda santri.");
    expect(institutionNames(draft)).toEqual(["Yayasan Pendidikan Islam Al Azhar"]);
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a regional agency's abbreviation the lexicon does not list", () => {
  it("is an agency after a head's title or a preposition, with an acronym of its domain", () => {
    const draft = read(
      "Budi Santoso, semula kepala Disparpora, kini menjadi kepala Disperindagkop dan UKM.",
      "Warga datang ke Dispaperta untuk mengurus izin.",
    );
    expect(institutionNames(draft)).toEqual(["Dispaperta", "Disparpora", "Disperindagkop dan UKM"]);
  });

  it("is the institution of a title before its holder, with its region", () => {
    const draft = read("Kepala Bidang Pembangunan Disperkimtan Wonosobo Agus Salim mengatakan rumah dibangun.");
    expect(holdersAt(draft)).toEqual(["Agus Salim @ Disperkimtan Wonosobo"]);
  });

  it("is no agency when the word is a verb or a noun of that shape", () => {
    const draft = read("Disampaikan oleh panitia, acara dimulai pagi.", "Ia meminta dari Diskusi itu lahir gagasan.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a section head whose institution the title leaves out", () => {
  it("is held at the story's own institution when none of the title's usual kinds is named", () => {
    const draft = read(
      "Kantor Kementerian Agama Kabupaten Wonosobo menggelar rapat koordinasi penghulu.",
      "Kepala Seksi Bimas Islam, Agus Salim, menjelaskan bimbingan pranikah digelar rutin.",
    );
    expect(holdersAt(draft)).toEqual(["Agus Salim @ Kantor Kementerian Agama Kabupaten Wonosobo"]);
  });

  it("is held nowhere when the story names no institution", () => {
    const draft = read("Kepala Seksi Bimas Islam, Agus Salim, menjelaskan bimbingan pranikah digelar rutin.");
    expect(holdersAt(draft)).toEqual(["Agus Salim @ -"]);
  });
});

const roleOf = (draft: ReturnType<typeof read>, name: string) => {
  const person = draft.people.find((p) => p.name === name);
  return draft.positions.find((p) => p.person === person?.key)?.role;
};

describe("posts of the regional beats read from the title data", () => {
  it("reads the short head of an office and of a subsection at their institution", () => {
    const draft = read(
      "Kadis Disdikbud Lampung Utara, Suwandi, mengatakan rapat kerja digelar.",
      "Kasubbag TU Kemenag Kota Magelang Arif Himawan mengatakan data sudah lengkap.",
    );
    expect(holdersAt(draft)).toEqual([
      "Suwandi @ Dinas Pendidikan dan Kebudayaan Lampung Utara",
      "Arif Himawan @ Kantor Kementerian Agama Kota Magelang",
    ]);
  });

  it("reads an election commissioner's division and a court clerk", () => {
    const draft = read(
      "Kordiv Hukum dan Pengawasan Bawaslu Wonosobo, Agus Salim, mengatakan laporan diterima.",
      "Panitera Pengganti PN Wonosobo Dewi Lestari membacakan berkas perkara.",
    );
    expect(roleOf(draft, "Agus Salim")).toBe("Koordinator Divisi Hukum dan Pengawasan");
    expect(holdersAt(draft)).toEqual([
      "Agus Salim @ Badan Pengawas Pemilihan Umum Wonosobo",
      "Dewi Lestari @ Pengadilan Negeri Wonosobo",
    ]);
  });

  it("reads the district secretary before a holder written without a comma", () => {
    const draft = read("Sekretaris Kecamatan Wonosobo Agus Salim mengatakan data sudah lengkap.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
    expect(roleOf(draft, "Agus Salim")).toBe("Sekretaris Kecamatan");
  });

  it("reads the local names of a village head as that office", () => {
    const draft = read(
      "Perbekel Desa Tulamben, I Wayan Sumatra, mengatakan warga mengungsi.",
      "Wali Nagari Sungai Pua, Budi Santoso, mengatakan jalan rusak.",
      "Keuchik Gampong Lamteh, Agus Salim, mengatakan banjir surut.",
      "Kadus Krajan Rina Wulandari mengatakan warga bergotong royong.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso", "I Wayan Sumatra", "Rina Wulandari"]);
    // The role is reported as written ("Keuchik Gampong Lamteh"); its title word is what is read.
    expect(draft.positions.map((p) => p.role.split(" ").slice(0, 2).join(" "))).toEqual([
      "Perbekel Desa",
      "Wali Nagari",
      expect.stringMatching(/^Keuchik/),
      "Kepala Dusun",
    ]);
  });

  it("reads the daily executive head of a disaster agency and a cooperative's manager", () => {
    const draft = read(
      "Kepala Pelaksana Harian BPBD Wonosobo Dewi Lestari mengatakan pengungsi bertambah.",
      "Manajer Koperasi Simpan Pinjam Sejahtera, Rina Wulandari, mengatakan pinjaman naik.",
    );
    expect(holdersAt(draft)).toEqual([
      "Dewi Lestari @ Badan Penanggulangan Bencana Daerah Wonosobo",
      "Rina Wulandari @ Koperasi Simpan Pinjam Sejahtera",
    ]);
  });
});

describe("a court's class before its seat", () => {
  it("is read over, so the court and its post are found", () => {
    const draft = read(
      "Wakil Ketua Pengadilan Agama Kelas 1 A Pemalang, Amran Abbas, mengatakan angka perceraian naik.",
      "Sidang di PN Kelas IA Khusus Bandung ditunda.",
    );
    expect(institutionNames(draft)).toEqual(["Pengadilan Agama Pemalang", "Pengadilan Negeri Bandung"]);
    expect(holdersAt(draft)).toEqual(["Amran Abbas @ Pengadilan Agama Pemalang"]);
  });
});

describe("other written forms of listed units", () => {
  it("reads 'Catatan Sipil' as a domain of the civil registry office", () => {
    const draft = read("Warga mengurus KTP di Dinas Kependudukan dan Catatan Sipil Kota Batu.");
    expect(institutionNames(draft)).toEqual(["Dinas Kependudukan dan Catatan Sipil Kota Batu"]);
  });

  it("reads Pemko as the city government, so the deputy mayor is held there", () => {
    const draft = read(
      "Wakil Walikota Medan Akhyar Nasution berterima kasih atas dukungan kepada Pemko Medan.",
      "Pemko Medan terus meningkatkan pelayanan publik.",
    );
    expect(holdersAt(draft)).toEqual(["Akhyar Nasution @ Pemerintah Kota Medan"]);
  });

  it("reads another long form of a district election supervisor without its seat as no institution", () => {
    const draft = read("Peran Panitia Pengawas Pemilu Kecamatan (Panwascam) sangat penting.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("an office named by its seat, then its holder without a comma", () => {
  it("reads one seat word and a two-word holder before a reporting verb", () => {
    const draft = read(
      "Ketua BPD Tulamben Agus Salim mengatakan musyawarah digelar.",
      "Ketua PPS Kauman Dewi Lestari mengatakan logistik tiba.",
    );
    expect(holdersAt(draft)).toEqual([
      "Agus Salim @ Badan Permusyawaratan Desa Tulamben",
      "Dewi Lestari @ Panitia Pemungutan Suara Kauman",
    ]);
  });
});

describe("a proper name run that reaches a ministry's office", () => {
  it("ends before the office, which is an institution of its own", () => {
    const draft = read(
      "Rapat Bidang Pendidikan Diniyah dan Pondok Pesantren Kantor Wilayah Kementerian Agama Provinsi Sulawesi Selatan digelar.",
      "Seluruh Kepala Seksi PD Pondok Pesantren Kementerian Agama se-kabupaten hadir.",
    );
    expect(institutionNames(draft)).toEqual(["Kantor Wilayah Kementerian Agama Sulawesi Selatan", "Kementerian Agama"]);
  });

  it("goes on through a regional office's noun in a cooperative's name", () => {
    const draft = read("Koperasi Pegawai Pemkab Wonosobo menggelar rapat anggota.");
    expect(institutionNames(draft)).toEqual(["Koperasi Pegawai Pemkab Wonosobo"]);
  });
});

describe("a health centre named by its seat, then its head without a comma", () => {
  it("reads one seat word and the head's two-word name", () => {
    const draft = read("Kepala Puskesmas Kutowinangun Agus Salim mengatakan vaksinasi berjalan.");
    expect(holdersAt(draft)).toEqual(["Agus Salim @ Puskesmas Kutowinangun"]);
  });
});

describe("village, health and disaster bodies from the unit data", () => {
  it("reads the village associations and their heads", () => {
    const draft = read(
      "Ketua Apdesi Kabupaten Wonosobo, Budi Santoso, mengatakan para kepala desa siap.",
      "Ketua PPDI Kabupaten Wonosobo, Agus Salim, mengatakan perangkat desa siap.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ Asosiasi Pemerintah Desa Seluruh Indonesia Kabupaten Wonosobo",
      "Agus Salim @ Persatuan Perangkat Desa Indonesia Kabupaten Wonosobo",
    ]);
  });

  it("reads a village cooperative, a health post, a police hospital and the disaster volunteers", () => {
    const draft = read(
      "Kopdes Merah Putih Sukamaju resmi diluncurkan.",
      "Posyandu Melati Desa Sukamaju menggelar penimbangan balita.",
      "Kepala Rumkit Bhayangkara Wonosobo, dr. Budi Santoso, mengatakan pasien pulang.",
      "Koordinator Tagana Wonosobo, Agus Salim, mengatakan korban dievakuasi.",
    );
    expect(institutionNames(draft)).toEqual([
      "Kopdes Merah Putih Sukamaju",
      "Posyandu Melati Desa Sukamaju",
      "Rumah Sakit Bhayangkara Wonosobo",
      "Taruna Siaga Bencana Wonosobo",
    ]);
  });
});

describe("a business named right after the word for its owner", () => {
  it("is a business when its name opens with a trade word", () => {
    const draft = read(
      "Narasumber pelatihan adalah pemilik Batik Widji dan pemilik Kedai Kopi Senja.",
      "Rumah pemilik Budi Santoso terbakar semalam.",
    );
    expect(institutionNames(draft)).toEqual(["Batik Widji", "Kedai Kopi Senja"]);
  });
});

describe("two words after an office named by its seat, before a reporting verb", () => {
  it("are the holder who speaks, not the seat", () => {
    const draft = read("Kepala UPTD Puskesmas Kutowinangun Dewi Lestari mengatakan posyandu aktif.");
    expect(holdersAt(draft)).toEqual(["Dewi Lestari @ Puskesmas Kutowinangun"]);
  });
});
