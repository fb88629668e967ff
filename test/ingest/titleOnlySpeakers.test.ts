import { describe, expect, it } from "vitest";
import { draftReader, speakerOf } from "./draftQueries.ts";

/** A speaker named by a title and a kind of body only ("kata Direktur RSUD"). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("'kata Direktur RSUD' where the article names two hospitals", () => {
  it("is the one person holding that title at a hospital", () => {
    const draft = read(
      "Direktur RSUD Sukamaju, dr. Rina Wulandari, mengatakan pasien rujukan dikirim ke RSUD Harapan Kita.",
      "“Ruang baru ini sudah bisa dipakai mulai pekan depan,” kata Direktur RSUD.",
    );
    expect(speakerOf(draft, "Ruang baru")).toBe("Rina Wulandari");
  });

  it("is nobody when two people hold that title at hospitals", () => {
    const draft = read(
      "Direktur RSUD Sukamaju, dr. Rina Wulandari, bertemu Direktur RSUD Harapan Kita, dr. Budi Santoso.",
      "“Ruang baru ini sudah bisa dipakai mulai pekan depan,” kata Direktur RSUD.",
    );
    expect(speakerOf(draft, "Ruang baru")).toBeUndefined();
  });
});
