import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "../../src/ingest/draft.ts";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

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

/**
 * Where a village head's seat ends and the holder's name begins when the title, the seat and the
 * name are written with no comma between. Seen probing unannotated village and cooperative pages
 * (2026-12-06, corpus-holderposts, corpus-seatname). Every name and village here is made up;
 * "Tegal" stands for a seat's first word the gazetteer knows alone (the city of Tegal).
 */
const village = draftReader("Warga Sambut Pembangunan Jalan Desa");

/** The titles as written ("Kepala Desa Tegal Maja") of the person named `name`. */
function titlesOf(draft: ArticleDraft, name: string): string[] {
  const person = draft.people.find((p) => p.name === name);
  return draft.positions.filter((p) => p.person === person?.key).map((p) => p.title ?? p.role);
}

describe("a one-word village head's title followed by 'Desa' and the village", () => {
  it("reads the village as the seat ('Kuwu Desa Sukarema Warsito mengatakan')", () => {
    const draft = village(
      "SUKAMAJU - Pemerintah Desa Sukarema menggelar musyawarah desa di balai desa.",
      "Kuwu Desa Sukarema Warsito mengatakan musyawarah itu membahas koperasi desa.",
    );
    expect(titlesOf(draft, "Warsito")).toEqual(["Kuwu Desa Sukarema"]);
  });

  it("reads a two-word name after it whole ('Kuwu Desa Sukarema Budi Warsito')", () => {
    const draft = village(
      "SUKAMAJU - Warga Desa Kali Jernih dan Desa Sukarema menggelar kerja bakti.",
      "Kuwu Desa Sukarema Budi Warsito mengatakan kegiatan itu rutin digelar.",
    );
    expect(titlesOf(draft, "Budi Warsito")).toEqual(["Kuwu Desa Sukarema"]);
  });
});

describe("a village seat whose first word the gazetteer knows alone, written longer elsewhere", () => {
  it("runs on into the word the article writes with it ('Desa Tegal Maja,' … 'Kepala Desa Tegal Maja Warsito')", () => {
    const draft = village(
      "SUKAMAJU - Warga Kampung Pabrik, Desa Tegal Maja, Kecamatan Sukamaju, menyambut baik jalan baru.",
      "Kepala Desa Tegal Maja Warsito mengatakan pembangunan jalan itu bersumber dari dana desa.",
    );
    expect(titlesOf(draft, "Warsito")).toEqual(["Kepala Desa Tegal Maja"]);
    expect(peopleNames(draft)).not.toContain("Maja Warsito");
  });

  it("stays the known place when the article never writes the longer one ('Kepala Desa Tegal Budi Warsito')", () => {
    const draft = village(
      "SUKAMAJU - Warga Kampung Pabrik menyambut baik jalan baru.",
      "Kepala Desa Tegal Budi Warsito mengatakan pembangunan jalan itu bersumber dari dana desa.",
    );
    expect(peopleNames(draft)).toContain("Budi Warsito");
  });
});

describe("a district's or village's seat the gazetteer lacks, read short before a name", () => {
  it("runs on into the next word when the country has a district of both words ('Camat Tanjung Raja Ahmad Yani')", () => {
    const draft = village(
      "SUKAMAJU - Warga menyambut baik jalan baru di wilayah itu.",
      "Camat Tanjung Raja Ahmad Yani mengatakan pembangunan jalan itu rampung bulan ini.",
    );
    expect(titlesOf(draft, "Ahmad Yani")).toEqual(["Camat Tanjung Raja"]);
    expect(peopleNames(draft)).not.toContain("Raja Ahmad Yani");
  });

  it("stops before a place prefix written after the village ('Pemdes Gunungrejo Kec. Sukamaju, …')", () => {
    const draft = village(
      "SUKAMAJU - Pemdes Gunungrejo Kec. Sukamaju, misalnya, membangun jalan desa sepanjang 100 meter.",
      "Kepala Desa Gunungrejo Budi Warsito mengatakan pembangunan jalan itu bersumber dari dana desa.",
    );
    expect(institutionNames(draft)).not.toContain("Pemerintah Desa Gunungrejo Kec");
    expect(titlesOf(draft, "Budi Warsito")).toEqual(["Kepala Desa Gunungrejo"]);
  });
});
