import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** Where a lurah's or village head's seat ends and the holder's name begins. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a lurah's seat before the holder", () => {
  it("is the whole run before a comma, and the name after it is the holder", () => {
    const draft = read("Lurah Sukamaju Utara, Rudi Hartono mengatakan kerja bakti digelar serentak.");
    expect(peopleNames(draft)).toEqual(["Rudi Hartono"]);
  });

  it("is one word before a full name written without a comma", () => {
    const draft = read("Lurah Mekarsari Rina Wulandari menyebut warga antusias.");
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
  });

  it("is absent when the two words after the title are no place of the article", () => {
    const draft = read("Lurah Budi Santoso mengatakan saluran sudah bersih.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("a lurah's post", () => {
  it("is held at the Pemerintah Kelurahan the article names", () => {
    const draft = read(
      "Pemerintah Kelurahan Sukamaju menggelar kerja bakti.",
      "Lurah Sukamaju, Rina Wulandari, mengatakan warga antusias.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Pemerintah Kelurahan Sukamaju"]);
  });

  it("is not held at a village government, which a kepala desa heads", () => {
    const draft = read(
      "Pemerintah Desa Cibening menggelar musyawarah.",
      "Lurah Sukamaju, Rina Wulandari, mengatakan warga antusias.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ -"]);
  });
});

describe("a village head's two-word seat the article writes as a village government", () => {
  it("is the seat, so the post is filed at that government", () => {
    const draft = read(
      "Pemerintah Desa Karang Sari menggelar monitoring dana desa.",
      "Kades Karang Sari Wartini membuka acara tersebut.",
    );
    expect(holdersAt(draft)).toEqual(["Wartini @ Pemerintah Desa Karang Sari"]);
  });
});

describe("the main event's span cut at its length limit", () => {
  it("ends on a word, not on the space after it", () => {
    const lede =
      "Monitoring dan evaluasi dana desa tahap dua tahun anggaran 2025 di Desa Sukamaju, Kecamatan Sukamaju Barat, " +
      "Kabupaten Sukamaju, Selasa (3/6/2025), dipimpin oleh Camat Sukamaju Barat Drs Agus Salim MM bersama tim.";
    const draft = read(lede);
    for (const event of draft.events) {
      const slice = draft.article.body.slice(event.provenance.start, event.provenance.end);
      expect(slice.trim()).toBe(slice);
    }
    expect(draft.events.length).toBeGreaterThan(0);
  });
});

describe("a village head listed with the village's address set off by commas", () => {
  it("is the full name after a district the gazetteer does not know", () => {
    const draft = read("Kades Sungai Bening, Kecamatan Pasir Jati, Budi Santoso hadir dalam pelantikan itu.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ -"]);
  });

  it("is the one word set off after the district, closing the item", () => {
    const draft = read(
      "Turut dilantik Kades Sungai Bening, Kecamatan Pasir Jati, Suparjo dan Kades Tanjung Sari, Warsito.",
    );
    expect(holdersAt(draft).sort()).toEqual(["Suparjo @ -", "Warsito @ -"]);
  });

  it("is read after 'terpilih' and the village written with its noun", () => {
    const draft = read("Selanjutnya Kades terpilih Desa Sungai Bening, Kecamatan Pasir Jati, Budi Santoso.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ -"]);
  });

  it("is no place written after the district", () => {
    const draft = read("Kades Sungai Bening, Kecamatan Pasir Jati, Jawa Tengah, mengatakan jalan rusak.");
    expect(peopleNames(draft)).toEqual([]);
  });
});
