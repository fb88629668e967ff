import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

describe("a former post closed by 'ini' that describes the one named last", () => {
  const read = draftReader("Penghulu Berkumpul di Blora");
  it("after a speech verb, is the speaker's former post", () => {
    const draft = read(
      "Kepala Kemenag Blora Budi Santoso memberi apresiasi atas kegiatan itu, Rabu (4/9/2024).",
      "“Para penghulu di Blora hadir semua,” ungkap mantan Kepala KUA Cepu ini.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Kantor Kementerian Agama @ Kantor Kementerian Agama Blora",
      "Kepala Kantor Urusan Agama @ Kantor Urusan Agama Cepu",
    ]);
  });
  it("opening a sentence and read on by a lowercase word, is the former post of the one named last", () => {
    const draft = read(
      "Kepala Kantor Kemenag Blora Budi Santoso memantau ujian madrasah, Senin (21/3/2022).",
      "“Kami berharap ujian berjalan lancar,” ungkap Budi. Mantan Kakan Kemenag Kabupaten Mukomuko ini juga berharap siswa berprestasi.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala Kantor Kementerian Agama @ Kantor Kementerian Agama Blora",
      "Kepala Kantor @ Kantor Kementerian Agama Kabupaten Mukomuko",
    ]);
  });
});
