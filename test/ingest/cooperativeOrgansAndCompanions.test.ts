import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * A cooperative's or an association's supervisory organ ("Anggota Badan Pengawas X"), an acronym of
 * syllables before its long form in brackets ("Askopindo (Asosiasi …)"), and the board companions of
 * a chairman named in a speech attribution: made-up names and places.
 */
const coop = draftReader("Koperasi Baru Dibentuk di Sukamaju");
const closing = "Kegiatan itu berlangsung lancar dan diikuti puluhan anggota.";

describe("a post in a body's supervisory organ ('Anggota Badan Pengawas Koperasi X')", () => {
  it("is held at the body after the organ, written out, as an acronym or a company", () => {
    const draft = coop(
      "SUKAMAJU - Hadir Tansri Wijaya, Anggota Badan Pengawas Koperasi Maju Jaya, dan Ketua Dewan Pengawas PT Sumber Rejeki, Budi Santoso.",
      "Rapat juga dihadiri Rudi Hartono, Anggota Dewan Pengawas Askopindo (Asosiasi Koperasi Pedesaan Indonesia).",
      closing,
    );
    expect(postsOf(draft, "Tansri Wijaya")).toEqual(["Anggota Badan Pengawas @ Koperasi Maju Jaya"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Ketua Dewan Pengawas @ PT Sumber Rejeki"]);
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Anggota Dewan Pengawas @ Asosiasi Koperasi Pedesaan Indonesia"]);
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rudi Hartono", "Tansri Wijaya"]);
  });

  it("leaves the election supervisor's own name alone ('Ketua Badan Pengawas Pemilu')", () => {
    const draft = coop("SUKAMAJU - Hadir Ketua Badan Pengawas Pemilu Kabupaten Blora, Budi Santoso, di aula.", closing);
    expect(postsOf(draft, "Budi Santoso")[0]).toMatch(/@ Badan Pengawas Pemilu/);
  });
});

describe("a body's acronym the article defined, with the body's own name after it", () => {
  it("is no person after an introducer ('terbantu oleh Kopsi Makmur')", () => {
    const draft = coop(
      "SUKAMAJU - Warga menyambut Koperasi Petani Sawit Indonesia (Kopsi) Makmur Sukamaju.",
      "Petani yang terbantu oleh Kopsi Makmur juga diharapkan ikut memperkuat usaha kecil.",
      closing,
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("companions with bare board roles after a chairman named in a speech attribution", () => {
  it("hold their posts at the body the chairman was given before, each listed role its own", () => {
    for (const attribution of [
      '"Kami siap membantu," kata Budi, didampingi Sekretaris Rina Wulandari, Bendahara Agus Salim, serta Joko Susilo, Anggota Badan Pengawas Koperasi Tani Makmur.',
      '"Kami siap membantu," ujar Budi didampingi sekretaris Rina Wulandari dan bendahara Agus Salim.',
    ]) {
      const draft = coop(
        "SUKAMAJU - Budi Hartono terpilih sebagai Ketua Koperasi Tani Makmur periode 2025-2030.",
        attribution,
        closing,
      );
      expect(postsOf(draft, "Rina Wulandari")).toEqual(["Sekretaris @ Koperasi Tani Makmur"]);
      expect(postsOf(draft, "Agus Salim")).toEqual(["Bendahara @ Koperasi Tani Makmur"]);
    }
  });

  it("gives no post when the one accompanied holds his post in a government office", () => {
    const draft = coop(
      "SUKAMAJU - Kepala Dinas Koperasi Kabupaten Sukamaju Budi Hartono membuka acara.",
      '"Kami siap membantu," kata Budi, didampingi Sekretaris Rina Wulandari, Bendahara Agus Salim.',
      closing,
    );
    expect(postsOf(draft, "Agus Salim")).toEqual([]);
  });
});
