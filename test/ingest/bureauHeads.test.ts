import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * The head of a bureau (Kepala Biro) of a provincial secretariat: "Kepala Biro Hukum Setda X",
 * "Kepala Biro Organisasi Budi"; the bureau is a unit of the Sekretariat Daerah, and a region
 * written after it without the office is the province's government.
 */
const read = draftReader("Pejabat Sementara Bupati Dilantik");
const closing = "Pelantikan berlangsung di aula kantor gubernur.";

describe("a provincial bureau's head", () => {
  it("is read with the bureau and the secretariat written after it", () => {
    const draft = read("SUKAMAJU - Pelantikan dihadiri Kepala Biro Hukum Setda Jawa Tengah, Rudi Hartono.", closing);
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Kepala Biro Hukum @ Sekretariat Daerah Jawa Tengah"]);
  });

  it("is read before its holder's full name when no office is written", () => {
    const draft = read(
      "SUKAMAJU - Penjabat bupati dijabat Kepala Biro Organisasi Rina Wulandari sejak Senin.",
      closing,
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Biro Organisasi @ -"]);
  });
});
