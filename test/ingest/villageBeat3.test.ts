import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

const read = draftReader("Musyawarah Desa Sukamaju Bahas Rencana Kerja");
const opening = "Desa Sukamaju menggelar musyawarah desa di balai desa, Senin (5/2/2024).";

describe("a body every village has, written bare", () => {
  it("is the village's own body in a story set in one village", () => {
    const draft = read(
      opening,
      "Hadir Kades Sukamaju Budi Santoso, pengurus BPD, LPM dan Karang Taruna serta tokoh masyarakat.",
    );
    expect(institutionNames(draft)).toContain("Karang Taruna");
  });

  it("is the body of a post written without its holder", () => {
    const draft = read(opening, "Rapat dihadiri Ketua Lembaga Adat, kader posyandu dan perangkat desa.");
    expect(institutionNames(draft)).toContain("Lembaga Adat");
  });

  it("is no institution when the story names two villages and nobody holds a post in it", () => {
    const draft = read(
      opening,
      "Kepala Desa Sukamaju Budi Santoso mengatakan usulan Desa Sukamaju dan Desa Cibiru dibahas bersama Karang Taruna.",
    );
    expect(institutionNames(draft)).not.toContain("Karang Taruna");
  });

  it("leaves a body's own name and a village named Karang … as they were", () => {
    const draft = read(
      opening,
      "Ketua Karang Taruna Tunas Muda Dedi Kurnia, dan Kepala Desa Karang Sari, Joko Susilo, hadir.",
    );
    expect(institutionNames(draft)).toContain("Karang Taruna Tunas Muda");
    expect(institutionNames(draft)).not.toContain("Karang Taruna");
    expect(holdersAt(draft)).toContain("Joko Susilo @ -");
  });

  it("is the one such body the story names, or none when it names several", () => {
    const one = read(
      opening,
      "Kepala Desa Sukamaju melantik pengurus Karang Taruna Tunas Muda. Ketua Karang Taruna terpilih, Dedi Kurnia, berterima kasih.",
    );
    expect(institutionNames(one)).toEqual(["Karang Taruna Tunas Muda"]);
    const two = read(
      opening,
      "Hadir pengurus Karang Taruna Tunas Muda dan Karang Taruna Kecamatan Cibiru. Karang Taruna siap membantu desa.",
    );
    expect(institutionNames(two)).not.toContain("Karang Taruna");
  });
});

describe("names in a list of installed village heads", () => {
  it("keeps two heads apart who share only an opening Abdul and an initial", () => {
    const draft = read(
      opening,
      "Kepala Desa Sukamaju, Abd Rahman H, dari Kecamatan Cibiru, dan Kepala Desa Mekarsari, Abd Halim, dilantik bersama.",
    );
    expect(holdersAt(draft)).toEqual(["Abd Rahman H @ -", "Abd Halim @ -"]);
  });

  it("still reads a shorter name that shares a full word as the same person", () => {
    const draft = read(
      opening,
      "Kepala Desa Sukamaju, Abdul Rahman Hakim, hadir. Menurut Abdul Hakim, jalan itu rusak.",
    );
    expect(peopleNames(draft)).toEqual(["Abdul Rahman Hakim"]);
  });

  it("reads no person in an island's name set off before a title", () => {
    const draft = read(
      opening,
      "Rombongan diikuti para camat dari daratan Pulau Sukabesar, Kepala Bagian Humas dan Protokol, Sari Melati SH, dan Kepala Bagian Tata Pemerintahan, Drs Joko Susilo.",
    );
    expect(peopleNames(draft)).toEqual(["Joko Susilo", "Sari Melati"]);
  });
});

describe("one word after a village head's title", () => {
  it("is the holder when the article names its village otherwise and no place is so named", () => {
    const draft = read(
      "Pemerintah Desa Sukamaju menggelar musyawarah desa.",
      "Kepala Desa Wiryono dan Sekretaris Kecamatan Rina Wulandari memberikan sambutan.",
      "Kepala Desa Wiryono menyampaikan bahwa rencana kerja perlu diubah.",
    );
    expect(peopleNames(draft)).toContain("Wiryono");
    expect(holdersAt(draft)).toContain("Wiryono @ Pemerintah Desa Sukamaju");
  });

  it("is the seat when it is the village the article names, or a village of the country", () => {
    const draft = read(
      "Warga Desa Cibiru dan Desa Sukamaju bergotong royong.",
      "Kepala Desa Sukamaju mengatakan jalan sudah diperbaiki.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });

  it("is the seat when the article names no other village", () => {
    const draft = read("Kepala Desa Wiryono mengatakan jalan sudah diperbaiki.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a word between a title and its holder that says which holder is meant", () => {
  it("leaves the name after it the holder's", () => {
    const draft = read(
      opening,
      "Kepala Desa terpilih Budi Santoso berterima kasih. Ketua BPD terpilih, Joko Susilo, hadir. Ketua Karang Taruna yang baru, Dedi Kurnia, berjanji bekerja keras.",
    );
    expect(holdersAt(draft)).toEqual([
      "Budi Santoso @ -",
      "Joko Susilo @ Badan Permusyawaratan Desa",
      "Dedi Kurnia @ Karang Taruna",
    ]);
  });

  it("opens no name at a sentence's start", () => {
    const draft = read(opening, "Terpilih sebagai Ketua Karang Taruna Tunas Muda, Dedi Kurnia.");
    expect(peopleNames(draft)).toEqual(["Dedi Kurnia"]);
  });
});

describe("a bare board post listed after a post in a named body", () => {
  it("is held in the same body", () => {
    const draft = read(
      opening,
      "Terpilih sebagai Ketua Karang Taruna Tunas Muda, Dedi Kurnia, Wakil Ketua Agus Salim, dan Sekretaris Rina Wulandari.",
    );
    expect(holdersAt(draft)).toEqual([
      "Dedi Kurnia @ Karang Taruna Tunas Muda",
      "Agus Salim @ Karang Taruna Tunas Muda",
      "Rina Wulandari @ Karang Taruna Tunas Muda",
    ]);
  });

  it("is no post when the post before it names no body", () => {
    const draft = read(opening, "Hadir Camat Budi Santoso, dan Sekretaris Rina Wulandari.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ -"]);
  });
});
