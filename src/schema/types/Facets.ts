import { queryFromInfo } from "@pothos/plugin-prisma";
import { GraphQLError, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import { keptIdSql } from "../../curation/redirects.ts";
import { Prisma } from "../../store/index.ts";
import { buildArticleFilter, CALENDAR_OFFSET_HOURS, singleEntityOf } from "../articleFilter.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ArticleFilterRef } from "./ArticleFilter.ts";

/** How many entries each facet lists at most (the most frequent; months: the latest). */
export const FACET_DEFAULT = 10;
export const FACET_MAX = 50;

const ENTITY_FACETS = {
  institutions: { model: "institution", typeName: "Institution", table: "InstitutionMention", column: "institutionId" },
  people: { model: "person", typeName: "Person", table: "PersonMention", column: "personId" },
  places: { model: "place", typeName: "Place", table: "PlaceMention", column: "placeId" },
  topics: { model: "topic", typeName: "Topic", table: "ArticleTopic", column: "topicId" },
  sources: { model: "source", typeName: "Source", table: null, column: "sourceId" },
} as const;
type EntityFacetName = keyof typeof ENTITY_FACETS;
const ENTITY_FACET_NAMES = Object.keys(ENTITY_FACETS) as EntityFacetName[];

interface FacetCount<Node> {
  node: Node;
  count: number;
}

interface ArticleFacetsShape {
  total: number;
  months: { month: string; count: number }[];
  entities: Partial<Record<EntityFacetName, FacetCount<unknown>[]>>;
}

/** The facet fields a request selects, so only those are counted (fragments select all). */
function selectedFacets(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else for (const name of [...ENTITY_FACET_NAMES, "months", "total"]) names.add(name);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet ?? undefined);
  return names;
}

/**
 * Counts every selected facet in one statement (from the co-mention counts when the filter names
 * one entity, else over the filtered articles), then reads the counted nodes with one statement
 * per kind of node.
 */
async function countFacets(
  filter: Parameters<typeof buildArticleFilter>[0],
  cap: number,
  context: Context,
  info: GraphQLResolveInfo,
): Promise<ArticleFacetsShape> {
  const wanted = selectedFacets(info);
  const rows =
    (await countUnfilteredFacets(filter, wanted, cap, context)) ??
    (await countEntityFacets(filter, wanted, cap, context)) ??
    (await countFilteredFacets(filter, wanted, cap, context));
  return readFacets(rows, wanted, context, info);
}

export type FacetRow = { facet: string; key: string | null; count: number };

const CO_MENTION_FACETS = { institutions: "Institution", people: "Person", places: "Place", topics: "Topic" } as const;

/**
 * The facets of a filter that names one entity and nothing else, from the co-mention counts the
 * writer keeps (src/graph/coMentions.ts): the articles naming the entity and another are the
 * pair's count, the entity's own articles its diagonal, so each list is the top of the entity's
 * range of the (entityKey, articles) index, not a count over every article it selects. Months
 * are counted on the entity's mention index (listedAt is the publication time of a dated
 * article; undated ones are left out, as the filtered count leaves them out). Null when the
 * filter does not fit, asks for sources, or its name stands for more than one entity.
 */
