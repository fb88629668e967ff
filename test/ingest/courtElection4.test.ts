import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, positionOf, speakerOf } from "./draftQueries.ts";

/** Court and election news: court names with their chambers, attendance lists, names. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a district court's special chambers after its class", () => {
  it("reads 'PN Klas IA/PHI/Tipikor X' and 'Pengadilan Negeri Kelas 1 A PHI/Tipikor/X' as the court of X", () => {
    const draft = read(
      "Sidang digelar di Pengadilan Negeri Kelas 1 A PHI/Tipikor/Sukamaju, Selasa (7/12).",
      '"Perkara itu sudah selesai," kata Humas PN Klas IA/PHI/Tipikor Sukamaju, Haryanto kepada wartawan.',
    );
    expect(institutionNames(draft)).toEqual(["Pengadilan Negeri Sukamaju"]);
    expect(holdersAt(draft)).toContain("Haryanto @ Pengadilan Negeri Sukamaju");
    expect(speakerOf(draft, "Perkara itu sudah selesai")).toBe("Haryanto");
  });
});

describe("'Cs' and 'dkk' after a name", () => {
  it("are no word of the name, and close a list of single names", () => {
    const draft = read(
      "Sidang dihadiri penasehat hukum terdakwa di antaranya Darmaji, Sutrisno Cs, di Pengadilan Negeri Sukamaju.",
    );
    expect(peopleNames(draft)).toEqual(["Darmaji", "Sutrisno"]);
  });
});

describe("a nickname cut from a first name", () => {
  it("is short: a long one-word name sharing four first letters is someone else", () => {
    const draft = read("Hadir Ketua Bawaslu Kabupaten Sukamaju, Sutarman Wiryo, dan Camat Sukamaju, Sutarjono.");
    expect(peopleNames(draft)).toEqual(["Sutarjono", "Sutarman Wiryo"]);
  });

  it("still names the one whose first name it cuts", () => {
    const draft = read(
      "Rapat dipimpin Ketua Bawaslu Kabupaten Sukamaju, Rendra Wicaksono.",
      '"Kami siap mengawasi," kata Rendi.',
    );
    expect(peopleNames(draft)).toEqual(["Rendra Wicaksono"]);
    expect(speakerOf(draft, "Kami siap mengawasi")).toBe("Rendra Wicaksono");
  });
});

describe("'Kaban', the head of a Badan", () => {
  it("holds the post at the Badan it names, with a single name set off after it", () => {
    const draft = read("Hadir Kaban Kesbangpol Kabupaten Sukamaju, Sulastri, dalam rapat itu.");
    expect(peopleNames(draft)).toEqual(["Sulastri"]);
    expect(positionOf(draft, "Sulastri").role).toBe("Kepala Badan Kesatuan Bangsa dan Politik");
  });
});

describe("a regency's abbreviation", () => {
  const places = (draft: ReturnType<typeof read>) =>
    draft.places.filter((p) => p.mentions.length > 0).map((p) => p.name);

  it("is read as written, one word ('Lotim'), not from words written apart ('LO Tim')", () => {
    expect(places(read("Hadir LO Tim Kampanye Paslon 02, Suparno Hadi, dalam rapat itu."))).toEqual([]);
    expect(places(read("Hadir Kepala Dinas Pendidikan Lotim, Suparno Hadi, dalam rapat itu."))).toEqual([
      "Kabupaten Lombok Timur",
    ]);
  });
});

describe("a list of titles and holders", () => {
  it("gives each holder only its own title, past a full name not yet read", () => {
    const draft = read(
      "Hadir Koordinator Kampanye Paslon 02, Wiryo Pranoto, Ketua Tim Kampanye Paslon 02, Suparno, dan lainnya.",
    );
    expect(positionOf(draft, "Suparno").role).toBe("Ketua Tim Kampanye Paslon 02");
  });
});

describe("a title shared by a list after 'yaitu'", () => {
  it("is shared past 'lainnya' and an attendance clause closed by a comma", () => {
    const draft = read(
      "Rapat dibuka Ketua KPU Kabupaten Sukamaju, Wiryo Pranoto, bersama Anggota KPU Kabupaten Sukamaju lainnya yang turut hadir, yaitu Agus Salim dan Sumiati.",
    );
    expect(holdersAt(draft)).toEqual([
      "Wiryo Pranoto @ Komisi Pemilihan Umum Kabupaten Sukamaju",
      "Agus Salim @ Komisi Pemilihan Umum Kabupaten Sukamaju",
      "Sumiati @ Komisi Pemilihan Umum Kabupaten Sukamaju",
    ]);
  });

  it("reaches a one-word name that 'dan' closes the list with", () => {
    const draft = read("Rapat dihadiri Anggota KPU Kabupaten Sukamaju, yaitu Agus Salim dan Sumiati.");
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Sumiati"]);
  });
});

describe("a district body seated in a district named by a town and a direction", () => {
  it("takes the district ('PPK Pontianak Utara'), not the town", () => {
    const draft = read(
      "Ketua Panitia Pemilihan Kecamatan (PPK) Pontianak Utara, Wiryo Pranoto, hadir dalam rapat.",
      "Ketua Panwascam Pontianak Utara, Suparno Hadi, juga hadir.",
    );
    expect(holdersAt(draft)).toEqual([
      "Wiryo Pranoto @ Panitia Pemilihan Kecamatan Pontianak Utara",
      "Suparno Hadi @ Panitia Pengawas Pemilihan Kecamatan Pontianak Utara",
    ]);
  });
});

describe("a court's class written with a digit and its letter in one word", () => {
  it("reads 'Kelas 1A' and 'Kelas 1B' as the classes IA and IB before the seat", () => {
    expect(institutionNames(read("Sidang digelar di Pengadilan Negeri (PN) Kelas 1A Sukamaju pada Senin."))).toEqual([
      "Pengadilan Negeri Sukamaju",
    ]);
    expect(institutionNames(read("Sidang digelar di PN Kelas 1B Sukamaju pada Senin."))).toEqual([
      "Pengadilan Negeri Sukamaju",
    ]);
  });
});
