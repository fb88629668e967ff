import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * A unit's title run on, with no comma, into a seat the gazetteer does not know and then its
 * holder's name: the article marks where the name starts (an honorific with its stop, the seat
 * written elsewhere as a place, the name written elsewhere without the seat). Without such a mark
 * the reading stays as it was. Every name and place here is made up.
 */
const read = draftReader("Petugas Siaga Hadapi Musim Hujan di Sukamaju");
const opening = "Hujan deras mengguyur wilayah itu sejak pagi.";
const quote = "mengatakan, “Kami siap,” ujarnya.";

describe("a seat run on into its holder's name", () => {
  it("ends the seat where an honorific with its stop opens the name", () => {
    const draft = read(opening, `Kepala Kankemenag Lembahsari H. Darmin Sulaiman ${quote}`);
    expect(peopleNames(draft)).toContain("Darmin Sulaiman");
    expect(postsOf(draft, "Darmin Sulaiman").join(" ")).toContain("Lembahsari");
  });

  it("ends the seat where the name the article uses again without it starts", () => {
    const draft = read(
      opening,
      `Kepala BPBD Tanjungrawa Tomi Marisi ${quote}`,
      "Tomi menambahkan, warga diminta waspada.",
    );
    expect(peopleNames(draft)).toContain("Tomi Marisi");
    expect(peopleNames(draft)).not.toContain("Tanjungrawa Tomi Marisi");
  });

  it("ends the seat where the article writes it elsewhere as a place", () => {
    const draft = read(
      opening,
      `Kepala Puskesmas Wara-Wara Mukmini La Idu ${quote}`,
      "Warga di Wara-Wara diminta waspada.",
    );
    expect(peopleNames(draft)).toContain("Mukmini La Idu");
  });

  it("keeps a two-word seat the article writes as a place", () => {
    const draft = read(
      opening,
      `Camat Bintang Bayu Sri Hermawati ${quote}`,
      "Warga Kecamatan Bintang Bayu diminta waspada.",
    );
    expect(peopleNames(draft)).toContain("Sri Hermawati");
  });

  it("keeps today's reading without such a mark", () => {
    const draft = read(opening, `Kepala BPBD Tanjungrawa Tomi Marisi ${quote}`);
    expect(peopleNames(draft)).toContain("Tanjungrawa Tomi Marisi");
  });
});
