import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Constructions of education news, written here with made-up names and places (Sukamaju, Budi
 * Santoso, …): a regional higher-education office numbered by a zone written in lowercase or seated
 * in regions joined by a hyphen, an event committee's post with its event and host, the boards of
 * mass organisations at their levels, and a provincial education office's branch written short.
 */
const campus = draftReader("Universitas Sukamaju Gelar Wisuda");
const opening = "SUKAMAJU - Universitas Sukamaju (Unsuka) menggelar wisuda di hotel Melati, Sabtu (5/1/2013).";

describe("a numbered zone of a regional office", () => {
  it("is read after a lowercase 'wilayah' when a Roman numeral follows, with the holder after it", () => {
    const draft = campus(opening, "Ketua Kopertis wilayah XI Hendra Wijaya menilai kampus itu patut dibanggakan.");
    expect(postsOf(draft, "Hendra Wijaya")).toHaveLength(1);
    expect(postsOf(draft, "Hendra Wijaya")[0]).toMatch(/@ .*Wilayah XI$/);
  });

  it("keeps a seat of regions joined by a hyphen whole ('Wilayah IV Jabar-Banten')", () => {
    const draft = campus(
      opening,
      "Kepala LLDIKTI Wilayah IV Jabar-Banten, Prof Dr Agus Salim M.Si., hadir sebagai tamu.",
    );
    expect(postsOf(draft, "Agus Salim")[0]).toMatch(/@ Lembaga Layanan Pendidikan Tinggi Wilayah IV Jabar-Banten$/);
  });
});

describe("an event committee's post", () => {
  it("holds the event's words and is held at the host named after them", () => {
    const draft = campus(
      opening,
      "Ketua Panitia Wisuda ke-12 Unsuka, Rina Wulandari, memperkirakan jumlah wisudawan lebih dari 500 orang.",
      "Ketua Panitia Dies Natalis Universitas Sukamaju Joko Susilo mengatakan acara berjalan lancar.",
    );
    expect(peopleNames(draft)).not.toContain("Wisuda");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Ketua Panitia Wisuda ke-12 @ Universitas Sukamaju"]);
    expect(postsOf(draft, "Joko Susilo")).toEqual(["Ketua Panitia Dies Natalis @ Universitas Sukamaju"]);
  });
});

describe("a mass organisation's board at its level", () => {
  it("reads the central and provincial boards written out or short", () => {
    const draft = campus(
      opening,
      "Ketua Umum Pimpinan Pusat Muhammadiyah, Dr Joko Susilo, hadir pada acara itu.",
      "Ketua PWM Jawa Tengah Ahmad Fauzan juga hadir. Ketua PWNU Jawa Tengah, Slamet Riyadi, memberi sambutan.",
      "Ketua PB PGRI Darmawan Saputra mengajak anggota kompak.",
    );
    expect(holdersAt(draft)).toEqual(
      expect.arrayContaining([
        "Joko Susilo @ Pimpinan Pusat Muhammadiyah",
        "Ahmad Fauzan @ Pimpinan Wilayah Muhammadiyah Jawa Tengah",
        "Slamet Riyadi @ Pengurus Wilayah Nahdlatul Ulama Jawa Tengah",
        "Darmawan Saputra @ Pengurus Besar Persatuan Guru Republik Indonesia",
      ]),
    );
  });
});

describe("a provincial education office's branch written short", () => {
  it("gives its head's post to the office it is a branch of ('Kepala Cabdindik Jatim')", () => {
    const draft = campus(opening, "Kepala Cabdindik Jatim, Budi Santoso, menjelaskan pengukuhan kepala sekolah.");
    expect(postsOf(draft, "Budi Santoso")[0]).toMatch(/@ Dinas Pendidikan Jawa Timur$/);
    expect(institutionNames(draft)).toContain("Dinas Pendidikan Jawa Timur");
  });
});

describe("two readings that give a college the same name", () => {
  it("are one institution ('Politeknik X Bali (PXB)' and 'Kampus Politeknik X Bali, Tabanan')", () => {
    const draft = campus(
      "TABANAN - Politeknik Sukamaju Bali (PSB) menggelar wisuda di Kampus Politeknik Sukamaju Bali, Tabanan.",
      "Direktur Politeknik Sukamaju Bali (PSB), Prof. Dr. Rina Wulandari, memimpin prosesi wisuda.",
    );
    expect(institutionNames(draft).filter((name) => name === "Politeknik Sukamaju Bali")).toHaveLength(1);
    expect(postsOf(draft, "Rina Wulandari")[0]).toMatch(/@ Politeknik Sukamaju Bali$/);
  });
});
