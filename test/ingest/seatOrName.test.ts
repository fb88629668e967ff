import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * Two words after an institution's title with no seat written: a place of the country is its seat,
 * two words no place list knows are the holder's name. The names are made up; the seat in the
 * last case is a real district.
 */
const read = draftReader("Kunjungan Kerja ke Lembaga Pemasyarakatan");
const opening = "Rombongan tiba di lokasi sejak pagi.";

describe("a seat or a name after an institution's title", () => {
  it("reads two words no place list knows as the holder's name", () => {
    const draft = read(opening, "Rombongan disambut Kepala Lapas Wiryo Pranoto beserta jajaran.");
    expect(postsOf(draft, "Wiryo Pranoto")).toEqual(["Kepala Lapas @ -"]);
  });

  it("reads them so after a title fused with its institution too", () => {
    const draft = read(opening, "Rombongan disambut Kalapas Wiryo Pranoto di pintu utama.");
    expect(postsOf(draft, "Wiryo Pranoto")).toEqual(["Kepala Lapas @ -"]);
  });

  it("keeps two words that name a district as the seat", () => {
    const draft = read(opening, "Rombongan disambut Kepala Rutan Wates Kulon beserta jajaran.");
    expect(draft.people).toEqual([]);
  });
});

describe("a full name before 'selaku'", () => {
  const readOpening = draftReader("Pelatihan Kader Posyandu di Sukamaju");
  it("is a person whatever capacity follows", () => {
    const draft = readOpening(
      "Pelatihan berlangsung dua hari.",
      "Wiryo Pranoto selaku penanggung jawab program mengatakan peserta datang dari sepuluh desa.",
    );
    expect(draft.people.map((p) => p.name)).toEqual(["Wiryo Pranoto"]);
  });

  it("reads no person from an institution acting in some capacity", () => {
    const draft = readOpening(
      "Pelatihan berlangsung dua hari.",
      "Dinas Kesehatan Kebumen selaku penyelenggara menyiapkan tempat pelatihan.",
    );
    expect(draft.people).toEqual([]);
  });
});
