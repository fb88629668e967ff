import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Education, health, religion and cooperative constructions seen on unannotated regional pages
 * (2026-12-07). Every name and place here is made up.
 */

describe("a school level closing an education office's division title ('Kabid Pembinaan SMA Budi')", () => {
  const read = draftReader("Dinas Pendidikan Sukamaju Gelar Rapat Kepala Sekolah");

  it("is the division's, not the first word of the holder's name", () => {
    const draft = read(
      "SUKAMAJU - Rapat dibuka Kepala Dinas Pendidikan Provinsi Sukamaju Budi Santoso. Hadir Kabid Pembinaan SMA Rina Wulandari, MPd, Kabid Pembinaan SMK Agus Salim dan para kepala sekolah.",
    );
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso", "Rina Wulandari"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Bidang Pembinaan SMA @ Dinas Pendidikan Provinsi Sukamaju",
    ]);
  });

  it("gives the holder set off by a comma after it a post", () => {
    const draft = read("SUKAMAJU - Hal itu disampaikan Kabid Pembinaan SMA, Rina Wulandari, di ruang kerjanya.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Kepala Bidang Pembinaan SMA @ Dinas Pendidikan"]);
  });

  it("leaves a numbered school after a staff title its institution", () => {
    const draft = read("SUKAMAJU - Hal itu disampaikan Kepala Tata Usaha SMA Negeri 1 Sukamaju, Rina Wulandari.");
    expect(postsOf(draft, "Rina Wulandari")).toEqual([
      "Kepala Tata Usaha SMA Negeri 1 Sukamaju @ SMA Negeri 1 Sukamaju",
    ]);
  });
});

describe("one name-shaped word after a title in a list of posts ('Budi Santoso, Kabid Umum Wulandari, Kabid GTK …')", () => {
  const read = draftReader("Dinas Pendidikan Sukamaju Gelar Rapat Kepala Sekolah");

  it("holds the title, not the full name set off before it", () => {
    const draft = read(
      "SUKAMAJU - Rapat dihadiri pejabat dinas masing-masing. Budi Santoso, Kabid Umum Wulandari, Kabid GTK Agus Salim dan lainnya.",
    );
    expect(postsOf(draft, "Wulandari")).toEqual(["Kepala Bidang Umum @ Dinas Pendidikan"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual([]);
  });

  it("is still a seat when the article names it as a place", () => {
    const draft = read(
      "SUKAMAJU - Warga Desa Jatiwangun hadir. Hadir Budi Santoso, Kepala Desa Jatiwangun, Camat Sukajaya Rina Wati dan warga.",
    );
    expect(holdersAt(draft)).toContain("Budi Santoso @ -");
    expect(peopleNames(draft)).not.toContain("Jatiwangun");
  });
});

describe("a range of years written after a post's institution ('Ketua Koperasi X 2023-2028 Budi')", () => {
  const read = draftReader("Koperasi Berkah Gelar Rapat Anggota Tahunan");

  it("is the holder's term, not a number of the institution's name", () => {
    const draft = read("SUKAMAJU - Ketua Koperasi Berkah Makmur 2023-2028 Budi Santoso membuka rapat anggota.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso @ Koperasi Berkah Makmur"]);
    expect(institutionNames(draft)).toEqual(["Koperasi Berkah Makmur"]);
  });

  it("is a term still running when it closes with 'saat ini'", () => {
    const draft = read(
      "SUKAMAJU - Dua calon rektor ditetapkan, yakni Prof Budi Santoso (Rektor Universitas Sukamaju 2017-saat ini) dan Dr Agus Salim.",
    );
    expect(institutionNames(draft)).toContain("Universitas Sukamaju");
    expect(institutionNames(draft)).not.toContain("Universitas Sukamaju 2017");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Rektor @ Universitas Sukamaju"]);
  });
});

describe("a minister named with no ministry written ('program unggulan Menteri Budi Arie Setiadi')", () => {
  const read = draftReader("Koperasi Desa Sukamaju Siap Diresmikan");

  it("is read with a minister's post at an institution the text does not name", () => {
    const draft = read("SUKAMAJU - Program unggulan Menteri Budi Santoso Wibowo tersebut akan menopang ekonomi desa.");
    expect(holdersAt(draft)).toEqual(["Budi Santoso Wibowo @ -"]);
    expect(postsOf(draft, "Budi Santoso Wibowo")).toEqual(["Menteri @ -"]);
  });

  it("is not read from a country written after the title", () => {
    const draft = read("SUKAMAJU - Penghargaan itu diberikan Perdana Menteri Timor Leste Agus Salim kepada prajurit.");
    expect(peopleNames(draft)).not.toContain("Timor Leste Agus Salim");
  });
});

describe("the numbered sittings of a members' meeting ('Sidang Pleno I mengesahkan …')", () => {
  const read = draftReader("Koperasi Maju Bersama Gelar Rapat Anggota Tahunan");

  it("are no person", () => {
    const draft = read(
      "SUKAMAJU - Dalam rapat itu, Budi Santoso ditunjuk anggota sebagai Ketua Sidang. Sidang Pleno I mengesahkan tata tertib. Sidang Pleno II membahas laporan pengurus. Sidang Pleno III menetapkan rencana kerja, dan Sidang Pleno IV membahas perubahan AD/ART.",
    );
    expect(peopleNames(draft)).not.toContain("Sidang Pleno I");
    expect(peopleNames(draft)).not.toContain("Sidang Pleno");
  });

  it("nor is the stage of a branch congress ('Tahapan Muscab meliputi …')", () => {
    const draft = read(
      "SUKAMAJU - Musyawarah Cabang (Muscab) Ikatan Dokter Indonesia (IDI) Cabang Sukamaju tahun 2025 resmi digelar di Hotel Melati pada Minggu (23/11). Laporan disampaikan Ketua Panitia Pelaksana, dr. Rina Wulandari. Tahapan Muscab meliputi registrasi peserta, penyampaian laporan pengurus, hingga pemilihan Ketua IDI Cabang Sukamaju untuk periode 2025–2028.",
    );
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
  });
});
