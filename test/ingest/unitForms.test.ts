import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

/** Other written forms of a regional unit and of its head's title. Made-up sentences. */
const read = draftReader("Judul Berita Untuk Pengujian Unit");

describe("a unit noun before an abbreviation of its own kind", () => {
  it("reads Dinas and the abbreviation as one unit, written with the noun", () => {
    const draft = read("Kepala Dinas Kominfo Blora, Rina Wulandari, membuka pelatihan.");
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]?.name).toBe("Dinas Komunikasi dan Informatika Blora");
    expect(draft.institutions[0]?.aliases).toContain("Dinas Kominfo Blora");
  });
});

describe("a province's unit", () => {
  it("reads Provsu as North Sumatra and names the unit with the province in full", () => {
    const draft = read("Dinas Kesehatan Provsu menyalurkan vaksin.");
    expect(draft.institutions[0]?.name).toBe("Dinas Kesehatan Sumatera Utara");
    expect(draft.institutions[0]?.aliases).toContain("Dinas Kesehatan Provinsi Sumatera Utara");
  });
});

describe("a head's title written Ka before the agency's abbreviation", () => {
  it("files the post at the agency the abbreviation names", () => {
    const draft = read("Turut hadir Kadispora Blora, Joko Susilo, dan tamu undangan lain.");
    expect(holdersAt(draft)).toEqual(["Joko Susilo @ Dinas Pemuda dan Olahraga Blora"]);
  });
});

describe("a listed unit written out in full", () => {
  it("reads the long form, its bracketed acronym and its region as the unit the acronym names", () => {
    const draft = read(
      "Ketua Majelis Ulama Indonesia (MUI) Kabupaten Blora, Budi Santoso, membuka pengajian.",
      "Menurut dia, MUI Blora menyiapkan fatwa.",
    );
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]?.name).toBe("Majelis Ulama Indonesia Kabupaten Blora");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Majelis Ulama Indonesia Kabupaten Blora"]);
  });

  it("reads a long form written with commas between its words", () => {
    const draft = read("Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan hujan lebat.");
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["BMKG"]);
  });
});

describe("regional narcotics offices and health centres written out", () => {
  it("reads the regency, city and province offices of the narcotics agency, not the national one", () => {
    const draft = read(
      "Kepala Badan Narkotika Nasional Kabupaten Blora, Agus Salim, hadir bersama Kepala BNN Kota Semarang, Budi Santoso.",
    );
    expect(draft.institutions.map((i) => i.shortName).sort()).toEqual(["BNN Kota Semarang", "BNNK Blora"]);
  });

  it("reads a health centre written out with its acronym in brackets as the Puskesmas", () => {
    const draft = read("Kepala Pusat Kesehatan Masyarakat (Puskesmas) Sidoasri, dr. Budi Santoso, hadir.");
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["Puskesmas Sidoasri"]);
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Pusat Kesehatan Masyarakat Sidoasri"]);
  });
});

describe("hospitals abbreviated by their kind", () => {
  it("reads a central, mental or mother-and-child hospital with the namesake's titles as one name", () => {
    const draft = read(
      "Direktur Utama RSUP Dr. Sastro Wibowo Semarang, dr. Budi Santoso, mengatakan layanan normal.",
      "Direktur RSIA Bunda Sehat, dr. Agus Salim, juga hadir.",
    );
    expect(draft.institutions.map((i) => i.name).sort()).toEqual([
      "Rumah Sakit Ibu dan Anak Bunda Sehat",
      "Rumah Sakit Umum Pusat Dr. Sastro Wibowo Semarang",
    ]);
    expect(draft.people.map((p) => p.name)).toEqual(["Budi Santoso", "Agus Salim"]);
  });
});

describe("a unit noun's domain words beyond a listed long form", () => {
  it("reads every domain word, not only the listed unit the first ones spell", () => {
    const draft = read("Kepala Dinas Pendidikan Pemuda dan Olahraga Kabupaten Blora, Budi Santoso, hadir.");
    expect(draft.institutions.map((i) => i.name)).toEqual(["Dinas Pendidikan Pemuda dan Olahraga Kabupaten Blora"]);
  });

  it("reads a place-bound office written out with its district", () => {
    const draft = read("Kepala Kantor Urusan Agama (KUA) Kecamatan Karangsegoro, Ahmad Fauzi, menikahkan warga.");
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["KUA Karangsegoro"]);
  });
});
