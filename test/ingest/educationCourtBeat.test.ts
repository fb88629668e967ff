import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Court and education news: parties and benches named in lists, and posts linked to a name far
 * after it. Every name, body and place here is made up.
 */
const read = draftReader("Sidang Perkara Korupsi di Pengadilan Negeri Sukamaju");
const opening = "Sidang itu berlangsung di ruang utama sejak pagi.";

describe("parties to a case listed after the party noun", () => {
  it("are each a person, joined by 'dan'", () => {
    const draft = read(opening, "Majelis hakim memvonis terdakwa Budi Santoso dan Agus Wijaya dua tahun penjara.");
    expect(peopleNames(draft)).toEqual(["Agus Wijaya", "Budi Santoso"]);
  });

  it("are each a person in a list of three", () => {
    const draft = read(opening, "Jaksa menghadirkan saksi Rina Wulandari, Dedi Kurnia, dan Sari Utami di persidangan.");
    expect(peopleNames(draft)).toEqual(["Dedi Kurnia", "Rina Wulandari", "Sari Utami"]);
  });

  it("stop at what is no name", () => {
    const draft = read(opening, "Hakim memvonis terdakwa Budi Santoso dan Pengadilan Negeri Sukamaju mencatatnya.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("a bench's post before names joined by 'dan'", () => {
  it("is held by each name", () => {
    const draft = read(
      opening,
      "Sidang dipimpin Ketua Majelis Hakim Pengadilan Negeri Sukamaju, Zulkarnain, Hakim Anggota Gabriel Lasut dan Alexander Yowa.",
    );
    expect(peopleNames(draft)).toContain("Alexander Yowa");
    expect(postsOf(draft, "Alexander Yowa")).toEqual(postsOf(draft, "Gabriel Lasut"));
    expect(postsOf(draft, "Alexander Yowa")[0]).toMatch(/^Hakim Anggota @/);
  });

  it("is not shared by a post that one person holds", () => {
    const draft = read(opening, "Sidang dihadiri Ketua Pengadilan Negeri Sukamaju Gabriel Lasut dan Alexander Yowa.");
    expect(postsOf(draft, "Alexander Yowa")).toEqual([]);
  });
});

describe("one name set off before 'yang' and a post linked far after it", () => {
  it("is the holder of the post, past 'ketika itu masih aktif' and 'menjabat sebagai'", () => {
    const draft = read(
      opening,
      "Budi Santoso menerima uang dari Sudarmono, yang ketika itu masih aktif menjabat sebagai Kadis Pendidikan Kota Sukamaju.",
    );
    expect(peopleNames(draft)).toContain("Sudarmono");
    expect(postsOf(draft, "Sudarmono")).toEqual(["Kepala Dinas Pendidikan @ Dinas Pendidikan Kota Sukamaju"]);
  });

  it("is no person where the post names no institution", () => {
    const draft = read(
      opening,
      "Budi Santoso menerima uang dari Sudarmono, yang ketika itu masih menjabat sebagai kepala.",
    );
    expect(peopleNames(draft)).not.toContain("Sudarmono");
  });
});

const school = draftReader("Sekda Lantik Kepala Sekolah di Kota Sukamaju");

describe("a numbered state school written with a stop after its level", () => {
  it("is the school: 'SMA.N 9' and 'SMA. N 10'", () => {
    const draft = school(opening, "Ia pindah dari SMA.N 9 ke SMA. N 10 tahun lalu.");
    expect(institutionNames(draft)).toEqual(["SMA Negeri 10", "SMA Negeri 9"]);
  });

  it("is no school without its number", () => {
    const draft = school(opening, "Ia lulus dari SMA. Negeri itu kini punya gedung baru.");
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a unit's region written with its prefix in lowercase", () => {
  it("names the unit with a place the article writes elsewhere", () => {
    const draft = school(
      "Sukamaju - Kegiatan itu berlangsung di aula.",
      "Pelantikan disaksikan kepala Dinas Pendidikan kota Sukamaju, Drs. Wiryono, MM, dan pejabat lainnya.",
    );
    expect(postsOf(draft, "Wiryono")).toEqual(["Kepala Dinas Pendidikan @ Dinas Pendidikan Kota Sukamaju"]);
  });

  it("reads no region from a lowercase word that is no prefix", () => {
    const draft = school(
      "Sukamaju - Kegiatan itu berlangsung di aula.",
      "Pelantikan disaksikan kepala Dinas Pendidikan, Drs. Wiryono, MM, dari Sukamaju.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Pendidikan"]);
  });
});

describe("a name set off before a lowercase head's post closed by 'yang' and the next post", () => {
  it("holds both posts", () => {
    const draft = school(
      opening,
      "Mereka adalah Drs. Hartono Wiryo, kepala SMA Negeri 7 yang dilantik menjadi kepala SMA Negeri 9; Drs. Mawarno, kepala SMA Negeri 10 yang pindah menjadi kepala SMA Negeri 7.",
    );
    expect(postsOf(draft, "Hartono Wiryo")).toEqual([
      "Kepala SMA Negeri 7 @ SMA Negeri 7",
      "Kepala SMA Negeri 9 @ SMA Negeri 9",
    ]);
    expect(postsOf(draft, "Mawarno")).toEqual([
      "Kepala SMA Negeri 10 @ SMA Negeri 10",
      "Kepala SMA Negeri 7 @ SMA Negeri 7",
    ]);
  });

  it("holds both posts after a name closed by its degree", () => {
    const draft = school(
      opening,
      "Selain itu, Drs. Timbul Waluyo, M.Pd, kepala SMA.N 2 yang menjadi kepala SMA.N 10, juga dilantik.",
    );
    expect(postsOf(draft, "Timbul Waluyo")).toEqual([
      "Kepala SMA Negeri 2 @ SMA Negeri 2",
      "Kepala SMA Negeri 10 @ SMA Negeri 10",
    ]);
  });

  it("holds no post where 'yang' opens none", () => {
    const draft = school(
      opening,
      "Hadir pula Drs. Hartono Wiryo, kepala SMA Negeri 7 yang dilantik menjadi juri lomba.",
    );
    expect(postsOf(draft, "Hartono Wiryo")).toEqual([]);
  });
});

describe("the ministry of higher education, science and technology", () => {
  it("is named by its long form, commas and all, and its acronym", () => {
    const draft = school(
      opening,
      "Pemilihan dihadiri Wakil Menteri Kemendiktisaintek, Prof. Dr. Fauzi Hamdan, M.Pd, dengan 35 persen suara dari Kementerian Pendidikan Tinggi, Sains, dan Teknologi.",
    );
    expect(institutionNames(draft)).toEqual(["Kementerian Pendidikan Tinggi, Sains, dan Teknologi"]);
    expect(postsOf(draft, "Fauzi Hamdan")[0]).toMatch(/@ Kementerian Pendidikan Tinggi, Sains, dan Teknologi$/);
  });

  it("leaves no word of its minister's title to be a name", () => {
    const draft = school(
      opening,
      "Rektor dilantik Menteri Pendidikan Tinggi, Sains, dan Teknologi Prof Bramantyo Wiryo PhD.",
    );
    expect(peopleNames(draft)).toEqual(["Bramantyo Wiryo"]);
  });
});

describe("court and prosecution posts", () => {
  it("reads 'Ketua Majelis' without 'Hakim' as the presiding judge's title", () => {
    const draft = read(
      opening,
      "Sidang di Pengadilan Negeri Sukamaju dipimpin oleh Ketua Majelis Achmad Peten Sulu, S.H.,M.H, dan berjalan tertib.",
    );
    expect(postsOf(draft, "Achmad Peten Sulu")).toEqual(["Ketua Majelis Hakim @ Pengadilan Negeri Sukamaju"]);
  });

  it("reads a Kejati's deputy head and its assistants for special crimes by their short titles", () => {
    const draft = read(
      opening,
      "Wakajati Sulteng, Ahmad Kadirun, didampingi Aspidsus Kejati Sulteng, Salahuddin Amir, menjelaskan hal itu.",
    );
    expect(postsOf(draft, "Ahmad Kadirun")).toEqual([
      "Wakil Kepala Kejaksaan Tinggi @ Kejaksaan Tinggi Sulawesi Tengah",
    ]);
    expect(postsOf(draft, "Salahuddin Amir")[0]).toMatch(/@ Kejaksaan Tinggi Sulawesi Tengah$/);
  });
});

describe("a name right after a lawyer's role", () => {
  it("is the client's when a full name set off by a comma follows: that one is the lawyer", () => {
    const draft = read(opening, "Kuasa hukum Marsinah, Zulfa Zainudin, seusai sidang menyatakan pikir-pikir.");
    expect(peopleNames(draft)).toEqual(["Marsinah", "Zulfa Zainudin"]);
    expect(postsOf(draft, "Marsinah")).toEqual([]);
    expect(postsOf(draft, "Zulfa Zainudin")).toEqual(["Kuasa Hukum @ -"]);
  });

  it("is the client's after a team of lawyers", () => {
    const draft = read(opening, "Trimulya Surya, anggota tim kuasa hukum Basuki, menyatakan tidak keberatan.");
    expect(postsOf(draft, "Basuki")).toEqual([]);
  });

  it("is the lawyer's in a list of lawyers", () => {
    const draft = read(opening, "Kuasa hukum Budi Santoso, Rina Wulandari dan Agus Salim hadir di persidangan.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kuasa Hukum @ -"]);
  });
});

describe("a district court's corruption chamber", () => {
  it("is one court however its name is written, with its seat", () => {
    const draft = read(
      "Sukamaju - Sidang itu berlangsung sejak pagi.",
      "Putusan ditunda oleh Pengadilan Negeri Tindak Pidana Korupsi Sukamaju. Juru bicara Pengadilan Negeri Tipikor Sukamaju, Fathurrahman Ali, menjelaskan alasannya.",
    );
    expect(institutionNames(draft)).toEqual(["Pengadilan Negeri Tindak Pidana Korupsi Sukamaju"]);
  });
});

describe("a bench's post written without its court", () => {
  it("is held at the court trying the case, not at the Mahkamah Agung the article also names", () => {
    const draft = read(
      "Sukamaju - Sidang itu berlangsung sejak pagi.",
      "Sidang di Pengadilan Negeri Sukamaju ditunda. Ketua Majelis Hakim Isnurul Arifin sedang menghadiri acara Mahkamah Agung, dan undangan Mahkamah Agung itu datang mendadak, kata panitera Mahkamah Agung.",
    );
    expect(postsOf(draft, "Isnurul Arifin")).toEqual(["Ketua Majelis Hakim @ Pengadilan Negeri Sukamaju"]);
  });

  it("is held at the Mahkamah Agung when no other court is named", () => {
    const draft = read(opening, "Ketua Majelis Hakim Isnurul Arifin membacakan putusan kasasi di Mahkamah Agung.");
    expect(postsOf(draft, "Isnurul Arifin")).toEqual(["Ketua Majelis Hakim @ Mahkamah Agung"]);
  });
});

const pupils = draftReader("Siswa SMA Negeri 1 Sukamaju Juara Olimpiade");

describe("full names listed after a word that introduces members", () => {
  it("are people after 'terdiri dari'", () => {
    const draft = pupils(opening, "Tim terdiri dari Andi Saputra, Budi Hartono dan Citra Dewi.");
    expect(peopleNames(draft)).toEqual(["Andi Saputra", "Budi Hartono", "Citra Dewi"]);
  });

  it("are people after 'beranggotakan' and 'disusul'", () => {
    const draft = pupils(
      opening,
      "Tim itu beranggotakan Andi Saputra dan Budi Hartono. Juara pertama diraih Citra Dewi, disusul Dedi Kurnia dan Eka Lestari.",
    );
    expect(peopleNames(draft)).toEqual(["Andi Saputra", "Budi Hartono", "Citra Dewi", "Dedi Kurnia", "Eka Lestari"]);
  });

  it("are no people after 'terdiri' without its particle", () => {
    const draft = pupils(opening, "Soal ujian terdiri Andi Saputra Wijaya dan Budi Hartono.");
    expect(peopleNames(draft)).not.toContain("Saputra Wijaya");
  });
});

describe("full names listed after 'adalah' about people the subject describes", () => {
  it("are people", () => {
    const draft = pupils(opening, "Ketiga siswa tersebut adalah Andi Saputra, Budi Hartono, dan Citra Dewi.");
    expect(peopleNames(draft)).toEqual(["Andi Saputra", "Budi Hartono", "Citra Dewi"]);
  });

  it("are no people about a subject that describes no people", () => {
    const draft = pupils(opening, "Penyebabnya adalah Banjir Bandang dan Tanah Longsor.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("need a list: one item alone is no list, and what is no name stays unread", () => {
    const draft = pupils(opening, "Ketiga siswa tersebut adalah Juara Umum.");
    expect(peopleNames(draft)).toEqual([]);
  });
});
