import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames } from "./draftQueries.ts";

const read = draftReader("Acara di Sukamaju");

describe("a venue or building named after a person", () => {
  it("is no mention of that person, however many words stand between the noun and the name", () => {
    expect(peopleNames(read("Pertandingan digelar di Stadion Gelora Bung Karno, Jakarta, Senin."))).toEqual([]);
    expect(peopleNames(read("Shalat digelar di Masjid Agung Syekh Yusuf, Gowa."))).toEqual([]);
    expect(peopleNames(read("Kantor itu berada di Jalan Raya Bung Tomo, Surabaya."))).toEqual([]);
  });

  it("still reads the holder named after a title and its institution", () => {
    const draft = read("Acara itu dihadiri Takmir Masjid Agung H. Abdul Malik dan warga.");
    expect(holdersAt(draft)).toEqual(["Abdul Malik @ -"]);
  });
});

/**
 * Institutions named after a person (src/ingest/lexicon/namesakes.json): the namesake's name is the
 * institution's own, and the holder's name starts after it. The institutions are real (lexicon
 * data); every holder's name is made up.
 */
describe("an institution named after a person, then its holder's name", () => {
  it("reads a university's namesake whole and a one-word holder after it", () => {
    const draft = read("Rektor Universitas Ahmad Dahlan Darsono mengatakan kampus siap membantu.");
    expect(peopleNames(draft)).toEqual(["Darsono"]);
    expect(holdersAt(draft)).toEqual(["Darsono @ Universitas Ahmad Dahlan"]);
  });

  it("reads a namesake after a faculty and a general's rank in the university's name", () => {
    const draft = read("Dekan Fakultas Hukum Universitas Jenderal Soedirman Darto Wiyono mengatakan hal itu.");
    expect(holdersAt(draft)).toEqual(["Darto Wiyono @ Universitas Jenderal Soedirman"]);
  });

  it("passes over the words between the noun and the namesake, and the namesake's own honorifics", () => {
    const muhammadiyah = read("Rektor Universitas Muhammadiyah Prof. Dr. Hamka Darto Wiyono mengatakan hal itu.");
    expect(holdersAt(muhammadiyah)).toEqual(["Darto Wiyono @ Universitas Muhammadiyah Prof. Dr. Hamka"]);
    const hospital = read("Direktur Rumah Sakit Umum Daerah Syekh Yusuf Darto Wiyono mengatakan rumah sakit siap.");
    expect(holdersAt(hospital)).toEqual(["Darto Wiyono @ Rumah Sakit Umum Daerah Syekh Yusuf"]);
  });

  it("reads the namesake after an abbreviated noun: RSUD, RSUP, UIN, IAIN", () => {
    expect(holdersAt(read("Direktur RSUD Syekh Yusuf Darto Wiyono mengatakan rumah sakit siap."))).toEqual([
      "Darto Wiyono @ Rumah Sakit Umum Daerah Syekh Yusuf",
    ]);
    expect(holdersAt(read("Direktur RSUP Kariadi Darsono mengatakan hal itu."))).toEqual([
      "Darsono @ Rumah Sakit Umum Pusat Kariadi",
    ]);
    expect(holdersAt(read("Rektor IAIN Syekh Nurjati Darto Wiyono mengatakan hal itu."))).toEqual([
      "Darto Wiyono @ Institut Agama Islam Negeri Syekh Nurjati",
    ]);
  });

  it("reads a name that looks like a person's as the university's when the lexicon lists it", () => {
    const draft = read("Mahasiswa Universitas Budi Luhur Budi Santoso meraih juara.");
    expect(institutionNames(draft)).toEqual(["Universitas Budi Luhur"]);
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
  });

  it("still reads a holder named like a namesake after an institution of another name", () => {
    const draft = read("Rektor Universitas Sukamaju Ahmad Dahlan mengatakan kampus siap.");
    expect(holdersAt(draft)).toEqual(["Ahmad Dahlan @ Universitas Sukamaju"]);
  });
});

describe("an airport named after a person", () => {
  it("is the office its head holds a post at, after the head's title, with the holder after the name", () => {
    const draft = read("Kepala Bandara Sultan Hasanuddin Darto Wiyono mengatakan bandara siap.");
    expect(institutionNames(draft)).toEqual(["Bandara Sultan Hasanuddin"]);
    expect(peopleNames(draft)).toEqual(["Darto Wiyono"]);
  });

  it("is a place and no institution without a title before it", () => {
    expect(institutionNames(read("Pesawat mendarat di Bandara Sultan Hasanuddin, Selasa."))).toEqual([]);
  });
});

describe("a military command named after a hero, after its number's slash", () => {
  it("bears the hero's whole name, and the holder's name follows it", () => {
    const draft = read("Danrem 064/Maulana Yusuf Darto Wiyono mengatakan hal itu.");
    expect(holdersAt(draft)).toEqual(["Darto Wiyono @ Komando Resor Militer 064/Maulana Yusuf"]);
  });
});

describe("an institution the article writes whole elsewhere, then its holder's name", () => {
  it("ends the name where the article writes it closed, before a one-word holder", () => {
    const draft = read(
      "Wisuda Universitas Pangeran Darmo Sentono berlangsung meriah.",
      "Rektor Universitas Pangeran Darmo Sentono Wiyono mengatakan kampus siap.",
    );
    expect(institutionNames(draft)).toEqual(["Universitas Pangeran Darmo Sentono"]);
    expect(holdersAt(draft)).toEqual(["Wiyono @ Universitas Pangeran Darmo Sentono"]);
  });
});
