import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, speakerOf } from "./draftQueries.ts";

/**
 * Health-beat constructions: posts in a health office, a hospital or a Puskesmas, and the quotes
 * their holders give. Every person and body here is made up; where a rule rests on the gazetteer,
 * which holds only real regencies, the regency is real and the sentence around it invented.
 */
const read = draftReader("Dinas Kesehatan Gelar Rapat Persiapan Kunjungan Kerja");
const opening = "Rapat persiapan itu digelar di aula kantor dinas pada Senin pagi.";

describe("a regency whose name is written with a hyphen", () => {
  it("'Tojo Una-Una' is one place at the end of an office's name", () => {
    const draft = read(opening, "Kepala Dinas Kesehatan Tojo Una-Una, Budi Lasanudin, memimpin rapat itu.");
    expect(institutionNames(draft)).toEqual(["Dinas Kesehatan Tojo Una Una"]);
    expect(draft.places.map((p) => p.name)).toContain("Kabupaten Tojo Una Una");
  });

  it("lets a title with the hyphenated regency name its speaker", () => {
    const draft = read(
      opening,
      "Kepala Dinas Kesehatan Tojo Una-Una, Budi Lasanudin, memimpin rapat itu.",
      "“Semua puskesmas sudah kami siapkan,” kata Kepala Dinas Kesehatan Tojo Una-Una kepada wartawan.",
    );
    expect(speakerOf(draft, "Semua puskesmas")).toBe("Budi Lasanudin");
  });
});

describe("diseases and vaccines listed after 'yaitu' or 'yakni'", () => {
  it.each([
    "Dua pasien mengalami dampak berat, yaitu Dengue Shock Syndrome (DSS).",
    "Tiga penyakit terbanyak, yaitu Diabetes Melitus, Hipertensi Esensial dan Gastritis.",
    "Vaksin yang diberikan yakni Measles Rubella (MR) dan Difteri Tetanus (DT).",
  ])("are no people: %s", (sentence) => {
    const draft = read(opening, sentence);
    expect(peopleNames(draft)).toEqual([]);
  });

  it("still reads the people such a list names", () => {
    const draft = read(opening, "Dua korban dirawat, yaitu Budi Lasanudin dan Sri Wahyuni.");
    expect(peopleNames(draft)).toEqual(["Budi Lasanudin", "Sri Wahyuni"]);
  });
});

describe("the officer answerable for a Puskesmas programme", () => {
  it("'Penanggung Jawab (PJ) Program …' is a post at the Puskesmas named after the programme", () => {
    const draft = read(
      opening,
      "Penanggung Jawab (PJ) Program Demam Berdarah Dengue (DBD) Puskesmas Sukamaju, Wulandari, menjelaskan jadwal fogging.",
    );
    expect(holdersAt(draft)).toEqual(["Wulandari @ Puskesmas Sukamaju"]);
  });
});

describe("a specialist's degree of five letters or with a hyphen", () => {
  it.each([
    ["dr Wulan Sasmita SpTHT", "Wulan Sasmita"],
    ["dr Wulan Sasmita SpKFR", "Wulan Sasmita"],
    ["dr. Wulan Sasmita, Sp.THT-KL,", "Wulan Sasmita"],
  ])("'%s' ends the name before the degree", (written, name) => {
    const draft = read(opening, `Pelantikan itu dihadiri ${written} dan para perawat.`);
    expect(peopleNames(draft)).toEqual([name]);
  });
});

describe("a minister's short title before the name", () => {
  it("'ujar Menkes …' names the minister, not a person called 'Menkes …', and the ministry", () => {
    const draft = read(opening, "“Rumah sakit ini harus segera beroperasi,” ujar Menkes Hartono Wicaksono.");
    expect(peopleNames(draft)).toEqual(["Hartono Wicaksono"]);
    expect(holdersAt(draft)).toEqual(["Hartono Wicaksono @ Kementerian Kesehatan"]);
    expect(speakerOf(draft, "Rumah sakit ini")).toBe("Hartono Wicaksono");
  });

  it("'Mendagri' before a name holds the post at the Kementerian Dalam Negeri", () => {
    const draft = read(opening, "Penghargaan itu diserahkan Mendagri Hartono Wicaksono kepada para bupati.");
    expect(holdersAt(draft)).toEqual(["Hartono Wicaksono @ Kementerian Dalam Negeri"]);
  });
});

describe("a section named by domains joined by 'dan' up to its office", () => {
  it.each([
    "Kepala Seksi Kesehatan Keluarga dan Gizi Dinkes Blora Wulan Sasmita menambahkan data stunting.",
    "Kasi Kesehatan Ibu dan Anak Dinkes Blora, Wulan Sasmita, menambahkan data stunting.",
  ])("holds the post at the office, and no domain word is a person: %s", (sentence) => {
    const draft = read(opening, sentence);
    expect(peopleNames(draft)).toEqual(["Wulan Sasmita"]);
    expect(holdersAt(draft)).toEqual(["Wulan Sasmita @ Dinas Kesehatan Blora"]);
  });
});

describe("a retired officer's mark after the rank", () => {
  it.each([
    ["Mayjen (Purn) Hartono Wicaksono"],
    ["Mayjen TNI (Purn) Hartono Wicaksono"],
    ["Kolonel Inf (Purn.) Hartono Wicaksono"],
    ["Brigjen Pol Purn Hartono Wicaksono"],
  ])("'%s' is the retired officer, not a person called by the rank", (written) => {
    const draft = read(opening, `Peresmian itu dihadiri Gubernur Sukamaju, ${written}, dan para bupati.`);
    expect(peopleNames(draft)).toEqual(["Hartono Wicaksono"]);
  });
});

describe("a hospital named after someone with initials and a degree", () => {
  it("'RSUD dr. H. L. M. Wirawan, M.Kes.' is one hospital and no person", () => {
    const draft = read(opening, "Pasien itu dirujuk ke RSUD dr. H. L. M. Wirawan, M.Kes., Kabupaten Sukamaju.");
    expect(peopleNames(draft)).toEqual([]);
    expect(institutionNames(draft)).toContain("Rumah Sakit Umum Daerah dr. H. L. M. Wirawan, M.Kes.");
  });

  it("holds the specialist's post written after her name with 'pada'", () => {
    const draft = read(
      opening,
      "Dinas menjamin dr. Wulan Sasmita, dokter spesialis kandungan pada Rumah Sakit Umum Daerah (RSUD) dr. H. L. M. Wirawan, M.Kes., bisa kembali bertugas.",
    );
    expect(peopleNames(draft)).toEqual(["Wulan Sasmita"]);
    expect(holdersAt(draft)).toEqual(["Wulan Sasmita @ Rumah Sakit Umum Daerah dr. H. L. M. Wirawan, M.Kes."]);
  });

  it("still reads a director named after the hospital with the same honorifics", () => {
    const draft = read(opening, "Direktur RSUD Sukamaju dr. H. Budi Santoso, M.Kes. mengatakan ruang ICU ditambah.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});
