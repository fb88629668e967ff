import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Election and disaster posts: a post written in brackets after its holder's name, the other
 * commissioners counted after the chair, the head of a BPBD's executive board, the regional
 * intelligence head. Every sentence is made up.
 */
const read = draftReader("Rapat Pleno Rekapitulasi Digelar di Sukamaju");
const PADDING = "Rapat itu diikuti puluhan peserta dari berbagai kecamatan.";

describe("a post in brackets right after its holder's name", () => {
  const draft = read(
    "Turut hadir Hendra Gunawan (Ketua Bawaslu Prov Sukamaju), Kolonel Inf Yosef Darmaji, S.Sos.M.Si (Dandim 1417 Sukamaju) dan Bahrun (Anggota Bawaslu Prov Sukamaju).",
    PADDING,
  );

  it("gives each listed name the post its bracket holds", () => {
    expect(postsOf(draft, "Hendra Gunawan")).toEqual(["Ketua @ Badan Pengawas Pemilihan Umum Provinsi Sukamaju"]);
    expect(postsOf(draft, "Bahrun")).toHaveLength(1);
  });

  it("reads a rank before the name and degrees glued into one word after it", () => {
    expect(postsOf(draft, "Yosef Darmaji")).toHaveLength(1);
    expect(peopleNames(draft)).not.toContain("Si");
  });

  it("a name read alone before its bracket holds it too", () => {
    const alone = read("Rapat itu juga dihadiri Letkol Inf Suryadi Lubis (Dandim 0999 Sukamaju).", PADDING);
    expect(holdersAt(alone)).toEqual(["Suryadi Lubis @ Komando Distrik Militer 0999 Sukamaju"]);
  });

  it("degrees set off by a comma stand between the name and the bracket", () => {
    const draft = read("Acara dibuka Kolonel Inf Yosef Darmaji, SE.M.Si (Dandim 1417 Sukamaju) di aula.", PADDING);
    expect(holdersAt(draft)).toEqual(["Yosef Darmaji @ Komando Distrik Militer 1417 Sukamaju"]);
  });

  it("a bracket holding a post without its institution gives none", () => {
    const bare = read("Turut hadir Hendra Gunawan (Ketua) dan Bahrun (Anggota).", PADDING);
    expect(bare.positions).toEqual([]);
  });
});

