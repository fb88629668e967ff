import {
  choosePlace,
  compactSurface,
  districtsNamed,
  type GazetteerPlace,
  gazetteer,
  unlistedPlace,
} from "../gazetteer/index.ts";
import provinceLexicon from "../gazetteer/provinces.json" with { type: "json" };
import { addSpan, type ExtractionContext, type PlaceEntity, type UnlistedPlaceMention } from "./context.ts";
import type { Token } from "./tokens.ts";

export type PlaceLevel = "province" | "regency" | "city" | "any";

export interface PlaceMatch {
  place: GazetteerPlace;
  /** Token range [from, to) of the place as written. */
  from: number;
  to: number;
  /** Written with its administrative prefix ("Kabupaten Blora", "Kota Semarang"). */
  prefixed: boolean;
}

const LONGEST_PLACE_TOKENS = 5;
const PREFIXES = new Set(provinceLexicon.administrativePrefixes);
/**
 * Abbreviations of one word ("Lotim", "Kalteng"), read only as written: apart, their letters are
 * other words ("LO Tim", a campaign team's liaison officer). Names are read either way
 * ("Palangka Raya", "Palangkaraya").
 */
const ONE_WORD_ABBREVIATIONS = new Set(
  [...Object.values(provinceLexicon.abbreviations), ...Object.values(provinceLexicon.regencyAbbreviations)]
    .flat()
    .filter((form) => !form.includes(" "))
    .map(compactSurface),
);
/** Whether one of the places is named (not only abbreviated) so. */
const namedSo = (places: readonly GazetteerPlace[], compact: string) =>
  places.some((place) => compactSurface(place.bareName) === compact);

/**
 * The gazetteer place written at token `at`, longest first ("Lampung Utara" before "Lampung").
 * Every word must be capitalised: lowercase "batu" is a stone, not Kota Batu.
 */
export function matchPlaceAt(tokens: readonly Token[], at: number, level: PlaceLevel = "any"): PlaceMatch | undefined {
  const first = tokens[at];
  if (!first?.isWord || !first.capitalized) return undefined;
  // The same position is asked about by institutions, titles, names and the place scan alike;
  // the answer depends only on the tokens, so each is read once.
  let memo = tokens === lastMemoTokens ? lastMemo : placeMemo.get(tokens);
  if (!memo) {
    // Sized up front: slots are filled in any order, and a sparse array would turn into a dictionary.
    memo = new Array(tokens.length * 4);
    placeMemo.set(tokens, memo);
  }
  lastMemoTokens = tokens;
  lastMemo = memo;
  // Four slots per token, one per level. null: no place starts there.
  const key = at * 4 + LEVEL_INDEX[level];
  const known = memo[key];
  if (known !== undefined) return known ?? undefined;
  const found = readPlaceAt(tokens, at, level);
  memo[key] = found ?? null;
  return found;
}

const LEVEL_INDEX: Record<PlaceLevel, number> = { any: 0, province: 1, regency: 2, city: 3 };
const placeMemo = new WeakMap<readonly Token[], (PlaceMatch | null | undefined)[]>();
/** The tokens asked about last and their memo: most calls in a row are about one text. */
let lastMemoTokens: readonly Token[] | undefined;
let lastMemo: (PlaceMatch | null | undefined)[] | undefined;

function readPlaceAt(tokens: readonly Token[], at: number, level: PlaceLevel): PlaceMatch | undefined {
  const first = tokens[at];
  if (!first?.isWord || !first.capitalized) return undefined;
  const { bySurface, ambiguousBareNames, ambiguousPhrases, prefixes } = gazetteer();
  let compact = "";
  let best: PlaceMatch | undefined;
  let to = at;
  for (let length = 1; length <= LONGEST_PLACE_TOKENS; length++) {
    let token = tokens[to];
    // "Kab. Blora": the abbreviation's full stop belongs to the place.
    if (token?.text === "." && length === 2 && first.lower === "kab") token = tokens[++to];
    // "Provinsi Sulawesi selatan": a compass word ending a province's name may be written in lowercase.
    const lowercaseCompass = length > 1 && token?.isWord === true && LOWERCASE_COMPASS.has(token.text);
    // "Pangkajene dan Kepulauan": a lowercase conjunction inside a listed name.
    const innerConjunction = length > 1 && token?.lower === "dan" && prefixes.has(`${compact}dan`);
    if (!token?.isWord || (!token.capitalized && !lowercaseCompass && !innerConjunction)) break;
    compact += token.compact;
    // The first word's answer was read with its token's other facts.
    if (length === 1 ? !token.opensPlaceName : !prefixes.has(compact)) break;
    to++;
    const end = to;
    // "Tojo Una-Una", "Toli-Toli": a hyphen written against two capitalised words joins one name.
    const hyphen = tokens[to];
    const joined = tokens[to + 1];
    if (hyphen?.text === "-" && !hyphen.spaced && joined?.capitalized && !joined.spaced) {
      if (prefixes.has(compact + joined.compact)) to++;
    }
    const candidates = bySurface.get(compact);
    if (!candidates || (length > 1 && ONE_WORD_ABBREVIATIONS.has(compact) && !namedSo(candidates, compact))) continue;
    const prefixed = PREFIXES.has(first.lower) && length > 1;
    if (!prefixed && (ambiguousBareNames.has(compact) || (length > 1 && ambiguousPhrases.has(compact)))) continue;
    const place = choosePlace(
      prefixed && (first.lower === "kota" || first.lower === "kab" || first.lower === "kabupaten")
        ? candidates.filter((c) => (first.lower === "kota") === (c.kind === "CITY"))
        : candidates,
      level,
    );
    if (place && (!lowercaseCompass || place.kind === "PROVINCE")) best = { place, from: at, to: end, prefixed };
    if (lowercaseCompass) break;
  }
  return best;
}

