import { describe, expect, it } from "vitest";
import { draftReader, holdersAt } from "./draftQueries.ts";

const read = draftReader("Musyawarah Desa Digelar");
const opening = "Desa Tegalrejo menggelar musyawarah desa di balai desa, Senin (5/2/2024).";

describe("the seat after a local head's title, before the holder's name", () => {
  it("is a district of two words the country names", () => {
    const draft = read(opening, "Hadir Camat Way Ratai Agus Salim dan Kades Tegalrejo Budi Santoso.");
    expect(holdersAt(draft)).toContain("Agus Salim @ -");
  });

  it("is a village of two words the country names", () => {
    const draft = read(opening, "Hadir Lurah Way Halim Rina Wulandari dan warga.");
    expect(holdersAt(draft)).toContain("Rina Wulandari @ -");
  });

  it("is one word when that word is a village itself", () => {
    // "Karang Budi" names a village somewhere too, but "Karang" alone is one, and this article
    // names neither: the common reading is the seat Karang and the holder Budi Santoso.
    const draft = read(opening, "Hadir Kepala Desa Karang Budi Santoso dan warga.");
    expect(holdersAt(draft)).toContain("Budi Santoso @ -");
  });

  it("is an acronym standing for a district", () => {
    const draft = read(opening, "Hadir Sekcam KKT Sri Mulyani dan warga.");
    expect(holdersAt(draft)).toContain("Sri Mulyani @ -");
  });
});
