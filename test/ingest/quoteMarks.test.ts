import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/** How quotes are found and given to their speakers. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a quote opened with a closing mark and a space at the paragraph's start", () => {
  it("is a quote, given to the speaker named after it", () => {
    const draft = read(
      "Menurut Kepala Dinas Kesehatan Kabupaten Tabanan Dr. I Nyoman Suratmika, ditemukan 56 kasus diare.",
      "” Awalnya pada tanggal 22 september belum terdeteksi oleh petugas,” jelas Dr. Suratmika, Senin (15/10).",
    );
    expect(speakerOf(draft, "Awalnya pada")).toBe("I Nyoman Suratmika");
  });
});

describe("an unnamed person after a lowercase word that is no speech verb", () => {
  it("is the object of something else and does not stop 'ujarnya' from reaching the officer", () => {
    const draft = read(
      "Kapolsek Balikpapan Timur Kompol Imam Syafi'i mengatakan pelaku ada tiga orang.",
      "Polisi lalu mengamankan kaliper di rumah salah seorang pelaku. “Barang bukti sementara masih kami kembangkan,” ujarnya.",
    );
    expect(speakerOf(draft, "Barang bukti")).toBe("Imam Syafi'i");
  });

  it("still stands between when it opens the clause and speaks", () => {
    const draft = read(
      "Kepala Lapas Blora, Agus Salim, membuka acara itu.",
      'Sementara itu, salah seorang warga binaan mengaku senang. "Kami bisa belajar membuat kerajinan tangan," katanya.',
    );
    expect(speakerOf(draft, "Kami bisa")).toBeUndefined();
  });
});

describe("a speaker known only by a withheld name and an age", () => {
  const labelOf = (draft: ReturnType<typeof read>, start: string) =>
    draft.labelledQuotes?.find((quote) => quote.text.startsWith(start))?.speakerLabel;

  it("keeps the label when the person is described before speaking", () => {
    const draft = read(
      "Kepala Desa Sukamaju, Agus Salim, meninjau lokasi banjir.",
      "Er (40), warga setempat, mengaku kaget.",
      '"Saya takut sekali melihat air naik," ujarnya.',
    );
    expect(speakerOf(draft, "Saya takut")).toBeUndefined();
    expect(labelOf(draft, "Saya takut")).toBe("Er (40)");
  });

  it("keeps the label when a speech verb names the withheld name again", () => {
    const draft = read(
      "Kepala Desa Sukamaju, Agus Salim, meninjau lokasi banjir.",
      "Er (40), warga setempat, mengaku kaget.",
      '"Saya takut sekali melihat air naik," kata Er.',
    );
    expect(labelOf(draft, "Saya takut")).toBe("Er (40)");
  });
});

describe("a title written bare after the speech verb", () => {
  it("is the one person holding a post of that title ('kata Kadis', 'ujar Menteri')", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Sukamaju, Rina Wulandari, meninjau posyandu itu.",
      "Wakil Bupati Sukamaju, Agus Salim, juga hadir.",
      "“Kami akan terus memantau kasus ini,” kata Kadis.",
    );
    expect(speakerOf(draft, "Kami akan")).toBe("Rina Wulandari");
    const minister = read(
      "Kepala Kantor Kementerian Agama Kabupaten Sukamaju, Budi Santoso, membacakan sambutan Menteri Agama Nasaruddin Umar.",
      "“Madrasah harus menjadi pilihan utama masyarakat,” kata Menteri dalam sambutan yang dibacakan Budi.",
    );
    expect(speakerOf(minister, "Madrasah harus")).toBe("Nasaruddin Umar");
  });

  it("is the office the article placed when the abbreviation leaves out its region ('kata Kadinkes')", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Sukamaju, Rina Wulandari, meninjau posyandu itu.",
      "Wakil Bupati Sukamaju, Agus Salim, juga hadir.",
      "“Kami akan terus memantau kasus ini,” kata Kadinkes.",
    );
    expect(speakerOf(draft, "Kami akan")).toBe("Rina Wulandari");
  });

  it("is nobody when two people hold such a post", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Sukamaju, Rina Wulandari, dan Kepala Dinas Sosial Kabupaten Sukamaju, Dewi Lestari, meninjau posyandu itu.",
      "“Kami akan terus memantau kasus ini,” kata Kadis.",
    );
    expect(speakerOf(draft, "Kami akan")).toBeUndefined();
  });
});

describe("a statement read out for someone else", () => {
  it("is the quote of the one whose statement it is, not of the reader named after 'dibacakan oleh'", () => {
    const draft = read(
      "Sambutan Menteri Agama Nasaruddin Umar dibacakan oleh Kepala Kantor Kementerian Agama Kabupaten Sukamaju, Budi Santoso.",
      "“Madrasah harus menjadi pilihan utama masyarakat di seluruh negeri,” demikian sambutan Menteri.",
    );
    expect(speakerOf(draft, "Madrasah harus")).toBe("Nasaruddin Umar");
  });
});

describe("a quote carried over paragraphs", () => {
  it("is the speaker's named where the quote closes, not the last person named before it opened", () => {
    const draft = read(
      "Ketua Koperasi Maju Jaya, Budi Santoso, menjelaskan rencana koperasi.",
      "Dewi Anggraini, warga setempat, ikut hadir.",
      "“Tahun ini kami menargetkan seratus anggota baru.",
      "“Kami juga akan membuka unit simpan pinjam,” kata Budi.",
    );
    expect(speakerOf(draft, "Tahun ini")).toBe("Budi Santoso");
    expect(speakerOf(draft, "Kami juga")).toBe("Budi Santoso");
  });
});

describe("an attribution after the quote with a passive verb", () => {
  it("names the speaker in the same paragraph ('“…” Hal itu disampaikan …')", () => {
    const draft = read(
      "Bupati Sleman, Agus Salim, membuka acara.",
      "“Kami akan terus memantau perkembangan kasus ini di lapangan.” Hal itu disampaikan Kepala Dinas Kesehatan Kabupaten Sleman, Rina Wulandari, Senin (1/12).",
    );
    expect(speakerOf(draft, "Kami akan")).toBe("Rina Wulandari");
  });

  it("names the speaker when it opens the paragraph after the quote ('Demikian dikatakan …')", () => {
    const draft = read(
      "Bupati Sleman, Agus Salim, membuka acara.",
      "“Kami akan terus memantau perkembangan kasus ini di lapangan.”",
      "Demikian dikatakan Kepala Dinas Kesehatan Kabupaten Sleman, Rina Wulandari, Senin (1/12).",
    );
    expect(speakerOf(draft, "Kami akan")).toBe("Rina Wulandari");
  });
});

describe("'ujarnya' after a sentence that names someone", () => {
  it("stops at an official named only by title who speaks: the speaker is left unset", () => {
    const draft = read(
      "Ketua Koperasi Maju, Budi Santoso, membuka pameran.",
      "Sementara itu, Kepala Desa Caturtunggal mengaku bangga dengan capaian warganya.",
      "“Omzet warga naik dua kali lipat sejak ikut pameran,” katanya.",
    );
    expect(speakerOf(draft, "Omzet warga")).toBeUndefined();
  });

  it("goes past a person named in a sentence whose subject is a pronoun ('Ia juga mengajak … Menteri X')", () => {
    const draft = read(
      "Kepala Madrasah Aliyah Negeri 1 Sukamaju, Budi Santoso, membuka rapat guru.",
      "Ia juga mengajak para guru menjalankan program yang dicanangkan Menteri Agama Nasaruddin Umar. “Semua guru wajib memahami program ini,” tegasnya.",
    );
    expect(speakerOf(draft, "Semua guru")).toBe("Budi Santoso");
  });

  it("is the sentence's reporting subject, not a person named in what they report", () => {
    const draft = read(
      "Kepala Kejaksaan Negeri Sukamaju, Budi Santoso, memimpin upacara.",
      "Budi mengatakan jajarannya akan bekerja sesuai pesan Jaksa Agung Sanitiar Burhanuddin.",
      "“Kekompakan dan profesionalisme harus dijaga bersama,” tuturnya.",
    );
    expect(speakerOf(draft, "Kekompakan dan")).toBe("Budi Santoso");
  });
});

describe("a few quoted words in title case", () => {
  it("name a brand or an event, not speech, unless a speech verb follows", () => {
    const draft = read(
      "Ketua Koperasi Maju, Budi Santoso, memperkenalkan kopi dengan merek dagang “Kopi Lereng Merapi Asli” kepada pengunjung.",
      "Ia mengajak warga membeli “Keripik Tempe Sagu Mak Ijah” buatan anggota.",
      "“Kami Siap Menang Bersama,” kata Budi.",
    );
    expect(draft.quotes.map((quote) => quote.text)).toEqual(["Kami Siap Menang Bersama"]);
  });
});