async function countEntityFacets(
  filter: Parameters<typeof buildArticleFilter>[0],
  wanted: ReadonlySet<string>,
  cap: number,
  context: Context,
): Promise<FacetRow[] | null> {
  const single = singleEntityOf(filter);
  if (!single || wanted.has("sources")) return null;
  const entities =
    "id" in single.ref
      ? Prisma.sql`SELECT ${keptIdSql(single.ref.id)} AS "id"`
      : Prisma.sql`SELECT DISTINCT al.${Prisma.raw(`"${single.column}"`)} AS "id" FROM ${Prisma.raw(`"${single.aliasTable}"`)} al
          WHERE al."normalized" = ${single.ref.normalized}`;
  const mentions = Prisma.raw(`"${single.typename}Mention"`);
  const arms: Prisma.Sql[] = [
    Prisma.sql`(SELECT 'entities' AS "facet", NULL AS "key", (SELECT count(*) FROM e)::int AS "count")`,
    Prisma.sql`(SELECT 'total', NULL, coalesce((SELECT c."articles" FROM k JOIN "CoMention" c ON c."entityKey" = k."key" AND c."otherKey" = k."key"), 0))`,
  ];
  for (const [name, typename] of Object.entries(CO_MENTION_FACETS)) {
    if (!wanted.has(name)) continue;
    arms.push(Prisma.sql`(SELECT ${name}, substr(c."otherKey", ${typename.length + 2}), c."articles"
      FROM k JOIN "CoMention" c ON c."entityKey" = k."key"
      WHERE c."otherKey" LIKE ${`${typename}:%`} AND c."articles" > 0
      ORDER BY c."articles" DESC, c."otherKey" LIMIT ${cap})`);
  }
  if (wanted.has("months")) {
    const month = Prisma.sql`to_char(m."listedAt" + make_interval(hours => ${CALENDAR_OFFSET_HOURS}), 'YYYY-MM')`;
    arms.push(Prisma.sql`(SELECT 'months', ${month}, count(*)::int
      FROM k JOIN ${mentions} m ON m.${Prisma.raw(`"${single.column}"`)} = k."id"
      WHERE m."articleId" NOT IN (SELECT u."id" FROM "Article" u WHERE u."publishedAt" IS NULL)
      GROUP BY 2 ORDER BY 2 DESC LIMIT ${cap})`);
  }
  const rows = await context.prisma.$queryRaw<FacetRow[]>(Prisma.sql`
    WITH e AS (${entities}),
    k AS (SELECT e."id", ${`${single.typename}:`} || e."id" AS "key" FROM e WHERE (SELECT count(*) FROM e) = 1)
    ${Prisma.join(arms, " UNION ALL ")}`);
  const matched = rows.find((row) => row.facet === "entities")?.count ?? 0;
  return matched > 1 ? null : rows.filter((row) => row.facet !== "entities");
}

/**
 * The facets of every article (no condition at all), from the entities' own co-mention counts:
 * the diagonal row (entityKey = otherKey) of an entity holds how many articles name it, so each
 * list is the top of the diagonal index for its kind of node, not a count over every mention of
 * every article. Total, sources and months are counted on the articles themselves (one narrow
 * scan, no mention tables). Null when the filter has any condition.
 */
async function countUnfilteredFacets(
  filter: Parameters<typeof buildArticleFilter>[0],
  wanted: ReadonlySet<string>,
  cap: number,
  context: Context,
): Promise<FacetRow[] | null> {
  // a filter without conditions builds to the bare TRUE (empty lists, blank search, no fields)
  const built = buildArticleFilter(filter);
  if (built.where.sql !== "TRUE" || built.where.values.length > 0) return null;
  const arms: Prisma.Sql[] = [
    Prisma.sql`(SELECT 'total' AS "facet", NULL AS "key", count(*)::int AS "count" FROM "Article" a)`,
  ];
  for (const [name, typename] of Object.entries(CO_MENTION_FACETS)) {
    if (!wanted.has(name)) continue;
    arms.push(Prisma.sql`(SELECT ${name}, substr(c."entityKey", ${typename.length + 2}), c."articles"
      FROM "CoMention" c
      WHERE c."entityKey" = c."otherKey" AND split_part(c."entityKey", ':', 1) = ${typename} AND c."articles" > 0
      ORDER BY c."articles" DESC, c."entityKey" LIMIT ${cap})`);
  }
  if (wanted.has("sources")) {
    arms.push(Prisma.sql`(SELECT 'sources', a."sourceId", count(*)::int FROM "Article" a WHERE a."sourceId" IS NOT NULL
      GROUP BY a."sourceId" ORDER BY count(*) DESC, a."sourceId" LIMIT ${cap})`);
  }
  if (wanted.has("months")) {
    const month = monthOf(Prisma.sql`a."publishedAt"`);
    arms.push(Prisma.sql`(SELECT 'months', to_char(${month}, 'YYYY-MM'), count(*)::int FROM "Article" a
      WHERE a."publishedAt" IS NOT NULL GROUP BY ${month} ORDER BY 2 DESC LIMIT ${cap})`);
  }
  return context.prisma.$queryRaw<FacetRow[]>(Prisma.join(arms, " UNION ALL "));
}

/**
 * The filter as the condition on "Article" a of countFilteredFacets. A search's query is handed
 * over as a sub-select, so the planner cannot estimate how many articles match and reads them
 * from the full-text index instead of testing every article's tsvector (it underrates that
 * test). The counting loops over the matches do not depend on that estimate.
 */
function indexedFilter(filter: Parameters<typeof buildArticleFilter>[0]): Prisma.Sql {
  const searchText = filter?.search?.trim();
  if (!filter || !searchText) return buildArticleFilter(filter).where;
  const rest = buildArticleFilter({ ...filter, search: null }).where;
  return Prisma.sql`a."searchVector" @@ (SELECT websearch_to_tsquery('indonesian', ${searchText})) AND ${rest}`;
}

