import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Words of a title and of its unit written in lowercase inside the clause the title opens
 * (recase.ts recasedClause): read as if capitalised, the institution named in its usual capitals.
 * Made-up text.
 */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a unit's domain word in lowercase after a capitalised unit noun", () => {
  it("names the office, capitalised, before its region and holder", () => {
    const draft = read(
      "Kepala Dinas pendidikan Kabupaten Sukamaju (Suka) Rina Wulandari bergerak cepat mengunjungi SMPN 10 Sukamaju.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Dinas Pendidikan @ Dinas Pendidikan Kabupaten Sukamaju"]);
  });

  it("after the title's short form in brackets", () => {
    const draft = read("Kepala Dinas (Kadis) pendidikan Kabupaten Sukamaju, Budi Santoso, meninjau sekolah.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Dinas Pendidikan @ Dinas Pendidikan Kabupaten Sukamaju"]);
  });

  it("as an item of the office's listed domains", () => {
    const draft = read(
      "Kepala Dinas Koperasi, UKM, perindustrian dan Perdagangan Kabupaten Sukamaju, Budi Santoso, hadir.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Sukamaju"]);
  });

  it("closed by the comma that sets its holder off", () => {
    const draft = read("Kepala Dinas sosial, Budi Hartono, menyebut bantuan tepat sasaran.");
    expect(postsOf(draft, "Budi Hartono")).toEqual(["Kepala Dinas Sosial @ Dinas Sosial"]);
  });
});

describe("a unit noun in lowercase between a title and a capitalised domain", () => {
  it("names the office with its region", () => {
    const draft = read("Kepala dinas Kesehatan Kabupaten Sukamaju Rina Wulandari mengatakan vaksin tersedia.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Dinas Kesehatan @ Dinas Kesehatan Kabupaten Sukamaju"]);
  });

  it("after the connector a section names its office by", () => {
    const draft = read(
      "Kepala Bidang Kesehatan Masyarakat pada dinas Kesehatan Kabupaten Sukamaju, Sari Dewi, membuka acara.",
    );
    expect(postsOf(draft, "Sari Dewi")).toEqual([
      "Kepala Bidang Kesehatan Masyarakat @ Dinas Kesehatan Kabupaten Sukamaju",
    ]);
  });

  it("a puskesmas written in lowercase after its technical unit's acronym", () => {
    const draft = read("Kepala UPTD puskesmas Sukamaju, Rina Wulandari, mengatakan hal itu.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Puskesmas Sukamaju @ Puskesmas Sukamaju"]);
  });
});

describe("a region's prefix in lowercase inside the title clause", () => {
  it("abbreviated with its stop", () => {
    const draft = read("Kepala Disdukcapil kab. Blora, Rina Wulandari, mengatakan pelayanan lancar.");
    expect(institutionNames(draft)).toEqual(["Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora"]);
  });

  it("after a council's acronym", () => {
    const draft = read("Anggota DPR RI, Agus Salim, dan Ketua DPRD kabupaten Blora, Budi Santoso, meninjau sawah.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Ketua DPRD @ Dewan Perwakilan Rakyat Daerah Blora"]);
  });
});

describe("lowercase common words in ordinary prose", () => {
  it("open no institution and no person", () => {
    const draft = read(
      "Pegawai itu sedang dinas luar kota bersama kepala sekolah itu ke desa sebelah, kata Budi Santoso.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(institutionNames(draft)).toEqual([]);
  });

  it("after a title read in full are not taken into it", () => {
    const draft = read("Kepala Dinas Pendidikan Sukamaju Budi Santoso mengatakan desa Sukamaju menerima bantuan.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Dinas Pendidikan @ Dinas Pendidikan Sukamaju"]);
  });
});

describe("a unit's name with lowercase words of the nomenclature, no title before it", () => {
  it("opened by a capitalised unit noun", () => {
    const draft = read("Dinas pendidikan Kabupaten Sukamaju menggelar lomba cerdas cermat.");
    expect(institutionNames(draft)).toEqual(["Dinas Pendidikan Kabupaten Sukamaju"]);
  });

  it("with a lowercase domain word before its region", () => {
    const draft = read("Rapat digelar di kantor Badan Penanggulangan Bencana daerah Kabupaten Sukamaju.");
    expect(institutionNames(draft)).toEqual(["Badan Penanggulangan Bencana Daerah Kabupaten Sukamaju"]);
  });

  it("opened by an office noun written in lowercase before a capitalised domain", () => {
    const draft = read("Bantuan disalurkan melalui dinas Sosial Kabupaten Sukamaju pekan lalu.");
    expect(institutionNames(draft)).toEqual(["Dinas Sosial Kabupaten Sukamaju"]);
  });

  it("takes in no title's word written in lowercase after it", () => {
    const draft = read("Pemerintah menyusun RUU Koperasi pengganti UU Nomor 25 Tahun 1992 tentang Perkoperasian.");
    expect(institutionNames(draft)).toEqual([]);
  });
});
