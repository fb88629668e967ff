import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** Posts in promotion and handover stories, where titles are written in lowercase (issue 7). Made-up text. */
const read = draftReader("Bupati Lantik Pejabat Baru");

describe("a lowercase head's title after a linking word in a promotion story", () => {
  it("gives the post to the person the sentence opens with, for every post it lists", () => {
    const draft = read(
      "Rudi Hartono, sebelumnya kepala Dinas Sosial dan Plt Kepala Dinas Perhubungan, kini menjadi kepala Dinas Pendidikan.",
      "Sri Wahyuni, semula kepala Dinas Pertanian, kini menjabat kepala Dinas Kesehatan.",
    );
    expect(holdersAt(draft)).toEqual([
      "Rudi Hartono @ Dinas Sosial",
      "Rudi Hartono @ Dinas Perhubungan",
      "Rudi Hartono @ Dinas Pendidikan",
      "Sri Wahyuni @ Dinas Pertanian",
      "Sri Wahyuni @ Dinas Kesehatan",
    ]);
  });

  it("gives no post when another person is named between the subject and the title", () => {
    const draft = read(
      "Rudi Hartono, yang mendampingi Sri Wahyuni ke Dinas Sosial, kini menjadi kepala Dinas Pendidikan.",
    );
    expect(holdersAt(draft)).toEqual([]);
  });

  it("reads no title from a lowercase head word without a linking word or an institution", () => {
    const draft = read(
      "Rudi Hartono, warga setempat, menemui kepala Dinas Sosial di kantornya.",
      "Sri Wahyuni, semula kepala keluarga, kini menjadi kepala rumah tangga.",
    );
    expect(holdersAt(draft)).toEqual([]);
  });
});

describe("people installed in a post, named after a copula", () => {
  it("reads a name after 'adalah' that takes a post, has a degree or an honorific", () => {
    const draft = read(
      "Pejabat yang dilantik adalah Rina Wulandari sebagai pengawas madrasah.",
      "Yang dikukuhkan adalah Agus Salim, S.Ag.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Rina Wulandari"]);
  });

  it("reads no person from capitals after 'adalah' alone", () => {
    const draft = read("Penyebabnya adalah Banjir Bandang. Juara umum adalah Kabupaten Blora.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("gives the former post after 'yang sebelumnya' to the name before it", () => {
    const draft = read("Pejabat baru itu adalah Sri Wahyuni, S.Ag., yang sebelumnya Kepala Dinas Sosial.");
    expect(holdersAt(draft)).toEqual(["Sri Wahyuni @ Dinas Sosial"]);
  });
});