/**
 * How countFilteredFacets counts: over the articles the filter selects ("direct"), or from the
 * kept per-entity totals less the counts of the articles it leaves out ("complement"); "auto"
 * takes the complement when the filter selects more than COMPLEMENT_FROM_SHARE of the articles.
 * Tests pin one way to compare both.
 */
export type FacetCounting = "auto" | "direct" | "complement";

/**
 * The share of the articles a filter must select for its facets to be counted the complement
 * way: where the two ways cost the same. Each costs about the same per article it counts (the
 * selected ones, or the left-out ones), but the complement also reads the kept totals and makes
 * one pass over every article for the month and source totals, so it pays off only past half.
 * Measured with bench/facetsSelectivity.ts (10,001 articles, filters selecting 10-90% by date,
 * the sidebar's facets with months, p50 of the counting statement, 30 rounds): direct ≈ 4.0 +
 * 67.6 × share ms, complement ≈ 86.6 − 73.5 × share ms, the same at 58.5% (57.7-59.2% in four
 * runs under load).
 */
export const COMPLEMENT_FROM_SHARE = 0.58;

/** The month (UTC+7) an article was published in, as a timestamp: grouped before it is formatted. */
function monthOf(publishedAt: Prisma.Sql): Prisma.Sql {
  // the offset written in, not bound: the grouped and the selected expression must be the same text
  return Prisma.sql`date_trunc('month', ${publishedAt} + make_interval(hours => ${Prisma.raw(String(CALENDAR_OFFSET_HOURS))}))`;
}

/**
 * Every selected facet of the filtered articles in one statement. The filter is evaluated once
 * (CTE f); then either every facet is counted over f, or, when f holds most articles, each facet
 * is its unfiltered count less its count over the articles f leaves out (CTE "unselected"):
 * entity totals are the co-mention diagonal kept by the writer, source and month totals one
 * narrow pass over the articles. Both ways are in the statement; a gate read once
 * (the sizes of f and of the archive) runs one and skips the other's scans. The total row's key
 * names the way taken.
 */
