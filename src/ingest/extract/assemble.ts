import type { ArticleDraftInput } from "../draft.ts";
import type { GazetteerPlace } from "../gazetteer/index.ts";
import institutionLexicon from "../lexicon/institutions.json" with { type: "json" };
import titleLexicon from "../lexicon/titles.json" with { type: "json" };
import type { ExtractionContext, InstitutionEntity } from "./context.ts";
import { comparisonKey } from "./context.ts";
import type { EventFact } from "./events.ts";
import { resolveGenericIdentity } from "./institutions.ts";
import type { ProductFact } from "./products.ts";
import type { QuoteFact } from "./quotes.ts";
import { isRegionalSecretariatPost, REGIONAL_SECRETARIAT_OFFICES } from "./secretariatPosts.ts";
import type { TopicFact } from "./topics.ts";

const FACILITY_TYPES = new Set(["RUTAN", "LAPAS", "BAPAS", "LPKA"]);
/**
 * "Kepala Seksi …", "Kepala Subbagian …": a head of a section names a unit inside some institution;
 * so does an abbreviated section head's title, which holds the unit word ("Kabid Pembinaan SD").
 */
const SECTION_HEAD_ROLE = new RegExp(
  `^(?:Pelaksana Tugas |Pelaksana Harian |Penjabat |Plt\\.? )?(?:(?:Kepala|Kasi|Kasubsi|Kasubbag|Kabid) (?:${titleLexicon.internalUnitWords.join("|")})\\b|(?:Kabid|Kasi|Kasubsi|Kasubbag|Kasubag|Kasubbid) \\p{Lu})`,
  "u",
);

/**
 * "Kepala Dinas, Budi", "Sekretaris Badan": a head or secretary written with the bare noun of a
 * regional office (titles.json bareUnitHeads) heads the office of that noun the story named last.
 */
const BARE_UNIT_HEAD = new RegExp(
  `^(?:Pelaksana Tugas |Pelaksana Harian |Penjabat |Plt\\.? )?(?:${titleLexicon.bareUnitHeads.heads.join("|")}) (${titleLexicon.bareUnitHeads.units.join("|")})$`,
  "u",
);

/** A village's, kelurahan's or district's government: it has a Kasi or a Kaur, but no Bidang. */
const NO_BIDANG_GOVERNMENT = /^(?:Pemdes|Pemkel|Kecamatan):/;
/**
 * "Ketua RW 05", "Ketua RT 02": a neighbourhood's head holds no post in a body the story names
 * (institutions.json neighbourhoodUnits), not the LPM whose chair is listed before him nor the village.
 */
const NEIGHBOURHOOD_POST = new RegExp(`\\b(?:${institutionLexicon.neighbourhoodUnits.join("|")})\\b`, "u");
/** The village or district a post is written with: "Kasi Pelayanan Desa Sukamaju" → Desa, "Sukamaju". */
const VILLAGE_SEAT_IN_ROLE = /\b(Desa|Kelurahan|Kecamatan) (\p{Lu}[\p{L} ]*)$/u;
/** Kinds of institution whose titles are held nowhere else (a Bhabinkamtibmas, a Babinsa). */
const UNIFORMED_TYPES = new Set(["POLICE", "MILITARY"]);
/**
 * A police or army post posted to a village (titles.json: a standalone title whose kinds are the
 * police's or the army's only, "Babinsa", "Bhabinkamtibmas"), written with that village.
 */
const UNIFORMED_VILLAGE_POST = new RegExp(
  `^(?:${titleLexicon.leadPhrases
    .filter(
      (lead) =>
        "standalone" in lead &&
        lead.standalone &&
        lead.defaultTypes?.length &&
        lead.defaultTypes.every((type) => UNIFORMED_TYPES.has(type)),
    )
    .map((lead) => lead.role)
    .join("|")}) (?:Desa|Kelurahan) `,
  "u",
);
/** A district's government ("Pemerintah Kecamatan X"). */
const DISTRICT_GOVERNMENT = /^Kecamatan:/;
/** A village's or kelurahan's own government. */
const VILLAGE_GOVERNMENT = /^(?:Pemdes|Pemkel):/;
/** A village's council (Badan Permusyawaratan Desa, Kampung, …): a board of members, with no staff. */
const VILLAGE_COUNCIL = /^unit:badanpermusyawaratan/;
/** The posts of a board: its chairman and deputy, secretary, treasurer and members. */
const BOARD_ROLE = /^(?:Pelaksana Tugas |Plt\.? )?(?:Wakil )?(?:Ketua|Sekretaris|Bendahara|Anggota)\b/u;
/** Offices organised in Bidang: "Dinas …", "Badan …" (titles.json bidangOffices). */
const BIDANG_OFFICE = new RegExp(`^(?:${titleLexicon.bidangOffices.join("|")}) `, "u");
const BIDANG_HEAD_ROLE = /^(?:Pelaksana Tugas |Pelaksana Harian |Plt\.? )?(?:Kabid|Kepala Bidang)\b/u;

