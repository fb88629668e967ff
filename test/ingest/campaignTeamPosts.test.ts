import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Posts of a candidate pair's campaign team, written here with made-up names and places
 * (Sukamaju, Budi Santoso, …): the team's post names the pair by its ballot number, and in a list
 * of attendees each post is held by the name after it.
 */
const election = draftReader("KPU Sukamaju Gelar Uji Publik");
const opening = "SUKAMAJU - KPU Kabupaten Sukamaju menggelar rapat koordinasi pada Senin.";

describe("a campaign team's post", () => {
  it("names the candidate pair by its ballot number, written short or in full", () => {
    const draft = election(
      opening,
      "Ketua Tim Pemenangan Paslon 03, Joko Susilo, menyampaikan dukungan.",
      "Sekretaris Tim Kampanye Pasangan Calon Nomor Urut 1, Dedi Kurniawan, juga hadir.",
    );
    expect(postsOf(draft, "Joko Susilo")).toEqual(["Ketua Tim Pemenangan Paslon 03 @ -"]);
    expect(postsOf(draft, "Dedi Kurniawan")).toEqual(["Sekretaris Tim Kampanye Pasangan Calon Nomor Urut 1 @ -"]);
  });

  it("is held by the name after it in a list of attendees, not by the one before it", () => {
    const draft = election(
      opening,
      "Hadir Ketua Tim Kampanye Paslon 01, Supriadi Wibowo, Koordinator Kampanye Paslon 02, Daniel Sitompul, LO Tim Kampanye Paslon 02, Zainal, Kaban Kesbangpol, Marlina, dan Sekretaris Disdukcapil, Agus Salim.",
    );
    expect(peopleNames(draft)).toEqual(expect.arrayContaining(["Supriadi Wibowo", "Daniel Sitompul", "Zainal"]));
    expect(postsOf(draft, "Supriadi Wibowo")).toEqual(["Ketua Tim Kampanye Paslon 01 @ -"]);
    expect(postsOf(draft, "Daniel Sitompul")).toEqual(["Koordinator Kampanye Paslon 02 @ -"]);
    expect(postsOf(draft, "Zainal")).toHaveLength(1);
  });
});
