import type { ArticleDraft, InstitutionType, PlaceKind } from "../ingest/draft.ts";
import { normalizeName } from "../ingest/normalize.ts";
import { newId } from "./bulkIds.ts";
import { type BulkColumn, insertColumns } from "./bulkInsert.ts";
import type { SqlTx } from "./bulkSql.ts";
import type { AliasKind, NewAlias, StoredForm } from "./resolveByAlias.ts";

type PersonEntry = ArticleDraft["people"][number];
type InstitutionEntry = ArticleDraft["institutions"][number];
type PlaceEntry = ArticleDraft["places"][number];

/** People: a form names one person. */
export const people: AliasKind<PersonEntry, { id: string }, void> = {
  name: "person",
  scopeOf: () => "",
  lookup: async (tx, _entries, normalized) => {
    const rows = await tx.$queryRaw<{ normalized: string; personId: string }[]>`
      SELECT normalized, "personId" FROM "PersonAlias" WHERE normalized = ANY(${normalized}::text[]) ORDER BY "personId"`;
    const byPerson = new Map<string, { node: { id: string }; forms: { scope: string; normalized: string }[] }>();
    for (const row of rows) {
      const entry = byPerson.get(row.personId) ?? { node: { id: row.personId }, forms: [] };
      byPerson.set(row.personId, entry);
      entry.forms.push({ scope: "", normalized: row.normalized });
    }
    return [...byPerson.values()];
  },
  create: (tx, person) =>
    tx.person.create({ data: { name: person.name, normalizedName: normalizeName(person.name) }, select: { id: true } }),
  complete: async () => {},
  insertAliases: async (tx, rows) => {
    await tx.personAlias.createMany({
      data: rows.map((row) => ({ personId: row.node.id, alias: row.written, normalized: row.normalized })),
    });
  },
};

interface InstitutionNode {
  id: string;
  parentId: string | null;
  placeId: string | null;
  shortName: string | null;
  type: InstitutionType;
}

/** Institutions: a form names one institution; the place ids of the same draft are the context. */
export const institutions: AliasKind<InstitutionEntry, InstitutionNode, ReadonlyMap<string, string>> = {
  name: "institution",
  scopeOf: () => "",
  lookup: async (tx, _entries, normalized) => {
    const rows = await tx.$queryRaw<(InstitutionNode & { normalized: string })[]>`
      SELECT i.id, i."parentId", i."placeId", i."shortName", i.type::text AS type, a.normalized
      FROM "InstitutionAlias" a JOIN "Institution" i ON i.id = a."institutionId"
      WHERE a.normalized = ANY(${normalized}::text[]) ORDER BY i.id`;
    return nodesWithForms(rows, ({ normalized: form, ...node }) => [
      node,
      form === null ? [] : [{ scope: "", normalized: form }],
    ]);
  },
  create: (tx, institution, ids, placeIds) =>
    tx.institution.create({
      data: {
        name: institution.name,
        normalizedName: normalizeName(institution.name),
        shortName: institution.shortName || null,
        type: institution.type,
        parentId: institution.parent ? (ids.get(institution.parent) ?? null) : null,
        placeId: institution.place ? (placeIds.get(institution.place) ?? null) : null,
      },
      select: { id: true, parentId: true, placeId: true, shortName: true, type: true },
    }),
  complete: async (tx, institution, node, ids, placeIds) => {
    const parentId = institution.parent ? (ids.get(institution.parent) ?? null) : null;
    const placeId = institution.place ? (placeIds.get(institution.place) ?? null) : null;
    const fill = {
      ...(node.parentId === null && parentId && parentId !== node.id ? { parentId } : {}),
      ...(node.placeId === null && placeId ? { placeId } : {}),
      ...(node.shortName === null && institution.shortName ? { shortName: institution.shortName } : {}),
      ...(node.type === "OTHER" && institution.type !== "OTHER" ? { type: institution.type } : {}),
    };
    if (Object.keys(fill).length === 0) return;
    await tx.institution.update({ where: { id: node.id }, data: fill });
    Object.assign(node, fill);
  },
  insertAliases: async (tx, rows) => {
    await tx.institutionAlias.createMany({
      data: rows.map((row) => ({ institutionId: row.node.id, alias: row.written, normalized: row.normalized })),
    });
  },
};

interface PlaceNode {
  id: string;
  kind: PlaceKind;
  code: string | null;
  parentId: string | null;
}

/**
 * Places: by Kemendagri code first, else by a form, which names one place of each kind
 * ("Blora" the regency and "Blora" the district are two places).
 */