/** Courts of the whole republic, where no bench of a regional case sits (titles.json apexCourts). */
const APEX_COURTS = new Set<string>(titleLexicon.apexCourts);

/**
 * A commissioner's division ("Ketua Divisi Sosdiklih, SDM dan Parmas", "Koordinator Divisi Hukum"):
 * a post inside an election body. Divisions of prevention and of violations and disputes are
 * Bawaslu's; those of the vote's technique, planning, data, logistics and voter education are KPU's.
 */
const ELECTION_DIVISION_ROLE = /\bDivisi\b/u;
const ELECTION_BODY =
  /^(?:Komisi Pemilihan Umum|Komisi Independen Pemilihan|Badan Pengawas Pemilihan Umum|Panitia Pengawas)\b/u;
const SUPERVISOR_BODY = /^(?:Badan Pengawas Pemilihan Umum|Panitia Pengawas)\b/u;
const SUPERVISOR_DIVISION = /\b(?:Pencegahan|Pelanggaran|Penindakan|Sengketa)\b/u;
const COMMISSION_DIVISION =
  /\b(?:Teknis|Perencanaan|Sosdiklih|Sosialisasi|Logistik|Pemutakhiran|Pendidikan Pemilih|Sumber Daya Manusia|SDM)\b/u;
/** How far before a bare division post the election body it belongs to may be named (characters). */
const DIVISION_BODY_REACH = 800;

/** "Sekretaris Daerah" → "Sekretariat Daerah": posts that head an office of their own (titles.json postOffices). */
const POST_OFFICES = Object.entries(titleLexicon.postOffices as Record<string, string>);

const rolesPattern = (roles: readonly string[]) =>
  new RegExp(`^(?:Pelaksana Tugas |Plt\\.? )?(?:${roles.join("|")})\\b`, "u");
/** Posts of a village's own government ("Sekdes", "Kaur Keuangan"; titles.json villageGovernmentRoles). */
const VILLAGE_GOVERNMENT_ROLE = rolesPattern(titleLexicon.villageGovernmentRoles);
/** A school's post ("Kepala Sekolah", "Wakasek", "Guru Matematika") belongs to a school, never a college. */
const SCHOOL_HEAD_ROLE = rolesPattern(titleLexicon.schoolStaffRoles);
/** A college's post ("Dekan", "Dosen", "Kaprodi …") belongs to a college, never a school. */
const COLLEGE_ROLE = rolesPattern(titleLexicon.collegeRoles);

/** Colleges and faculties: SCHOOL-typed institutions where nobody is a "Kepala Sekolah". */
const HIGHER_EDUCATION_NAME =
  /^(?:Universitas|Institut|Politeknik|Sekolah Tinggi|Akademi|Fakultas|Univ\.?|UIN|IAIN|STAIN|STKIP|STIE|STIKES|STIKes|Poltek)\b/;

/**
 * Whether a post written without its institution repeats one written with it ("Kapolres AKBP Budi"
 * after "Kapolres Sukamaju AKBP Budi"): the same role, or one role opening the other. A different
 * office of the same person ("kuasa hukum Pemohon, Mangara" and "Ketua DPC IKADIN Jepara") stays.
 */
