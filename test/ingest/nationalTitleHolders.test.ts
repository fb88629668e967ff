import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames } from "./draftQueries.ts";

/** Holders of national titles in regional court news (issue 7). Made-up text. */
const read = draftReader("Upacara Hari Bhakti Adhyaksa di Sukamaju");

describe("a national title before its holder", () => {
  it("leaves the country's acronym RI out of the holder's name", () => {
    const draft = read("Dalam upacara itu dibacakan amanat Menteri Agama RI Agus Salim dan Kapolri RI Rudi Hartono.");
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Rudi Hartono"]);
  });

  it("files the Jaksa Agung at the Kejaksaan Agung, not at the article's Kejari", () => {
    const draft = read(
      "Kepala Kejari Sukamaju Budi Santoso membacakan amanat Jaksa Agung RI Rudi Hartono dalam upacara, Sabtu.",
    );
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Kejaksaan Negeri Sukamaju", "Rudi Hartono @ Kejaksaan Agung"]);
  });
});
