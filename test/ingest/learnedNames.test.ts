import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import {
  judgedPersonName,
  listenToNameCandidates,
  mayBeJudged,
  NAME_FEATURES,
  type NameCandidate,
  nameFeatures,
  nameProbability,
} from "../../src/ingest/extract/nameModel.ts";
import { tokenize } from "../../src/ingest/extract/tokens.ts";
import trained from "../../src/ingest/model/person-names.json" with { type: "json" };
import { draftReader, peopleNames } from "./draftQueries.ts";

const read = draftReader("Warga Sukamaju Gotong Royong Membersihkan Saluran Irigasi");

/** A candidate for the words of `text` from `from` to `to`, with no cue beside it. */
function candidateOf(text: string, from: number, to: number): NameCandidate {
  const tokens = tokenize(text);
  return {
    tokens,
    nameFrom: from,
    nameTo: to,
    from,
    to,
    sentenceStart: from === 0,
    reported: false,
    described: false,
    aged: false,
    degreed: false,
    linked: false,
    firstWordIsPlace: false,
    someWordIsPlace: false,
    institutionAt: false,
    describedBefore: false,
    verbAfter: false,
  };
}

describe("the learned person-name model", () => {
  it("is trained on the features the extractor computes, and on nothing else", () => {
    expect(trained.features).toEqual([...NAME_FEATURES]);
    expect(trained.weights).toHaveLength(NAME_FEATURES.length);
    expect(trained.threshold).toBeGreaterThan(0.5);
  });

  it("scores a run of given names above a run of common words in the same place", () => {
    const name = nameProbability(nameFeatures(candidateOf("bersama Budi Santoso meninjau", 1, 3)));
    const words = nameProbability(nameFeatures(candidateOf("bersama Banjir Besar meninjau", 1, 3)));
    expect(name).toBeGreaterThan(words);
    expect(judgedPersonName(candidateOf("bersama Banjir Besar meninjau", 1, 3))).toBe(false);
  });

  it("sees Indonesian word formation: nominalisations and verbs' prefixes are no name words", () => {
    const features = nameFeatures(candidateOf("bersama Pembangunan Gedung Sosialisasi Dipimpin", 1, 5));
    expect(features[NAME_FEATURES.indexOf("share of words with a noun's affixes")]).toBe(0.5);
    expect(features[NAME_FEATURES.indexOf("share of words with a verb's prefix")]).toBe(0.25);
    const name = nameFeatures(candidateOf("bersama Budi Santoso meninjau", 1, 3));
    expect(name[NAME_FEATURES.indexOf("share of words with a noun's affixes")]).toBe(0);
  });

  it("uses the trained weights: a model with a strong intercept takes everything, one with none nothing", () => {
    const features = nameFeatures(candidateOf("bersama Banjir Besar meninjau", 1, 3));
    const flat = { features: [...NAME_FEATURES], weights: NAME_FEATURES.map(() => 0), threshold: 0.5 };
    expect(nameProbability(features, { ...flat, intercept: 20 })).toBeGreaterThan(0.99);
    expect(nameProbability(features, { ...flat, intercept: -20 })).toBeLessThan(0.01);
  });

  it("reads a full name no rule takes, standing where only its words say it is a name", () => {
    const draft = read("Kerja bakti itu diikuti warga dari tiga dusun serta Dedi Hartono dari kelompok tani.");
    expect(peopleNames(draft)).toContain("Dedi Hartono");
  });

  it("reads no capitalised run of common words", () => {
    const draft = read("Peserta Jambore Nasional berkumpul di lapangan, lalu Pasukan Pengibar Bendera berbaris.");
    expect(peopleNames(draft)).toEqual([]);
  });

  it("tells the training script every candidate, and whether a rule took it", () => {
    const heard: [string, boolean][] = [];
    listenToNameCandidates((_candidate, name, takenByRule) => heard.push([name, takenByRule]));
    try {
      extractArticle(
        "Kerja Bakti di Sukamaju\n\nBudi Santoso mengatakan warga hadir. Kerja bakti juga diikuti warga serta Dedi Hartono dari kelompok tani.",
      );
    } finally {
      listenToNameCandidates(undefined);
    }
    expect(heard).toContainEqual(["Budi Santoso", true]);
    expect(heard).toContainEqual(["Dedi Hartono", false]);
  });
});

describe("what the model is never asked about", () => {
  it("is a withheld name, nor one word before a reporting verb", () => {
    expect(mayBeJudged("Er", false)).toBe(false);
    expect(mayBeJudged("Sari", true)).toBe(false);
    expect(mayBeJudged("Sari", false)).toBe(true);
    expect(mayBeJudged("Sari Dewi", true)).toBe(true);
  });
});

describe("names in a list beside a person's name", () => {
  it("are people, each item, one word too", () => {
    const draft = read("Mereka adalah Budi Santoso, Rahmat, Rina Wulandari dan Agus Salim.");
    expect(peopleNames(draft)).toEqual(["Agus Salim", "Budi Santoso", "Rahmat", "Rina Wulandari"]);
  });

  it("are not a word set off before a name in apposition", () => {
    const draft = read("Hal itu disampaikan kuasa hukum Termohon, Budi Santoso, di ruang sidang.");
    expect(peopleNames(draft)).not.toContain("Termohon");
  });

  it("are not a last item after a comma that goes on to no other item: that is apposition", () => {
    const draft = read("Rute kerja bakti dijelaskan Camat Sukamaju, Rina Wulandari, Pemandu Wisata.");
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
  });

  it("are no place listed with them", () => {
    const draft = read("Mereka adalah Budi Santoso, Rahmat dan Blora.");
    expect(peopleNames(draft)).not.toContain("Blora");
  });
});

describe("an Indonesian nominalisation opening a sentence", () => {
  it("is no person's name, before a title either", () => {
    const draft = read(
      "Kekosongan jabatan Kepala Desa Sukamaju sudah tiga bulan. Pembangunan Kantor Desa juga tertunda.",
    );
    expect(peopleNames(draft)).toEqual([]);
  });

  it("leaves names of the same letters alone ('Pebrian' has no nasal after 'pe')", () => {
    const draft = read("Pebrian Saputra, warga Sukamaju, ikut kerja bakti.");
    expect(peopleNames(draft)).toEqual(["Pebrian Saputra"]);
  });
});
