import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Hospital and school officials as regional news lists them. Every name and place here is made up.
 */
const read = draftReader("Pelayanan Pasien di Lembahsari Ditingkatkan");

describe("a deputy director's field", () => {
  it("belongs to the title, so each deputy in a list holds a post at the hospital", () => {
    const draft = read(
      "Direktur RSUD Lembahsari, dr. Darto Wiyono, Wakil Direktur Umum, dr. Rina Kartika, dan Wakil Direktur Pelayanan dr. Joko Susilo hadir dalam acara itu.",
    );
    expect(postsOf(draft, "Darto Wiyono")).toEqual(["Direktur @ Rumah Sakit Umum Daerah Lembahsari"]);
    expect(postsOf(draft, "Rina Kartika")).toEqual(["Wakil Direktur Umum @ Rumah Sakit Umum Daerah Lembahsari"]);
    expect(postsOf(draft, "Joko Susilo")).toEqual(["Wakil Direktur Pelayanan @ Rumah Sakit Umum Daerah Lembahsari"]);
  });

  it("may join two fields with 'dan' before a holder written without honorifics", () => {
    const draft = read("Hal itu disampaikan Wakil Direktur Umum dan Keuangan Rina Kartika di RSUD Lembahsari, Senin.");
    expect(postsOf(draft, "Rina Kartika")).toEqual([
      "Wakil Direktur Umum dan Keuangan @ Rumah Sakit Umum Daerah Lembahsari",
    ]);
  });

  it("still ends before the hospital written after it", () => {
    const draft = read("Wadir Pelayanan Medik RSUD Lembahsari, Joko Susilo mengatakan pasien bertambah.");
    expect(holdersAt(draft)).toEqual(["Joko Susilo @ Rumah Sakit Umum Daerah Lembahsari"]);
  });
});

describe("a holder's name run on after an office named in a speaker's attribution", () => {
  it("ends a health centre's seat before the speaker's two words", () => {
    const draft = read("“Hari ini dosis kedua,” kata Kepala UPT Puskesmas Lembahsari II Rina Kartika.");
    expect(holdersAt(draft)).toEqual(["Rina Kartika @ Puskesmas Lembahsari II"]);
  });

  it("ends a university's name before the speaker after a passive speech word", () => {
    const draft = read("Hal itu disampaikan Rektor Universitas Lembahsari Joko Susilo saat wisuda.");
    expect(holdersAt(draft)).toEqual(["Joko Susilo @ Universitas Lembahsari"]);
  });

  it("keeps the run whole where no speech word stands before the title", () => {
    const draft = read("Mahasiswa itu kini kuliah di Universitas Lembahsari Raya Tengah.");
    expect(institutionNames(draft)).toEqual(["Universitas Lembahsari Raya Tengah"]);
  });
});

describe("a private school named without a number or a foundation's word", () => {
  it("is a school when the article writes its name again after the level, once closed", () => {
    const draft = read(
      "Sejumlah siswa Sekolah Menengah Kejuruan (SMK) Bina Karsa diminta membayar ujian.",
      "Sementara Wakepsek SMK Bina Karsa Darto Wiyono membantah hal itu.",
      "Ujian di SMK Bina Karsa, Lembahsari, tetap berjalan.",
    );
    expect(peopleNames(draft)).toEqual(["Darto Wiyono"]);
    expect(institutionNames(draft)).toEqual(["SMK Bina Karsa"]);
    expect(holdersAt(draft)).toEqual(["Darto Wiyono @ SMK Bina Karsa"]);
  });

  it("is not read from a level written once before a holder's name", () => {
    const draft = read("Kepala Sekolah SMP Darto Wiyono mengatakan siswa siap ujian.");
    expect(institutionNames(draft)).toEqual([]);
    expect(peopleNames(draft)).toEqual(["Darto Wiyono"]);
  });
});

describe("'Wakepsek', a school's deputy head written with 'Kepsek'", () => {
  it("is the deputy head's title, as 'Wakasek' is", () => {
    const draft = read("Wakepsek SMP Negeri 3 Lembahsari Rina Kartika membantah ada pungutan.");
    expect(postsOf(draft, "Rina Kartika")).toEqual(["Wakil Kepala Sekolah @ SMP Negeri 3 Lembahsari"]);
  });
});

describe("a year after a school's level", () => {
  it("numbers no school", () => {
    const draft = read(
      "Dari hasil evaluasi PPDB SMA/SMKN 2023, Kepala SMAN 2 Lembahsari Rina Kartika mengatakan semua lancar.",
    );
    expect(institutionNames(draft)).toEqual(["SMA Negeri 2 Lembahsari"]);
  });
});

