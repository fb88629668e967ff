import { describe, expect, it } from "vitest";
import { ExtractionContext } from "../../src/ingest/extract/context.ts";
import { readName } from "../../src/ingest/extract/people.ts";
import { draftReader, peopleNames, positionOf, speakerOf } from "./draftQueries.ts";

/** Where a person's name begins and ends among titles, degrees and other words. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a title word that also closes a given name", () => {
  it("stays in the name, and the degree after it is no person", () => {
    const draft = read("Dekan FKIP, Dr. Lukman Hakim, M.Si., membuka acara wisuda.");
    expect(peopleNames(draft)).toEqual(["Lukman Hakim"]);
    expect(positionOf(draft, "Lukman Hakim").role).toBe("Dekan");
  });

  it("is read after a speech word too", () => {
    expect(peopleNames(read("Menurut Lukman Hakim, acara berjalan lancar."))).toEqual(["Lukman Hakim"]);
  });

  it("still opens a title before a name", () => {
    const draft = read("Hakim Ketua Rudi Hartono menyatakan terdakwa bersalah.");
    expect(peopleNames(draft)).toEqual(["Rudi Hartono"]);
    expect(positionOf(draft, "Rudi Hartono").role).toBe("Hakim Ketua");
  });
});

describe("a degree written with its stops", () => {
  it("is no initial and name ('M.Si.' is not 'M. Si')", () => {
    const body = ExtractionContext.create("Judul", "Hadir pula M.Si. dan S.Pd. lainnya.", undefined).body;
    const at = (text: string) => body.tokens.findIndex((token) => token.text === text);
    expect(readName(body, at("M"))).toBeUndefined();
    expect(readName(body, at("S"))).toBeUndefined();
  });
});

describe("a person written first by a short name and later in full", () => {
  it("is one person under the full name, and the quote goes to them", () => {
    const draft = read(
      '"Kami siap membantu warga yang terdampak," kata Budi.',
      "Kepala Desa Sukamaju, Budi Santosa, mengatakan jalan rusak sejak Senin.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santosa"]);
    expect(speakerOf(draft, "Kami siap")).toBe("Budi Santosa");
  });

  it("is not merged when two full names share the short one", () => {
    const draft = read(
      '"Kami siap membantu warga yang terdampak," kata Budi.',
      "Kepala Desa Sukamaju, Budi Santosa, dan Sekretaris Desa, Rina Budi, meninjau jalan.",
    );
    expect(peopleNames(draft)).toContain("Budi Santosa");
    expect(peopleNames(draft)).toContain("Rina Budi");
  });
});

describe("a name opening the sentence, set off by a comma before what the person was or is", () => {
  it("is a person, a full name or a single one", () => {
    const draft = read(
      "Wahyu Budi Santoso, sebelumnya kepala dinas, kini menjadi kepala badan.",
      "Yarsono, semula kepala bagian, kini menjadi camat.",
      "Rina Wulandari, kepala sekolah setempat, hadir dalam acara itu.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari", "Wahyu Budi Santoso", "Yarsono"]);
  });

  it("is no person when an opening adverb or a name of something else stands there", () => {
    const draft = read(
      "Namun, sebelumnya jalan itu sudah rusak parah.",
      "Kopi Kenangan, merek lokal, membuka gerai baru.",
      "Bank Jateng, sebagai mitra, menyalurkan kredit.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a Balinese name opener", () => {
  it("says a person is named, and stays part of the name", () => {
    const draft = read(
      "Pada hari yang sama, rumah I Nyoman Kribis, juga dari Banjar Bunglada, tertimpa longsor.",
      "Ketua KPU Kabupaten Klungkung Anak Agung Gde Parwatha memberikan pelatihan.",
      "Acara dihadiri Ni Luh Putu Ariani dan Ida Bagus Rai.",
    );
    expect(peopleNames(draft)).toEqual([
      "Anak Agung Gde Parwatha",
      "I Nyoman Kribis",
      "Ida Bagus Rai",
      "Ni Luh Putu Ariani",
    ]);
    expect(positionOf(draft, "Anak Agung Gde Parwatha").role).toBe("Ketua");
  });

  it("is no person where a street or an airport is named after one", () => {
    const draft = read(
      "Pesawat mendarat di Bandara I Gusti Ngurah Rai, Senin.",
      "Kantor itu berada di Jalan I Gusti Ngurah Rai nomor 5.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("an honorific after a bracketed acronym of a place named after someone", () => {
  it("is the hospital's namesake, no person in the story", () => {
    const draft = read("Satu pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) dr Darsono Pacitan, Senin.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("still introduces a person after an acronym that names no place", () => {
    const draft = read("Dinas Kesehatan (Dinkes) dr Rina Wulandari meninjau lokasi.");
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
  });
});

describe("a full name set off before a title whose seat is one unknown word", () => {
  it("holds the title; the seat is no person", () => {
    const draft = read("Rendra Wicaksono, Kepala Dinas Koperasi Sukamaju, membuka acara itu.");
    expect(peopleNames(draft)).toEqual(["Rendra Wicaksono"]);
    expect(positionOf(draft, "Rendra Wicaksono").role).toBe("Kepala Dinas Koperasi");
  });
});

describe("an honorific after a seat word with no gazetteer entry", () => {
  it("opens the name, so the seat stays out of it", () => {
    const draft = read("Wakil Bupati Sukamaju Hj. Siti Rahayu membuka acara itu.");
    expect(peopleNames(draft)).toEqual(["Siti Rahayu"]);
  });
});

describe("Acehnese and Butonese name openers, and an introducer opening the sentence", () => {
  it("read the people after 'Hadir pula' and 'Didampingi'", () => {
    const draft = read(
      "Hadir pula Cut Nyak Meutia dan Tengku Zulkarnain dalam acara itu.",
      "Acara itu meriah. Didampingi Budi Santoso, rombongan meninjau lokasi.",
      "Pengelola wisata, La Ode Muhammad Yusuf, mengatakan pengunjung naik.",
    );
    expect(peopleNames(draft)).toEqual([
      "Budi Santoso",
      "Cut Nyak Meutia",
      "La Ode Muhammad Yusuf",
      "Tengku Zulkarnain",
    ]);
  });
});

describe("initials in capitals opening a holder's name after a title", () => {
  it("stay in the name ('AAGN Puspayoga'), and an acronym of an institution does not", () => {
    const draft = read(
      "Pameran disaksikan istri Menteri Koperasi dan UKM AAGN Puspayoga, serta Ketua Dekopin Nurdin Halid.",
    );
    expect(peopleNames(draft)).toEqual(["AAGN Puspayoga", "Nurdin Halid"]);
    expect(positionOf(draft, "AAGN Puspayoga").role).toBe("Menteri Koperasi dan UKM");
  });
});

describe("a one-word person that is only the last word of a later full name", () => {
  it("is not merged into it (a family name is shared; a given name written first is not)", () => {
    const draft = read(
      '"Kami siap membantu warga yang terdampak," kata Santosa.',
      "Kepala Desa Sukamaju, Budi Santosa, mengatakan jalan rusak sejak Senin.",
    );
    expect(peopleNames(draft)).toEqual(["Budi Santosa", "Santosa"]);
  });
});
