import { writeArticleDraft } from "../../src/graph/index.ts";
import { type ArticleDraftInput, parseArticleDraft } from "../../src/ingest/draft.ts";
import type { PrismaClient } from "../../src/store/index.ts";

/**
 * A small newsroom of drafts in which every filter, facet and path question has an answer that
 * differs from its neighbours': each article names a different mix of institutions, people,
 * places, topics, sources, authors and dates.
 */

interface InstitutionSpec {
  key: string;
  name: string;
  shortName?: string;
  type: "RUTAN" | "LAPAS" | "KANWIL" | "DITJEN";
  aliases?: string[];
  parent?: string;
  place?: string;
}

const INSTITUTIONS: Record<string, InstitutionSpec> = {
  "rutan-blora": {
    key: "rutan-blora",
    name: "Rutan Kelas IIB Blora",
    shortName: "Rutan Blora",
    type: "RUTAN",
    aliases: ["Rutan Blora", "Rumah Tahanan Negara Kelas IIB Blora"],
    place: "blora",
  },
  "lapas-pati": {
    key: "lapas-pati",
    name: "Lapas Kelas IIB Pati",
    shortName: "Lapas Pati",
    type: "LAPAS",
    aliases: ["Lapas Pati"],
  },
  "rutan-demak": { key: "rutan-demak", name: "Rutan Demak", type: "RUTAN" },
  "kanwil-jateng": {
    key: "kanwil-jateng",
    name: "Kanwil Ditjenpas Jawa Tengah",
    shortName: "Kanwil Ditjenpas Jateng",
    type: "KANWIL",
    aliases: ["Kanwil Ditjenpas Jateng"],
  },
};

const PEOPLE: Record<string, string> = {
  mardi: "Mardi Santoso",
  hemu: "Hemu",
  sari: "Sari Wulandari",
  joko: "Joko Prasetyo",
};

const PLACES: Record<string, { name: string; kind: "REGENCY"; aliases: string[] }> = {
  blora: { name: "Kabupaten Blora", kind: "REGENCY", aliases: ["Blora"] },
  pati: { name: "Kabupaten Pati", kind: "REGENCY", aliases: ["Pati"] },
};

export interface NewsSpec {
  slug: string;
  publishedAt: string;
  institutions?: string[];
  people?: string[];
  places?: string[];
  topics?: string[];
  source?: { name: string; domain?: string };
  authors?: string[];
  /** [person, institution, role] */
  positions?: [string, string, string][];
  /** an event hosted by an institution with its participants */
  event?: { key: string; name: string; host: string; participants: string[]; date: string };
  words?: string;
}