export async function countFilteredFacets(
  filter: Parameters<typeof buildArticleFilter>[0],
  wanted: ReadonlySet<string>,
  cap: number,
  context: Pick<Context, "prisma">,
  counting: FacetCounting = "auto",
): Promise<FacetRow[]> {
  const where = indexedFilter(filter);
  const complement =
    counting === "auto"
      ? Prisma.sql`(SELECT s."matched" > s."everything" * ${Prisma.raw(String(COMPLEMENT_FROM_SHARE))} FROM sizes s)`
      : Prisma.raw(counting === "complement" ? "TRUE" : "FALSE");
  const direct = Prisma.sql`NOT ${complement}`;
  const steps: Prisma.Sql[] = [];
  const arms: Prisma.Sql[] = [
    Prisma.sql`(SELECT 'total' AS "facet", CASE WHEN ${complement} THEN 'complement' ELSE 'direct' END AS "key", s."matched" AS "count" FROM sizes s)`,
  ];
  for (const name of ENTITY_FACET_NAMES) {
    if (!wanted.has(name)) continue;
    const { table, column, typeName } = ENTITY_FACETS[name];
    if (!table) continue;
    const col = Prisma.raw(`"${column}"`);
    const unselected = Prisma.raw(`"unselected_${name}"`);
    // Each counted article's mentions are read through the (articleId, entity) index, one loop
    // per article ("OFFSET 0" keeps the planner from turning it into a join): either way counts
    // at most COMPLEMENT_FROM_SHARE of the articles, which costs less than hashing the whole mention table.
    const mentionsOf = (articles: "f" | "unselected") =>
      Prisma.sql`${Prisma.raw(articles)} r CROSS JOIN LATERAL (SELECT m.${col} FROM ${Prisma.raw(`"${table}"`)} m
        WHERE m."articleId" = r."id" OFFSET 0) x`;
    arms.push(Prisma.sql`(SELECT ${name} AS "facet", x.${col} AS "key", count(*)::int AS "count"
      FROM ${mentionsOf("f")} WHERE ${direct}
      GROUP BY x.${col} ORDER BY count(*) DESC, x.${col} LIMIT ${cap})`);
    steps.push(Prisma.sql`${unselected} AS MATERIALIZED (SELECT x.${col} AS "id", count(*)::int AS "n"
      FROM ${mentionsOf("unselected")} GROUP BY 1)`);
    // An entity's count is its total less its left-out articles. Only the top cap + L totals (L:
    // how many entities the left-out articles name) can make the list: at most L of them lose
    // anything, so at least cap keep totals as high as any entity's further down (an entity
    // only the left-out name sums below zero).
    const prefix = `${typeName}:`;
    arms.push(Prisma.sql`(SELECT ${name}, t."id", sum(t."count")::int FROM (
        (SELECT substr(d."entityKey", ${prefix.length + 1}) AS "id", d."articles" AS "count" FROM "CoMention" d
          WHERE d."entityKey" = d."otherKey" AND split_part(d."entityKey", ':', 1) = ${typeName} AND d."articles" > 0
          ORDER BY d."articles" DESC, d."entityKey" LIMIT ${cap} + (SELECT count(*) FROM ${unselected}))
        UNION ALL SELECT l."id", -l."n" FROM ${unselected} l
      ) t WHERE ${complement} GROUP BY t."id" HAVING sum(t."count") > 0
      ORDER BY sum(t."count") DESC, t."id" LIMIT ${cap})`);
  }
  if (wanted.has("sources")) {
    arms.push(Prisma.sql`(SELECT 'sources' AS "facet", f."sourceId" AS "key", count(*)::int AS "count" FROM f
      WHERE f."sourceId" IS NOT NULL AND ${direct} GROUP BY f."sourceId" ORDER BY count(*) DESC, f."sourceId" LIMIT ${cap})`);
    arms.push(Prisma.sql`(SELECT 'sources', t."key", sum(t."n")::int FROM (
        SELECT a."sourceId" AS "key", 1 AS "n" FROM "Article" a WHERE a."sourceId" IS NOT NULL
        UNION ALL SELECT u."sourceId", -1 FROM unselected u WHERE u."sourceId" IS NOT NULL
      ) t WHERE ${complement} GROUP BY t."key" HAVING sum(t."n") > 0 ORDER BY sum(t."n") DESC, t."key" LIMIT ${cap})`);
  }
  if (wanted.has("months")) {
    arms.push(Prisma.sql`(SELECT 'months' AS "facet", to_char(${monthOf(Prisma.sql`f."publishedAt"`)}, 'YYYY-MM') AS "key", count(*)::int AS "count"
      FROM f WHERE f."publishedAt" IS NOT NULL AND ${direct} GROUP BY ${monthOf(Prisma.sql`f."publishedAt"`)} ORDER BY 2 DESC LIMIT ${cap})`);
    arms.push(Prisma.sql`(SELECT 'months', to_char(t."month", 'YYYY-MM'), sum(t."n")::int FROM (
        SELECT ${monthOf(Prisma.sql`a."publishedAt"`)} AS "month", 1 AS "n" FROM "Article" a WHERE a."publishedAt" IS NOT NULL
        UNION ALL SELECT ${monthOf(Prisma.sql`u."publishedAt"`)}, -1 FROM unselected u WHERE u."publishedAt" IS NOT NULL
      ) t WHERE ${complement} GROUP BY t."month" HAVING sum(t."n") > 0 ORDER BY t."month" DESC LIMIT ${cap})`);
  }
  return context.prisma.$queryRaw<FacetRow[]>(Prisma.sql`
    WITH f AS MATERIALIZED (SELECT a."id", a."sourceId", a."publishedAt" FROM "Article" a WHERE ${where}),
    sizes AS MATERIALIZED (SELECT (SELECT count(*) FROM f)::int AS "matched", (SELECT count(*) FROM "Article")::int AS "everything"),
    unselected AS MATERIALIZED (SELECT a."id", a."sourceId", a."publishedAt" FROM "Article" a
      WHERE NOT EXISTS (SELECT 1 FROM f WHERE f."id" = a."id"))
    ${steps.length > 0 ? Prisma.sql`, ${Prisma.join(steps, ", ")}` : Prisma.empty}
    ${Prisma.join(arms, " UNION ALL ")}`);
}

