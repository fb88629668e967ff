import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

/** Village and cooperative forms found probing unannotated pages (corpus-villcoop, second round). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a weekday written with a curly apostrophe", () => {
  it("is no person", () => {
    const draft = read(
      "Rapat anggota Koperasi Sukamaju digelar di Desa Sukamaju, Jum’at (09/03/2021).",
      "Ketua Koperasi Sukamaju, Budi Santoso, mengatakan rapat berjalan lancar.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("the programme name 'Koperasi Merah Putih' written without a village", () => {
  it("is no institution", () => {
    const draft = read(
      "Pemerintah kabupaten akan memberikan dukungan bagi Koperasi Merah Putih di setiap desa.",
      "Koperasi Merah Putih wajib mengelola tujuh bidang usaha.",
    );
    expect(institutionNames(draft)).toEqual([]);
  });

  it("still names one village's cooperative written with its village, which then holds the bare form's posts", () => {
    const draft = read(
      "Koperasi Merah Putih Desa Sukamaju menggelar rapat anggota di balai desa.",
      "Ketua Koperasi Merah Putih, Budi Santoso, mengatakan modal berasal dari pengurus.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Koperasi Merah Putih Desa Sukamaju"]);
  });
});

describe("a Dinas of small business written with its acronym alone", () => {
  it("is a Dinas whose head's abbreviated title is held there", () => {
    const draft = read(
      "Pemerintah Kabupaten Sukamaju meresmikan koperasi desa.",
      "Peresmian itu turut dihadiri Kadis UMKM Sukamaju Rizal Hamdani dan warga desa.",
    );
    expect(holdersAt(draft)).toContain("Rizal Hamdani @ Dinas UMKM Sukamaju");
  });

  it("leaves another acronym after a Dinas no domain of its own", () => {
    const draft = read("Kepala Dinas BPBD Sukamaju, Budi Santoso, meninjau lokasi.");
    expect(institutionNames(draft)).not.toContain("Dinas BPBD Sukamaju");
  });
});

describe("a village secretary's title written with the region's word for a village", () => {
  it("is a post of the village's government, its holder read after it", () => {
    const draft = read("Hadir pula Sekretaris Gampong Budi Santoso dan Sekretaris Kampung Agus Salim.");
    expect(draft.positions.map((p) => p.role).sort()).toEqual(["Sekretaris Gampong", "Sekretaris Kampung"]);
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso"]);
  });
});

describe("a coordinating ministry and its minister", () => {
  it("is a ministry, written out or shortened, and no person", () => {
    const draft = read(
      "Hanya dua koperasi yang disetujui Kementerian Koordinator Bidang Pangan.",
      "Menko Pangan Zulkarnain Hadi mengatakan koperasi desa akan diresmikan.",
    );
    expect(peopleNames(draft)).toEqual(["Zulkarnain Hadi"]);
    expect(holdersAt(draft)).toEqual(["Zulkarnain Hadi @ Kementerian Koordinator Bidang Pangan"]);
  });
});

describe("a cooperative's name closed by one of its closing words", () => {
  it("keeps the closing word after a place inside the name, and the holder's name after it", () => {
    const draft = read("Ketua KSU Karya Blora Sejahtera Alfons Nedabang mengatakan rapat berjalan lancar.");
    expect(holdersAt(draft)).toEqual(["Alfons Nedabang @ Koperasi Serba Usaha Karya Blora Sejahtera"]);
  });

  it("ends there when a holder's name runs on after it to a lowercase word", () => {
    const draft = read("Dalam rapat itu Ketua KUD Mina Sejahtera Rudi Hartono hadir bersama pengurus.");
    expect(holdersAt(draft)).toEqual(["Rudi Hartono @ Koperasi Unit Desa Mina Sejahtera"]);
  });

  it("stays whole when only more closing words follow", () => {
    const draft = read("Ketua Koperasi Makmur Jaya Abadi mengatakan rapat berjalan lancar.");
    expect(institutionNames(draft)).toEqual(["Koperasi Makmur Jaya Abadi"]);
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a village head's one-word title before the region's word for a village", () => {
  it("reads the village after that word as the seat, and the name after it as the holder", () => {
    const draft = read("Keuchik Gampong Tanjung Raya Mauliadi mengatakan dana desa belum cair.");
    expect(peopleNames(draft)).toEqual(["Mauliadi"]);
    expect(draft.positions.map((p) => p.role)).toEqual(["Keuchik"]);
  });
});

describe("the management degree 'SM' after a name", () => {
  it("is a degree, so the post before the name set off by commas is the name's", () => {
    const draft = read("Wakil Bupati Blora, Budi Santoso SM MM, melantik tiga penjabat kepala desa.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ -"]);
  });
});

describe("a regional government written 'Pemda' with its region", () => {
  it("is no person", () => {
    const draft = read("Pemda Blora menyalurkan bantuan kepada warga desa.");
    expect(peopleNames(draft)).toEqual([]);
  });
});
