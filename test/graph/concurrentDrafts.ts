import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { normalizeName } from "../../src/ingest/normalize.ts";
import type { PrismaClient } from "../../src/store/index.ts";

/**
 * Four new entities, each written in several forms. Every article gives one entity one of its
 * forms as name plus the shared form as alias, so written one by one they all resolve to one
 * node that ends with every form.
 */
export const RACED_ENTITIES = {
  personA: {
    shared: "Bambang Sulistyo Wibowo",
    forms: ["Bambang Sulistyo", "Pak Bambang Sulistyo Wibowo", "Bambang S. Wibowo"],
  },
  personB: {
    shared: "Siti Rahmawati Lestari",
    forms: ["Siti Rahmawati", "Bu Siti Rahmawati Lestari", "Siti R. Lestari"],
  },
  institution: {
    shared: "Lapas Kelas IIA Sukamakmur",
    forms: ["Lapas Sukamakmur", "LP Sukamakmur", "Lembaga Pemasyarakatan Sukamakmur"],
  },
  place: { shared: "Kabupaten Sukamakmur", forms: ["Sukamakmur", "Kab. Sukamakmur", "Bumi Sukamakmur"] },
} as const;

/**
 * Article `index`: its own title and text, no url, the raced entities in forms chosen by
 * `index`; with `peopleOnly` just the two people (nothing else a writer would wait on).
 */
export function racingDraft(index: number, { peopleOnly = false } = {}): ArticleDraft {
  const pick = (entity: { shared: string; forms: readonly string[] }) =>
    index % (entity.forms.length + 1) === 0
      ? entity.shared
      : (entity.forms[(index % (entity.forms.length + 1)) - 1] as string);
  const { personA, personB, institution, place } = RACED_ENTITIES;
  const names = { a: pick(personA), b: pick(personB), lapas: pick(institution), kab: pick(place) };
  const body = `${names.a} dan ${names.b} meninjau ${names.lapas} di ${names.kab} pada kunjungan ke-${index}.`;
  const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
  return parseArticleDraft({
    extractorVersion: "race-test",
    article: { title: `Kunjungan ke-${index} ke Lapas Sukamakmur`, body },
    places: peopleOnly
      ? []
      : [{ key: "kab", name: names.kab, kind: "REGENCY", aliases: [place.shared], mentions: [span(names.kab)] }],
    institutions: peopleOnly
      ? []
      : [
          {
            key: "lapas",
            name: names.lapas,
            type: "LAPAS",
            place: "kab",
            aliases: [institution.shared],
            mentions: [span(names.lapas)],
          },
        ],
    people: [
      { key: "a", name: names.a, aliases: [personA.shared], mentions: [span(names.a)] },
      { key: "b", name: names.b, aliases: [personB.shared], mentions: [span(names.b)] },
    ],
    topics: peopleOnly ? [] : [{ name: "Kunjungan kerja" }],
  });
}

/** How the store holds the raced entities: nodes per entity and the forms each node has. */
export async function racedGraph(prisma: PrismaClient) {
  const named = (shared: string) => ({ aliases: { some: { normalized: normalizeName(shared) } } });
  const forms = (rows: { aliases: { normalized: string }[] }[]) =>
    rows.map((r) => r.aliases.map((a) => a.normalized).sort());
  const aliases = { select: { normalized: true } } as const;
  const { personA, personB, institution, place } = RACED_ENTITIES;
  const [a, b, lapas, kab] = await Promise.all([
    prisma.person.findMany({ where: named(personA.shared), select: { aliases } }),
    prisma.person.findMany({ where: named(personB.shared), select: { aliases } }),
    prisma.institution.findMany({ where: named(institution.shared), select: { aliases } }),
    prisma.place.findMany({ where: named(place.shared), select: { aliases } }),
  ]);
  return {
    nodes: {
      people: await prisma.person.count(),
      institutions: await prisma.institution.count(),
      places: await prisma.place.count(),
      articles: await prisma.article.count(),
    },
    forms: { personA: forms(a), personB: forms(b), institution: forms(lapas), place: forms(kab) },
  };
}

/** What racedGraph must say after `articles` racing writers: one node per entity, with every form. */
export function expectedRacedGraph(articles: number) {
  const all = (entity: { shared: string; forms: readonly string[] }) => [
    [entity.shared, ...entity.forms].map(normalizeName).sort(),
  ];
  const { personA, personB, institution, place } = RACED_ENTITIES;
  return {
    nodes: { people: 2, institutions: 1, places: 1, articles },
    forms: { personA: all(personA), personB: all(personB), institution: all(institution), place: all(place) },
  };
}
