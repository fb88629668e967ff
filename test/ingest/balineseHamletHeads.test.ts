import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

const read = draftReader("Longsor Timpa Rumah Warga di Banjar Sukamaju");
const opening = "Hujan deras sejak sore membuat tebing di belakang rumah warga longsor.";

describe("a Balinese hamlet head's title", () => {
  it("'Kelian Banjar Dinas' before the hamlet and the holder is a post, not part of the name", () => {
    const draft = read(opening, "Bantuan diserahkan disaksikan Kelian Banjar Dinas Sukamaju Jro Kocap.");
    expect(peopleNames(draft)).toEqual(["Jro Kocap"]);
    expect(postsOf(draft, "Jro Kocap")).toEqual(["Kelian Banjar Dinas @ -"]);
  });

  it("'Kelian Banjar' alone is the title too", () => {
    const draft = read(opening, "Bantuan diserahkan disaksikan Kelian Banjar Sukamaju Wayan Kocap.");
    expect(peopleNames(draft)).toEqual(["Wayan Kocap"]);
  });
});
