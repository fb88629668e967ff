import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * Titles of the police and army commands written as one word or spelled out: a Polda's
 * directorate and bidang heads (Dirresnarkoba, Irwasda, Kabidhumas), a Korem's chief of staff
 * (Kasrem), a Kodam's Panglima. Every sentence is made up.
 */
const read = draftReader("Polisi Ungkap Peredaran Narkoba Di Pelabuhan");

describe("a Polda's directorate head written as one word", () => {
  it("after the holder's name, holds the post at the Polda written with it", () => {
    const draft = read(
      "Kombes Pol Budi Santoso, Dirresnarkoba Polda Jambi, mengonfirmasi penangkapan itu.",
      "Tersangka ditahan di Mapolda.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Direktur Reserse Narkoba @ Kepolisian Daerah Jambi"]);
  });

  it("in a list after the Wakapolda, holds the post at that Polda", () => {
    const draft = read(
      "Kapolda Jambi Irjen Pol Agus Salim didampingi Wakapolda Jambi Brigjen Pol Rudi Hartono, Irwasda Kombes Pol Joko Widodo, serta Kabidhumas Kombes Pol Dedi Kurnia.",
      "Mereka memberikan keterangan kepada wartawan.",
    );
    expect(postsOf(draft, "Joko Widodo")).toEqual(["Inspektur Pengawasan Daerah @ Kepolisian Daerah Jambi"]);
    expect(postsOf(draft, "Dedi Kurnia")).toEqual(["Kepala Bidang Hubungan Masyarakat @ Kepolisian Daerah Jambi"]);
  });
});

describe("army commanders and chiefs of staff", () => {
  it("a Panglima Kodam after the holder's name holds the post at the Kodam", () => {
    const draft = read(
      "Mayjen TNI Budi Santoso, Panglima Kodam XX/Sukamaju, meninjau pos perbatasan.",
      "Kunjungan itu berlangsung dua hari.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Panglima Kodam @ Komando Daerah Militer XX/Sukamaju"]);
  });

  it("a Kasrem before the holder's name holds the post at the Korem", () => {
    const draft = read(
      "Kunjungan itu diikuti Kasrem 999/Sukamaju, Kolonel Inf Rudi Hartono, beserta para Pasi.",
      "Rombongan tiba sore hari.",
    );
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Kepala Staf Korem @ Komando Resor Militer 999/Sukamaju"]);
  });
});
