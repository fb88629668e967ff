import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, postsOf } from "./draftQueries.ts";

/**
 * Posts in health and village news as regional outlets write them. Every person and most places
 * here are made up.
 */
const read = draftReader("Audit Dana Desa di Lembahsari");

describe("a title held in one kind of office, the office left out", () => {
  it("reads 'Inspektur Kabupaten X' as the head of the Inspektorat seated there", () => {
    const draft = read(
      "Inspektorat akan mengaudit dua belas BUMDes tahun ini.",
      '"Kami bentuk tim khusus," kata Inspektur Kabupaten Lembahsari, Darto Wiyono, kepada wartawan.',
    );
    expect(postsOf(draft, "Darto Wiyono")).toEqual([
      "Inspektur Kabupaten Lembahsari @ Inspektorat Kabupaten Lembahsari",
    ]);
  });

  it("does not read a police rank as that title", () => {
    const draft = read("Pengamanan dipimpin Inspektur Polisi Dua Darto Wiyono di lokasi audit.");
    expect(holdersAt(draft).filter((post) => post.includes("Inspektorat"))).toEqual([]);
  });
});

describe("an association's chapter written out in full", () => {
  it("reads 'Dewan Pimpinan Cabang (DPC) X Kabupaten Y' as the chapter, here and in its short form later", () => {
    const draft = read(
      "Budi Santoso terpilih sebagai Ketua Dewan Pimpinan Cabang (DPC) APDESI Kabupaten Lembahsari periode 2025-2030.",
      "Ketua DPC APDESI Kabupaten Lembahsari, Budi Santoso, berterima kasih kepada para kepala desa.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dewan Pimpinan Cabang APDESI Kabupaten Lembahsari"]);
  });
});

describe("a companion's title and name set off before the one accompanied", () => {
  it("gives the title to the companion, not to the subject named after them", () => {
    const draft = read(
      "Rapat digelar di aula kantor dinas pada Senin pagi bersama para kepala desa.",
      "Didampingi Kepala Bidang Pemerintahan Desa, Yulius Tebai, Darto Wiyono menjelaskan tata cara pendataan.",
    );
    expect(postsOf(draft, "Yulius Tebai")).toEqual(["Kepala Bidang Pemerintahan Desa @ -"]);
    expect(postsOf(draft, "Darto Wiyono")).toEqual([]);
  });
});

describe("a village's own word in a section's name", () => {
  it("keeps 'Kampung' after a domain noun inside the section, not a body of its own", () => {
    const draft = read(
      "Rapat digelar di aula kantor dinas pada Senin pagi bersama para kepala kampung.",
      "Didampingi Kepala Bidang Pemerintahan Kampung, Yulius Tebai, Darto menjelaskan tata cara pendataan.",
    );
    expect(postsOf(draft, "Yulius Tebai")).toEqual(["Kepala Bidang Pemerintahan Kampung @ -"]);
  });
});

describe("words that open no name", () => {
  it("reads neither a messaging app nor 'Kampung X' as a person", () => {
    const draft = read(
      '"Kami siap bekerja," ungkap Darto Wiyono melalui pesan WhatsApp, Kamis (29/2).',
      '"Kami dari Dinas Pemberdayaan Masyarakat dan Kampung Lembahsari selaku dinas teknis hadir," ujarnya.',
    );
    expect(draft.people.map((p) => p.name)).toEqual(["Darto Wiyono"]);
  });
});

describe("a midwife's and an applied bachelor's degrees after a name", () => {
  it("end the name so the post after 'sebagai' is still the holder's own", () => {
    const draft = read(
      "Mereka yang dilantik ialah Rina Kartika, S.KM sebagai Kepala Puskesmas Jatiraya, Sari Dewi, S.Tr.Keb., Bd sebagai Kepala Puskesmas Sukaraja, dan Wulan Asih, S.Tr.TLM sebagai Kepala Puskesmas Mekarsari.",
    );
    expect(postsOf(draft, "Sari Dewi")).toEqual(["Kepala Puskesmas @ Puskesmas Sukaraja"]);
    expect(postsOf(draft, "Wulan Asih")).toEqual(["Kepala Puskesmas @ Puskesmas Mekarsari"]);
  });
});

