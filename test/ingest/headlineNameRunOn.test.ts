import { describe, expect, it } from "vitest";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { institutionNames } from "./draftQueries.ts";

/** Names in a Title Case headline, where every word is capitalised and a name runs on into the verb. Made-up text. */
const read = (title: string, ...paragraphs: string[]) =>
  parseArticleDraft(extractArticle(`${title}\n\n${paragraphs.join("\n\n")}`));

describe("a headline form that is a body institution with the headline's words after it", () => {
  it("is that body institution, not a new one", () => {
    const draft = read(
      "RSUD Sukamaju Tambah Ruang Rawat Inap",
      "Direktur RSUD Sukamaju, dr. Rina Wulandari, meresmikan ruang rawat inap baru, Senin (3/3/2025).",
    );
    expect(institutionNames(draft)).toEqual(["Rumah Sakit Umum Daerah Sukamaju"]);
  });

  it("is another institution when the next word makes another seat (a compass word)", () => {
    const draft = read(
      "Puskesmas Sukamaju Barat Gelar Posyandu Lansia",
      "Kepala Puskesmas Sukamaju, Budi Santoso, hadir bersama petugas, Senin (3/3/2025).",
    );
    expect(institutionNames(draft).some((name) => name.startsWith("Puskesmas Sukamaju Barat"))).toBe(true);
  });
});

describe("a verb in -kan after a kind of body in a headline", () => {
  it("ends the body's name, so the verb and what follows are no name", () => {
    const draft = read(
      "Bawaslu Sukamaju Ajak 30 LSM Wujudkan Pemilu Damai",
      "Bawaslu Kabupaten Sukamaju mengajak lembaga swadaya masyarakat menjaga pemilu damai, Senin (3/3/2025).",
    );
    expect(institutionNames(draft).some((name) => name.includes("Wujudkan"))).toBe(false);
  });

  it("does not cut a noun in pe-…-kan from a name (Yayasan Pendidikan …)", () => {
    const draft = read(
      "Judul Berita Untuk Pengujian Pola",
      "Ketua Yayasan Pendidikan Harapan Bangsa, Budi Santoso, membuka kelas baru, Senin (3/3/2025).",
    );
    expect(institutionNames(draft)).toContain("Yayasan Pendidikan Harapan Bangsa");
  });
});
