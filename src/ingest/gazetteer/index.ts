import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PlaceKind } from "../draft.ts";
import { remembered } from "../extract/remembered.ts";
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
  /** Ambiguous names of several words ("Kota Baru": a new town), ambiguous only when written as words, not as one ("Kotabaru"). */
  ambiguousPhrases: Set<string>;
}

const ASCII = /^\p{ASCII}*$/u;

/**
 * The comparison key of a place surface: "Palangka Raya" and "Palangkaraya" meet. Remembered:
 * extraction asks for the keys of the same lexicon names and written forms again and again.
 */
export const compactSurface: (text: string) => string = remembered(compactSurfaceOf);

function compactSurfaceOf(text: string): string {
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
    .map((line) => {
      const fields: string[] = [];
      let at = 0;
      while (at <= line.length) {
        const end = fieldEnd(line, at, line.length);
        fields.push(unquoted(line.slice(at, end)));
        at = end + 1;
      }
      return fields;
    });
}

/**
 * Where the field starting at `start` ends (its comma, or `lineEnd`). A quoted field runs to its
 * closing quote, commas inside included: two village names hold one ("Lubuk Pakam I,II"); a
 * doubled quote inside it escapes a quote. A quote left open ends the field at the next comma.
 */
function fieldEnd(text: string, start: number, lineEnd: number): number {
  let from = start;
  if (text.charCodeAt(start) === 34) {
    let at = start + 1;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quote === -1 || quote >= lineEnd) break;
      if (text.charCodeAt(quote + 1) === 34) {
        at = quote + 2;
        continue;
      }
      from = quote;
      break;
    }
  }
  const comma = text.indexOf(",", from);
  return comma === -1 || comma > lineEnd ? lineEnd : comma;
}

/** A field as the data files write it: a quoted one unquoted (a quote left open, only opened). */
function unquoted(field: string): string {
  if (field.charCodeAt(0) !== 34) return field;
  const closed = field.length > 1 && field.charCodeAt(field.length - 1) === 34;
  return field.slice(1, closed ? -1 : undefined).replaceAll('""', '"');
}

/**
 * The first three fields of every row of a data file with three fields or more, the header
 * skipped, as readCsvRows reads them: for the files of thousands of rows (districts,
 * villages), whose reading on first use was most of the extractor's cold start, this scans the
 * text with indexOf instead of making an array per line and per field. Rows of fewer fields are
 * left out, as every caller skips them.
 */
export function forEachRowOfThree(text: string, visit: (first: string, second: string, third: string) => void): void {
  let at = text.indexOf("\n") + 1;
  if (at === 0) return;
  while (at < text.length) {
    const newline = text.indexOf("\n", at);
    let end = newline === -1 ? text.length : newline;
    const next = end + 1;
    // readCsvRows splits lines at /\r?\n/.
    if (newline !== -1 && end > at && text.charCodeAt(end - 1) === 13) end--;
    const first = fieldEnd(text, at, end);
    const second = first >= end ? -1 : fieldEnd(text, first + 1, end);
    if (second !== -1 && second < end) {
      const third = fieldEnd(text, second + 1, end);
      visit(
        unquoted(text.slice(at, first)),
        unquoted(text.slice(first + 1, second)),
        unquoted(text.slice(second + 1, third)),
      );
    }
    at = next;
  }
}

function readDataFile(file: string): string {
  return readFileSync(join(resolveDataDirectory(), file), "utf8");
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
    // "Pangkajene dan Kepulauan": the conjunction stays lowercase, as in province names, so the
    // name and the abbreviations listed under it ("Pangkep") are found.
    const name = titleCase(rawName)
      .replace(/\b(?:Adm\.?|Administrasi)\s+/g, "")
      .replace(/\bDan\b/g, "dan");
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
    ambiguousBareNames: new Set(provinceLexicon.ambiguousBareNames.filter((n) => !n.includes(" ")).map(compactSurface)),
    ambiguousPhrases: new Set(provinceLexicon.ambiguousBareNames.filter((n) => n.includes(" ")).map(compactSurface)),
  };
}

/** Which of several places with one surface form an article most likely means. */
export function choosePlace(
  candidates: readonly GazetteerPlace[],
  preferred: "province" | "regency" | "city" | "any" = "any",
): GazetteerPlace | undefined {
  let best: GazetteerPlace | undefined;
  for (const candidate of candidates)
    if (!best || placeRank(candidate, preferred) < placeRank(best, preferred)) best = candidate;
  return best;
}

/**
 * How well a place fits the level asked for, lower first. A function of its own, not a closure
 * made per call: places are chosen for most capitalised words of every article.
 */
function placeRank(place: GazetteerPlace, preferred: "province" | "regency" | "city" | "any"): number {
  if (preferred === "province") return place.kind === "PROVINCE" ? 0 : place.kind === "CITY" ? 1 : 2;
  if (preferred === "regency") return place.kind === "REGENCY" ? 0 : place.kind === "CITY" ? 1 : 2;
  // A bare name shared by a city and a regency ("Semarang") most often means the city.
  return place.kind === "CITY" ? 0 : place.kind === "REGENCY" ? 1 : place.kind === "FORMER_RESIDENCY" ? 2 : 3;
}