describe("an office and its domain written in lowercase before its region", () => {
  it("names the office, and a head's title written so is held there", () => {
    const draft = read("Hal itu disampaikan kepala dinas pendidikan Kabupaten Lembahsari, Darto Wiyono, Senin.");
    expect(institutionNames(draft)).toEqual(["Dinas Pendidikan Kabupaten Lembahsari"]);
    expect(holdersAt(draft)).toEqual(["Darto Wiyono @ Dinas Pendidikan Kabupaten Lembahsari"]);
  });

  it("keeps 'dan' inside the domain", () => {
    const draft = read("Warga mendatangi kantor dinas pendidikan dan kebudayaan Kabupaten Lembahsari kemarin.");
    expect(institutionNames(draft)).toEqual(["Dinas Pendidikan dan Kebudayaan Kabupaten Lembahsari"]);
  });

  it("names none when no region follows the lowercase words", () => {
    const draft = read("Ia sedang dinas ke Lembahsari pekan lalu bersama kepala dinas kesehatan setempat.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a faculty's acronym between a title and its university", () => {
  it("gives way to the university, which holds the post", () => {
    const draft = read(
      "Kendati demikian, Wakil Dekan III FISIP Universitas Lembahsari, Agung Wibowo melayangkan surat.",
    );
    expect(holdersAt(draft)).toEqual(["Agung Wibowo @ Universitas Lembahsari"]);
  });

  it("lets the holder's name after the university end it when the article writes it closed", () => {
    const draft = read(
      "Dekan FH Universitas Lembahsari Agung Wibowo melayangkan surat. Ia mengajar di Universitas Lembahsari.",
    );
    expect(institutionNames(draft)).toEqual(["Universitas Lembahsari"]);
    expect(holdersAt(draft)).toEqual(["Agung Wibowo @ Universitas Lembahsari"]);
  });
});

describe("a technical unit written with its office's domain but not its noun", () => {
  it("is named by the prefix, the domain and the seat, and holds its head's post", () => {
    const draft = read("Dikatakannya, Kepala UPT Pendidikan Kecamatan Lembahsari, Suwarto sudah pensiun.");
    expect(institutionNames(draft)).toEqual(["UPT Pendidikan Kecamatan Lembahsari"]);
    expect(holdersAt(draft)).toEqual(["Suwarto @ UPT Pendidikan Kecamatan Lembahsari"]);
  });

  it("names none without a seat", () => {
    const draft = read("Ia bekerja di UPT Pendidikan sejak lama.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a health centre's head listed before the next post", () => {
  it("ends the one-word seat before the holder's two words", () => {
    const draft = read(
      "Hadir dalam kegiatan itu Kepala Puskesmas Lembahsari Rina Kartika, Kepala SMPN 1 Lembahsari Darto Wiyono, dan warga.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Kartika @ Puskesmas Lembahsari", "Darto Wiyono @ SMP Negeri 1 Lembahsari"]);
  });

  it("keeps a seat of two words whole", () => {
    const draft = read("Hadir Camat Lembahsari, Kepala Puskesmas Tanah Merah, Kepala KUA dan Kapolsek.");
    expect(institutionNames(draft)).toEqual(["Puskesmas Tanah Merah"]);
  });
});

describe("a lowercase title with a usual workplace right before a full name", () => {
  it("is held by that name at the story's school", () => {
    const draft = read(
      "Vaksinasi di SDN 2 Lembahsari dipantau langsung oleh kepala sekolah Darto Wiyono dan petugas kesehatan.",
    );
    expect(holdersAt(draft)).toEqual(["Darto Wiyono @ SD Negeri 2 Lembahsari"]);
  });

  it("is not read after a word for many holders", () => {
    const draft = read("Para kepala sekolah Darto Wiyono dan Rina Kartika hadir di SDN 2 Lembahsari.");
    expect(holdersAt(draft)).toEqual([]);
  });
});

describe("a province's compass word written in lowercase", () => {
  it("still ends the province's name, and the office's", () => {
    const draft = read("Seleksi itu ditetapkan Dinas Pendidikan Provinsi Sulawesi selatan, bukan oleh sekolah.");
    expect(institutionNames(draft)).toEqual(["Dinas Pendidikan Sulawesi Selatan"]);
  });
});

describe("a North Sumatran state school's six-digit number", () => {
  it("numbers the school, and its head holds the post there", () => {
    const draft = read("Kepala SDN 060924 Lembahsari, Rina Kartika mengatakan siswa siap.");
    expect(holdersAt(draft)).toEqual(["Rina Kartika @ SD Negeri 060924 Lembahsari"]);
  });
});
