import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Constructions found in fresh dev articles, each written here with made-up names and places
 * (Sukamaju, Budi Santoso, …): a prosecutor's section named in full ("Pidana Khusus"), a passive verb
 * opening a sentence before a name.
 */
const court = draftReader("Kejari Sukamaju Pastikan Perkara Berjalan");
const school = draftReader("Kadis Pendidikan Tinjau Sekolah");
const opening = "SUKAMAJU (ANTARA) - Warga berkumpul di balai desa pada Senin pagi untuk acara itu.";

describe("a prosecutor's section named in full", () => {
  it("reads 'Kepala Seksi Pidana Khusus' (with or without its bracketed short form) and the holder after the Kejari", () => {
    for (const sentence of [
      "Kepala Seksi Pidana Khusus (Kasi Pidsus) Kejari Sukamaju Budi Santoso, di Sukamaju, Kamis, menjelaskan dua terdakwa dituntut.",
      "Kepala Seksi Pidana Khusus Kejari Sukamaju Budi Santoso menjelaskan dua terdakwa dituntut.",
      "Budi Santoso selaku Kepala Seksi Tindak Pidana Khusus Kejari Sukamaju menjelaskan dua terdakwa dituntut.",
    ]) {
      const draft = court(opening, sentence);
      expect(postsOf(draft, "Budi Santoso")).toHaveLength(1);
      expect(postsOf(draft, "Budi Santoso")[0]).toMatch(/@ Kejaksaan Negeri Sukamaju$/);
    }
  });
});

describe("a passive verb opening a sentence before a name", () => {
  it("is not read into the name ('Ditemani Rina Wulandari, …')", () => {
    const draft = school(
      opening,
      "Ditemani Rina Wulandari, S.Pd., Kepala sekolah SMP Negeri 3 Sukamaju, Budi Santoso berbincang santai.",
    );
    expect(peopleNames(draft)).toContain("Rina Wulandari");
    expect(peopleNames(draft).some((name) => name.startsWith("Ditemani"))).toBe(false);
  });

  it("keeps a name whose first letters look like a passive but whose root is no common word", () => {
    const draft = school(opening, "Dimyanto Wibowo mengatakan sekolah itu perlu diperbaiki.");
    expect(peopleNames(draft)).toContain("Dimyanto Wibowo");
  });
});

const village = draftReader("Desa Sukamaju Salurkan BLT Dana Desa");

describe("a village's government written 'Pemerintahan Desa'", () => {
  it("names the village's government, which holds its head's and secretary's posts", () => {
    const draft = village(
      opening,
      "Penyerahan BLT dilakukan Pemerintahan Desa Sukamaju dengan disaksikan RW.",
      "Kepala Desa Sukamaju, H. Budi Santoso menyebut penerimanya 139 KK. Sekdes Sukamaju Rina Wulandari menambahkan, setiap KK menerima BLT.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Desa @ Pemerintah Desa Sukamaju"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Sekretaris Desa @ Pemerintah Desa Sukamaju"]);
  });

  it("stays a section's domain after a capitalised title word ('Kabid Pemerintahan Desa Budi Santoso')", () => {
    const draft = village(opening, "Kabid Pemerintahan Desa Budi Santoso mengatakan dana desa cair.");
    expect(draft.institutions.some((i) => i.name.includes("Budi"))).toBe(false);
  });
});

const cooperative = draftReader("Pemkot Sukamaju Latih Pengurus Koperasi");

describe("a regional office's name with a contracted domain or a head's short title inside it", () => {
  it("reads 'Naker' as a domain of a Dinas, so a section's head and the secretary hold posts there", () => {
    const draft = cooperative(
      opening,
      "Kepala Bidang Koperasi Dinas Koperasi, UKM dan Naker Kota Sukamaju, Rina Wulandari, membuka pelatihan. Sebagai narasumber hadir Sekretaris Dinas Koperasi, UKM dan Naker, Budi Santoso, ST., MM.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Bidang Koperasi @ Dinas Koperasi, UKM dan Naker Kota Sukamaju",
    ]);
    expect(postsOf(draft, "Budi Santoso")).toHaveLength(1);
    expect(postsOf(draft, "Budi Santoso")[0]).toMatch(
      /^Sekretaris Dinas.* @ Dinas Koperasi, UKM dan Naker Kota Sukamaju$/,
    );
    expect(draft.institutions.some((i) => i.name.startsWith("Koperasi Dinas"))).toBe(false);
  });

  it("passes over '(Kadis)' between 'Dinas' and its domain", () => {
    const draft = cooperative(
      opening,
      "Pengurus bertemu Kepala Dinas (Kadis) Kesehatan Kabupaten Sukamaju, Rina Wulandari, dan jajarannya.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toHaveLength(1);
    expect(postsOf(draft, "Rina Wulandari")[0]).toMatch(/^Kepala Dinas.* @ Dinas Kesehatan Kabupaten Sukamaju$/);
  });
});

const hospital = draftReader("Bupati Sukamaju Studi Banding ke RSUD Sukamulya");

describe("a regional secretary's contracted titles", () => {
  it("reads 'Sekdakab X' in a list of unnamed attendees as a title, not a person", () => {
    const draft = hospital(
      opening,
      "Kunjungan tersebut juga diikuti Wakil Bupati Blora, Sekdakab Blora, Asisten Adm Umum, Kepala Bapeda dan Kadis Kominfo.",
    );
    expect(peopleNames(draft).some((name) => name.startsWith("Sekda"))).toBe(false);
  });

  it("gives 'Sekdakab' and 'Sekdako' before a name that name's post", () => {
    const draft = hospital(opening, "Sekdako Blora Budi Santoso mengatakan kunjungan itu penting.");
    expect(postsOf(draft, "Budi Santoso")).toHaveLength(1);
  });
});