/** Rows of districts.csv (code, regency code, name) by compact name, read on first use. */
let districtRows: Map<string, [string, string, string][]> | undefined;
/** The districts of a name, made the first time it is asked for, so a place is always the same object. */
const districtPlaces = new Map<string, GazetteerPlace[]>();

/**
 * Districts (kecamatan) named so, read on first use. Thousands of them share names with each
 * other and with ordinary words, so callers only accept one inside a regency the article names.
 * Only the names asked for are made places: making all 7,000 on first use was a cold cost.
 */
export function districtsNamed(compactName: string): GazetteerPlace[] {
  const made = districtPlaces.get(compactName);
  if (made) return made;
  districtRows ??= readDistrictRows();
  const rows = districtRows.get(compactName);
  if (!rows) return [];
  const { regenciesByCode } = gazetteer();
  const places = rows.map(([code, regencyCode, rawName]): GazetteerPlace => {
    const regency = regenciesByCode.get(regencyCode);
    const name = titleCase(rawName);
    return {
      code,
      name,
      bareName: name,
      kind: "DISTRICT",
      province: regency?.province,
      parent: regency,
      standardAliases: [],
      shortForm: name,
    };
  });
  districtPlaces.set(compactName, places);
  return places;
}

function readDistrictRows(): Map<string, [string, string, string][]> {
  const rows = new Map<string, [string, string, string][]>();
  forEachRowOfThree(readDataFile("districts.csv"), (code, regencyCode, rawName) => {
    if (!code || !regencyCode || !rawName) return;
    // Title case changes only the case of ASCII letters, which compacting drops.
    const key = compactSurface(ASCII.test(rawName) ? rawName : titleCase(rawName));
    const list = rows.get(key);
    if (list) list.push([code, regencyCode, rawName]);
    else rows.set(key, [[code, regencyCode, rawName]]);
  });
  return rows;
}

let localPlaceNames: Set<string> | undefined;

/**
 * Whether some district or village (desa, kelurahan) of the country is named so (compact form).
 * Tens of thousands of them, so this says only that a word can be a local seat, never which one:
 * it tells "Kades Sukamaju Santoso" (a village, then the head's name) from "Kades Budi Santoso".
 */
export function isLocalPlaceName(compactName: string): boolean {
  localPlaceNames ??= readLocalPlaceNames() ?? localPlaceNamesFromData();
  return localPlaceNames.has(compactName);
}

/** The compact names of every district and village, read from idn-area-data's files. */
export function localPlaceNamesFromData(): Set<string> {
  const names = new Set<string>();
  for (const file of ["districts.csv", "villages.csv"]) {
    forEachRowOfThree(readDataFile(file), (_code, _parent, name) => {
      if (name) names.add(compactSurface(name));
    });
  }
  return names;
}

/**
 * Where installing writes localPlaceNamesFromData's names (scripts/build-place-names.ts), one a
 * line: reading them from there takes a tenth of the time of reading and compacting 90,000 rows
 * of CSV, which every fresh process (an ingest run, each extraction thread) paid on first use.
 */
export function localPlaceNamesFile(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  // The sources and the bundle lie at different depths below the repository root.
  while (!existsSync(join(directory, "package.json")) && dirname(directory) !== directory) {
    directory = dirname(directory);
  }
  return join(directory, "dist", "gazetteer", "local-place-names.txt");
}

/** Characters compactSurface treats each its own way: a change to it changes their compact form. */
const COMPACTION_PROBE = "Ä-b C'd 1.2 Ñé ı";

/**
 * How the rows are read into names: raised when reading changes (2: quoted fields keep their
 * commas), so a names file an earlier install wrote is built again instead of read.
 */
const NAMES_FILE_READING = 2;

/**
 * What the names file was built from: the data files' sizes, the way of reading them, and how
 * compactSurface compacts the probe. A file built from other data or by other rules is not read.
 */
export function localPlaceNamesStamp(): string {
  const sizes = ["districts.csv", "villages.csv"].map((file) => statSync(join(resolveDataDirectory(), file)).size);
  return `local place names ${NAMES_FILE_READING}: idn-area-data ${sizes.join(" ")} ${compactSurface(COMPACTION_PROBE)}`;
}

/** Writes localPlaceNamesFromData's names under their stamp. */
export function writeLocalPlaceNames(file = localPlaceNamesFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  let text = localPlaceNamesStamp();
  for (const name of localPlaceNamesFromData()) text += `\n${name}`;
  writeFileSync(file, text);
}

/** The names the file holds, or undefined when there is none or it was built from other data. */
export function readLocalPlaceNames(file = localPlaceNamesFile()): Set<string> | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const lines = text.split("\n");
  return lines[0] === localPlaceNamesStamp() ? new Set(lines.slice(1)) : undefined;
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
