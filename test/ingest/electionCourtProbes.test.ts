import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, peopleNames, postsOf, speakerOf } from "./draftQueries.ts";

/** Election and court constructions found probing unannotated pages (corpus-elecourt). Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a bare division post of an election commissioner", () => {
  it("is held in the election body named last before it, not the story's most-mentioned one", () => {
    const draft = read(
      "KPU Kabupaten Sukamaju ikut pelatihan yang diadakan KPU Kabupaten Sukamaju di Sukamulya. KPU Kabupaten Sukamaju membawa tiga staf.",
      "Ketua KPU Kabupaten Sukamulya berhalangan dan diwakili Ketua Divisi Sosdiklih, SDM dan Parmas, Hendra Wijaya, yang menyambut peserta.",
    );
    expect(holdersAt(draft)).toContain("Hendra Wijaya @ Komisi Pemilihan Umum Kabupaten Sukamulya");
  });

  it("of violations is a Bawaslu's, even when a KPU is named more often and after the Bawaslu", () => {
    const draft = read(
      "KPU Kabupaten Sukamaju menghadiri rapat Bawaslu Kabupaten Sukamaju. Dari KPU Kabupaten Sukamaju hadir tiga staf KPU Kabupaten Sukamaju.",
      "Koordinator Divisi Penanganan Pelanggaran, Rina Kartika, memaparkan materi.",
    );
    expect(holdersAt(draft)).toContain("Rina Kartika @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju");
  });
});

describe("words of a court or election story that are no names", () => {
  it("a law's subsection cited with its number in brackets ('Ayat (4)') is no person with an age", () => {
    const draft = read("Penahanan itu berdasarkan Pasal 21 Ayat (1) dan Ayat (4) KUHAP, kata jaksa.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("a resident named with an age after 'dan' is still read", () => {
    const draft = read("Korban adalah Sutrisno (45) dan Wardoyo (50), warga Desa Sukamaju.");
    expect(peopleNames(draft)).toEqual(["Sutrisno", "Wardoyo"]);
  });

  it("a circular or decree written with its number ('Sema No 1 Tahun 2023') is no person", () => {
    const draft = read(
      "Hakim menolak permintaan itu karena, menurut Sema No 1 Tahun 2023, relas panggilan memerlukan enam hari kerja.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });

  it("an imperative in -kan opening a quote before 'sebagai' is no name", () => {
    const draft = read(
      "Ketua Bawaslu Kabupaten Sukamaju Budi Santoso mengingatkan anggota Panwascam.",
      '"Buktikan sebagai anggota Panwascam bisa mengawal demokrasi," katanya.',
    );
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });
});

describe("'Turut hadir' after a title set off by a comma", () => {
  it("is no holder's name: the name written before the title holds it", () => {
    const draft = read(
      "Rapat dihadiri oleh Dedi Kurniawan Koordinator Divisi Penanganan Pelanggaran Bawaslu Kabupaten Sukamaju, Turut hadir pula staf.",
    );
    expect(peopleNames(draft)).toEqual(["Dedi Kurniawan"]);
    expect(holdersAt(draft)).toEqual(["Dedi Kurniawan @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju"]);
  });
});

describe("a prosecutor's section head written short", () => {
  it("'Kasi Intelijen', 'Kasipidsus', 'Kasi Datun' are held at the story's Kejari, not a Lapas named more often", () => {
    const draft = read(
      "Kejaksaan Negeri Sukamaju menahan tersangka di Lapas Kelas II Sukamaju. Tersangka dibawa ke Lapas Kelas II Sukamaju.",
      "“Tersangka kita tahan di Lapas Kelas II Sukamaju,” kata Kepala Kejaksaan Negeri Sukamaju, Joko Susilo didampingi Kasi Intelijen Agus Salim di Sukamaju, Rabu.",
      "Kasipidsus Dedi Kurniawan menambahkan berkas lengkap. Kasi Datun Rina Kartika hadir.",
    );
    expect(holdersAt(draft)).toEqual([
      "Joko Susilo @ Kejaksaan Negeri Sukamaju",
      "Agus Salim @ Kejaksaan Negeri Sukamaju",
      "Dedi Kurniawan @ Kejaksaan Negeri Sukamaju",
      "Rina Kartika @ Kejaksaan Negeri Sukamaju",
    ]);
  });
});

describe("a prosecutor's or a court's role written as a common noun after a speech verb", () => {
  it("'ucap ketua JPU, Ali Mahmud' gives the speaker the post, and the quote", () => {
    const draft = read(
      "Pengadilan Negeri Sukamaju menggelar sidang lanjutan, Selasa.",
      '"Kami akan kasasi," ucap ketua JPU, Ali Mahmud.',
      '"Kami pikir-pikir," kata pengacara terdakwa, Budi Hartono.',
    );
    expect(postsOf(draft, "Ali Mahmud")).toEqual(["Ketua Tim Jaksa Penuntut Umum @ -"]);
    expect(postsOf(draft, "Budi Hartono")).toEqual(["Pengacara @ -"]);
    expect(speakerOf(draft, "Kami akan kasasi")).toBe("Ali Mahmud");
    expect(speakerOf(draft, "Kami pikir-pikir")).toBe("Budi Hartono");
  });
});

describe("'Koordiv', a division coordinator's title written short", () => {
  it("is a title, held at the Bawaslu named just before it", () => {
    const draft = read(
      "Rakor dihadiri Ketua Bawaslu Provinsi Jawa Tengah, Agus Salim. Hadir juga perwakilan Bawaslu Kabupaten Sukamaju, termasuk Koordiv PP Edi Sabara, beserta staf.",
    );
    expect(holdersAt(draft)).toContain("Edi Sabara @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju");
  });
});

describe("'yaitu' or 'yakni' between a title and its one holder", () => {
  it("gives the holder the post", () => {
    const draft = read(
      "Bawaslu Kabupaten Sukamaju diwakili oleh Kordiv Penanganan Pelanggaran yaitu Nuning Priliastuti beserta staf.",
      "Pemkab Sukamaju diwakili oleh Kepala Dinas Pendidikan Kabupaten Sukamaju yakni Budi Santoso.",
    );
    expect(holdersAt(draft)).toEqual([
      "Nuning Priliastuti @ Badan Pengawas Pemilihan Umum Kabupaten Sukamaju",
      "Budi Santoso @ Dinas Pendidikan Kabupaten Sukamaju",
    ]);
  });
});
