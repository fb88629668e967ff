import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, postsOf } from "./draftQueries.ts";

/** Constructions of regional news left unread before (issue 7). Made-up people and bodies. */
const read = draftReader("Warga Gotong Royong Perbaiki Jalan");
const placeNames = (draft: ReturnType<typeof read>) => draft.places.map((p) => `${p.name} ${p.kind}`).sort();

describe("a Balinese banjar in a story set in Bali", () => {
  it("reads 'Banjar X' as the hamlet X, not the city of Banjar", () => {
    const draft = read(
      "Rumah Made Wiguna di Banjar Kelodan, Desa Sukasari, Kecamatan Kubu, Kabupaten Karangasem, rusak tertimpa pohon.",
    );
    expect(placeNames(draft)).toContain("Kelodan OTHER");
    expect(placeNames(draft)).not.toContain("Kota Banjar CITY");
  });

  it("does not read a bare 'Banjar' before a lowercase word as the city either", () => {
    const draft = read("Warga Banjar kemarin bergotong royong di Kecamatan Penebel, Kabupaten Tabanan.");
    expect(placeNames(draft)).not.toContain("Kota Banjar CITY");
  });

  it("still reads Banjar as the city in a story set elsewhere", () => {
    const draft = read("Warga di Banjar, Jawa Barat, bergotong royong memperbaiki jalan desa.");
    expect(placeNames(draft)).toContain("Kota Banjar CITY");
  });
});

describe("a regional secretary whose government the story does not name", () => {
  it("holds the post at the Setda of his seat when the story names it", () => {
    const draft = read(
      "Sekretaris Daerah Kabupaten Cianjur, Budi Santosa, memimpin apel di halaman Setda Cianjur.",
      "Apel serupa dipimpin Sekda Garut Andi Wijaya di Sekretariat Daerah Kabupaten Garut.",
    );
    expect(postsOf(draft, "Budi Santosa")).toEqual(["Sekretaris Daerah @ Sekretariat Daerah Cianjur"]);
    expect(postsOf(draft, "Andi Wijaya")).toEqual(["Sekretaris Daerah @ Sekretariat Daerah Kabupaten Garut"]);
  });

  it("holds it at the Pemkab when the story names that", () => {
    const draft = read(
      "Pemerintah Kabupaten Cianjur menggelar apel pagi di halaman Setda Cianjur.",
      "Sekretaris Daerah Kabupaten Cianjur, Budi Santosa, memimpin apel itu.",
    );
    expect(postsOf(draft, "Budi Santosa")).toEqual(["Sekretaris Daerah @ Pemerintah Kabupaten Cianjur"]);
  });
});

describe("a Satpol PP written with a hyphen", () => {
  it("is one office with the head's title hyphenated onto the acronym", () => {
    const draft = read(
      "Satpol-PP Kabupaten Cianjur menertibkan pedagang. Plt Kasatpol-PP Cianjur, Dedi Kurniawan, mengatakan razia rutin.",
    );
    const [office] = institutionNames(draft);
    expect(institutionNames(draft)).toHaveLength(1);
    expect(office).toMatch(/^Satuan Polisi Pamong Praja (?:Kabupaten )?Cianjur$/);
    expect(holdersAt(draft)).toEqual([`Dedi Kurniawan @ ${office}`]);
  });
});

describe("a lawyer written before his client's name", () => {
  it("holds no post at the company he acts for, which is still an institution", () => {
    const draft = read("Menurut kuasa hukum PT. Sinar Abadi Lestari, Hendra Gunawan, gugatan itu tidak berdasar.");
    expect(postsOf(draft, "Hendra Gunawan")).toEqual(["Kuasa Hukum @ -"]);
    expect(institutionNames(draft)).toContain("PT Sinar Abadi Lestari");
  });

  it("holds it at a legal aid office", () => {
    const draft = read("Menurut advokat LBH Cahaya Keadilan, Hendra Gunawan, gugatan itu tidak berdasar.");
    expect(postsOf(draft, "Hendra Gunawan")).toEqual(["Advokat @ Lembaga Bantuan Hukum Cahaya Keadilan"]);
  });
});

describe("a head of state named by one word", () => {
  it("reads the word after 'Presiden' as his name, but not a country", () => {
    const draft = read(
      "Koperasi desa adalah wujud cita-cita Presiden Wiryawan. Surat warga juga dikirim kepada Presiden Amerika Serikat.",
    );
    expect(postsOf(draft, "Wiryawan")).toEqual(["Presiden @ -"]);
    expect(draft.people.map((p) => p.name)).toEqual(["Wiryawan"]);
  });
});

describe("an association's chapter written out, abbreviated in brackets, before an acronym in title case", () => {
  it("is the chapter of the association named after the bracket", () => {
    const draft = read(
      "Rahmat Hidayat terpilih sebagai Ketua Dewan Pimpinan Cabang (DPC) Apdesi Kabupaten Cianjur periode 2025-2030.",
    );
    expect(postsOf(draft, "Rahmat Hidayat")).toEqual(["Ketua @ Dewan Pimpinan Cabang Apdesi Kabupaten Cianjur"]);
    expect(institutionNames(draft)).not.toContain("Dewan Pimpinan Cabang");
  });
});
