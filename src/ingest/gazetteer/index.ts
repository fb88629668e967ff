import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PlaceKind } from "../draft.ts";
import residencyLexicon from "../lexicon/residencies.json" with { type: "json" };
import provinceLexicon from "./provinces.json" with { type: "json" };

/** A place the extractor can name: a province, regency, city or former residency. */
export interface GazetteerPlace {
  /** Kemendagri code for administrative areas; former residencies have none. */
  code?: string;
  /** Canonical name, e.g. "Kabupaten Blora", "Jawa Tengah", "Eks Karesidenan Pati". */
  name: string;
  /** The name without its administrative prefix, as articles usually write it: "Blora". */
  bareName: string;
  kind: PlaceKind;
  /** The province this place lies in (undefined for provinces themselves). */
  province?: GazetteerPlace;
  /** The place directly above: a district's regency, a regency's province. */
  parent?: GazetteerPlace;
  /** Other standard forms kept as aliases, e.g. "Jateng" for Jawa Tengah. */
  standardAliases: string[];
  /** Short form used inside institution short names, e.g. "Jateng" (the bare name when there is none). */
  shortForm: string;
}

export interface Gazetteer {
  /** Places by compact surface form (lowercase letters and digits only). */
  bySurface: Map<string, GazetteerPlace[]>;
  provincesByCode: Map<string, GazetteerPlace>;
  regenciesByCode: Map<string, GazetteerPlace>;
  /**
   * Every beginning of every compact surface form, so reading a place word by word can stop as
   * soon as no place starts that way ("palangka" leads on to "palangkaraya").
   */
  prefixes: Set<string>;
  /** Surface forms that are ordinary words too often to be read as places on their own. */
  ambiguousBareNames: Set<string>;
}

const ASCII = /^\p{ASCII}*$/u;

/** The comparison key of a place surface: "Palangka Raya" and "Palangkaraya" meet. */
export function compactSurface(text: string): string {
  // Plain ASCII has no marks to strip and no letters or digits beyond a-z and 0-9.
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Title case for names the data files spell in capitals ("KOTA ADM. JAKARTA PUSAT"). */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function resolveDataDirectory(): string {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve("idn-area-data")), "..", "data");
  } catch {
    return join(process.cwd(), "node_modules", "idn-area-data", "data");
  }
}

function readCsvRows(file: string): string[][] {
  const text = readFileSync(join(resolveDataDirectory(), file), "utf8");
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) =>
      // The files quote a field only to escape a quote inside it ("Ra""as"); none holds a comma.
      line
        .split(",")
        .map((field) => (field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field)),
    );
}

let loaded: Gazetteer | undefined;

/** The gazetteer, read from idn-area-data on first use and kept for the life of the process. */
export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer();
  return loaded;
}

