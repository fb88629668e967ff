import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/** A holder's name run on after an organisation's own name, told by its words (holderByNameWords). Made-up text. */
const read = draftReader("Pemerintah Desa Sukamaju Gelar Musyawarah Desa");

describe("a title, an organisation's own name and a name run on into a verb", () => {
  it("ends the organisation where words read as a person's begin", () => {
    const draft = read("Ketua BUMDes Maju Jaya Rudi Hartono hadir dalam rapat itu.");
    expect(peopleNames(draft)).toEqual(["Rudi Hartono"]);
    expect(institutionNames(draft)).toEqual(["BUMDes Maju Jaya"]);
  });

  it("takes three words when the first of them is a common given name", () => {
    const draft = read("Rektor Universitas Sukamaju Budi Santoso Wibowo melantik tiga dekan baru.");
    expect(postsOf(draft, "Budi Santoso Wibowo")).toEqual(["Rektor @ Universitas Sukamaju"]);
  });

  it("reads the holder before the next post of a list", () => {
    const draft = read("Ketua Koperasi Maju Jaya Rudi Hartono, Wakil Ketua Rina Wulandari hadir dalam rapat itu.");
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Ketua @ Koperasi Maju Jaya"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Wakil Ketua @ Koperasi Maju Jaya"]);
  });

  it("keeps the run whole when only words of a kind of body would be left", () => {
    const draft = read("Ketua Yayasan Pendidikan Budi Hartono hadir dalam rapat itu.");
    expect(peopleNames(draft)).toEqual([]);
    expect(institutionNames(draft)).toEqual(["Yayasan Pendidikan Budi Hartono"]);
  });

  it("keeps an organisation's name of frequent words whole", () => {
    const draft = read("Ketua Koperasi Sinar Budi Jaya hadir dalam rapat itu.");
    expect(peopleNames(draft)).toEqual([]);
    expect(institutionNames(draft)).toEqual(["Koperasi Sinar Budi Jaya"]);
  });
});
