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
    expect(postsOf(draft, "Hendra Gunawan")).toEqual(["Ketua @ Badan Pengawas Pemilihan Umum Prov Sukamaju"]);
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
