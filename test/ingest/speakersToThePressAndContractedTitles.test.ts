import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf, speakerOf } from "./draftQueries.ts";

/**
 * A speaker set off by whom he tells ("kepada wartawan") before the reporting verb, and a contracted
 * head's title written with an abbreviation's stop ("Kadis. Perikanan") or spelled "Kadin": made-up
 * names and places.
 */
const read = draftReader("Koperasi Nelayan di Sukamaju Dihidupkan Lagi");
const closing = "Kegiatan itu berlangsung lancar dan diikuti puluhan nelayan.";

describe("a speaker with 'kepada wartawan' between the name and the reporting verb", () => {
  it("is a person, with or without commas, after a lowercase description too", () => {
    const draft = read(
      "SUKAMAJU - Adapun ketua koperasi nelayan setempat, Markus Rumbiak, kepada media menyampaikan bahwa koperasi siap bangkit.",
      "Sementara itu Yosua Wanggai kepada wartawan mengatakan nelayan mendukung.",
      "Tokoh adat, Petrus Mansoben, kepada sejumlah awak media, menjelaskan bahwa warga siap membantu.",
      closing,
    );
    expect(peopleNames(draft)).toEqual(["Markus Rumbiak", "Petrus Mansoben", "Yosua Wanggai"]);
  });
});

describe("a contracted head's title written with its stop or spelled 'Kadin'", () => {
  it("heads the Dinas of the domain after it", () => {
    const draft = read(
      "SUKAMAJU - Dinas Perikanan Kabupaten Sukamaju bertemu nelayan. Koperasi itu sempat mandek, ungkap Kadis. Perikanan Yusuf Kambu.",
      "“Kami akan membina koperasi itu lagi,” tuturnya.",
      "Hadir pula Kadin Kesehatan Kabupaten Sukamaju, Rina Wulandari.",
      closing,
    );
    expect(postsOf(draft, "Yusuf Kambu")).toEqual(["Kepala Dinas Perikanan @ Dinas Perikanan Kabupaten Sukamaju"]);
    expect(speakerOf(draft, "Kami akan")).toBe("Yusuf Kambu");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Dinas Kesehatan @ Dinas Kesehatan Kabupaten Sukamaju"]);
  });

  it("leaves 'Kadin' before a region the chamber of commerce", () => {
    const draft = read("SUKAMAJU - Ketua Kadin Sukamaju Budi Santoso mengatakan ekonomi tumbuh.", closing);
    expect(institutionNames(draft)).toContain("Kamar Dagang dan Industri Sukamaju");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Ketua @ Kamar Dagang dan Industri Sukamaju"]);
  });

  it("gives no Kepala Dinas post before a body that is no Dinas domain ('Kadin Bank …')", () => {
    const draft = read("SUKAMAJU - Menurut Kadin Bank Sukamaju Budi Santoso, ekonomi tumbuh.", closing);
    expect(postsOf(draft, "Budi Santoso").filter((post) => post.startsWith("Kepala Dinas"))).toEqual([]);
  });
});
