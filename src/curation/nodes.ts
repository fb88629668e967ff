import { lockInOrder } from "../graph/entityLocks.ts";
import type { Prisma } from "../store/index.ts";
import {
  type CuratedTypename,
  CurationError,
  curatedKind,
  globalIdOf,
  ident,
  KIND_TABLES,
  type NodeRef,
  type Tx,
} from "./common.ts";

/** What the log keeps of a node before and after a change. */
export interface NodeSnapshot {
  id: string;
  typename: string;
  name: string;
  aliases: string[];
  parent: string | null;
  /** how many articles name it */
  articles: number;
  [extra: string]: Prisma.JsonValue;
}

/** The node, or a CurationError naming the argument when there is no such node. */
export async function requireNode(tx: Tx, ref: NodeRef, argument: string, allowed?: readonly CuratedTypename[]) {
  const kind = curatedKind(ref, argument, allowed);
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${ident(kind.table)} WHERE id = ${ref.id}`;
  if (rows.length === 0) {
    throw new CurationError(`${argument}: no ${kind.typename} has the ID ${globalIdOf(kind.typename, ref.id)}`);
  }
  return kind;
}

/** One statement: the node's name, aliases, parent and how many articles name it. */
export async function snapshotNode(tx: Tx, typename: CuratedTypename, id: string): Promise<NodeSnapshot> {
  const kind = KIND_TABLES[typename];
  const parent = typename === "Person" ? "NULL::text" : `n."parentId"`;
  const extra =
    typename === "Institution"
      ? `json_build_object('type', n.type, 'shortName', n."shortName")`
      : typename === "Place"
        ? `json_build_object('kind', n.kind, 'code', n.code)`
        : `'{}'::json`;
  const rows = await tx.$queryRawUnsafe<
    { name: string; aliases: string[] | null; parentId: string | null; articles: number; extra: object }[]
  >(
    `SELECT n.name,
       (SELECT array_agg(a.alias ORDER BY a.normalized) FROM "${kind.aliasTable}" a WHERE a."${kind.column}" = n.id) AS aliases,
       ${parent} AS "parentId",
       (SELECT count(*)::int FROM "${kind.mentionTable}" m WHERE m."${kind.column}" = n.id) AS articles,
       ${extra} AS extra
     FROM "${kind.table}" n WHERE n.id = $1`,
    id,
  );
  const row = rows[0];
  if (!row) throw new CurationError(`no ${typename} has the ID ${globalIdOf(typename, id)}`);
  return {
    ...(row.extra as Record<string, Prisma.JsonValue>),
    id: globalIdOf(typename, id),
    typename,
    name: row.name,
    aliases: row.aliases ?? [],
    parent: row.parentId ? globalIdOf(typename, row.parentId) : null,
    articles: row.articles,
  };
}

/** A written form in the writer's terms: its scope ("" or a place kind) and normalized text. */
export interface Form {
  scope: string;
  normalized: string;
}

/**
 * Takes the writer's locks on every written form of the nodes (the keys of
 * src/graph/resolveByAlias.ts lockKeysOf), so an ingest resolving one of those names waits for
 * this change and then sees it, and this change waits for an ingest already writing them.
 */
export async function lockForms(
  tx: Tx,
  typename: CuratedTypename,
  ids: readonly string[],
  extra: readonly Form[] = [],
) {
  const kind = KIND_TABLES[typename];
  const scope = typename === "Place" ? `a.kind::text` : `''`;
  const forms = await tx.$queryRawUnsafe<{ scope: string; normalized: string }[]>(
    `SELECT ${scope} AS scope, a.normalized FROM "${kind.aliasTable}" a WHERE a."${kind.column}" = ANY($1::text[])`,
    ids,
  );
  await lockInOrder(tx, [
    ...forms.map((form) => `${kind.lockName}:${form.scope}\u0000${form.normalized}`),
    ...extra.map((form) => `${kind.lockName}:${form.scope}\u0000${form.normalized}`),
  ]);
}