describe("'diberi amanah sebagai' between a holder and the post", () => {
  it("links the post to the name before it, as 'sebagai' alone does", () => {
    const draft = read(
      "Pelantikan digelar di aula kantor bupati pada Senin pagi.",
      "Di samping itu, Bd. Sari Dewi, S.ST diberi amanah sebagai Kepala Bidang Kesehatan Masyarakat pada Dinas Kesehatan Kabupaten Lembahsari.",
    );
    expect(postsOf(draft, "Sari Dewi")).toEqual([
      "Kepala Bidang Kesehatan Masyarakat @ Dinas Kesehatan Kabupaten Lembahsari",
    ]);
  });
});

describe("a handover that leaves the post unnamed", () => {
  it("gives the new holder the post the article gave the former one", () => {
    const draft = read(
      "Bupati Lembahsari memindahtugaskan Direktur RSUD Jatiraya, dr. Darto Wiyono, dan menunjuk dr. Rina Kartika.",
      "Serah terima jabatan dari dr. Darto Wiyono kepada dr. Rina Kartika digelar di aula rumah sakit itu pada Jumat.",
    );
    expect(postsOf(draft, "Rina Kartika")).toEqual(["Direktur @ Rumah Sakit Umum Daerah Jatiraya"]);
  });
});

describe("an acting prefix with its short form in brackets", () => {
  it("still reads the post after it, held in an acting capacity", () => {
    const draft = read(
      "Pelayanan di rumah sakit itu tetap berjalan seperti biasa pada hari Senin.",
      "Jaminan itu diberikan setelah Darto Wiyono ditunjuk sebagai Pelaksana Tugas (Plt) Direktur RSUD Jatiraya; suratnya diserahkan gubernur.",
    );
    expect(postsOf(draft, "Darto Wiyono")).toEqual(["Pelaksana Tugas Direktur @ Rumah Sakit Umum Daerah Jatiraya"]);
  });
});

describe("a hospital's long form with its acronym in brackets and a place after it", () => {
  it("is the hospital the short form names, not a second one seated in the city", () => {
    const draft = read(
      "Pemerintah Provinsi Papua menjamin pelayanan di Rumah Sakit Umum Daerah (RSUD) Jayapura tetap berjalan.",
      "Direktur RSUD Jayapura, Darto Wiyono, memastikan tidak ada penolakan pasien.",
    );
    expect(institutionNames(draft).filter((name) => name.startsWith("Rumah Sakit"))).toEqual([
      "Rumah Sakit Umum Daerah Jayapura",
    ]);
  });
});

describe("a regional special hospital and a honorific inside a hospital's name", () => {
  it("reads RSKD with its own name, and 'Haji' or 'Ibu dan Anak' as words of a name", () => {
    const draft = read(
      "Yang tidak datang antara lain Direktur RSUD Haji, Direktur RSKD Ibu dan Anak Lembahsari, serta Direktur RSKD Jatiraya.",
    );
    expect(institutionNames(draft)).toEqual([
      "Rumah Sakit Khusus Daerah Ibu dan Anak Lembahsari",
      "Rumah Sakit Khusus Daerah Jatiraya",
      "Rumah Sakit Umum Daerah Haji",
    ]);
  });

  it("still ends a hospital's name at an honorific opening its director's name", () => {
    const draft = read("Pelayanan dipantau langsung Direktur RSUD Jatiraya Haji Darto Wiyono setiap pagi.");
    expect(institutionNames(draft)).toEqual(["Rumah Sakit Umum Daerah Jatiraya"]);
  });
});

describe("a list of holders, each name set off from its post by a dash", () => {
  const readLines = (text: string) => draftReader("Bupati Lantik Pj Kades")(text);

  it("gives each listed name the post after its dash, one item a line", () => {
    const draft = readLines(
      [
        "Bupati Buton Tengah melantik 16 Pj Kepala Desa di aula kantor bupati pada Selasa pagi.",
        "",
        "Berikut daftar ASN yang dilantik sebagai Pj Kepala Desa:",
        "Darto Wiyono, S.Pd – Pj Kades Sukaraja, Kecamatan Jatiraya",
        "Rina Kartika – Pj Kades Mekarsari, Kecamatan Jatiraya",
      ].join("\n"),
    );
    expect(postsOf(draft, "Darto Wiyono")).toEqual(["Penjabat Kepala Desa @ -"]);
    expect(postsOf(draft, "Rina Kartika")).toEqual(["Penjabat Kepala Desa @ -"]);
  });

  it("reads no holder in a dateline's place before its dash", () => {
    const draft = readLines("SUKARAJA – Pj Kades Mekarsari meminta warga menjaga kebersihan lingkungan desa.");
    expect(draft.people).toEqual([]);
  });
});

