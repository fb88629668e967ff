import { normalizeName } from "../ingest/normalize.ts";
import { Prisma, prisma } from "../store/index.ts";
import { decodeCursor, encodeCursor } from "./pagination.ts";

export interface ArticleFilterValues {
  institutionId?: string | undefined;
  personId?: string | undefined;
  placeId?: string | undefined;
  topic?: string | undefined;
  search?: string | undefined;
  publishedAfter?: Date | undefined;
  publishedBefore?: Date | undefined;
}

export interface ArticlePage {
  edges: { id: string; cursor: string }[];
  hasNextPage: boolean;
}

/**
 * Picks one page of article ids in a single statement: the filters are EXISTS conditions on the
 * mention tables, a search ranks by ts_rank over the generated Indonesian tsvector (GIN index),
 * and paging is keyset on (listedAt, id), or (rank, id) when searching, so no page costs more
 * than its size.
 */
export async function selectArticlePage(
  filter: ArticleFilterValues,
  first: number,
  after: string | null | undefined,
): Promise<ArticlePage> {
  const search = filter.search?.trim() || undefined;
  const conditions: Prisma.Sql[] = [];
  if (filter.institutionId) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "InstitutionMention" m WHERE m."articleId" = a."id" AND m."institutionId" = ${filter.institutionId})`,
    );
  }
  if (filter.personId) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PersonMention" m WHERE m."articleId" = a."id" AND m."personId" = ${filter.personId})`,
    );
  }
  if (filter.placeId) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PlaceMention" m WHERE m."articleId" = a."id" AND m."placeId" = ${filter.placeId})`,
    );
  }
  if (filter.topic !== undefined) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTopic" at JOIN "Topic" t ON t."id" = at."topicId" WHERE at."articleId" = a."id" AND t."normalizedName" = ${normalizeName(filter.topic)})`,
    );
  }
  if (filter.publishedAfter) conditions.push(Prisma.sql`a."publishedAt" >= ${filter.publishedAfter}`);
  if (filter.publishedBefore) conditions.push(Prisma.sql`a."publishedAt" < ${filter.publishedBefore}`);

  const query = search ? websearch(search) : undefined;
  if (query) conditions.push(Prisma.sql`a."searchVector" @@ ${query}`);
  const where = conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;

  if (search && query) {
    const cursor = after ? decodeCursor(after, ["number", "string"]) : undefined;
    const page = Prisma.sql`SELECT "id", "rank" FROM (
        SELECT a."id", ts_rank(a."searchVector", ${query})::float8 AS "rank" FROM "Article" a WHERE ${where}
      ) ranked
      ${cursor ? Prisma.sql`WHERE ("rank" < ${cursor[0]} OR ("rank" = ${cursor[0]} AND "id" < ${cursor[1]}))` : Prisma.empty}
      ORDER BY "rank" DESC, "id" DESC
      LIMIT ${first + 1}`;
    const rows = await prisma().$queryRaw<{ id: string; rank: number }[]>(page);
    return {
      edges: rows.slice(0, first).map((r) => ({ id: r.id, cursor: encodeCursor([r.rank, r.id]) })),
      hasNextPage: rows.length > first,
    };
  }

  const cursor = after ? decodeCursor(after, ["string", "string"]) : undefined;
  const keyset = cursor
    ? Prisma.sql` AND (a."listedAt", a."id") < (${new Date(String(cursor[0]))}, ${cursor[1]})`
    : Prisma.empty;
  const rows = await prisma().$queryRaw<{ id: string; listedAt: Date }[]>(
    Prisma.sql`SELECT a."id", a."listedAt" FROM "Article" a WHERE ${where}${keyset}
      ORDER BY a."listedAt" DESC, a."id" DESC LIMIT ${first + 1}`,
  );
  return {
    edges: rows.slice(0, first).map((r) => ({ id: r.id, cursor: encodeCursor([r.listedAt.toISOString(), r.id]) })),
    hasNextPage: rows.length > first,
  };
}

/** websearch syntax ("a b", -c, "exact phrase", or) in the Indonesian configuration. */
function websearch(search: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('indonesian', ${search})`;
}