/** The counted facets with their nodes, read with one statement per kind of node. */
async function readFacets(
  rows: readonly FacetRow[],
  wanted: ReadonlySet<string>,
  context: Context,
  info: GraphQLResolveInfo,
): Promise<ArticleFacetsShape> {
  const result: ArticleFacetsShape = { total: 0, months: [], entities: {} };
  for (const row of rows) if (row.facet === "total") result.total = row.count;
  result.months = rows
    .filter((row) => row.facet === "months" && row.key)
    .map((row) => ({ month: String(row.key), count: row.count }))
    .sort((a, b) => a.month.localeCompare(b.month));

  await Promise.all(
    ENTITY_FACET_NAMES.filter((name) => wanted.has(name)).map(async (name) => {
      const counted = rows.filter((row) => row.facet === name && row.key !== null);
      if (counted.length === 0) {
        result.entities[name] = [];
        return;
      }
      const { model, typeName } = ENTITY_FACETS[name];
      const query = queryFromInfo({ context, info, typeName, path: [name, "node"] });
      // one findMany per kind: the delegate differs per model, the call does not
      const delegate = context.prisma[model] as unknown as {
        findMany(args: object): Promise<{ id: string }[]>;
      };
      const nodes = await delegate.findMany({ ...query, where: { id: { in: counted.map((row) => row.key) } } });
      const byId = new Map(nodes.map((node) => [node.id, node]));
      result.entities[name] = counted.flatMap((row) => {
        const node = byId.get(String(row.key));
        return node ? [{ node, count: row.count }] : [];
      });
    }),
  );
  return result;
}

function facetCountType<Name extends string>(name: Name, nodeType: string, what: string) {
  return builder.objectRef<FacetCount<unknown>>(name).implement({
    description: `How many of the filtered articles ${what}.`,
    fields: (t) => ({
      node: t.field({
        // biome-ignore lint/suspicious/noExplicitAny: the node type is named by string; the prisma plugin checks it at build time
        type: nodeType as any,
        description: "The counted node.",
        resolve: (entry) => entry.node as never,
      }),
      count: t.exposeInt("count", { description: "How many articles." }),
    }),
  });
}

const InstitutionFacetRef = facetCountType("InstitutionFacet", "Institution", "name the institution");
const PersonFacetRef = facetCountType("PersonFacet", "Person", "name the person");
const PlaceFacetRef = facetCountType("PlaceFacet", "Place", "name the place");
const TopicFacetRef = facetCountType("TopicFacet", "Topic", "are about the topic");
const SourceFacetRef = facetCountType("SourceFacet", "Source", "the publication published");

const MonthFacetRef = builder.objectRef<{ month: string; count: number }>("MonthFacet").implement({
  description: "How many of the filtered articles were published in a month (Western Indonesian Time).",
  fields: (t) => ({
    month: t.exposeString("month", { description: "The month, as YYYY-MM." }),
    count: t.exposeInt("count", { description: "How many articles." }),
  }),
});

const ArticleFacetsRef = builder.objectRef<ArticleFacetsShape>("ArticleFacets").implement({
  description:
    "Counts of the articles a filter selects, by institution, person, place, topic, source and month: a page's sidebar and chart in one request.",
  fields: (t) => ({
    total: t.exposeInt("total", { description: "How many articles meet the filter." }),
    institutions: t.field({
      type: [InstitutionFacetRef],
      description: "The institutions the articles name most, with how many articles name each.",
      resolve: (facets) => facets.entities.institutions ?? [],
    }),
    people: t.field({
      type: [PersonFacetRef],
      description: "The people the articles name most.",
      resolve: (facets) => facets.entities.people ?? [],
    }),
    places: t.field({
      type: [PlaceFacetRef],
      description: "The places the articles name most.",
      resolve: (facets) => facets.entities.places ?? [],
    }),
    topics: t.field({
      type: [TopicFacetRef],
      description: "The topics most of the articles are about.",
      resolve: (facets) => facets.entities.topics ?? [],
    }),
    sources: t.field({
      type: [SourceFacetRef],
      description: "The publications with the most of the articles.",
      resolve: (facets) => facets.entities.sources ?? [],
    }),
    months: t.field({
      type: [MonthFacetRef],
      description: "Articles per month, oldest first (the latest months when capped); undated articles are left out.",
      resolve: (facets) => facets.months,
    }),
  }),
});

builder.queryField("articleFacets", (t) =>
  t.field({
    type: ArticleFacetsRef,
    description: `Counts of the articles that meet a filter, by institution, person, place, topic, source and month; each list holds the \`first\` most frequent (default ${FACET_DEFAULT}, at most ${FACET_MAX}).`,
    args: {
      filter: t.arg({ type: ArticleFilterRef, description: "The same conditions as articles(filter:)." }),
      first: t.arg.int({ description: `How many entries per facet (default ${FACET_DEFAULT}, at most ${FACET_MAX}).` }),
    },
    resolve: (_root, args, context, info) => {
      const first = args.first ?? FACET_DEFAULT;
      if (first < 0 || first > FACET_MAX) {
        throw new GraphQLError(`first must be between 0 and ${FACET_MAX}`, { extensions: { code: "BAD_USER_INPUT" } });
      }
      return countFacets(args.filter, first, context, info);
    },
  }),
);