describe("a title the article gives many holders", () => {
  it("written alone before a quote points at none of them, though one is named", () => {
    const draft = read(
      "Bupati Buton Tengah, Darto Wiyono, melantik 16 Pj Kepala Desa di aula kantor bupati.",
      "Menurutnya, Pj Kades penting untuk menjaga pemerintahan desa.",
      '"Pj Kades harus melayani warga dengan baik," tegasnya.',
      "Salah satu yang dilantik ialah Rina Kartika sebagai Pj Kepala Desa Sukaraja.",
    );
    expect(draft.quotes.map((q) => draft.people.find((p) => p.key === q.speaker)?.name)).toEqual(["Darto Wiyono"]);
  });
});

describe("'Kampung' opening a village's own name", () => {
  it("stays a word of the seat before the holder's name", () => {
    const draft = read("Kepala Desa Kampung Melayu Barat Subur Maryono mengatakan musyawarah digelar tiap tahun.");
    expect(draft.people.map((p) => p.name)).toEqual(["Subur Maryono"]);
  });
});

describe("a nickname with the family name", () => {
  it("is the person whose first name it cuts ('Ferry Wakerkwa' for Ferdinand Wakerkwa)", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Lembahsari, Ferdinand Wakerkwa, mengumpulkan kepala puskesmas.",
      '"Data harus lengkap," ujar Ferry Wakerkwa kepada wartawan.',
    );
    expect(draft.people.map((p) => p.name)).toEqual(["Ferdinand Wakerkwa"]);
  });

  it("keeps apart two of one family whose first names part within three letters", () => {
    const draft = read(
      "Kepala Dinas Kesehatan Kabupaten Lembahsari, Yohanes Wakerkwa, mengumpulkan kepala puskesmas.",
      '"Data harus lengkap," ujar Yosua Wakerkwa kepada wartawan.',
    );
    expect(draft.people.map((p) => p.name).sort()).toEqual(["Yohanes Wakerkwa", "Yosua Wakerkwa"]);
  });
});

describe("a hospital named after a person, also called by its place alone", () => {
  it("is one hospital under both names", () => {
    const draft = read(
      "Pelayanan RSUD dr. Darto Wiyono Jatiraya sempat viral di media sosial.",
      "Bupati memindahkan Direktur RSUD Jatiraya, dr. Rina Kartika, ke dinas kesehatan.",
    );
    expect(institutionNames(draft).filter((name) => name.startsWith("Rumah Sakit"))).toEqual([
      "Rumah Sakit Umum Daerah dr. Darto Wiyono Jatiraya",
    ]);
    expect(holdersAt(draft)).toContain("Rina Kartika @ Rumah Sakit Umum Daerah dr. Darto Wiyono Jatiraya");
  });
});

describe("a title, then the clause that gives it, then the holder", () => {
  it("reads 'Ketua BPD X yang baru terpilih adalah Name' as that holder's post", () => {
    const draft = read(
      "Pemilihan digelar di aula kantor desa pada Senin pagi bersama warga setempat.",
      "Ketua BPD Sukamaju yang baru terpilih adalah Rina Kartika.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Kartika @ Badan Permusyawaratan Desa Sukamaju"]);
  });
});

describe("an association named with a region beside its chapter there", () => {
  it("is that chapter", () => {
    const draft = read(
      "Musyawarah Daerah APDESI Kota Sungai Penuh memilih ketua baru di aula kantor wali kota.",
      "Darto Wiyono terpilih sebagai Ketua DPC APDESI Kota Sungai Penuh periode 2025-2030.",
    );
    expect(institutionNames(draft)).toEqual(["Dewan Pimpinan Cabang APDESI Kota Sungai Penuh"]);
  });
});