function sameOffice(placed: string, placeless: string): boolean {
  const a = comparisonKey(placed);
  const b = comparisonKey(placeless);
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** Distinct names, none equal to `except` once case, spacing and punctuation are ignored. */
function distinctAliases(forms: Iterable<string>, except: readonly string[], max: number, maxLength: number): string[] {
  const seen = new Set(except.map(comparisonKey));
  const aliases: string[] = [];
  for (const form of forms) {
    const trimmed = form.trim().slice(0, maxLength);
    const key = comparisonKey(trimmed);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    aliases.push(trimmed);
    if (aliases.length >= max) break;
  }
  return aliases;
}

function ensurePlace(context: ExtractionContext, place: GazetteerPlace): string {
  return context.addPlace(place, undefined, undefined).key;
}

/** A Rutan or Lapas belongs to the Kanwil of its province; a Kanwil to its directorate general. */
function parentOf(context: ExtractionContext, institution: InstitutionEntity): InstitutionEntity | undefined {
  const all = [...context.institutions.values()];
  if (institution.parentIdentity) return context.institutions.get(institution.parentIdentity);
  if (FACILITY_TYPES.has(institution.type)) {
    const kanwils = all.filter((i) => i.type === "KANWIL");
    const sameProvince = kanwils.filter((k) => institution.province && k.province === institution.province);
    if (sameProvince.length === 1) return sameProvince[0];
    if (!institution.province && kanwils.length === 1) return kanwils[0];
    return undefined;
  }
  if (institution.type === "DITJEN") {
    const ministries = all.filter((i) => i.type === "MINISTRY");
    return ministries.length === 1 ? ministries[0] : undefined;
  }
  return undefined;
}

export interface AssemblyInput {
  context: ExtractionContext;
  extractorVersion: string;
  article: NonNullable<ArticleDraftInput["article"]>;
  datelinePlace?: GazetteerPlace;
  topics: TopicFact[];
  quotes: QuoteFact[];
  event?: EventFact;
  products: ProductFact[];
}

/** The draft: entities keyed, parents and places linked, every list within the schema's limits. */
export function assembleDraft(input: AssemblyInput): ArticleDraftInput {
  const { context } = input;
  const institutions = [...context.institutions.values()].slice(0, 500);
  const keyOf = (identity: string | undefined): string | undefined => {
    const resolved = identity ? resolveGenericIdentity(context, identity) : undefined;
    return resolved ? context.institutions.get(resolved)?.key : undefined;
  };

  const institutionDrafts = institutions.map((institution) => {
    const parent = parentOf(context, institution);
    const placeOfInstitution = institution.type === "KANWIL" ? institution.province : institution.place;
    const shortName = institution.shortName?.slice(0, 100);
    return {
      key: institution.key,
      name: institution.name.slice(0, 300),
      shortName,
      type: institution.type,
      parent: parent && parent !== institution ? parent.key : undefined,
      place: placeOfInstitution ? ensurePlace(context, placeOfInstitution) : undefined,
      aliases: distinctAliases(
        [...institution.writtenForms, ...(shortName ? [shortName] : []), ...institution.standardAliases],
        [institution.name],
        50,
        300,
      ),
      mentions: institution.mentions.slice(0, 1000),
    };
  });

  const dateline = input.datelinePlace ? ensurePlace(context, input.datelinePlace) : undefined;
  // Parents last: adding a province for a parent must not be missed by an earlier pass.
  for (let added = true; added; ) {
    added = false;
    for (const entity of [...context.places.values()]) {
      const parent = entity.place.parent ?? entity.place.province;
      if (parent && !context.places.has(parent)) {
        ensurePlace(context, parent);
        added = true;
      }
    }
  }
  const places = [...context.places.values()].slice(0, 500).map((entity) => ({
    key: entity.key,
    name: entity.place.name,
    kind: entity.place.kind,
    code: entity.place.code,
    parent: (() => {
      const parent = entity.place.parent ?? entity.place.province;
      return parent ? context.places.get(parent)?.key : undefined;
    })(),
    aliases: distinctAliases([...entity.place.standardAliases, ...entity.writtenForms], [entity.place.name], 50, 300),
    mentions: entity.mentions.slice(0, 1000),
  }));
  const placeKeys = new Set(places.map((p) => p.key));
  const institutionKeys = new Set(institutionDrafts.map((i) => i.key));
  for (const institution of institutionDrafts) {
    if (institution.place && !placeKeys.has(institution.place)) institution.place = undefined;
    if (institution.parent && !institutionKeys.has(institution.parent)) institution.parent = undefined;
  }

  const people = [...context.people.values()].slice(0, 500).map((person) => ({
    key: person.key,
    name: person.name.slice(0, 200),
    aliases: distinctAliases(person.aliases, [person.name], 50, 200),
    mentions: person.mentions.slice(0, 1000),
  }));
  const personKeys = new Set(people.map((p) => p.key));

  // A title without its institution ("Kepala Regu Pengamanan Mustika") is held at the article's
  // most-mentioned institution of the kind that has such a title.
  // "Ketua Majelis Hakim Budi" in a story about a case at PN X that also names the Mahkamah Agung:
  // a bench's post is held at the court trying the case, not at a court of the whole republic.
  const mainInstitutionOf = (types: readonly string[] | undefined) => {
    if (!types) return undefined;
    const held = [...institutions].filter((i) => types.includes(i.type));
    const trying = held.filter((i) => !APEX_COURTS.has(i.name));
    return (trying.length > 0 ? trying : held).sort((a, b) => b.mentions.length - a.mentions.length)[0];
  };
  const mostMentionedInstitution = () => [...institutions].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  // "Kasi Peserta Didik Bidang Pembinaan SMA, Budi" in a story about a school the provincial Dinas
  // suspended: offices have sections, schools do not; a school only when the story names nothing else.
  // Of offices named as often, the one named first (the story's lead) is the story's own.
  const firstBodyMention = (i: InstitutionEntity) =>
    Math.min(...i.mentions.filter((m) => m.field === "body").map((m) => m.start), Number.MAX_SAFE_INTEGER);
  const mostMentionedOffice = () =>
    [...institutions]
      .filter((i) => i.type !== "SCHOOL")
      .sort((a, b) => b.mentions.length - a.mentions.length || firstBodyMention(a) - firstBodyMention(b))[0] ??
    mostMentionedInstitution();
  // "Kepala Sekolah Budi" with no school beside him heads the school named last before him (a
  // story moves from school to school), else the story's most-mentioned school; never a university.
  const schoolOfHead = (at: { field: string; start: number }, college = false) => {
    const schools = institutions.filter((i) => i.type === "SCHOOL" && HIGHER_EDUCATION_NAME.test(i.name) === college);
    let nearest: { school: InstitutionEntity; start: number } | undefined;
    for (const school of schools)
      for (const mention of school.mentions)
        if (mention.field === at.field && mention.start < at.start && (!nearest || mention.start > nearest.start))
          nearest = { school, start: mention.start };
    return nearest?.school ?? schools.sort((a, b) => b.mentions.length - a.mentions.length)[0];
  };
  // The office named last before a post at `at` among `candidates`, else undefined.
  const officeBefore = (at: { field: string; start: number }, candidates: readonly InstitutionEntity[]) => {
    let nearest: { office: InstitutionEntity; start: number } | undefined;
    for (const office of candidates)
      for (const mention of office.mentions)
        if (mention.field === at.field && mention.start < at.start && (!nearest || mention.start > nearest.start))
          nearest = { office, start: mention.start };
    return nearest?.office;
  };
  // "Kabid P2P, Budi" in a story naming a Dinas, a KPU and a village: a village's or district's
  // government has a Kasi and a Kaur but no Bidang, and a regional Dinas or Badan the story names
  // (titles.json bidangOffices) holds a Bidang before an election body or a hospital named more often.
  const sectionOffice = (role: string) => {
    if (!BIDANG_HEAD_ROLE.test(role)) return mostMentionedOffice();
    const offices = institutions.filter((i) => i.type !== "SCHOOL" && !NO_BIDANG_GOVERNMENT.test(i.identity));
    const withBidang = offices.filter((i) => i.type === "LOCAL_GOVERNMENT" && BIDANG_OFFICE.test(i.name));
    return (withBidang.length > 0 ? withBidang : offices).sort(
      (a, b) => b.mentions.length - a.mentions.length || firstBodyMention(a) - firstBodyMention(b),
    )[0];
  };
  // "Asisten II, Budi": an assistant of a regional secretariat written without the office serves the
  // Sekretariat Daerah or, where the story names none, the regional government it names, named last
  // before the post (else the only one); never another local body (a council, a Dinas) named more often.
  const secretariatOffice = (at: { field: string; start: number }) => {
    for (const office of REGIONAL_SECRETARIAT_OFFICES) {
      const offices = institutions.filter((i) => office.test(i.name));
      const found = officeBefore(at, offices) ?? (offices.length === 1 ? offices[0] : undefined);
      if (found) return found;
    }
    return undefined;
  };
  // "Sekdes, Rudi" or "Kaur Keuangan, Siti" in a story naming a village's government: held there,
  // the one named last before the post, not the district's or regency's government named more often.
  // A post written with its village or district ("Kepala Seksi Pemerintahan Desa Sukamaju", "Kasi
  // Trantib Kecamatan Cibiru") is held in that village's or district's government when the story names it.
  const villageGovernmentOf = (role: string, at: { field: string; start: number }) => {
    const villages = institutions.filter((i) => VILLAGE_GOVERNMENT.test(i.identity));
    const [, level, seat] = VILLAGE_SEAT_IN_ROLE.exec(role) ?? [];
    const governments =
      level === "Kecamatan" ? institutions.filter((i) => DISTRICT_GOVERNMENT.test(i.identity)) : villages;
    const seated = seat === undefined ? undefined : governments.find((i) => i.name.endsWith(` ${seat}`));
    if (seated || !VILLAGE_GOVERNMENT_ROLE.test(role)) return seated;
    return officeBefore(at, villages) ?? (villages.length === 1 ? villages[0] : undefined);
  };
  // "Ketua KPU Pasangkayu diwakili Ketua Divisi Sosdiklih, Heriansyah" in a story a KPU of
  // another regency publishes: a bare division post is held in the election body named last
  // before it (of the division's kind: a KPU's or a Bawaslu's), when that is near; else as before.
  const electionDivisionOffice = (role: string, at: { field: string; start: number }) => {
    if (!ELECTION_DIVISION_ROLE.test(role)) return undefined;
    const bodies = institutions.filter((i) => ELECTION_BODY.test(i.name));
    const supervisor = SUPERVISOR_DIVISION.test(role);
    const commission = !supervisor && COMMISSION_DIVISION.test(role);
    const ofKind = bodies.filter((i) =>
      supervisor ? SUPERVISOR_BODY.test(i.name) : commission ? !SUPERVISOR_BODY.test(i.name) : true,
    );
    const candidates = ofKind.length > 0 ? ofKind : bodies;
    let nearest: { office: InstitutionEntity; start: number } | undefined;
    for (const office of candidates)
      for (const mention of office.mentions)
        if (mention.field === at.field && mention.start < at.start && (!nearest || mention.start > nearest.start))
          nearest = { office, start: mention.start };
    return nearest && at.start - nearest.start <= DIVISION_BODY_REACH ? nearest.office : undefined;
  };
  const unitHeadOffice = (role: string, at: { field: string; start: number }) => {
    const unit = BARE_UNIT_HEAD.exec(role)?.[1];
    if (unit === undefined) return undefined;
    const offices = institutions.filter((i) => i.name.startsWith(`${unit} `));
    return officeBefore(at, offices) ?? (offices.length === 1 ? offices[0] : undefined);
  };
  // "Sekretaris Daerah Budi" in a story that names one Sekretariat Daerah: the post's own office.
  const ownOfficeOf = (role: string) => {
    const office = POST_OFFICES.find(([post]) => role === post || role.endsWith(` ${post}`))?.[1];
    if (office === undefined) return undefined;
    const named = institutions.filter((i) => i.name === office || i.name.startsWith(`${office} `));
    return named.length === 1 ? named[0] : undefined;
  };
  // A post found for a staff role is never a village council's: without the village government,
  // the post is held at no institution the story names.
  const staffedOffice = (role: string, office: InstitutionEntity | undefined) =>
    office && VILLAGE_COUNCIL.test(office.identity) && !BOARD_ROLE.test(role) ? undefined : office;
  const seenPositions = new Set<string>();
  // The key of a post's institution; "" where it is to be found below from the story's others:
  // none was read, a police or military title was given a civilian body listed before it ("…,
  // Ketua LPM Wahyu, Bhabinkamtibmas Aipda Joko": no LPM's post), or a village post's seat
  // names no village government the story names ("Kadus Krajan": a hamlet of the story's village).
  // "Sekretaris Daerah Kabupaten X, Budi" in a story that names the Setda of X but not the Pemkab:
  // the post's own office of the same seat, else the one such office the story names.
  const ownOfficeOfSeat = (role: string, identity: string) => {
    const office = POST_OFFICES.find(([post]) => role === post || role.endsWith(` ${post}`))?.[1];
    if (office === undefined) return undefined;
    const seat = identity.split(":")[1];
    const seated = institutions.find(
      (i) => i.name.startsWith(`${office} `) && seat !== undefined && i.identity.split(":")[2] === seat,
    );
    return seated ?? ownOfficeOf(role);
  };
  const institutionKeyOf = (position: (typeof context.positions)[number]): string | undefined => {
    if (position.institution === undefined) return "";
    const key = keyOf(position.institution) ?? ownOfficeOfSeat(position.role, position.institution)?.key;
    const entity = key === undefined ? undefined : institutions.find((i) => i.key === key);
    const types = position.institutionTypes;
    if (entity && types?.every((type) => UNIFORMED_TYPES.has(type)) && !types.includes(entity.type)) return "";
    if (key === undefined && VILLAGE_GOVERNMENT_ROLE.test(position.role)) return "";
    // "Ketua BPD Mekarsari Rahman, Kaur Keuangan Sri, Kasi Pemerintahan Joko": a staff post listed
    // after the council's chairman takes the council from the list, but a council has no staff.
    if (entity && VILLAGE_COUNCIL.test(entity.identity) && !BOARD_ROLE.test(position.role)) return "";
    return key;
  };
  const positions = context.positions
    .filter((position) => personKeys.has(position.person))
    .map((position) => ({
      person: position.person,
      institution: NEIGHBOURHOOD_POST.test(position.role) ? undefined : institutionKeyOf(position),
      institutionTypes: position.institutionTypes,
      role: position.role.slice(0, 200),
      title: position.title.slice(0, 500),
      provenance: position.provenance,
    }))
    .filter(
      (position, _, all) =>
        position.institution !== "" ||
        !all.some(
          (other) =>
            other.person === position.person &&
            other.institution &&
            other.institution !== "" &&
            sameOffice(other.role, position.role),
        ),
    )
    .filter((position) => {
      const identity = `${position.person}|${position.institution ?? ""}|${position.role}`;
      if (seenPositions.has(identity)) return false;
      seenPositions.add(identity);
      return true;
    })
    .slice(0, 1000)
    .map(({ institutionTypes, ...position }) =>
      position.institution === ""
        ? {
            ...position,
            institution: staffedOffice(
              position.role,
              SCHOOL_HEAD_ROLE.test(position.role)
                ? schoolOfHead(position.provenance)
                : isRegionalSecretariatPost(position.role)
                  ? secretariatOffice(position.provenance)
                  : COLLEGE_ROLE.test(position.role)
                    ? (schoolOfHead(position.provenance, true) ?? mainInstitutionOf(institutionTypes))
                    : // "Bhabinkamtibmas Desa Sukamaju": a police or army post written with the village it
                      // is posted to serves the Polsek or Koramil, not the village's government.
                      ((UNIFORMED_VILLAGE_POST.test(position.role)
                        ? undefined
                        : villageGovernmentOf(position.role, position.provenance)) ??
                      electionDivisionOffice(position.role, position.provenance) ??
                      mainInstitutionOf(institutionTypes) ??
                      // "Kepala Seksi Bimas Islam, Afifudin" in a story about a Kemenag office: a section
                      // head with no institution of his title's usual kinds is held at the story's own.
                      (SECTION_HEAD_ROLE.test(position.role) ? sectionOffice(position.role) : undefined) ??
                      unitHeadOffice(position.role, position.provenance) ??
                      ownOfficeOf(position.role)),
            )?.key,
          }
        : position,
    );

  const events = input.event
    ? [
        {
          key: "event-main",
          name: input.event.name,
          kind: input.event.kind,
          date: input.event.date,
          place: input.event.placeKey && placeKeys.has(input.event.placeKey) ? input.event.placeKey : undefined,
          host: keyOf(input.event.host),
          topics: input.event.topics.slice(0, 50),
          participants: input.event.participants.filter((p) => personKeys.has(p.person)).slice(0, 500),
          provenance: input.event.provenance,
        },
      ]
    : [];

  const products = input.products.slice(0, 500).map((product, index) => ({
    key: `product-${index + 1}-${
      comparisonKey(product.name)
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "x"
    }`.slice(0, 200),
    name: product.name.slice(0, 300),
    category: product.category,
    producer: keyOf(product.producer),
    shownAt: events[0]?.key,
    mentions: product.mentions.slice(0, 1000),
  }));

  const labelledQuotes = input.quotes
    .filter((q) => q.speaker === undefined && q.speakerLabel !== undefined)
    .map((q) => ({ text: q.text, speakerLabel: (q.speakerLabel ?? "").slice(0, 200), provenance: q.provenance }))
    .slice(0, 1000);
  return {
    extractorVersion: input.extractorVersion,
    article: { ...input.article, dateline },
    places,
    institutions: institutionDrafts,
    people,
    positions,
    events,
    products,
    quotes: input.quotes
      .filter((q): q is QuoteFact & { speaker: string } => q.speaker !== undefined && personKeys.has(q.speaker))
      .map(({ text, speaker, provenance }) => ({ text, speaker, provenance }))
      .slice(0, 1000),
    ...(labelledQuotes.length > 0 ? { labelledQuotes } : {}),
    topics: input.topics.slice(0, 100),
  };
}