export const places: AliasKind<PlaceEntry, PlaceNode, void> = {
  name: "place",
  scopeOf: (place) => place.kind,
  // a draft may call the place with a code a city where the store has a regency: its forms are the regency's
  scopeOfNode: (node) => node.kind,
  extraLockKeysOf: (place) => (place.code ? [`place-code:${place.code}`] : []),
  lookup: async (tx, entries, normalized) => {
    const codes = [...new Set(entries.flatMap((p) => (p.code ? [p.code] : [])))];
    // a place found by its code alone comes with no form (normalized is null)
    const rows = await tx.$queryRaw<(PlaceNode & { normalized: string | null })[]>`
      SELECT p.id, p.kind::text AS kind, p.code, p."parentId", a.normalized
      FROM "Place" p LEFT JOIN "PlaceAlias" a ON a."placeId" = p.id AND a.normalized = ANY(${normalized}::text[])
      WHERE p.code = ANY(${codes}::text[]) OR a.normalized IS NOT NULL
      ORDER BY p.id`;
    return nodesWithForms(rows, ({ normalized: form, ...node }) => [
      node,
      form === null ? [] : [{ scope: node.kind, normalized: form }],
    ]);
  },
  identify: (place, nodes) => (place.code ? nodes.find((node) => node.code === place.code) : undefined),
  create: (tx, place, ids) =>
    tx.place.create({
      data: {
        name: place.name,
        normalizedName: normalizeName(place.name),
        kind: place.kind,
        code: place.code ?? null,
        parentId: place.parent ? (ids.get(place.parent) ?? null) : null,
      },
      select: { id: true, kind: true, code: true, parentId: true },
    }),
  complete: async (tx, place, node, ids) => {
    const parentId = place.parent ? (ids.get(place.parent) ?? null) : null;
    if ((node.parentId !== null || !parentId) && (node.code !== null || !place.code)) return;
    node.parentId ??= parentId;
    node.code ??= place.code ?? null;
    await tx.place.update({ where: { id: node.id }, data: { parentId: node.parentId, code: node.code } });
  },
  insertAliases: async (tx, rows) => {
    await tx.placeAlias.createMany({
      data: rows.map((row) => ({
        placeId: row.node.id,
        kind: row.scope as PlaceKind,
        alias: row.written,
        normalized: row.normalized,
      })),
    });
  },
};

/**
 * The lookup's rows (one per node and form, ordered by node id) as nodes with their forms, in
 * the same order: oldest node first.
 */
function nodesWithForms<R extends { id: string }, N extends { id: string }>(
  rows: readonly R[],
  split: (row: R) => [N, StoredForm[]],
): { node: N; forms: StoredForm[] }[] {
  const byId = new Map<string, { node: N; forms: StoredForm[] }>();
  for (const row of rows) {
    const [node, forms] = split(row);
    const known = byId.get(node.id);
    if (known) known.forms.push(...forms);
    else byId.set(node.id, { node, forms });
  }
  return [...byId.values()];
}

const aliasTables = {
  person: { table: "PersonAlias", nodeColumn: "personId" },
  institution: { table: "InstitutionAlias", nodeColumn: "institutionId" },
  place: { table: "PlaceAlias", nodeColumn: "placeId" },
} as const;

/**
 * The bulk writer's insertAliases (src/graph/bulkResolve.ts): the same rows as the kind's own, in
 * one column-array insert with ids made here as Prisma's uuid(7) default would, so that it runs
 * in a driver transaction. (One by one keeps Prisma's createMany, whose unique-violation error
 * the write's retry reports.) A place alias carries its place's kind, which is its scope.
 */
export async function insertAliasRows<N extends { id: string }>(
  tx: SqlTx,
  kind: keyof typeof aliasTables,
  rows: readonly NewAlias<N>[],
): Promise<void> {
  const { table, nodeColumn } = aliasTables[kind];
  const kindColumn: Record<string, BulkColumn> =
    kind === "place" ? { kind: { type: "text", enumType: "PlaceKind", values: rows.map((row) => row.scope) } } : {};
  await insertColumns(tx, table, {
    id: { type: "text", values: rows.map(() => newId()) },
    [nodeColumn]: { type: "text", values: rows.map((row) => row.node.id) },
    alias: { type: "text", values: rows.map((row) => row.written) },
    normalized: { type: "text", values: rows.map((row) => row.normalized) },
    ...kindColumn,
  });
}
