import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, postsOf } from "./draftQueries.ts";

/**
 * Ranks and honorifics written in capitals ("AKBP", "AKP", "KH") are no name words, yet they stand
 * before a name that its post follows, set off by commas. Every name here is made up.
 */
const read = draftReader("Polisi dan Ulama Gelar Doa Bersama di Kebumen");
const opening = "Doa bersama itu berlangsung di alun-alun sejak pagi.";

describe("a rank in capitals before a name its post follows", () => {
  it("gives a police rank's holder the post set off after the name", () => {
    const draft = read(
      opening,
      '"Kami siap mengamankan acara," kata AKBP Rudi Hartawan, Kapolres Kebumen, kepada wartawan.',
    );
    expect(postsOf(draft, "Rudi Hartawan")).toEqual(["Kepala Kepolisian Resor @ Kepolisian Resor Kebumen"]);
  });

  it("gives the post to the holder after an honorific in capitals too", () => {
    const draft = read(opening, "Doa dipimpin KH Samsul Anwar, Ketua MUI Kebumen, di depan para jamaah.");
    expect(postsOf(draft, "Samsul Anwar")).toEqual(["Ketua @ Majelis Ulama Indonesia Kebumen"]);
  });

  it("gives each of two ranked holders listed with 'dan' only their own post", () => {
    const draft = read(
      opening,
      "Acara itu dihadiri AKBP Rudi Hartawan, Kapolres Kebumen, dan Letkol Inf Joko Waluyo, Dandim 0709/Kebumen.",
    );
    expect(holdersAt(draft)).toEqual([
      "Rudi Hartawan @ Kepolisian Resor Kebumen",
      "Joko Waluyo @ Komando Distrik Militer 0709/Kebumen",
    ]);
  });

  it("gives a ranked name after 'dan' no post from the title before the conjunction", () => {
    const draft = read(opening, "Acara itu dihadiri Kapolres Kebumen dan Kompol Joko Waluyo.");
    expect(postsOf(draft, "Joko Waluyo")).toEqual([]);
  });
});
