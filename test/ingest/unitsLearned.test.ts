import { describe, expect, it } from "vitest";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { draftReader, institutionNames } from "./draftQueries.ts";

/** Units read from the article itself: acronyms it defines and regions written after a prefix. Made-up sentences. */
const read = draftReader("Judul Berita Untuk Pengujian Unit");

describe("acronyms the article defines", () => {
  it("learns an organisation from its long form and acronym", () => {
    const draft = read(
      "Ikatan Perajin Rotan Nusantara (IPRN) menggelar pameran. Ketua IPRN, Suparman Hadi, membuka acara itu.",
    );
    expect(institutionNames(draft)).toContain("Ikatan Perajin Rotan Nusantara");
  });

  it("does not learn a programme, an event or a meeting whose initials spell its acronym", () => {
    const draft = read(
      "Layanan Kamar Rawat Standar (KRS) mulai berlaku. Rapat Dengar Pendapat (RDP) digelar sesudah Pekan Olahraga Desa (POD).",
      "Menurut warga, KRS sudah lama ditunggu, dan RDP berjalan tertib.",
    );
    expect(institutionNames(draft)).toEqual([]);
  });
});

describe("a region written after a prefix", () => {
  it("reads a short form the gazetteer knows after 'Provinsi' as that province", () => {
    const draft = read(
      "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Kalbar, Suryadi, menyebut air surut.",
      "BPBD Kalbar menurunkan tim ke lokasi.",
    );
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]?.name).toBe("Badan Penanggulangan Bencana Daerah Kalimantan Barat");
  });
});

describe("a long form the article defines, read whole", () => {
  it("keeps an honorific word inside the name and the region after the bracket", () => {
    const draft = read("Ketua Ikatan Persaudaraan Haji Indonesia (IPHI) Blora, Agus Salim, membuka manasik.");
    expect(institutionNames(draft)).toEqual(["Ikatan Persaudaraan Haji Indonesia Blora"]);
    expect(draft.positions).toHaveLength(1);
  });

  it("reads a board opening with Pimpinan or Pengurus once its acronym is defined", () => {
    const draft = read("Ketua Pimpinan Daerah Muhammadiyah (PDM) Blora, Budi Santoso, membuka musyawarah.");
    expect(draft.institutions.map((i) => i.shortName)).toEqual(["PDM Blora"]);
  });
});

describe("state Islamic universities and institutes", () => {
  it("reads the abbreviation, the proper name and the city, and merges the headline's short form", () => {
    const draft = parseArticleDraft(
      extractArticle(
        [
          "Mahasiswa Baru UIN Suga Malang Ikuti Pengenalan Kampus",
          "Rektor Universitas Islam Negeri Sunan Giri (UIN Suga) Malang, Budi Santoso, membuka acara.",
          "Rektor IAIN Kudus, Agus Salim, juga hadir.",
        ].join("\n\n"),
      ),
    );
    expect(institutionNames(draft)).toEqual([
      "Institut Agama Islam Negeri Kudus",
      "Universitas Islam Negeri Sunan Giri Malang",
    ]);
  });
});
