import { writeArticleDraft } from "../../src/graph/index.ts";
import { type ArticleDraftInput, parseArticleDraft } from "../../src/ingest/draft.ts";
import type { PrismaClient } from "../../src/store/index.ts";

/**
 * Curation fixtures: articles that name one institution, person or place in ways the writer
 * cannot tell are one (two nodes for one thing), and one name for two people.
 */

export interface InstitutionSpec {
  name: string;
  aliases?: string[];
  type?: "RUTAN" | "LAPAS" | "KANWIL";
}

export interface CurationArticle {
  slug: string;
  publishedAt: string;
  institutions: InstitutionSpec[];
  /** [person name, index of the institution, role] */
  positions: [string, number, string][];
  /** [person name, text] */
  quotes?: [string, string][];
  /** places by name, each with its aliases */
  places?: { name: string; aliases?: string[] }[];
  /** [product name, index of the producing institution] */
  products?: [string, number][];
}

export function curationDraft(spec: CurationArticle): ArticleDraftInput {
  const people = [...new Set([...spec.positions.map((p) => p[0]), ...(spec.quotes ?? []).map((q) => q[0])])];
  const sentences = [
    ...spec.institutions.map((i) => `Kegiatan berlangsung di ${i.name}.`),
    ...people.map((p) => `Hadir pula ${p}.`),
    ...(spec.places ?? []).map((p) => `Lokasinya di ${p.name}.`),
    ...(spec.quotes ?? []).map(([, text]) => `"${text}," ujarnya.`),
    ...(spec.products ?? []).map(([name]) => `Produk ${name} dipamerkan.`),
  ];
  const body = sentences.join(" ");
  const span = (text: string) => {
    const start = body.indexOf(text);
    if (start < 0) throw new Error(`"${text}" is not in the body`);
    return { start, end: start + text.length };
  };
  const personKey = (name: string) => `p${people.indexOf(name)}`;
  return {
    extractorVersion: "test",
    article: {
      title: `Berita ${spec.slug}`,
      body,
      slug: spec.slug,
      url: `https://news.example.test/${spec.slug}`,
      publishedAt: spec.publishedAt,
    },
    places: (spec.places ?? []).map((p, index) => ({
      key: `l${index}`,
      name: p.name,
      kind: "REGENCY",
      aliases: p.aliases ?? [],
      mentions: [span(p.name)],
    })),
    institutions: spec.institutions.map((i, index) => ({
      key: `i${index}`,
      name: i.name,
      type: i.type ?? "RUTAN",
      aliases: i.aliases ?? [],
      mentions: [span(i.name)],
    })),
    people: people.map((name) => ({ key: personKey(name), name, mentions: [span(name)] })),
    positions: spec.positions.map(([person, institution, role]) => ({
      person: personKey(person),
      institution: `i${institution}`,
      role,
      title: `${role} ${spec.institutions[institution]?.name}`,
      provenance: span(person),
    })),
    quotes: (spec.quotes ?? []).map(([speaker, text]) => ({
      speaker: personKey(speaker),
      text,
      provenance: span(text),
    })),
    products: (spec.products ?? []).map(([name, producer], index) => ({
      key: `r${index}`,
      name,
      category: "HANDICRAFT",
      producer: `i${producer}`,
      mentions: [span(`Produk ${name}`)],
    })),
    events: [],
    topics: [],
  };
}

export async function writeCurationArticles(prisma: PrismaClient, specs: readonly CurationArticle[]) {
  for (const spec of specs) await writeArticleDraft(prisma, parseArticleDraft(curationDraft(spec)));
}

export const RUTAN = { name: "Rutan Kelas IIB Blora", aliases: ["Rutan Blora"] } satisfies InstitutionSpec;
/** the same detention centre as RUTAN, written so that no form is shared: a second node */
export const RUTAN_TWIN = { name: "Rumah Tahanan Negara Blora", aliases: ["RTN Blora"] } satisfies InstitutionSpec;
export const LAPAS = { name: "Lapas Kelas IIA Pati", aliases: ["Lapas Pati"], type: "LAPAS" } satisfies InstitutionSpec;
