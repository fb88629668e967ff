import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf, speakerOf } from "./draftQueries.ts";

/**
 * Forms of the education and religious-affairs beats: degrees written in spaced pieces, adverbial
 * openers with "-nya". Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");

describe("a degree written with a space inside", () => {
  it("reads 'S.Pd. I' and 'SPd I' after a name as one degree, keeping the holder and the post", () => {
    for (const written of ["Ahmad Fauzi, S.Pd. I,", "Ahmad Fauzi SPd I,", "Ahmad Fauzi, M. Pd,"]) {
      const draft = read(`Acara dibuka oleh Kepala MTsN 1 Sukamaju, ${written} yang didampingi para guru.`);
      expect(peopleNames(draft)).toEqual(["Ahmad Fauzi"]);
      expect(postsOf(draft, "Ahmad Fauzi")).toEqual(["Kepala MTs Negeri 1 @ MTs Negeri 1 Sukamaju"]);
    }
  });

  it("does not read the spaced pieces of a degree without a comma as an initial of the name", () => {
    const draft = read(
      "Hadir Kepala MTsN 1 Sukamaju Ahmad Fauzi S. Pd. I dan Kepala MAN 2 Sukamaju Budi Santoso M. Pd. I.",
    );
    expect(peopleNames(draft)).toEqual(["Ahmad Fauzi", "Budi Santoso"]);
  });
});

describe("a word with '-nya' opening the sentence", () => {
  it("is no name before a comma and a describing noun", () => {
    const draft = read(
      "Sebanyak 40 siswa ikut ujian di MAN 1 Sukamaju.",
      "Rinciannya, peserta dari MAN 1 Sukamaju berjumlah 25 siswa. Hasilnya, peserta dari MAN 2 Sukamaju lulus.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });

  it("leaves a short given name ending in -nya a name", () => {
    const draft = read("Sonya, peserta dari MAN 1 Sukamaju, mengatakan dirinya siap.");
    expect(peopleNames(draft)).toEqual(["Sonya"]);
  });
});

describe("a title in lowercase after a speech word", () => {
  it("gives the post of the holder named after the institution", () => {
    const draft = read("Menurut kepala sekolah SD Negeri 3 Sukamaju, Wayan Sudarma, siswa siap belajar.");
    expect(postsOf(draft, "Wayan Sudarma")).toEqual(["Kepala Sekolah @ SD Negeri 3 Sukamaju"]);
    const office = read("Hal itu disampaikan kepala Dinas Pendidikan Sukamaju, Rina Wulandari, kepada wartawan.");
    expect(postsOf(office, "Rina Wulandari")).toEqual(["Kepala Dinas Pendidikan @ Dinas Pendidikan Sukamaju"]);
  });
});

describe("a school's town between its number and its head's name", () => {
  it("reads the first of three words after the number as the school's town", () => {
    const draft = read("Kepala SMPN 4 Singaraja Putu Budi, Minggu (3/5), mengatakan sekolahnya siap.");
    expect(peopleNames(draft)).toEqual(["Putu Budi"]);
    expect(postsOf(draft, "Putu Budi")).toEqual(["Kepala SMP Negeri 4 @ SMP Negeri 4 Singaraja"]);
  });

  it("keeps a name that opens with a name prefix whole", () => {
    const draft = read("Kepala SMPN 4 I Made Alep, Minggu (3/5), mengatakan sekolahnya siap.");
    expect(peopleNames(draft)).toEqual(["I Made Alep"]);
  });
});

describe("higher-education and quality-assurance offices named by a zone or a province", () => {
  it("reads LLDIKTI and its numbered zone as one institution in its long and short forms", () => {
    const draft = read(
      "Kepala Lembaga Layanan Pendidikan Tinggi (LLDIKTI) Wilayah XV, Ahmad Yani, mengatakan kampus siap.",
      "Menurut Ahmad, LLDIKTI Wilayah XV terus membina kampus swasta.",
    );
    expect(institutionNames(draft)).toEqual(["Lembaga Layanan Pendidikan Tinggi Wilayah XV"]);
    expect(postsOf(draft, "Ahmad Yani")).toEqual([
      "Kepala Lembaga Layanan Pendidikan Tinggi @ Lembaga Layanan Pendidikan Tinggi Wilayah XV",
    ]);
    const short = read("Kepala LLDIKTI Wilayah XV Ahmad Yani mengatakan kampus siap.");
    expect(postsOf(short, "Ahmad Yani")).toEqual([
      "Kepala Lembaga Layanan Pendidikan Tinggi @ Lembaga Layanan Pendidikan Tinggi Wilayah XV",
    ]);
  });

  it("reads BPMP by its acronym as the Balai of its province", () => {
    const draft = read("Kepala BPMP Provinsi Bali Joko Santoso hadir dalam acara itu.");
    expect(postsOf(draft, "Joko Santoso")).toEqual([
      "Kepala Balai Penjaminan Mutu Pendidikan @ Balai Penjaminan Mutu Pendidikan Bali",
    ]);
  });

  it("gives a Cabang Dinas head's post to the provincial Dinas named after the zone", () => {
    const draft = read("Kepala Cabang Dinas Pendidikan Wilayah VI Jawa Barat, Budi Santoso, mengatakan siap.");
    expect(institutionNames(draft)).toEqual(["Dinas Pendidikan Jawa Barat"]);
  });
});

describe("a pesantren written with the contracted noun", () => {
  it("is one institution with the one written in full, also when the full form adds its region", () => {
    expect(
      institutionNames(
        read("Ponpes Al Hikmah menerima kunjungan.", "Pengurus Pondok Pesantren Al Hikmah menyambut tamu."),
      ),
    ).toHaveLength(1);
    const placed = read(
      "Pondok Pesantren Al Hikmah di Desa Tulung, Kabupaten Blora, menerima kunjungan.",
      "Pengurus Pondok Pesantren Al Hikmah Blora dan santri Ponpes Al Hikmah menyambut tamu.",
    );
    expect(institutionNames(placed)).toEqual(["Pondok Pesantren Al Hikmah Blora"]);
  });
});

describe("an education office written with a contracted domain", () => {
  it("reads 'Dinas Dikbud X' and 'Dinas Dikpora X' as the education office of the regency", () => {
    const dikbud = read("Hadir Kepala Dinas Dikbud Blora, Mansori, dalam acara itu.");
    expect(institutionNames(dikbud)).toEqual(["Dinas Pendidikan dan Kebudayaan Blora"]);
    const dikpora = read("Hadir Kepala Dinas Dikpora Blora Mansori SH MH dalam acara itu.");
    expect(postsOf(dikpora, "Mansori")).toEqual([
      "Kepala Dinas Pendidikan, Pemuda dan Olahraga @ Dinas Pendidikan, Pemuda dan Olahraga Blora",
    ]);
  });
});

describe("a title closed by a demonstrative after a speech verb", () => {
  it("is the post of the one named last, who speaks", () => {
    const draft = read(
      "Dalam sambutannya, Budi Santoso mengatakan madrasah harus terdaftar.",
      "“Izin itu penting,” tegas Kepala Seksi Pendidikan Madrasah Kemenag Blora itu.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Seksi Pendidikan Madrasah @ Kantor Kementerian Agama Blora",
    ]);
    expect(speakerOf(draft, "Izin itu penting")).toBe("Budi Santoso");
  });

  it("gives no post when the title is not closed by a demonstrative", () => {
    const draft = read(
      "Dalam sambutannya, Budi Santoso mengatakan madrasah harus terdaftar.",
      "“Izin itu penting,” tegas Kepala Seksi Pendidikan Madrasah Kemenag Blora.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([]);
  });
});

describe("a count after a private school's name", () => {
  it("is not read as the school's number", () => {
    const draft = read("Peserta ujian dari MAS Silihnara 56 siswa dan MAS Darul Ulum 8 siswa.");
    expect(institutionNames(draft)).toEqual(["MA Swasta Darul Ulum", "MA Swasta Silihnara"]);
  });
});

describe("a school's name run into its head's name before a reporting verb", () => {
  it("leaves the last two words to the holder", () => {
    const draft = read("Rektor Universitas Sukamaju Budi Santoso mengatakan kampus siap.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Rektor @ Universitas Sukamaju"]);
    const college = read("Ketua STAIN Sukamaju Budi Santoso mengatakan kampus siap.");
    expect(postsOf(college, "Budi Santoso")).toEqual(["Ketua @ Sekolah Tinggi Agama Islam Negeri Sukamaju"]);
  });

  it("keeps a university's name whole when no name follows it", () => {
    const draft = read("Rektor Universitas Gadjah Mada mengatakan kampus siap.");
    expect(peopleNames(draft)).toEqual([]);
    expect(institutionNames(draft)).toEqual(["Universitas Gadjah Mada"]);
  });
});

describe("names listed after a copula up to the post they take", () => {
  it("are people, single names too", () => {
    const draft = read("Adapun yang dikukuhkan adalah Zamrodi dan Ahmad Nurudin sebagai pengawas madrasah.");
    expect(peopleNames(draft)).toEqual(["Ahmad Nurudin", "Zamrodi"]);
  });

  it("are not people without the post word", () => {
    const draft = read("Penyebabnya adalah Banjir dan Longsor di desa itu.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a given name shortened to 'Ah.'", () => {
  it("is read as the start of the name", () => {
    expect(peopleNames(read("Menurut Ah. Falaqi, siswa madrasah siap mengikuti ujian."))).toEqual(["Ah. Falaqi"]);
  });
});
