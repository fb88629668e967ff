import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, postsOf } from "./draftQueries.ts";

const read = draftReader("Serah Terima Jabatan Kepala Sekolah");

describe("a bracketed note inside a title before its holder", () => {
  it("passes over an area list in brackets, however many commas it holds, to the holder after the comma", () => {
    const draft = read(
      "Pesan itu disampaikan Kepala UPT Wilayah 3 (Kota Sukamaju, Kabupaten Sukamaju, Kabupaten Sukamundur) Dinas Pendidikan Provinsi NTT, Rina Wulandari, dalam acara itu.",
    );
    expect(holdersAt(draft)).toEqual(["Rina Wulandari @ Dinas Pendidikan Nusa Tenggara Timur"]);
    expect(postsOf(draft, "Rina Wulandari")[0]).toMatch(/^Kepala UPT Wilayah 3 \(/);
  });
});