/** Compass words that end a province's name, as written in lowercase ("Sumatera utara"). */
const LOWERCASE_COMPASS = new Set(["utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya"]);

/**
 * "Warga Desa Gunungsari Bangun Jalan": in a Title Case headline the words after a place prefix
 * run on into the verb, and "Dana Desa Tahap II" or "Desa Religi" name no village at all. A
 * headline's prefixed place counts as far as the body writes it with its prefix, and not at all
 * when the body never does.
 */
function confirmedByBody(
  mention: UnlistedPlaceMention,
  bodyPlaces: ReadonlySet<string>,
): UnlistedPlaceMention | undefined {
  if (bodyPlaces.has(mention.compact)) return mention;
  const words = mention.written.split(" ");
  for (let count = words.length - 1; count > 0; count--) {
    const written = words.slice(0, count).join(" ");
    const compact = compactSurface(written);
    if (!bodyPlaces.has(compact)) continue;
    const prefixWord = mention.prefixed?.slice(0, mention.prefixed.length - mention.written.length).trim();
    return { ...mention, compact, written, prefixed: prefixWord ? `${prefixWord} ${written}` : undefined };
  }
  return undefined;
}

/**
 * Places the provinces and regencies do not list: a district is accepted when it lies in a
 * regency the article names (thousands of districts share names); a village or district written
 * with its prefix ("Kelurahan Karang Indah") is kept as written. An institution named after a
 * district is placed there.
 */
export function resolveUnlistedPlaces(context: ExtractionContext, datelineWords?: UnlistedPlaceMention): void {
  const mentions = datelineWords ? [...context.unlistedPlaces, datelineWords] : context.unlistedPlaces;
  const unlisted = new Map<string, GazetteerPlace>();
  const bodyPlaces = new Set(mentions.filter((m) => m.span.field === "body").map((m) => m.compact));
  for (const written of mentions) {
    const mention = written.kind && written.span.field === "title" ? confirmedByBody(written, bodyPlaces) : written;
    if (!mention) continue;
    const regencies = new Set(
      [...context.places.keys()].filter((place) => place.kind === "REGENCY" || place.kind === "CITY"),
    );
    // "Desa Baros, Kecamatan Baros": a village named like its district is a place of its own.
    const mayBeDistrict = mention.kind === undefined || mention.kind === "DISTRICT";
    const districts = mayBeDistrict
      ? districtsNamed(mention.compact).filter((d) => d.parent && regencies.has(d.parent))
      : [];
    let place: GazetteerPlace | undefined = districts.length === 1 ? districts[0] : undefined;
    if (!place && mention.kind) {
      const key = `${mention.kind}:${mention.compact}`;
      place = unlisted.get(key) ?? unlistedPlace(mention.written, mention.kind);
      unlisted.set(key, place);
    }
    if (!place) continue;
    const institution = mention.institution ? context.institutions.get(mention.institution) : undefined;
    // "SMPN 5 Cepu", "MTsN Karimun": a school is named after the district it stands in, and the
    // name places it there, but the district's word in a school's name is no place the story
    // reports (eval/README), unlike an office's seat.
    if (institution?.type !== "SCHOOL" || place.kind !== "DISTRICT") {
      context.addPlace(place, mention.written, mention.span);
      if (mention.prefixed) context.addPlace(place, mention.prefixed, undefined);
    }
    if (institution && place.kind === "DISTRICT") {
      institution.place = place;
      institution.province ??= place.province;
    }
  }
}

/** How a regency or a city is written with its level: "Kabupaten Serang", "Kab. Serang", "Kota Serang". */
const LEVEL_WORDS: Record<string, "REGENCY" | "CITY"> = { kabupaten: "REGENCY", kab: "REGENCY", kota: "CITY" };

/** The level a written form of a place states with its first word, if any. */
function writtenLevel(written: string): "REGENCY" | "CITY" | undefined {
  const first = /^\p{L}+/u.exec(written)?.[0]?.toLowerCase();
  return first ? LEVEL_WORDS[first] : undefined;
}

/**
 * "Kabupaten Serang" … "warga di Serang": where a city and a regency share a bare name and the
 * article writes only one of them with its level, the bare name is that one too; the other is
 * dropped and its mentions join it. Returns each dropped place with the place it joined.
 */
export function resolveBareNamesToWrittenLevel(context: ExtractionContext): Map<GazetteerPlace, GazetteerPlace> {
  const joined = new Map<GazetteerPlace, GazetteerPlace>();
  const byBareName = new Map<string, PlaceEntity[]>();
  for (const entity of context.places.values()) {
    if (entity.place.kind !== "CITY" && entity.place.kind !== "REGENCY") continue;
    const bare = compactSurface(entity.place.bareName);
    byBareName.set(bare, [...(byBareName.get(bare) ?? []), entity]);
  }
  for (const namesakes of byBareName.values()) {
    if (namesakes.length !== 2) continue;
    const written = namesakes.filter((entity) =>
      [...entity.writtenForms].some((form) => writtenLevel(form) === entity.place.kind),
    );
    const kept = written.length === 1 ? written[0] : undefined;
    const dropped = namesakes.find((entity) => entity !== kept);
    if (!kept || !dropped) continue;
    for (const form of dropped.writtenForms) kept.writtenForms.add(form);
    for (const span of dropped.mentions) addSpan(kept.mentions, span);
    context.places.delete(dropped.place);
    joined.set(dropped.place, kept.place);
    for (const institution of context.institutions.values()) {
      if (institution.place === dropped.place) institution.place = kept.place;
    }
  }
  return joined;
}
