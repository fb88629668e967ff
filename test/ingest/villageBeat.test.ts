import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

const read = draftReader("Musyawarah Desa Digelar");
const opening = "Warga menggelar musyawarah di balai desa, Senin (5/2/2024).";

describe("a village head's title with the region's own word for a village before the seat", () => {
  it("reads the seat after Gampong and the holder after the seat", () => {
    const draft = read(opening, "Hadir Keuchik Gampong Sukamaju Budi Santoso bersama warga.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Keuchik @ -"]);
  });

  it("reads the seat after Pekon in the same way", () => {
    const draft = read(opening, "Hadir Peratin Pekon Sukamulya Rina Wulandari bersama warga.");
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Peratin @ -"]);
  });

  it("knows the village words of other regions as places (Pekon, Tiyuh)", () => {
    const draft = read(opening, "Rapat digelar di Pekon Sukamulya dan Tiyuh Mekarsari.");
    const villages = draft.places.filter((p) => p.kind === "VILLAGE").map((p) => p.name);
    expect(villages).toEqual(expect.arrayContaining(["Sukamulya", "Mekarsari"]));
  });
});

describe("village heads' titles of other regions", () => {
  it("reads Sangadi with a seat and a holder", () => {
    const draft = read(opening, "Sangadi Tanjungsari Agus Salim mengatakan desanya siap.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
    expect(postsOf(draft, "Agus Salim")).toEqual(["Sangadi @ -"]);
  });

  it("reads Kakon, Kapekon and Walinagari as village heads", () => {
    const draft = read(
      opening,
      "Hadir Kakon Sukamaju Budi Santoso, Pj Kapekon Sukamulya, Rina Wulandari, dan Walinagari Koto Tuo, Agus Salim.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso", "Rina Wulandari"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Pekon @ -"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Penjabat Kepala Pekon @ -"]);
    expect(postsOf(draft, "Agus Salim")).toEqual(["Wali Nagari @ -"]);
  });
});

describe("a post linked by 'yang selama ini menjabat'", () => {
  it("gives the person before it the title after it", () => {
    const draft = read(
      opening,
      "Budi Santoso menggantikan Agus Salim yang selama ini menjabat Pj Kepala Desa Sukamaju.",
    );
    expect(postsOf(draft, "Agus Salim")).toEqual(["Penjabat Kepala Desa @ -"]);
  });
});

describe("a village's own body named by a post with no holder", () => {
  it("keeps the BPD written after 'Ketua' though nobody is named", () => {
    const draft = read(opening, "Rapat dihadiri Camat Sukamaju Budi Santoso, Ketua BPD, para kepala dusun dan warga.");
    expect(institutionNames(draft)).toContain("Badan Permusyawaratan Desa");
  });

  it("still drops a bare BPD no post is written with", () => {
    const draft = read(opening, "Setelah bermusyawarah dengan BPD dan tokoh masyarakat, dana disalurkan.");
    expect(institutionNames(draft)).not.toContain("Badan Permusyawaratan Desa");
  });
});

describe("the regions' words for a village in the names of governments and offices", () => {
  it("reads Pemerintah Nagari and Pemerintah Gampong as a village's government", () => {
    const draft = read(
      opening,
      "Pemerintah Nagari Koto Tuo membangun jalan, Pemerintah Gampong Lamteh membangun irigasi dan Pemerintah Desa Sukamulya membangun pasar.",
    );
    const forms = draft.institutions.flatMap((i) => [i.name, ...i.aliases]);
    expect(forms).toEqual(
      expect.arrayContaining(["Pemerintah Nagari Koto Tuo", "Pemerintah Gampong Lamteh", "Pemerintah Desa Sukamulya"]),
    );
  });

  it("reads the village office of a regency written with Kampung or Gampong, in full or short", () => {
    const draft = read(
      opening,
      "Hadir Kepala DPMK Kabupaten Sukamaju, Budi Santoso, dan Kepala Dinas Pemberdayaan Masyarakat dan Gampong Kabupaten Sukamulya, Rina Wulandari.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Dinas Pemberdayaan Masyarakat dan Kampung @ Dinas Pemberdayaan Masyarakat dan Kampung Kabupaten Sukamaju",
    ]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Dinas Pemberdayaan Masyarakat dan Gampong @ Dinas Pemberdayaan Masyarakat dan Gampong Kabupaten Sukamulya",
    ]);
  });
});

describe("a section's name with a word the vocabulary does not list after words joined by 'dan'", () => {
  it("runs on to the office it belongs to, which holds the post", () => {
    const draft = read(
      opening,
      "Hal itu disampaikan Kasi Pemberdayaan dan Pengembangan Ekonomi Masyarakat Dinas PMD Kabupaten Sukamaju, Rina Wulandari, Jumat.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Seksi Pemberdayaan dan Pengembangan Ekonomi Masyarakat @ Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sukamaju",
    ]);
  });
});

describe("one name written with one vowel otherwise in a long word", () => {
  it("is one person", () => {
    const draft = read(
      opening,
      "Camat Sukamaju Agus Shalohuddin membuka acara. Dalam sambutannya, Camat Agus Shalahuddin meminta warga aktif.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Shalohuddin"]);
  });

  it("keeps two people whose shorter names differ by a vowel", () => {
    const draft = read(opening, "Hadir Kades Sukamulya Budi Santoso dan Kades Mekarsari Budi Santosa.");
    expect(peopleNames(draft)).toEqual(["Budi Santosa", "Budi Santoso"]);
  });
});
