import { Prisma, type PrismaClient } from "../store/index.ts";
import { type Actor, CurationError, globalIdOf, ident, inTransaction, type NodeRef, type Tx } from "./common.ts";
import { recordCuration } from "./log.ts";
import { requireNode, snapshotNode } from "./nodes.ts";

type Nested = "Institution" | "Place";

/**
 * Refuses (and so rolls back) a change that left `id` among its own ancestors. One statement:
 * the ancestors by a recursive walk that stops at a repeat (UNION), so any cycle ends it.
 */
export async function refuseCycle(tx: Tx, typename: Nested, id: string): Promise<void> {
  const table = ident(typename);
  const rows = await tx.$queryRaw<{ cyclic: boolean }[]>(Prisma.sql`
    WITH RECURSIVE up(id) AS (
      SELECT "parentId" FROM ${table} WHERE id = ${id} AND "parentId" IS NOT NULL
      UNION
      SELECT t."parentId" FROM ${table} t JOIN up ON t.id = up.id WHERE t."parentId" IS NOT NULL
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE up.id = ${id}) AS cyclic`);
  if (rows[0]?.cyclic) {
    throw new CurationError(`${globalIdOf(typename, id)} would become its own ancestor; the change was refused`);
  }
}

/** Sets (or, with null, clears) the parent of an institution or place; a cycle is refused. */
export async function setParent(
  prisma: PrismaClient,
  actor: Actor,
  node: NodeRef,
  parent: NodeRef | null,
): Promise<NodeRef> {
  return inTransaction(prisma, async (tx) => {
    const kind = await requireNode(tx, node, "id", ["Institution", "Place"]);
    const typename = kind.typename as Nested;
    if (parent) {
      if (parent.typename !== typename) {
        throw new CurationError(`parent must be the ID of a ${typename}, not of a ${parent.typename}`);
      }
      await requireNode(tx, parent, "parent", [typename]);
      if (parent.id === node.id) throw new CurationError("a node cannot be its own parent");
    }
    const before = await snapshotNode(tx, typename, node.id);
    await tx.$executeRaw(
      Prisma.sql`UPDATE ${ident(typename)} SET "parentId" = ${parent?.id ?? null} WHERE id = ${node.id}`,
    );
    await refuseCycle(tx, typename, node.id);
    const after = await snapshotNode(tx, typename, node.id);
    await recordCuration(tx, { actor, action: "SET_PARENT", target: before.id, before, after });
    return { typename, id: node.id };
  });
}
