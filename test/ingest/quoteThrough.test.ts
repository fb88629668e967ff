import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/**
 * "Danramil X, Kapten Budi melalui Babinsa menyampaikan …. “…,” ujarnya.": a statement passed on
 * through someone is the quote of the one whose statement it is. Every name and place is made up.
 */
const read = draftReader("Warga Sambut Pelantikan Kades");
const opening =
  "SUKAMAJU - Pelantikan dihadiri Kades Mekarjaya Budi Santoso dan Babinsa Koramil 05/Sukamaju Serda Agus Salim.";

describe("a statement passed on 'melalui' someone", () => {
  it("goes to the one written right before 'melalui', not to the one passing it on", () => {
    const draft = read(
      opening,
      "Danramil 05/Sukamaju, Kapten Inf Rahmat Hidayat melalui Babinsa menyampaikan ucapan selamat kepada Kades. “Ini amanah dari warga untuk melayani masyarakat,” ujarnya.",
      "“Kami berharap kerja sama yang baik terus terjalin,” pungkasnya.",
    );
    expect(speakerOf(draft, "Ini amanah")).toBe("Rahmat Hidayat");
    expect(speakerOf(draft, "Kami berharap")).toBe("Rahmat Hidayat");
  });

  it("leaves a person after 'melalui' with nobody right before it a speaker", () => {
    const draft = read(
      "SUKAMAJU - Kades Mekarjaya Budi Santoso meninjau rumah warga yang terendam banjir.",
      "Bantuan itu disalurkan melalui Babinsa Serda Agus Salim. “Bantuan ini untuk warga yang terdampak banjir,” ujarnya.",
    );
    expect(speakerOf(draft, "Bantuan ini")).toBe("Agus Salim");
  });
});
