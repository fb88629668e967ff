import { normalizeName } from "../ingest/normalize.ts";
import { Prisma, type PrismaClient } from "../store/index.ts";
import {
  type Actor,
  type CuratedTypename,
  CurationError,
  ident,
  inTransaction,
  KIND_TABLES,
  type NodeRef,
  type Tx,
} from "./common.ts";
import { recordCuration } from "./log.ts";
import { type Form, lockForms, requireNode, snapshotNode } from "./nodes.ts";

function checkedForm(text: string, argument: string): string {
  const normalized = normalizeName(text);
  if (!normalized || text.length > 500) {
    throw new CurationError(`${argument} must be a name of 1–500 characters with a letter or digit in it`);
  }
  return normalized;
}

/** The scope a node's forms are unique in: "" for people and institutions, the kind of a place. */
async function scopeOf(tx: Tx, typename: CuratedTypename, id: string): Promise<string> {
  if (typename !== "Place") return "";
  const place = await tx.place.findUniqueOrThrow({ where: { id }, select: { kind: true } });
  return place.kind;
}

/** The node the form names in the scope, if any. */
async function ownerOf(tx: Tx, typename: CuratedTypename, form: Form): Promise<string | undefined> {
  const { aliasTable, column } = KIND_TABLES[typename];
  const inScope = typename === "Place" ? Prisma.sql` AND a.kind::text = ${form.scope}` : Prisma.empty;
  const rows = await tx.$queryRaw<{ owner: string }[]>(
    Prisma.sql`SELECT a.${ident(column)} AS owner FROM ${ident(aliasTable)} a WHERE a.normalized = ${form.normalized}${inScope}`,
  );
  return rows[0]?.owner;
}

async function insertAlias(tx: Tx, typename: CuratedTypename, id: string, written: string, form: Form) {
  if (typename === "Person") {
    await tx.personAlias.create({ data: { personId: id, alias: written, normalized: form.normalized } });
  } else if (typename === "Institution") {
    await tx.institutionAlias.create({ data: { institutionId: id, alias: written, normalized: form.normalized } });
  } else {
    await tx.placeAlias.create({
      data: { placeId: id, kind: form.scope as never, alias: written, normalized: form.normalized },
    });
  }
  // a form added by hand is no longer blocked from the node
  await tx.blockedAlias.deleteMany({ where: { entityId: id, normalized: form.normalized } });
}

/** Claims a form for the node: refused when it names another node (merge them instead). */
export async function claimForm(tx: Tx, typename: CuratedTypename, id: string, written: string, form: Form) {
  const owner = await ownerOf(tx, typename, form);
  if (owner === id) return false;
  if (owner !== undefined) {
    const other = await snapshotNode(tx, typename, owner);
    throw new CurationError(
      `"${written}" already names ${other.id} (${other.name}); merge the two with mergeEntities if they are one`,
    );
  }
  await insertAlias(tx, typename, id, written.trim(), form);
  return true;
}

/** Adds a written form to a person, institution or place. Adding a form it has changes nothing. */
export async function addAlias(prisma: PrismaClient, actor: Actor, node: NodeRef, alias: string): Promise<NodeRef> {
  const normalized = checkedForm(alias, "alias");
  return inTransaction(prisma, async (tx) => {
    const { typename } = await requireNode(tx, node, "id");
    const form = { scope: await scopeOf(tx, typename, node.id), normalized };
    await lockForms(tx, typename, [node.id], [form]);
    const before = await snapshotNode(tx, typename, node.id);
    if (await claimForm(tx, typename, node.id, alias, form)) {
      const after = await snapshotNode(tx, typename, node.id);
      await recordCuration(tx, { actor, action: "ADD_ALIAS", target: before.id, before, after });
    }
    return { typename, id: node.id };
  });
}

/**
 * Takes a written form away from a node and blocks it there, so a later ingest naming the node
 * by its other forms does not add it back. The last form of a node stays (rename it instead).
 */
export async function removeAlias(prisma: PrismaClient, actor: Actor, node: NodeRef, alias: string): Promise<NodeRef> {
  const normalized = checkedForm(alias, "alias");
  return inTransaction(prisma, async (tx) => {
    const { typename, aliasTable, column } = await requireNode(tx, node, "id");
    await lockForms(tx, typename, [node.id]);
    const before = await snapshotNode(tx, typename, node.id);
    const forms = await tx.$queryRaw<{ normalized: string }[]>(
      Prisma.sql`SELECT normalized FROM ${ident(aliasTable)} WHERE ${ident(column)} = ${node.id}`,
    );
    if (!forms.some((f) => f.normalized === normalized)) {
      throw new CurationError(`"${alias}" is not an alias of ${before.id} (${before.name})`);
    }
    if (forms.length === 1) {
      throw new CurationError(`"${alias}" is the last alias of ${before.id}; rename it with renameEntity instead`);
    }
    await tx.$executeRaw(
      Prisma.sql`DELETE FROM ${ident(aliasTable)} WHERE ${ident(column)} = ${node.id} AND normalized = ${normalized}`,
    );
    await tx.blockedAlias.upsert({
      where: { entityId_normalized: { entityId: node.id, normalized } },
      create: { entityId: node.id, normalized },
      update: {},
    });
    const after = await snapshotNode(tx, typename, node.id);
    await recordCuration(tx, { actor, action: "REMOVE_ALIAS", target: before.id, before, after });
    return { typename, id: node.id };
  });
}

/** Renames a node; the new name becomes one of its forms (refused when it names another node), the old stays one. */
export async function renameEntity(prisma: PrismaClient, actor: Actor, node: NodeRef, name: string): Promise<NodeRef> {
  const normalized = checkedForm(name, "name");
  return inTransaction(prisma, async (tx) => {
    const { typename, table } = await requireNode(tx, node, "id");
    const form = { scope: await scopeOf(tx, typename, node.id), normalized };
    await lockForms(tx, typename, [node.id], [form]);
    const before = await snapshotNode(tx, typename, node.id);
    await claimForm(tx, typename, node.id, name, form);
    await tx.$executeRaw(
      Prisma.sql`UPDATE ${ident(table)} SET name = ${name.trim()}, "normalizedName" = ${normalized} WHERE id = ${node.id}`,
    );
    const after = await snapshotNode(tx, typename, node.id);
    await recordCuration(tx, { actor, action: "RENAME", target: before.id, before, after });
    return { typename, id: node.id };
  });
}

/**
 * For the graph writer (src/graph/resolveByAlias.ts): the new aliases it is about to write,
 * without the forms curation took away from their nodes. One statement, only when there are any.
 */
export async function withoutBlockedAliases<R extends { node: { id: string }; normalized: string }>(
  tx: Pick<Tx, "$queryRaw">,
  rows: R[],
): Promise<R[]> {
  if (rows.length === 0) return rows;
  // raw SQL: the bulk writer calls this in a transaction of its own on the driver (src/graph/bulkSql.ts)
  const blocked = await tx.$queryRaw<{ entityId: string; normalized: string }[]>`
    SELECT "entityId", normalized FROM "BlockedAlias"
    WHERE "entityId" = ANY(${[...new Set(rows.map((r) => r.node.id))]}::text[])
      AND normalized = ANY(${[...new Set(rows.map((r) => r.normalized))]}::text[])`;
  if (blocked.length === 0) return rows;
  const isBlocked = new Set(blocked.map((b) => `${b.entityId}\u0000${b.normalized}`));
  return rows.filter((r) => !isBlocked.has(`${r.node.id}\u0000${r.normalized}`));
}
