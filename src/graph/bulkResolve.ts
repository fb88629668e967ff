import { withoutBlockedAliases } from "../curation/aliases.ts";
import type { ArticleDraft, InstitutionType, PlaceKind } from "../ingest/draft.ts";
import { normalizeName } from "../ingest/normalize.ts";
import { newId } from "./bulkIds.ts";
import { insertColumns } from "./bulkInsert.ts";
import type { SqlTx } from "./bulkSql.ts";
import { insertAliasRows, institutions, people, places } from "./entityKinds.ts";
import { namesOf, parentsFirst } from "./resolve.ts";
import type { AliasKind, NamedEntry, NewAlias } from "./resolveByAlias.ts";

type Tx = SqlTx;

/**
 * What the bulk writer adds to a kind of aliased node: nodes are made and completed in memory
 * across a whole batch, then written with one insert and one update. The lookup, the scopes and
 * the lock keys are the kind's own (entityKinds.ts), so a batch resolves exactly as its drafts
 * would one after another.
 */
interface BulkKind<E extends NamedEntry, N extends { id: string }, C> {
  kind: AliasKind<E, N, C>;
  /** a new node for the entry, with a fresh id, not yet stored */
  make(entry: E, ids: ReadonlyMap<string, string>, context: C): N;
  /** the kind's `complete`, in memory: true when the node changed */
  fill(entry: E, node: N, ids: ReadonlyMap<string, string>, context: C): boolean;
  /** one statement; parents may be among the rows (foreign keys are checked at its end) */
  insert(tx: Tx, rows: { node: N; entry: E }[]): Promise<void>;
  /** one statement: stores the completed fields of existing nodes */
  update(tx: Tx, nodes: N[]): Promise<void>;
}

const formKey = (scope: string, normalized: string) => `${scope}\u0000${normalized}`;

/** A batch's resolution of one kind: per draft, its keys' node ids, and the nodes each draft created. */
export interface BatchResolution {
  ids: Map<string, string>[];
  createdBy: string[][];
}

/**
 * Resolves the entries of every draft of a batch, in draft order, as resolveByAlias would
 * draft by draft: one lookup for the whole batch, nodes that earlier drafts created join the
 * candidates of later ones, and a form already naming a node stays with it. Then one insert
 * for the new nodes, one update for the completed ones, one insert for the new aliases.
 * The caller holds the name locks of every entry (entityLocks.ts).
 */
async function resolveBatch<E extends NamedEntry, N extends { id: string }, C>(
  tx: Tx,
  entriesOf: readonly (readonly E[])[],
  bulk: BulkKind<E, N, C>,
  contextOf: (index: number) => C,
): Promise<BatchResolution> {
  const { kind } = bulk;
  const resolution: BatchResolution = { ids: entriesOf.map(() => new Map()), createdBy: entriesOf.map(() => []) };
  const all = entriesOf.flat();
  if (all.length === 0) return resolution;
  const normalized = [...new Set(all.flatMap((e) => namesOf(e.name, e.aliases).map((n) => n.normalized)))];
  const stored = await kind.lookup(tx, all, normalized);
  const nodes = stored.map((s) => s.node);
  const byForm = new Map<string, N>();
  for (const { node, forms } of stored) {
    for (const form of forms) {
      const key = formKey(form.scope, form.normalized);
      if (!byForm.has(key)) byForm.set(key, node);
    }
  }
  const created = new Map<N, E>();
  const changed = new Set<N>();
  const newAliases: NewAlias<N>[] = [];
  entriesOf.forEach((entries, index) => {
    const ids = resolution.ids[index] as Map<string, string>;
    const context = contextOf(index);
    for (const entry of parentsFirst(entries)) {
      const scope = kind.scopeOf(entry);
      const names = namesOf(entry.name, entry.aliases);
      let node =
        kind.identify?.(entry, nodes) ??
        names.map((n) => byForm.get(formKey(scope, n.normalized))).find((found) => found !== undefined);
      if (node) {
        if (bulk.fill(entry, node, ids, context) && !created.has(node)) changed.add(node);
      } else {
        node = bulk.make(entry, ids, context);
        nodes.push(node);
        created.set(node, entry);
        resolution.createdBy[index]?.push(node.id);
      }
      const nodeScope = kind.scopeOfNode?.(node) ?? scope;
      for (const n of names) {
        const key = formKey(nodeScope, n.normalized);
        if (byForm.has(key)) continue;
        byForm.set(key, node);
        newAliases.push({ node, scope: nodeScope, written: n.written, normalized: n.normalized });
      }
      ids.set(entry.key, node.id);
    }
  });
  if (created.size > 0)
    await bulk.insert(
      tx,
      [...created].map(([node, entry]) => ({ node, entry })),
    );
  if (changed.size > 0) await bulk.update(tx, [...changed]);
  // a form curation took away from a node is not given back, as in resolveByAlias
  const allowed = await withoutBlockedAliases(tx, newAliases);
  if (allowed.length > 0) await insertAliasRows(tx, kind.name as "person" | "institution" | "place", allowed);
  return resolution;
}

type PersonEntry = ArticleDraft["people"][number];
type InstitutionEntry = ArticleDraft["institutions"][number];
type PlaceEntry = ArticleDraft["places"][number];
type InstitutionNode = Awaited<ReturnType<(typeof institutions)["create"]>>;
type PlaceNode = Awaited<ReturnType<(typeof places)["create"]>>;