function buildGazetteer(): Gazetteer {
  const bySurface = new Map<string, GazetteerPlace[]>();
  const prefixes = new Set<string>();
  const index = (surface: string, place: GazetteerPlace) => {
    const key = compactSurface(surface);
    if (key === "") return;
    for (let length = 1; length <= key.length; length++) prefixes.add(key.slice(0, length));
    const list = bySurface.get(key);
    if (!list) bySurface.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  const abbreviations = provinceLexicon.abbreviations as Record<string, string[]>;
  const alternatives = provinceLexicon.alternativeNames as Record<string, string[]>;
  const regencyAbbreviations = provinceLexicon.regencyAbbreviations as Record<string, string[]>;

  const provincesByCode = new Map<string, GazetteerPlace>();
  for (const [code, rawName] of readCsvRows("provinces.csv")) {
    if (!code || !rawName) continue;
    const name = titleCase(rawName).replace(/\bDan\b/g, "dan");
    const standardAliases = abbreviations[code] ?? [];
    const province: GazetteerPlace = {
      code,
      name,
      bareName: name,
      kind: "PROVINCE",
      standardAliases,
      shortForm: standardAliases[0] ?? name,
    };
    provincesByCode.set(code, province);
    index(name, province);
    index(`Provinsi ${name}`, province);
    for (const form of [...standardAliases, ...(alternatives[code] ?? [])]) index(form, province);
  }

  const regenciesByCode = new Map<string, GazetteerPlace>();
  for (const [code, provinceCode, rawName] of readCsvRows("regencies.csv")) {
    if (!code || !provinceCode || !rawName) continue;
    const name = titleCase(rawName).replace(/\b(?:Adm\.?|Administrasi)\s+/g, "");
    const isCity = name.startsWith("Kota ");
    const bareName = name.replace(/^(Kabupaten|Kota)\s+/, "");
    const regency: GazetteerPlace = {
      code,
      name,
      bareName,
      kind: isCity ? "CITY" : "REGENCY",
      province: provincesByCode.get(provinceCode),
      parent: provincesByCode.get(provinceCode),
      standardAliases: [bareName],
      shortForm: bareName,
    };
    regenciesByCode.set(code, regency);
    index(name, regency);
    index(bareName, regency);
    for (const form of regencyAbbreviations[bareName] ?? []) index(form, regency);
    if (!isCity) index(`Kab ${bareName}`, regency);
  }

  for (const residency of residencyLexicon.formerResidencies) {
    const place: GazetteerPlace = {
      name: `Eks Karesidenan ${residency.seat}`,
      bareName: residency.seat,
      kind: "FORMER_RESIDENCY",
      province: provincesByCode.get(residency.province),
      parent: provincesByCode.get(residency.province),
      standardAliases: [`Karesidenan ${residency.seat}`],
      shortForm: `Karesidenan ${residency.seat}`,
    };
    index(place.name, place);
    index(`Karesidenan ${residency.seat}`, place);
    index(`Ex Karesidenan ${residency.seat}`, place);
  }

  return {
    bySurface,
    regenciesByCode,
    provincesByCode,
    prefixes,
    ambiguousBareNames: new Set(provinceLexicon.ambiguousBareNames.map(compactSurface)),
  };
}

/** Which of several places with one surface form an article most likely means. */
export function choosePlace(
  candidates: readonly GazetteerPlace[],
  preferred: "province" | "regency" | "city" | "any" = "any",
): GazetteerPlace | undefined {
  const rank = (place: GazetteerPlace): number => {
    if (preferred === "province") return place.kind === "PROVINCE" ? 0 : place.kind === "CITY" ? 1 : 2;
    if (preferred === "regency") return place.kind === "REGENCY" ? 0 : place.kind === "CITY" ? 1 : 2;
    // A bare name shared by a city and a regency ("Semarang") most often means the city.
    return place.kind === "CITY" ? 0 : place.kind === "REGENCY" ? 1 : place.kind === "FORMER_RESIDENCY" ? 2 : 3;
  };
  let best: GazetteerPlace | undefined;
  for (const candidate of candidates) if (!best || rank(candidate) < rank(best)) best = candidate;
  return best;
}

let districts: Map<string, GazetteerPlace[]> | undefined;

/**
 * Districts (kecamatan) named so, read on first use. Thousands of them share names with each
 * other and with ordinary words, so callers only accept one inside a regency the article names.
 */
export function districtsNamed(compactName: string): GazetteerPlace[] {
  if (!districts) {
    districts = new Map();
    const { regenciesByCode } = gazetteer();
    for (const [code, regencyCode, rawName] of readCsvRows("districts.csv")) {
      if (!code || !regencyCode || !rawName) continue;
      const regency = regenciesByCode.get(regencyCode);
      const name = titleCase(rawName);
      const district: GazetteerPlace = {
        code,
        name,
        bareName: name,
        kind: "DISTRICT",
        province: regency?.province,
        parent: regency,
        standardAliases: [],
        shortForm: name,
      };
      const key = compactSurface(name);
      districts.set(key, [...(districts.get(key) ?? []), district]);
    }
  }
  return districts.get(compactName) ?? [];
}

let localPlaceNames: Set<string> | undefined;

/**
 * Whether some district or village (desa, kelurahan) of the country is named so (compact form).
 * Tens of thousands of them, so this says only that a word can be a local seat, never which one:
 * it tells "Kades Sukamaju Santoso" (a village, then the head's name) from "Kades Budi Santoso".
 */
export function isLocalPlaceName(compactName: string): boolean {
  if (!localPlaceNames) {
    localPlaceNames = new Set();
    for (const file of ["districts.csv", "villages.csv"]) {
      for (const row of readCsvRows(file)) {
        const name = row[2];
        if (name) localPlaceNames.add(compactSurface(name));
      }
    }
  }
  return localPlaceNames.has(compactName);
}

/** A place the gazetteer does not list ("Kelurahan Karang Indah"), named as the article writes it. */
export function unlistedPlace(name: string, kind: PlaceKind, parent?: GazetteerPlace): GazetteerPlace {
  return {
    name,
    bareName: name,
    kind,
    parent,
    province: parent?.province ?? parent,
    standardAliases: [],
    shortForm: name,
  };
}
