import type { InstitutionType } from "../generated/prisma/client.ts";
import type { PrismaClient } from "../store/index.ts";
import { type ExportGraph, globalIdOf, type NodeKind } from "./graph.ts";

/**
 * An inline context, not "https://schema.org": a consumer (or a test) expands the file without
 * fetching anything, which an offline machine could not do.
 */
export const JSONLD_CONTEXT = {
  "@vocab": "https://schema.org/",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  url: { "@type": "@id" },
  datePublished: { "@type": "xsd:dateTime" },
} as const;

/** articles read per batch: a bounded statement each, and the first ones are sent while the rest load */
const ARTICLE_BATCH = 200;

/** schema.org's type for each institution type; corrections, police, courts and ministries are government. */
function organizationType(type: InstitutionType): string {
  switch (type) {
    case "COMPANY":
      return "Corporation";
    case "SCHOOL":
      return "EducationalOrganization";
    case "HEALTH":
      return "MedicalOrganization";
    case "COMMUNITY":
    case "OTHER":
      return "Organization";
    default:
      return "GovernmentOrganization";
  }
}

const nodeIri = (kind: NodeKind, id: string) => `urn:wartagraph:${globalIdOf(kind, id)}`;

/**
 * The graph's articles as schema.org NewsArticle: headline, date, url, language, keywords (topics),
 * author (Person), publisher (Organization) and mentions of Person, GovernmentOrganization (or the
 * organisation type that fits) and Place, each with the GraphQL global ID as identifier.
 */
export async function* writeJsonLd(prisma: PrismaClient, graph: ExportGraph): AsyncGenerator<string> {
  const articleIds = graph.nodes
    .filter((node) => node.kind === "Article")
    .map((node) => Buffer.from(node.id, "base64").toString("utf8").slice("Article:".length));
  yield `{"@context":${JSON.stringify(JSONLD_CONTEXT)},"@graph":[`;
  let first = true;
  for (let i = 0; i < articleIds.length; i += ARTICLE_BATCH) {
    const rows = await prisma.article.findMany({
      where: { id: { in: articleIds.slice(i, i + ARTICLE_BATCH) } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        title: true,
        lede: true,
        url: true,
        language: true,
        publishedAt: true,
        publishedDate: true,
        publishedPrecision: true,
        source: { select: { name: true, domain: true } },
        authors: { orderBy: { ordinal: "asc" }, select: { author: { select: { id: true, name: true } } } },
        topics: { orderBy: { topicId: "asc" }, select: { topic: { select: { name: true } } } },
        personMentions: { orderBy: { personId: "asc" }, select: { person: { select: { id: true, name: true } } } },
        institutionMentions: {
          orderBy: { institutionId: "asc" },
          select: { institution: { select: { id: true, name: true, shortName: true, type: true } } },
        },
        placeMentions: { orderBy: { placeId: "asc" }, select: { place: { select: { id: true, name: true } } } },
      },
    });
    for (const article of rows) {
      const document = {
        "@id": nodeIri("Article", article.id),
        "@type": "NewsArticle",
        identifier: globalIdOf("Article", article.id),
        headline: article.title,
        ...(article.lede ? { description: article.lede } : {}),
        ...(article.url ? { url: article.url } : {}),
        ...(article.publishedAt
          ? {
              // a day-only date is a schema.org Date, not a DateTime at a midnight the text never gave
              datePublished:
                article.publishedPrecision === "DAY" && article.publishedDate
                  ? { "@value": article.publishedDate.toISOString().slice(0, 10), "@type": "xsd:date" }
                  : article.publishedAt.toISOString(),
            }
          : {}),
        inLanguage: article.language,
        ...(article.topics.length > 0 ? { keywords: article.topics.map(({ topic }) => topic.name) } : {}),
        author: article.authors.map(({ author }) => ({ "@type": "Person", name: author.name })),
        ...(article.source
          ? {
              publisher: {
                "@type": "Organization",
                name: article.source.name,
                ...(article.source.domain ? { url: `https://${article.source.domain}` } : {}),
              },
            }
          : {}),
        mentions: [
          ...article.personMentions.map(({ person }) => ({
            "@id": nodeIri("Person", person.id),
            "@type": "Person",
            identifier: globalIdOf("Person", person.id),
            name: person.name,
          })),
          ...article.institutionMentions.map(({ institution }) => ({
            "@id": nodeIri("Institution", institution.id),
            "@type": organizationType(institution.type),
            identifier: globalIdOf("Institution", institution.id),
            name: institution.name,
            ...(institution.shortName ? { alternateName: institution.shortName } : {}),
          })),
          ...article.placeMentions.map(({ place }) => ({
            "@id": nodeIri("Place", place.id),
            "@type": "Place",
            identifier: globalIdOf("Place", place.id),
            name: place.name,
          })),
        ],
      };
      yield `${first ? "" : ","}\n${JSON.stringify(document)}`;
      first = false;
    }
  }
  yield "\n]}\n";
}
