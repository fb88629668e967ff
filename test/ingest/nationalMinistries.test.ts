import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

/** Ministries of the republic, written out, abbreviated or after a minister's title. Made-up sentences. */
const read = draftReader("Judul Berita Untuk Pengujian Unit");

describe("ministries", () => {
  it("reads a ministry written out and abbreviated as one institution", () => {
    const draft = read(
      "Program itu didanai Kementerian Kesehatan sejak tahun lalu.",
      "Menurut warga, bantuan Kemenkes tiba tepat waktu.",
    );
    expect(institutionNames(draft)).toEqual(["Kementerian Kesehatan"]);
    expect(draft.institutions[0]?.shortName).toBe("Kemenkes");
  });

  it("files a minister's title at the ministry", () => {
    const draft = read("Menteri Sosial, Rina Wulandari, meninjau dapur umum di Blora.");
    const ministry = draft.institutions.find((i) => i.name === "Kementerian Sosial");
    expect(ministry).toBeDefined();
    expect(draft.positions.map((p) => p.institution)).toEqual([ministry?.key]);
  });

  it("does not read the acronym bracketed after a ministry as a regional office", () => {
    const draft = read("Jalan itu dibangun Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) tahun ini.");
    expect(institutionNames(draft)).toEqual(["Kementerian Pekerjaan Umum dan Perumahan Rakyat"]);
  });
});

describe("regional offices of national agencies", () => {
  it("reads a river basin office written out and abbreviated as one office", () => {
    const draft = read(
      "Kepala Balai Besar Wilayah Sungai Kali Bening, Budi Santoso, meninjau bendungan.",
      "BBWS Kali Bening menyiapkan pompa.",
    );
    expect(institutionNames(draft)).toEqual(["Balai Besar Wilayah Sungai Kali Bening"]);
    expect(draft.positions).toHaveLength(1);
  });

  it("reads a search and rescue office by its short and long form as one office", () => {
    const draft = read(
      "Kepala Kantor SAR Semarang, Budi Santoso, memimpin pencarian.",
      "Kantor Pencarian dan Pertolongan Semarang menurunkan tim.",
    );
    expect(institutionNames(draft)).toEqual(["Kantor Pencarian dan Pertolongan Semarang"]);
    expect(draft.positions.map((p) => p.institution)).toEqual([draft.institutions[0]?.key]);
  });

  it("does not read a village hall as an office", () => {
    expect(institutionNames(read("Warga berkumpul di Balai Desa Sidoasri."))).toEqual([]);
  });
});
