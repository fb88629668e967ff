import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { draftReader, institutionNames, peopleNames } from "./draftQueries.ts";

/** Where a seat's name ends and its holder's name begins. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a police office after a short regency prefix", () => {
  it("is seated at the word after 'Kab.', not at 'Kab'", () => {
    const draft = read("Kasat Lantas Polres Kab. Sukamaju AKP Rudi Hartono mengatakan jalan sudah dibuka.");
    expect(institutionNames(draft)).toEqual(["Kepolisian Resor Sukamaju"]);
    expect(peopleNames(draft)).toEqual(["Rudi Hartono"]);
  });
});

describe("a region after Kabupaten or Kota the gazetteer does not list", () => {
  it("is one word, and the holder keeps both of his names", () => {
    const draft = read("Kepala Dinas Sosial Kabupaten Sukamaju Wiryawan Sudarmo mengatakan bantuan sudah disalurkan.");
    expect(institutionNames(draft)).toEqual(["Dinas Sosial Kabupaten Sukamaju"]);
    expect(peopleNames(draft)).toEqual(["Wiryawan Sudarmo"]);
  });

  it("is two words where the article writes the pair alone elsewhere", () => {
    const draft = read(
      "Banjir merendam rumah warga di Kabupaten Sukamaju Raharja, Senin.",
      "Kepala Dinas Sosial Kabupaten Sukamaju Raharja Dewi Lestari mengatakan bantuan sudah disalurkan.",
    );
    expect(institutionNames(draft)).toEqual(["Dinas Sosial Kabupaten Sukamaju Raharja"]);
    expect(peopleNames(draft)).toEqual(["Dewi Lestari"]);
  });
});

const roleOf = (draft: ArticleDraft, name: string) => {
  const person = draft.people.find((p) => p.name === name);
  return draft.positions.find((p) => p.person === person?.key)?.role;
};

describe("religious posts", () => {
  it("reads Pengasuh before a pesantren as the holder's post there", () => {
    const draft = read("Pengasuh Pondok Pesantren Al Hikmah, Ahmad Fauzi, mengatakan santri sudah pulang.");
    expect(roleOf(draft, "Ahmad Fauzi")).toBe("Pengasuh");
    expect(institutionNames(draft)).toEqual(["Pondok Pesantren Al Hikmah"]);
  });

  it("reads Takmir and Ketua Takmir of a mosque, and the mosque is no person", () => {
    const draft = read(
      "Takmir Masjid Baiturrahman, Budi Santoso, mengatakan kajian rutin digelar.",
      "Ketua Takmir Masjid Al Ikhlas, Rina Wulandari, menyebut jamaah bertambah.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rina Wulandari"]);
    expect(roleOf(draft, "Budi Santoso")).toBe("Takmir Masjid Baiturrahman");
    expect(roleOf(draft, "Rina Wulandari")).toBe("Ketua Takmir Masjid Al Ikhlas");
  });
});

describe("a section head of a district office written without commas", () => {
  const sentence = "Kasi Pemerintahan Kecamatan Sukamaju Agus Salim mengatakan data sudah lengkap.";

  it("gives the full name after the district as the holder", () => {
    const draft = read(sentence);
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
    expect(roleOf(draft, "Agus Salim")).toBe("Kepala Seksi Pemerintahan");
  });

  it("keeps the holder's name out of the district's name", () => {
    expect(read(sentence).places.map((p) => p.name)).toEqual(["Sukamaju"]);
  });
});

describe("a district written short after a section title", () => {
  it("is no person, and the full name after it holds the title", () => {
    const draft = read("Kasi Pemerintahan Kec. Sukamaju Agus Salim mengatakan data sudah lengkap.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
    expect(roleOf(draft, "Agus Salim")).toBe("Kepala Seksi Pemerintahan");
  });

  it("is no person when the holder is set off by commas", () => {
    const draft = read("Kasi Pemerintahan Kec. Sukamaju, Agus Salim, mengatakan data sudah lengkap.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
  });
});

describe("a section head of a village office written without commas", () => {
  it("gives the full name after the village as the holder", () => {
    const draft = read(
      "Kasi Pemerintahan Desa Sukamaju Agus Salim mengatakan data sudah lengkap.",
      "Kasi Kesejahteraan Kelurahan Sukamulya Rina Wulandari menyebut bantuan sudah cair.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Rina Wulandari"]);
    expect(roleOf(draft, "Rina Wulandari")).toBe("Kepala Seksi Kesejahteraan");
  });
});

describe("a village or district head's seat written without a comma before the holder", () => {
  it("gives back the holder's name a seat the gazetteer does not know ran into", () => {
    expect(peopleNames(read("Kepala Desa Tegalsari Suparno mengatakan warga siap."))).toEqual(["Suparno"]);
    expect(peopleNames(read("Camat Sepatan M. Ikbal mengatakan warga siap."))).toEqual(["M. Ikbal"]);
  });

  it("keeps a seat the article writes whole as a place elsewhere", () => {
    const draft = read(
      "Kepala Desa Tegalsari Suparno mengatakan warga siap.",
      "Warga Desa Tegalsari Suparno, katanya, sudah berkumpul.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });

  it("leaves a direction or a place the article names to the seat, not the name", () => {
    expect(peopleNames(read("Camat Kaliwungu Selatan Rudi Santoso mengatakan posko siap."))).toEqual(["Rudi Santoso"]);
    expect(
      peopleNames(read("Kades Kayu Agung Abdul Majid membuka rapat.", "Rapat digelar di Balai Desa Kayu Agung, Rabu.")),
    ).toEqual(["Abdul Majid"]);
    expect(
      peopleNames(
        read("Lurah Kauman Suparno mengatakan warga siap.", "Warga Kelurahan Kauman, kata dia, bergotong royong."),
      ),
    ).toEqual(["Suparno"]);
  });

  it("keeps a two-word name after a village head's title when nothing says its first word is a place", () => {
    expect(peopleNames(read("Lurah Budi Santoso mengatakan warga siap."))).toEqual(["Budi Santoso"]);
  });
});
