import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

/** Village and cooperative forms found probing unannotated pages (corpus-villcoop). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a cooperative office's abbreviation joined to UMKM or UKM by 'dan'", () => {
  it("is one office, and the title before it is its holder's", () => {
    const draft = read("Kepala Dinkop dan UMKM Kabupaten Sukamaju, Budi Santoso, mengatakan pelatihan digelar.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dinkop dan UMKM Kabupaten Sukamaju"]);
  });

  it("does not join another body's acronym after 'dan'", () => {
    const draft = read("Dinkes dan BPBD Kabupaten Sukamaju menggelar rapat bersama.");
    expect(institutionNames(draft)).not.toContain("Dinkes dan BPBD Kabupaten Sukamaju");
  });
});

describe("a capitalised 'Selaku' after a name", () => {
  it("links the name to the post after it, as 'selaku' does", () => {
    const draft = read("Penyaluran dipimpin Dedi Kurniawan Selaku Sekretaris Desa Sukamaju, didampingi warga.");
    expect(peopleNames(draft)).toEqual(["Dedi Kurniawan"]);
    expect(draft.positions.map((p) => p.role)).toEqual(["Sekretaris Desa"]);
  });
});

describe("Babinkamtibmas, the post written without its h", () => {
  it("is the Bhabinkamtibmas post, no word of the name before it", () => {
    const draft = read("Turut hadir H. Joko Susilo Babinkamtibmas Polsek Sukamaju dalam penyaluran itu.");
    expect(holdersAt(draft)).toEqual(["Joko Susilo @ Kepolisian Sektor Sukamaju"]);
  });
});

describe("a police or army post written with the village it is posted to", () => {
  it("is not held in the village's government", () => {
    const draft = read(
      "Pemerintah Desa Sukamaju menyalurkan bantuan.",
      "Bhabinkamtibmas Desa Sukamaju, Aipda Joko Susilo, mengatakan penyaluran berjalan aman.",
    );
    expect(holdersAt(draft)).toEqual(["Joko Susilo @ -"]);
  });

  it("leaves a village's own post written with its village held there", () => {
    const draft = read(
      "Pemerintah Desa Sukamaju menyalurkan bantuan.",
      "Sekretaris Desa Sukamaju, Dedi Kurniawan, mengatakan penyaluran berjalan aman.",
    );
    expect(holdersAt(draft)).toEqual(["Dedi Kurniawan @ Pemerintah Desa Sukamaju"]);
  });
});

describe("a chair's title with 'Harian' or 'Umum' before a body written out with its acronym", () => {
  it("is held at that body by the name set off after it", () => {
    const draft = read(
      "Ketua Harian Dewan Kerajinan Nasional Daerah (Dekranasda) Kabupaten Sukamaju, Budi Santoso hadir pada pameran itu.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Dewan Kerajinan Nasional Daerah Kabupaten Sukamaju"]);
  });

  it("gives a general chair written after 'selaku' the body's post", () => {
    const draft = read("Pameran dikunjungi Rina Wulandari selaku Ketua Umum Dewan Kerajinan Nasional.");
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Dewan Kerajinan Nasional"]);
  });
});

describe("a bank branch's head written 'Pemimpin Cabang', 'Pimpinan Cabang' or 'Pinca'", () => {
  it("is held at the bank named after the title", () => {
    for (const title of ["Pemimpin Cabang", "Pimpinan Cabang", "Pinca"]) {
      const draft = read(`${title} Bank Sukamaju Sejahtera, Budi Santoso, mengatakan penyaluran kredit meningkat.`);
      expect(holdersAt(draft)).toEqual(["Budi Santoso @ Bank Sukamaju Sejahtera"]);
    }
  });
});

describe("a company's name before a holder the article quotes by name elsewhere", () => {
  it("ends before the name, which holds the title before the company", () => {
    const draft = read(
      "Direktur PT SJM Budi Santoso di Sukamaju, Selasa, mengatakan bantuan modal diberikan kepada 40 pelaku usaha.",
      '"Kami berharap bantuan ini berlanjut," kata Budi Santoso.',
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ PT SJM"]);
  });

  it("keeps a company's name whole when no word of it is a person's", () => {
    const draft = read("PT Semen Sukamaju Jaya menyalurkan bantuan kepada warga.");
    expect(institutionNames(draft)).toEqual(["PT Semen Sukamaju Jaya"]);
  });
});

describe("a capitalised run closed by a business's or an organisation's noun", () => {
  it("is no person", () => {
    const draft = read(
      "Owner Sukamaju Craft, Budi Santoso mengungkapkan, pihaknya mendapat banyak manfaat.",
      "Ditambahkan, Sukamaju Craft memproduksi alat makan dari limbah kayu.",
      "Lestari Foundation menyalurkan bantuan modal kepada pelaku usaha.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});
