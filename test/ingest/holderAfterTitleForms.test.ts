import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, positionOf, speakerOf } from "./draftQueries.ts";

/** Where the holder stands around a title: forms of Indonesian news writing. Made-up text. */
const read = draftReader("Judul Berita Untuk Pengujian Pola");

describe("a lowercase title after a quote's speech verb, then one name", () => {
  it("is the speaker and the title's holder", () => {
    const draft = read(
      "Warga Desa Sukamaju menggelar musyawarah pada Senin (3/11/2025).",
      "\u201cKami senang warga antusias,\u201d kata kepala desa Sukamaju, Wiratmo.",
    );
    expect(peopleNames(draft)).toEqual(["Wiratmo"]);
    expect(speakerOf(draft, "Kami senang")).toBe("Wiratmo");
    expect(positionOf(draft, "Wiratmo").role).toBe("Kepala Desa");
  });

  it("is no holder when the words after the comma are a day", () => {
    const draft = read("\u201cKami senang warga antusias,\u201d kata kepala desa Sukamaju, Selasa (4/11).");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a quote's speech verb, a full name, a spaced dash and a title", () => {
  it("gives the speaker the post after the dash", () => {
    const draft = read(
      "Warga Desa Sukamaju menggelar musyawarah pada Senin (3/11/2025).",
      "\u201cKami senang warga antusias,\u201d kata Wiratmo Sasongko \u2013 Kepala Desa Sukamaju.",
    );
    expect(peopleNames(draft)).toEqual(["Wiratmo Sasongko"]);
    expect(speakerOf(draft, "Kami senang")).toBe("Wiratmo Sasongko");
    expect(positionOf(draft, "Wiratmo Sasongko").role).toBe("Kepala Desa");
  });
});

describe("'Pengurus' before an organisation, then a name", () => {
  it("is a board member's post at the organisation", () => {
    const draft = read(
      "Konferensi kerja PGRI Kabupaten Sukamaju digelar pada Sabtu (8/11/2025).",
      "Pengurus PB PGRI, Wiratmo Sasongko, mengajak anggota tetap kompak.",
    );
    expect(peopleNames(draft)).toEqual(["Wiratmo Sasongko"]);
    expect(positionOf(draft, "Wiratmo Sasongko")).toEqual({ role: "Pengurus", institution: "PB PGRI" });
  });

  it("leaves an organisation named with 'Pengurus' no holder", () => {
    const draft = read("Pengurus Besar Nahdlatul Ulama menggelar rapat di Kabupaten Sukamaju pada Sabtu (8/11/2025).");
    expect(peopleNames(draft)).toEqual([]);
  });
});

describe("a place word right before a common given name, where no region can stand", () => {
  it("is the person's first name after a comma that closes the title", () => {
    const draft = read(
      "Kepala Dinas Pendidikan Kabupaten Sukamaju, Bima Santoso, mengatakan sekolah siap dibuka pada Senin (3/11/2025).",
    );
    expect(peopleNames(draft)).toEqual(["Bima Santoso"]);
  });

  it("is the person's first name after the title's seat", () => {
    const draft = read("Wali Kota Bogor Bima Santoso mengatakan sekolah siap dibuka pada Senin (3/11/2025).");
    expect(peopleNames(draft)).toEqual(["Bima Santoso"]);
  });
});

describe("a hamlet head's title and the hamlet's number", () => {
  it("gives the post to the name after the number", () => {
    const draft = read("Kadus 3 Wiratmo Sasongko mengatakan warga Desa Sukamaju hadir dalam musyawarah.");
    expect(peopleNames(draft)).toEqual(["Wiratmo Sasongko"]);
    expect(positionOf(draft, "Wiratmo Sasongko").role).toBe("Kepala Dusun 3");
  });

  it("gives the post to the one the clause of choosing names", () => {
    const draft = read(
      "Pemerintah Desa Sukamaju melantik kepala dusun terpilih. Kadus Dusun 3 yang terpilih adalah Wiratmo Sasongko.",
    );
    expect(positionOf(draft, "Wiratmo Sasongko")).toEqual({
      role: "Kepala Dusun 3",
      institution: "Pemdes Sukamaju",
    });
  });

  it("reads the number after the written-out title too", () => {
    const draft = read("Kepala Dusun 05 Wiratmo Sasongko mengatakan warga Desa Sukamaju hadir dalam musyawarah.");
    expect(positionOf(draft, "Wiratmo Sasongko").role).toBe("Kepala Dusun 05");
  });
});

describe("a lowercase title right after a full name, no comma between", () => {
  it("is the name's post when a reporting verb follows the title's institution", () => {
    const draft = read(
      "Wiratmo Sasongko kepala Dinas Pendidikan Kabupaten Sukamaju mengatakan sekolah siap dibuka pada Senin (3/11/2025).",
    );
    expect(peopleNames(draft)).toEqual(["Wiratmo Sasongko"]);
    expect(positionOf(draft, "Wiratmo Sasongko").institution).toBe("Disdik Sukamaju");
  });

  it("is the name's post when the title closes the clause", () => {
    const draft = read("Hal itu disampaikan Wiratmo Sasongko kepala SMA Negeri 1 Sukamaju.");
    expect(positionOf(draft, "Wiratmo Sasongko").institution).toBe("SMA Negeri 1 Sukamaju");
  });
});

describe("a lowercase title between a full name and the verb of what the holder does", () => {
  it("is the name's post", () => {
    const draft = read("Dalam sidang itu, Wiratmo Sasongko ketua majelis hakim membacakan putusan perkara tersebut.");
    expect(peopleNames(draft)).toEqual(["Wiratmo Sasongko"]);
    expect(positionOf(draft, "Wiratmo Sasongko").role).toBe("Ketua Majelis Hakim");
  });

  it("is the name's post before a word saying the holder came", () => {
    const draft = read("Dalam rapat itu, Agus Salim ketua Komisi III DPRD Blora juga hadir bersama warga.");
    expect(peopleNames(draft)).toEqual(["Agus Salim"]);
    expect(positionOf(draft, "Agus Salim").role).toBe("Ketua Komisi III");
  });
});
