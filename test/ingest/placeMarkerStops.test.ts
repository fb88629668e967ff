import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/** A full stop after a place word ends the sentence unless the word is written short. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a name opening the sentence after a lowercase place word", () => {
  it("is a person, not a village, after 'desa.' and 'kampung.'", () => {
    const draft = read(
      "Warga membahas dana itu dalam musyawarah desa. Rina Wulandari mengatakan dana sudah cair.",
      "Bantuan dibagikan ke rumah warga kampung. Dewi Lestari menyebut semua sudah menerima.",
    );
    expect(peopleNames(draft)).toEqual(["Dewi Lestari", "Rina Wulandari"]);
  });

  it("still reads the place after an abbreviated marker with a stop", () => {
    const draft = read(
      "Banjir melanda Kab. Sukamaju sejak Senin. Kepala BPBD Sukamaju Wiryawan Sudarmo mengatakan air mulai surut.",
    );
    expect(peopleNames(draft)).toEqual(["Wiryawan Sudarmo"]);
  });
});