const bulkPeople: BulkKind<PersonEntry, { id: string }, void> = {
  kind: people,
  make: () => ({ id: newId() }),
  fill: () => false,
  insert: async (tx, rows) => {
    await insertColumns(tx, "Person", {
      id: { type: "text", values: rows.map(({ node }) => node.id) },
      name: { type: "text", values: rows.map(({ entry }) => entry.name) },
      normalizedName: { type: "text", values: rows.map(({ entry }) => normalizeName(entry.name)) },
    });
  },
  update: async () => {},
};

const bulkInstitutions: BulkKind<InstitutionEntry, InstitutionNode, ReadonlyMap<string, string>> = {
  kind: institutions,
  make: (institution, ids, placeIds) => ({
    id: newId(),
    shortName: institution.shortName || null,
    type: institution.type,
    parentId: institution.parent ? (ids.get(institution.parent) ?? null) : null,
    placeId: institution.place ? (placeIds.get(institution.place) ?? null) : null,
  }),
  // the same fills as institutions.complete
  fill: (institution, node, ids, placeIds) => {
    const parentId = institution.parent ? (ids.get(institution.parent) ?? null) : null;
    const placeId = institution.place ? (placeIds.get(institution.place) ?? null) : null;
    let changed = false;
    if (node.parentId === null && parentId && parentId !== node.id) [node.parentId, changed] = [parentId, true];
    if (node.placeId === null && placeId) [node.placeId, changed] = [placeId, true];
    if (node.shortName === null && institution.shortName) [node.shortName, changed] = [institution.shortName, true];
    if (node.type === "OTHER" && institution.type !== "OTHER") [node.type, changed] = [institution.type, true];
    return changed;
  },
  insert: async (tx, rows) => {
    await insertColumns(tx, "Institution", {
      id: { type: "text", values: rows.map(({ node }) => node.id) },
      name: { type: "text", values: rows.map(({ entry }) => entry.name) },
      normalizedName: { type: "text", values: rows.map(({ entry }) => normalizeName(entry.name)) },
      shortName: { type: "text", values: rows.map(({ node }) => node.shortName) },
      type: { type: "text", enumType: "InstitutionType", values: rows.map(({ node }) => node.type) },
      parentId: { type: "text", values: rows.map(({ node }) => node.parentId) },
      placeId: { type: "text", values: rows.map(({ node }) => node.placeId) },
    });
  },
  update: async (tx, nodes) => {
    await tx.$executeRaw`UPDATE "Institution" i
      SET "parentId" = u."parentId", "placeId" = u."placeId", "shortName" = u."shortName", type = u.type::"InstitutionType"
      FROM unnest(${nodes.map((n) => n.id)}::text[], ${nodes.map((n) => n.parentId)}::text[],
                  ${nodes.map((n) => n.placeId)}::text[], ${nodes.map((n) => n.shortName)}::text[],
                  ${nodes.map((n) => n.type as InstitutionType)}::text[]) AS u(id, "parentId", "placeId", "shortName", type)
      WHERE i.id = u.id`;
  },
};

const bulkPlaces: BulkKind<PlaceEntry, PlaceNode, void> = {
  kind: places,
  make: (place, ids) => ({
    id: newId(),
    kind: place.kind as PlaceKind,
    code: place.code ?? null,
    parentId: place.parent ? (ids.get(place.parent) ?? null) : null,
  }),
  // the same fills as places.complete
  fill: (place, node, ids) => {
    const parentId = place.parent ? (ids.get(place.parent) ?? null) : null;
    if ((node.parentId !== null || !parentId) && (node.code !== null || !place.code)) return false;
    node.parentId ??= parentId;
    node.code ??= place.code ?? null;
    return true;
  },
  insert: async (tx, rows) => {
    await insertColumns(tx, "Place", {
      id: { type: "text", values: rows.map(({ node }) => node.id) },
      name: { type: "text", values: rows.map(({ entry }) => entry.name) },
      normalizedName: { type: "text", values: rows.map(({ entry }) => normalizeName(entry.name)) },
      kind: { type: "text", enumType: "PlaceKind", values: rows.map(({ node }) => node.kind) },
      code: { type: "text", values: rows.map(({ node }) => node.code) },
      parentId: { type: "text", values: rows.map(({ node }) => node.parentId) },
    });
  },
  update: async (tx, nodes) => {
    await tx.$executeRaw`UPDATE "Place" p SET "parentId" = u."parentId", code = u.code
      FROM unnest(${nodes.map((n) => n.id)}::text[], ${nodes.map((n) => n.parentId)}::text[],
                  ${nodes.map((n) => n.code)}::text[]) AS u(id, "parentId", code)
      WHERE p.id = u.id`;
  },
};

export interface BatchEntities {
  placeIds: Map<string, string>[];
  institutionIds: Map<string, string>[];
  personIds: Map<string, string>[];
  /** per draft, the people it created (PERSON_ADDED in the change feed) */
  peopleCreatedBy: string[][];
}

/** Places, then institutions (which name places), then people, of every draft: at most four statements each. */
export async function resolveBatchEntities(tx: Tx, drafts: readonly ArticleDraft[]): Promise<BatchEntities> {
  const placed = await resolveBatch(
    tx,
    drafts.map((d) => d.places),
    bulkPlaces,
    () => undefined,
  );
  const institutionIds = await resolveBatch(
    tx,
    drafts.map((d) => d.institutions),
    bulkInstitutions,
    (index) => placed.ids[index] as Map<string, string>,
  );
  const personIds = await resolveBatch(
    tx,
    drafts.map((d) => d.people),
    bulkPeople,
    () => undefined,
  );
  return {
    placeIds: placed.ids,
    institutionIds: institutionIds.ids,
    personIds: personIds.ids,
    peopleCreatedBy: personIds.createdBy,
  };
}
