import {
  defaultFieldResolver,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { normalizeName } from "../../ingest/normalize.ts";
import type { Context } from "../context.ts";
import { type CompiledPage, compilePage, type PageRoot } from "./compile.ts";

/**
 * Page reads in one statement (issue 11): `institution(name:)` and `person(name:)` ask
 * PostgreSQL (or PGlite) for the whole page as JSON when compile.ts can compile the selection,
 * and the resolvers of the types a page shows answer from that JSON; any other selection is read
 * by the Pothos/Prisma resolvers as before. installPageReads wraps the resolvers of the built
 * schema, so the type files keep defining the general path.
 */

/** The types whose fields a compiled page answers (compile.ts TYPES and the connections). */
const PAGE_TYPES = [
  "Institution",
  "Person",
  "Position",
  "Article",
  "Event",
  "Quote",
  "InstitutionArticlesConnection",
  "InstitutionArticlesConnectionEdge",
  "PersonArticlesConnection",
  "PersonArticlesConnectionEdge",
  "PageInfo",
];

let enabled = true;

/** Off: every page takes the general path (tests compare the two answers). */
export function setPageReadsEnabled(on: boolean): void {
  enabled = on;
}

/** How many pages were answered by a compiled statement, since the process started. */
export const pageReadStats = { compiled: 0 };

/** Plans by the first field node of the root field: a parsed document is reused by yoga's cache. */
const plans = new WeakMap<FieldNode, CompiledPage | null>();

function planOf(root: PageRoot, info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]): CompiledPage | null {
  const first = info.fieldNodes[0] as FieldNode;
  const known = plans.get(first);
  if (known !== undefined) return known;
  const plan = compilePage(root, {
    fieldNodes: info.fieldNodes,
    fragments: info.fragments,
    variableValues: info.variableValues,
  });
  if (plan === null || plan.reusable) plans.set(first, plan);
  return plan;
}

interface Compiled {
  $: true;
  [responseKey: string]: unknown;
}

function isCompiled(value: unknown): value is Compiled {
  return typeof value === "object" && value !== null && (value as { $?: unknown }).$ === true;
}

export function installPageReads(schema: GraphQLSchema): GraphQLSchema {
  for (const typeName of PAGE_TYPES) {
    const type = schema.getType(typeName) as GraphQLObjectType | undefined;
    if (!type) throw new Error(`page reads: no type ${typeName} in the schema`);
    for (const field of Object.values(type.getFields())) {
      const general = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, context, info) =>
        isCompiled(parent) ? parent[info.path.key as string] : general(parent, args, context, info);
    }
  }
  const query = schema.getQueryType() as GraphQLObjectType;
  for (const root of ["institution", "person"] as const) {
    const field = query.getFields()[root];
    if (!field?.resolve) throw new Error(`page reads: no resolver of Query.${root}`);
    const general = field.resolve;
    field.resolve = (parent, args: { id?: unknown; name?: unknown }, context: Context, info) => {
      if (enabled && (args.id === null || args.id === undefined) && typeof args.name === "string") {
        const plan = planOf(root, info);
        if (plan) return readPage(context, plan, args.name);
      }
      return general(parent, args, context, info);
    };
  }
  return schema;
}

async function readPage(context: Context, plan: CompiledPage, name: string): Promise<unknown> {
  pageReadStats.compiled += 1;
  const rows = await context.prisma.$queryRawUnsafe<{ j: string }[]>(plan.sql, normalizeName(name));
  const row = rows[0];
  return row ? JSON.parse(row.j) : null;
}