/** Builds a draft whose body names every entity it lists, with real spans. */
export function newsDraft(spec: NewsSpec): ArticleDraftInput {
  const institutions = (spec.institutions ?? []).map((key) => INSTITUTIONS[key] as InstitutionSpec);
  const people = spec.people ?? [];
  const places = spec.places ?? [];
  const sentences = [
    ...institutions.map((i) => `Kegiatan berlangsung di ${i.name}.`),
    ...people.map((p) => `Hadir pula ${PEOPLE[p]}.`),
    ...places.map((p) => `Lokasinya di ${PLACES[p]?.name}.`),
    spec.words ?? "Warga binaan mengikuti pembinaan.",
  ];
  const body = sentences.join(" ");
  const span = (text: string) => {
    const start = body.indexOf(text);
    if (start < 0) throw new Error(`"${text}" is not in the body`);
    return { start, end: start + text.length };
  };
  return {
    extractorVersion: "test",
    article: {
      title: `Berita ${spec.slug}`,
      body,
      slug: spec.slug,
      url: `https://news.example.test/${spec.slug}`,
      publishedAt: spec.publishedAt,
      ...(spec.source ? { source: spec.source } : {}),
      authors: (spec.authors ?? []).map((name) => ({ name })),
    },
    places: places.map((key) => ({
      key,
      name: PLACES[key]?.name ?? key,
      kind: "REGENCY",
      aliases: PLACES[key]?.aliases ?? [],
      mentions: [span(PLACES[key]?.name ?? key)],
    })),
    institutions: institutions.map((i) => ({
      key: i.key,
      name: i.name,
      ...(i.shortName ? { shortName: i.shortName } : {}),
      type: i.type,
      aliases: i.aliases ?? [],
      ...(i.place && places.includes(i.place) ? { place: i.place } : {}),
      mentions: [span(i.name)],
    })),
    people: people.map((key) => ({ key, name: PEOPLE[key] as string, mentions: [span(PEOPLE[key] as string)] })),
    positions: (spec.positions ?? []).map(([person, institution, role]) => ({
      person,
      institution,
      role,
      title: `${role} ${INSTITUTIONS[institution]?.shortName ?? INSTITUTIONS[institution]?.name}`,
      provenance: span(PEOPLE[person] as string),
    })),
    events: spec.event
      ? [
          {
            key: spec.event.key,
            name: spec.event.name,
            kind: "INSPECTION",
            date: spec.event.date,
            host: spec.event.host,
            topics: [],
            participants: spec.event.participants.map((person, index) => ({
              person,
              role: index === 0 ? "LEAD" : "ACCOMPANYING",
              provenance: span(PEOPLE[person] as string),
            })),
            provenance: span(INSTITUTIONS[spec.event.host]?.name as string),
          },
        ]
      : [],
    topics: (spec.topics ?? []).map((name) => ({ name })),
  };
}

/**
 * Four articles: who is named where is chosen so that each filter picks a different set.
 *   a-blora-pati   Mar 10  Rutan Blora + Lapas Pati, Mardi, Blora   UMKM               WARTAWAN   Sri
 *   b-blora        Apr 1 (WIB; Mar 31 in UTC)  Rutan Blora, Hemu     ketahanan pangan   Jateng Pos Budi
 *   c-pati         May 2   Lapas Pati, Hemu + Mardi, Pati           UMKM               WARTAWAN   Sri
 *   d-demak        Jun 1   Rutan Demak, Sari                        (none)             (none)
 */
export const NEWSROOM: NewsSpec[] = [
  {
    slug: "a-blora-pati",
    publishedAt: "2025-03-10T10:00:00+07:00",
    institutions: ["rutan-blora", "lapas-pati"],
    people: ["mardi"],
    places: ["blora"],
    topics: ["UMKM"],
    source: { name: "WARTAWAN", domain: "demak.wartawan.org" },
    authors: ["Sri Setyo Lestari"],
  },
  {
    slug: "b-blora",
    publishedAt: "2025-04-01T05:00:00+07:00",
    institutions: ["rutan-blora"],
    people: ["hemu"],
    topics: ["ketahanan pangan"],
    source: { name: "Jateng Pos", domain: "jatengpos.example" },
    authors: ["Budi Santoso"],
    words: "Panen sayuran di lahan ketahanan pangan.",
  },
  {
    slug: "c-pati",
    publishedAt: "2025-05-02T09:00:00+07:00",
    institutions: ["lapas-pati"],
    people: ["hemu", "mardi"],
    places: ["pati"],
    topics: ["UMKM"],
    source: { name: "WARTAWAN", domain: "demak.wartawan.org" },
    authors: ["Sri Setyo Lestari"],
  },
  {
    slug: "d-demak",
    publishedAt: "2025-06-01T09:00:00+07:00",
    institutions: ["rutan-demak"],
    people: ["sari"],
  },
];

export async function writeDrafts(prisma: PrismaClient, drafts: readonly ArticleDraftInput[]): Promise<void> {
  for (const draft of drafts) await writeArticleDraft(prisma, parseArticleDraft(draft));
}

export const writeNewsroom = (prisma: PrismaClient) => writeDrafts(prisma, NEWSROOM.map(newsDraft));
