import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

/** A national agency's office in a region keeps its region (issue 7). Made-up text. */
const read = draftReader("Kerugian Negara Dihitung Auditor");

describe("a national agency followed by a region", () => {
  it("is the agency's office in that region", () => {
    const draft = read("Kerugian negara dalam perkara itu dihitung oleh BPKP Riau sebesar Rp500 juta pada Senin.");
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["BPKP Riau"]);
  });

  it("is so with 'Perwakilan' written before the province", () => {
    const draft = read("Kerugian negara dihitung oleh BPKP Perwakilan Provinsi Riau sebesar Rp500 juta pada Senin.");
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["BPKP Riau"]);
  });

  it("holds the post of the head of a search team there", () => {
    const draft = read(
      "Potensi SAR ada 21 orang, terang Bayu Prasetyo, Komandan Tim Lapangan Basarnas Surabaya, Rabu.",
    );
    expect(institutionNames(draft)).toEqual(["Badan Nasional Pencarian dan Pertolongan Surabaya"]);
    expect(holdersAt(draft)).toEqual(["Bayu Prasetyo @ Badan Nasional Pencarian dan Pertolongan Surabaya"]);
  });

  it("stays the national agency before its head's name", () => {
    const draft = read("Kepala BNPB Suharyanto meninjau lokasi banjir di Kabupaten Blora pada Senin.");
    expect(institutionNames(draft)).toEqual(["Badan Nasional Penanggulangan Bencana"]);
  });
});
