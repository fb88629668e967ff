import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * People named without a title or honorific beside them, read from the slot of the sentence
 * they stand in. Every name and body here is made up.
 */
const read = draftReader("Rotasi Pejabat di Lingkungan Dinas Pendidikan Sukamaju");
const opening = "Kegiatan itu berlangsung di aula kantor sejak pagi.";

describe("one name set off by commas and closed by a degree", () => {
  it("holds the post written before it, in the body represented", () => {
    const draft = read(
      opening,
      "Pujian datang dari PGRI Provinsi Sukamaju yang diwakili Sekretaris Umum, Mansyur, SE. Ia menilai kerja pengurus sudah baik.",
    );
    expect(peopleNames(draft)).toContain("Mansyur");
    expect(postsOf(draft, "Mansyur")).toEqual([
      "Sekretaris Umum @ Persatuan Guru Republik Indonesia Provinsi Sukamaju",
    ]);
  });

  it("is no person without the degree", () => {
    const draft = read(
      opening,
      "Pujian datang dari PGRI Provinsi Sukamaju yang diwakili Sekretaris Umum, Mansyur. Ia menilai kerja pengurus sudah baik.",
    );
    expect(peopleNames(draft)).not.toContain("Mansyur");
  });
});

describe("the subject of 'yang sebelumnya / selama ini menjabat' or 'memimpin'", () => {
  it("holds the lowercase title that names its institution", () => {
    const draft = read(
      opening,
      "Di jenjang SMA, Budi Santoso yang sebelumnya menjabat kepala SMAN 9 Blora kini pensiun.",
    );
    expect(peopleNames(draft)).toContain("Budi Santoso");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala SMA Negeri 9 @ SMA Negeri 9 Blora"]);
  });

  it("reads one name after 'yang selama ini menjabat' too", () => {
    const draft = read(opening, "Sudarto yang selama ini menjabat kepala SMAN 2 Blora dipindahkan ke dinas.");
    expect(postsOf(draft, "Sudarto")).toEqual(["Kepala SMA Negeri 2 @ SMA Negeri 2 Blora"]);
  });

  it("heads the institution after 'memimpin', and takes the post linked after it", () => {
    const draft = read(
      opening,
      "Di jenjang SMP, Sudarto yang sebelumnya memimpin SMPN 15 Blora kini menjadi kepala sekolah SMPN 4 Blora.",
    );
    expect(postsOf(draft, "Sudarto")).toEqual(["Kepala @ SMP Negeri 15 Blora", "Kepala Sekolah @ SMP Negeri 4 Blora"]);
  });

  it("is no person where a place stands in the slot", () => {
    const draft = read(opening, "Di jenjang SMP, Blora yang sebelumnya memimpin SMPN 15 Blora kini menjadi juara.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("gives no head's post for what is led that is no institution", () => {
    const draft = read(opening, "Di jenjang SMP, Budi Santoso yang sebelumnya memimpin Rapat Kerja kini pensiun.");
    expect(postsOf(draft, "Budi Santoso")).toEqual([]);
  });
});

describe("the one replaced and the one replacing", () => {
  it("reads the former holder named after their post and 'sebelumnya', who held the post handed over", () => {
    const draft = read(
      opening,
      "Rina Wati dipercaya memimpin SMPN 5 Blora, menggantikan kepala sekolah sebelumnya, Sudarmo, yang sudah pensiun.",
    );
    expect(postsOf(draft, "Rina Wati")).toEqual(["Kepala @ SMP Negeri 5 Blora"]);
    expect(postsOf(draft, "Sudarmo")).toEqual(["Kepala @ SMP Negeri 5 Blora"]);
  });

  it("reads one name after 'menggantikan' before a clause about them, and after 'digantikan oleh'", () => {
    const replaced = read(opening, "Kepala Desa Sukamaju Rina Wati menggantikan Sudarmo yang sudah pensiun.");
    expect(peopleNames(replaced)).toEqual(["Rina Wati", "Sudarmo"]);
    const replacing = read(opening, "Kepala Desa Sukamaju, Rina Wati, digantikan oleh Sudarmo.");
    expect(peopleNames(replacing)).toEqual(["Rina Wati", "Sudarmo"]);
  });

  it("reads the subject of the verb opening a clause, one word too", () => {
    expect(peopleNames(read(opening, "Sudah pensiun, Sudarmo digantikan oleh Rina Wati."))).toEqual([
      "Rina Wati",
      "Sudarmo",
    ]);
    expect(peopleNames(read(opening, "Dedi menggantikan Agus Salim sejak Januari."))).toEqual(["Agus Salim", "Dedi"]);
  });

  it("reads no person where a place or an institution stands in the slot", () => {
    const draft = read(
      "Warga Desa Sukamaju berkumpul di balai desa.",
      "Sudah lama, Sukamaju digantikan oleh Blora.",
      "Program itu menggantikan Jamkesda yang lama.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("the post a person takes next", () => {
  it("is the institution 'dipercaya memimpin' after a post set off by commas", () => {
    const draft = read(opening, "Andi Rahman, guru SMAN 5 Blora, dipercaya memimpin SMAN 3 Blora.");
    expect(postsOf(draft, "Andi Rahman")).toEqual(["Guru @ SMA Negeri 5 Blora", "Kepala @ SMA Negeri 3 Blora"]);
  });

  it("is the same post at the institution 'dipindahkan ke'", () => {
    const draft = read(
      opening,
      "Di jenjang SMA, Budi Santoso yang sebelumnya menjabat kepala SMAN 9 Blora dipindahkan ke SMAN 3 Blora.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual([
      "Kepala SMA Negeri 9 @ SMA Negeri 9 Blora",
      "Kepala @ SMA Negeri 3 Blora",
    ]);
  });

  it("is none when what follows 'dipindahkan ke' is no institution", () => {
    const draft = read(
      opening,
      "Di jenjang SMA, Budi Santoso yang sebelumnya menjabat kepala SMAN 9 Blora dipindahkan ke ruang guru.",
    );
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala SMA Negeri 9 @ SMA Negeri 9 Blora"]);
  });
});

describe("a job held at an institution, then the name set off by a comma", () => {
  it("reads one word as the name, and the job as held there", () => {
    const draft = read(opening, "Ia didampingi seorang staf Disdik Blora, Joko.");
    expect(peopleNames(draft)).toEqual(["Joko"]);
    expect(postsOf(draft, "Joko")).toEqual(["Staf @ Dinas Pendidikan Blora"]);
  });

  it("reads no person where a district stands in the slot", () => {
    const draft = read(opening, "Ia didampingi seorang staf Disdik Blora, Cepu.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("reads one word only after a job, not after any noun for people", () => {
    const draft = read(opening, "Ia didampingi siswa SMAN 1 Blora, Joko.");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("names listed after 'adalah' and names closed by a degree", () => {
  it("reads every name of a list after the copula when one carries a degree", () => {
    const draft = read(opening, "Keduanya adalah Sri Wahyuni dan Ah. Fauzi, S.Pd.I, yang sebelumnya guru.");
    expect(peopleNames(draft)).toEqual(["Ah. Fauzi", "Sri Wahyuni"]);
  });

  it("keeps a shortened given name with the rest of the name", () => {
    const draft = read(
      opening,
      "Keduanya adalah Sri Wahyuni, S.Ag., yang sebelumnya Kepala MIS Nurul Huda Blora, dan Ah. Fauzi, S.Pd.I, yang sebelumnya Kepala MIS Al Huda Blora.",
    );
    expect(peopleNames(draft)).toEqual(["Ah. Fauzi", "Sri Wahyuni"]);
    expect(postsOf(draft, "Ah. Fauzi")).toEqual(["Kepala MI Swasta Al Huda @ MI Swasta Al Huda Blora"]);
  });

  it("reads no name of its own from the words after a shortened given name", () => {
    const draft = read(opening, "Tamu lain adalah Sri Wahyuni dan Ah. Fauzi, yang sebelumnya guru.");
    expect(peopleNames(draft)).not.toContain("Fauzi");
  });

  it("reads no place listed with them", () => {
    const draft = read(opening, "Pemenangnya adalah Kepanjen dan Ah. Fauzi, S.Pd.I, yang sebelumnya guru.");
    expect(peopleNames(draft)).toEqual(["Ah. Fauzi"]);
  });
});

describe("officials described, then their names set off by a comma", () => {
  it("reads every full name listed after 'pejabat eselon IV lainnya,'", () => {
    const draft = read(
      opening,
      "Kegiatan itu didampingi Kabid Pembinaan, Ardi, dan pejabat eselon IV lainnya, Rudi Hartono dan M Yusuf, serta seorang staf Disdik, Joko.",
    );
    expect(peopleNames(draft)).toEqual(["Ardi", "Joko", "M Yusuf", "Rudi Hartono"]);
  });

  it("reads nothing where nobody is named before in the sentence", () => {
    // The slot rule reads neither; whether the full name is read is the learned name model's call,
    // by its words alone, and then with no post.
    const draft = read(opening, "Hadir pula staf ahli lainnya, Lokataru Foundation dan Budi Santoso.");
    expect(peopleNames(draft)).not.toContain("Lokataru Foundation");
    expect(draft.positions).toEqual([]);
  });

  it("reads no place listed there", () => {
    const draft = read(
      opening,
      "Hadir Kabid Pembinaan, Ardi, dan pejabat eselon IV lainnya, Kabupaten Blora dan Kota Blora.",
    );
    expect(peopleNames(draft)).toEqual(["Ardi"]);
  });

  it("reads nothing after a verb describing them", () => {
    // No slot after the verb; the names are read by the learned model and as a list, with no post.
    const draft = read(opening, "Kabid Pembinaan, Ardi, menyebut semua pegawai dimutasi, Rudi Hartono dan M Yusuf.");
    expect(peopleNames(draft)).toEqual(["Ardi", "M Yusuf", "Rudi Hartono"]);
    expect(draft.positions.map((p) => p.title)).toEqual(["Kabid Pembinaan"]);
  });
});
