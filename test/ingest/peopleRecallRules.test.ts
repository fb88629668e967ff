import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { draftReader, peopleNames, speakerOf } from "./draftQueries.ts";

/**
 * People, their posts and who speaks, read from general rules of Indonesian news writing
 * (issue 7): speech verbs, role nouns before a name, titles with one name, titles of address.
 * Every sentence here is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

function rolesOf(draft: ArticleDraft, name: string): string[] {
  const person = draft.people.find((p) => p.name === name);
  return draft.positions.filter((p) => p.person === person?.key).map((p) => p.role);
}

describe("speech verbs that say how something was said", () => {
  it("reads 'kesal TITLE, Name' and 'ketusnya' as speech", () => {
    const draft = read(
      "Rapat dengar pendapat itu kembali tertunda karena pejabat dinas tidak datang.",
      "“Sudah dua kali kami undang, tetap tidak datang,” kesal Ketua Komisi I DPRD Blora, Budi Santoso kepada wartawan.",
      "Ia meminta rapat dijadwalkan ulang. “Kalau ada acara lain, kabari kami lebih dulu,” ketusnya.",
    );
    expect(speakerOf(draft, "Sudah dua kali kami undang")).toBe("Budi Santoso");
    expect(speakerOf(draft, "Kalau ada acara lain")).toBe("Budi Santoso");
  });
});

describe("a role noun between a speech verb and a name", () => {
  it("gives the quote to the person the role noun describes ('ujar penasihat hukum Name')", () => {
    const draft = read(
      "Jaksa penuntut umum Agus Salim langsung menyatakan banding atas vonis tersebut.",
      "“Kami menerima putusan majelis hakim dengan lapang dada,” ujar penasihat hukum Rina Wulandari seusai sidang.",
    );
    expect(speakerOf(draft, "Kami menerima putusan")).toBe("Rina Wulandari");
  });

  it("does not give it to someone the words after the verb turn to ('kata warga kepada Name')", () => {
    const draft = read(
      "Camat Cepu, Budi Santoso, meninjau jalan desa yang rusak.",
      "Agus Salim, warga Desa Sukamaju, mengatakan jalan itu rusak sejak tahun lalu.",
      "“Kami sudah lama menunggu perbaikan jalan ini,” kata warga kepada Budi Santoso.",
    );
    expect(speakerOf(draft, "Kami sudah lama menunggu")).toBe("Agus Salim");
  });
});

describe("a word after a regional head's title that the gazetteer does not know", () => {
  it("is the first word of the holder's name, not the seat ('Bupati Zahir', 'Bupati Remigo Yolando Berutu')", () => {
    const draft = read(
      "Bupati Darmaji berterima kasih atas dukungan warga dalam pembangunan kantor baru.",
      "Upacara dipimpin Bupati Remigo Yolando Berutu di halaman kantor.",
    );
    expect(peopleNames(draft)).toEqual(["Darmaji", "Remigo Yolando Berutu"]);
    expect(rolesOf(draft, "Darmaji")).toEqual(["Bupati"]);
  });

  it("stays the seat when a name set off by commas follows it, and a known regency stays one", () => {
    const draft = read(
      "Bupati Sukamaju, Rina Wulandari, meninjau lokasi banjir.",
      "Bupati Blora meninjau jembatan yang rusak.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(draft.institutions.map((i) => i.name)).not.toContain("Sukamaju");
  });

  it("stays the seat when the article names it as a place elsewhere ('Pemkab Sukamaju', 'Kabupaten Sukamaju')", () => {
    const draft = read(
      "Bupati Sukamaju Rina Wulandari melantik pejabat baru di aula kantor bupati.",
      "Sekda Sukamaju Budi Santoso membacakan surat keputusan pengangkatan.",
      "Pelantikan itu mengisi jabatan yang kosong di lingkungan Pemkab Sukamaju.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rina Wulandari"]);
    const institutionOf = (name: string) => {
      const person = draft.people.find((p) => p.name === name);
      const key = draft.positions.find((p) => p.person === person?.key)?.institution;
      return draft.institutions.find((i) => i.key === key)?.name;
    };
    expect(institutionOf("Rina Wulandari")).toBe("Pemerintah Kabupaten Sukamaju");
    expect(institutionOf("Budi Santoso")).toBe("Pemerintah Kabupaten Sukamaju");
  });
});

describe("two words after 'DPRD' that no gazetteer or article knows as a place", () => {
  it("are the holder's name, and the post is held in the article's council ('Wakil Ketua DPRD Name Name')", () => {
    const draft = read(
      "Rapat paripurna DPRD Sukamaju dipimpin Ketua DPRD Rina Wulandari.",
      "Ia didampingi Wakil Ketua DPRD Yohanes Lembang dan sejumlah anggota dewan.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari", "Yohanes Lembang"]);
    expect(draft.institutions.map((i) => i.name)).toEqual(["Dewan Perwakilan Rakyat Daerah Sukamaju"]);
    const yohanes = draft.people.find((p) => p.name === "Yohanes Lembang");
    const post = draft.positions.find((p) => p.person === yohanes?.key);
    expect(draft.institutions.find((i) => i.key === post?.institution)?.name).toBe(
      "Dewan Perwakilan Rakyat Daerah Sukamaju",
    );
  });
});

describe("a lowercase word between a title and its holder saying which holder is meant", () => {
  it("reads the holder after 'nonaktif' or 'demisioner' as after 'terpilih'", () => {
    const draft = read(
      "Tersangka lain adalah Sekda Kabupaten Blora nonaktif Yohanes Lembang.",
      "Rapat dibuka Ketua KONI Blora demisioner Rina Wulandari.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari", "Yohanes Lembang"]);
    expect(rolesOf(draft, "Yohanes Lembang")).toEqual(["Sekretaris Daerah"]);
    expect(rolesOf(draft, "Rina Wulandari")).toEqual(["Ketua"]);
  });
});

describe("'Assoc. Prof.' before a name", () => {
  it("is an academic title, not a person holding the post before it", () => {
    const draft = read("Rektor Universitas Sukamaju Assoc. Prof. Rina Wulandari, Ph.D membuka wisuda.");
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(rolesOf(draft, "Rina Wulandari")).toEqual(["Rektor"]);
  });
});

describe("HM before a name", () => {
  it("is the honorific H(aji) M(uhammad), so the name after it is a person who can speak", () => {
    const draft = read(
      "Kepala Kantor Kemenag Kabupaten Blora, Drs. HM Sholeh, mengatakan manasik haji dimulai pekan depan.",
      "“Kami siapkan pembimbing yang bersertifikat untuk setiap kecamatan,” jelasnya.",
    );
    expect(draft.people.map((p) => [p.name, ...(p.aliases ?? [])].join("|"))).toEqual(["Sholeh|Drs. HM Sholeh"]);
    expect(speakerOf(draft, "Kami siapkan pembimbing")).toBe("Sholeh");
  });
});

describe("a short form in brackets after a title", () => {
  it("names the holder where the article uses it again ('Gubernur X (Gubsu) Name … ujar Gubsu')", () => {
    const draft = read(
      "Gubernur Sumatera Utara (Gubsu) Agus Salim meresmikan jembatan desa, Senin.",
      "Kepala Desa Sukamaju, Budi Santoso, mendampingi rombongan.",
      "“Jembatan ini kami bangun agar anak-anak aman ke sekolah,” ujar Gubsu.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso"]);
    expect(speakerOf(draft, "Jembatan ini kami bangun")).toBe("Agus Salim");
  });

  it("is not learned from a short form of the institution ('Kepala Desa X (Pemdes) Name')", () => {
    const draft = read(
      "Kepala Desa Sukamaju (Pemdes) Agus Salim membuka musyawarah warga.",
      "Budi Santoso mengatakan usulan warga sudah ditampung Pemdes. “Pelatihan ini sangat membantu kami di posyandu,” ujarnya.",
    );
    expect(speakerOf(draft, "Pelatihan ini sangat membantu")).toBe("Budi Santoso");
  });
});

describe("a lowercase noun for what someone owns before a title of address", () => {
  it("names the owner ('rumah Bapak Name'); a capitalised place keeps its namesake ('Makam KH Name')", () => {
    const draft = read(
      "Babinsa Koramil Cepu bergotong royong memperbaiki rumah Bapak Darmaji di Dusun Krajan.",
      "Rapat digelar di Gedung Prof Soedarto, sementara peziarah memadati Makam KH Abdul Hamid.",
    );
    expect(peopleNames(draft)).toEqual(["Darmaji"]);
  });
});

describe("a nurse's title of address and a health or farming degree", () => {
  it("frame the name, so neither the seat nor the degree becomes a person ('Ns. Name, S.Kep', 'Ir. Name, M.P.')", () => {
    const draft = read(
      "Kepala Puskesmas Cepu, Ns. Budi Santoso, S.Kep, mengatakan imunisasi berjalan lancar.",
      "Kepala Dinas Pertanian Blora, Ir. Agus Salim, M.P., mengatakan panen padi meningkat.",
      "“Gizi balita di desa ini terus membaik,” kata Rina Wulandari, S.Gz, M.Gz.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso", "Rina Wulandari"]);
  });
});

function institutionsHeldBy(draft: ArticleDraft, name: string): string[] {
  const person = draft.people.find((p) => p.name === name);
  return draft.positions
    .filter((p) => p.person === person?.key)
    .map((p) => draft.institutions.find((i) => i.key === p.institution)?.name ?? "-");
}

describe("a title that ends with its institution's noun ('Kepala Puskesmas')", () => {
  it("is held at the institution that noun and the seat after it name", () => {
    const draft = read("Kepala Puskesmas Cepu dr. Budi Santoso mengatakan gizi balita membaik.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(institutionsHeldBy(draft, "Budi Santoso")).toEqual(["Puskesmas Cepu"]);
  });
});

describe("one word after a local government's title, before a name set off by commas", () => {
  it("is the seat, a place, not an organisation the title is held at ('Lurah Kauman, Name')", () => {
    const draft = read("Lurah Kauman, Rina Wulandari, mengatakan pendataan warga sudah selesai.");
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(draft.institutions.map((i) => i.name)).toEqual([]);
    expect(institutionsHeldBy(draft, "Rina Wulandari")).toEqual(["-"]);
  });
});

describe("a one-word name spelled two ways", () => {
  it("is one person when only a y between i and a vowel differs ('Supriadi', 'Supriyadi')", () => {
    const draft = read(
      "Baliho milik Supriadi, warga Desa Sukamaju, dirusak orang tak dikenal.",
      "“Kami sudah melaporkan perusakan itu ke polisi,” kata Supriyadi.",
    );
    expect(peopleNames(draft)).toEqual(["Supriadi"]);
    expect(speakerOf(draft, "Kami sudah melaporkan")).toBe("Supriadi");
  });
});

describe("a lowercase role set off after a name", () => {
  it("says the name is a person ('milik Name, calon anggota DPRD X', 'Name, kuasa hukum terdakwa')", () => {
    const draft = read(
      "Terdakwa merusak baliho milik Darmaji, calon anggota DPRD Blora dari daerah pemilihan dua.",
      "Sidang dihadiri Suparno, kuasa hukum terdakwa, yang meminta keringanan.",
    );
    expect(peopleNames(draft)).toEqual(["Darmaji", "Suparno"]);
  });
});

describe("an abbreviated head's title the lexicon does not list, then its institution", () => {
  it("is held by a full name set off by commas after it ('Kadis Kominfo Sumut, Name, …')", () => {
    const draft = read("Acara itu dibuka Kadis Kominfo Sumut, Darmaji Sitorus, pada Senin pagi.");
    expect(peopleNames(draft)).toEqual(["Darmaji Sitorus"]);
    expect(institutionsHeldBy(draft, "Darmaji Sitorus")).toHaveLength(1);
    expect(institutionsHeldBy(draft, "Darmaji Sitorus")[0]).toContain("Komunikasi dan Informatika");
  });
});

describe("a bare head word after 'diwakili'", () => {
  it("is the representative's post where the title just represented is held", () => {
    const draft = read(
      "Kepala Dinas Sosial Blora yang diwakili Sekretaris Budi Santoso menyerahkan bantuan kepada warga.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(rolesOf(draft, "Budi Santoso")).toEqual(["Sekretaris"]);
    expect(institutionsHeldBy(draft, "Budi Santoso")).toEqual(["Dinas Sosial Blora"]);
  });

  it("takes no institution named far before it", () => {
    const draft = read(
      "Kepala Dinas Sosial Blora membuka pelatihan. Warga dari berbagai desa datang sejak pagi dan mengikuti seluruh rangkaian acara hingga selesai, yang ditutup panitia yang diwakili Sekretaris Budi Santoso.",
    );
    expect(institutionsHeldBy(draft, "Budi Santoso")).not.toContain("Dinas Sosial Blora");
  });
});