describe("commissioners counted after the chair", () => {
  it("each of the names the count announces holds the role at the chair's body", () => {
    const draft = read(
      "Rapat dipimpin Ketua KPU Sukamaju, Budi Hartono, yang didampingi empat komisioner lainnya, Rina Wulandari, Agus Salim, Almunardin dan Dewi Lestari, serta Joko Purnomo.",
      PADDING,
    );
    for (const name of ["Rina Wulandari", "Agus Salim", "Almunardin", "Dewi Lestari"])
      expect(postsOf(draft, name)).toEqual(["Komisioner @ Komisi Pemilihan Umum Sukamaju"]);
    expect(postsOf(draft, "Joko Purnomo")).toEqual([]);
  });

  it("names fewer than counted are no list of the body's members", () => {
    const draft = read(
      "Rapat dipimpin Ketua KPU Sukamaju, Budi Hartono, yang didampingi tiga komisioner lainnya, Rina Wulandari dan Agus Salim.",
      PADDING,
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual([]);
  });
});

describe("disaster and regional heads' titles", () => {
  it("the head of a BPBD's executive board heads the BPBD, not a 'Badan Pelaksana'", () => {
    const draft = read(
      "Kepala Badan Pelaksana BPBD Sukamaju Ambrosius Wele memuji kerja pemerintah kabupaten.",
      PADDING,
    );
    expect(institutionNames(draft)).toEqual(["Badan Penanggulangan Bencana Daerah Sukamaju"]);
    expect(holdersAt(draft)).toEqual(["Ambrosius Wele @ Badan Penanggulangan Bencana Daerah Sukamaju"]);
  });

  it("a Kabinda heads the regional intelligence office", () => {
    const draft = read("Kabinda Sukamaju Brigjen TNI Aminudin hadir dalam rapat itu.", PADDING);
    expect(holdersAt(draft)).toEqual(["Aminudin @ Badan Intelijen Negara Daerah Sukamaju"]);
  });

  it("'Sekertaris' is a spelling of Sekretaris", () => {
    const draft = read("Sekertaris KPU Sukamaju, Joko Purnomo, membacakan berita acara.", PADDING);
    expect(holdersAt(draft)).toEqual(["Joko Purnomo @ Komisi Pemilihan Umum Sukamaju"]);
  });
});

describe("a name written right before its title, with no comma between", () => {
  it("holds the title with its institution when nobody is named after it", () => {
    const draft = read(
      "Rakor itu dibuka oleh Rahmat Sinaga Ketua KPU Sukamaju, yang didampingi Sekretaris KPU Sukamaju.",
      PADDING,
    );
    expect(postsOf(draft, "Rahmat Sinaga")).toEqual(["Ketua @ Komisi Pemilihan Umum Sukamaju"]);
  });

  it("one word set off by a comma before the title is a name too", () => {
    const draft = read(
      "Sementara itu, Rosmaida Koordinator Divisi Hukum Bawaslu Sukamaju membenarkan adanya laporan itu.",
      PADDING,
    );
    expect(holdersAt(draft)).toEqual(["Rosmaida @ Badan Pengawas Pemilihan Umum Sukamaju"]);
  });

  it("a membership title after the last of a list of names is everyone's", () => {
    const draft = read(
      "Rakor dibuka oleh Ketua KPU Sukamaju yang didampingi oleh Fransiskus Zega, Elvi Sihombing, dan Sitompul Manurung Anggota KPU Sukamaju.",
      PADDING,
    );
    expect(peopleNames(draft)).toEqual(["Elvi Sihombing", "Fransiskus Zega", "Sitompul Manurung"]);
    for (const name of ["Fransiskus Zega", "Elvi Sihombing", "Sitompul Manurung"])
      expect(postsOf(draft, name)).toEqual(["Anggota @ Komisi Pemilihan Umum Sukamaju"]);
  });

  it("a capitalised noun opening the sentence or a regulation's noun is no holder", () => {
    const draft = read(
      "Kursi Kepala MTsN 1 Sukamaju yang sebelumnya dijabat H. Abdul Karim kini diisi Sudarman. Penataan itu mengacu pada Peraturan Menteri Dalam Negeri (Permendagri) Nomor 1 Tahun 2017.",
      PADDING,
    );
    expect(peopleNames(draft)).not.toContain("Kursi");
    expect(peopleNames(draft)).not.toContain("Peraturan");
    const opening = read("Sosok Baru Kepala MTsN 1 Sukamaju itu disambut para guru.", PADDING);
    expect(peopleNames(opening)).not.toContain("Sosok Baru");
  });
});

describe("election posts and bodies of the lexicon", () => {
  it("a Ketua Divisi of a KPU holds the post at the KPU", () => {
    const draft = read(
      "Ketua Divisi Teknis Penyelenggaraan KPU Sukamaju Rudolf Simbolon mengatakan logistik sudah siap.",
      PADDING,
    );
    expect(holdersAt(draft)).toEqual(["Rudolf Simbolon @ Komisi Pemilihan Umum Sukamaju"]);
  });

  it("Aceh's Panwaslih is an election supervisory body", () => {
    const draft = read("Ketua Panwaslih Sukamaju Syamsul Bahri membuka rapat koordinasi pengawasan.", PADDING);
    expect(holdersAt(draft)).toEqual(["Syamsul Bahri @ Panitia Pengawas Pemilihan Sukamaju"]);
  });
});

describe("members named one word each after a membership title", () => {
  it("a lowercase member's title with its body, then two names joined by 'dan'", () => {
    const draft = read(
      "Rapat kerja itu dihadiri anggota KPU Kabupaten Sukamaju Sukarmanto dan Wiryanto bersama staf.",
      PADDING,
    );
    expect(holdersAt(draft)).toEqual([
      "Sukarmanto @ Komisi Pemilihan Umum Kabupaten Sukamaju",
      "Wiryanto @ Komisi Pemilihan Umum Kabupaten Sukamaju",
    ]);
  });

  it("what 'dan' joins after the holder must be a name", () => {
    const draft = read(
      "Rapat kerja itu dihadiri Anggota KPU Kabupaten Sukamaju Sukarmanto dan Bupati Sukamaju.",
      PADDING,
    );
    expect(holdersAt(draft)).toEqual(["Sukarmanto @ Komisi Pemilihan Umum Kabupaten Sukamaju"]);
    // A district the gazetteer knows is no name.
    const place = read("Rapat kerja itu dihadiri Anggota KPU Kabupaten Sukamaju Sukarmanto dan Cepu.", PADDING);
    expect(holdersAt(place)).toEqual(["Sukarmanto @ Komisi Pemilihan Umum Kabupaten Sukamaju"]);
  });
});

describe("disaster posts of the lexicon", () => {
  it("a Komandan Regu heads a squad of the fire service named after it", () => {
    const draft = read("Komandan Regu Damkar Kota Sukamaju Andi Rahman mengatakan api padam dalam satu jam.", PADDING);
    expect(postsOf(draft, "Andi Rahman")).toHaveLength(1);
    expect(draft.positions[0]?.institution).toBeDefined();
  });
});
