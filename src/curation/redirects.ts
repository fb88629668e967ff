import { Prisma, type PrismaClient } from "../store/index.ts";
import type { Tx } from "./common.ts";

/**
 * The node a merged-away id now resolves to (merges chain: a node merged into one that is merged
 * later resolves to the last), or null when the id was never merged. One statement.
 */
export async function findRedirect(
  db: PrismaClient | Tx,
  mergedId: string,
): Promise<{ typename: string; id: string } | null> {
  const row = await db.entityRedirect.findUnique({
    where: { mergedId },
    select: { typename: true, personId: true, institutionId: true, placeId: true },
  });
  const keptId = row ? (row.personId ?? row.institutionId ?? row.placeId) : null;
  return row && keptId ? { typename: row.typename, id: keptId } : null;
}

/**
 * The id an entity id given in a filter stands for, as SQL: the node it was merged into, or the
 * id itself. For raw-SQL conditions (an equality with a subquery, planned once).
 */
export function keptIdSql(id: string): Prisma.Sql {
  return Prisma.sql`coalesce((SELECT coalesce(r."personId", r."institutionId", r."placeId") FROM "EntityRedirect" r
    WHERE r."mergedId" = ${id}), ${id})`;
}

/** The Prisma condition "this node, by its id or by an id merged into it". */
export function idOrMergedInto(id: string) {
  return { OR: [{ id }, { mergedFrom: { some: { mergedId: id } } }] };
}
