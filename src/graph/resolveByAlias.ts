import { withoutBlockedAliases } from "../curation/aliases.ts";
import type { Prisma } from "../store/index.ts";
import type { SqlTx } from "./bulkSql.ts";
import { namesOf, parentsFirst } from "./resolve.ts";

type Tx = Prisma.TransactionClient;

/** A draft entity that resolves to a node by its name and aliases. */
export interface NamedEntry {
  key: string;
  name: string;
  aliases: readonly string[];
  parent?: string | undefined;
}

/** A written form as stored: its normalized text, unique within its scope. */
export interface StoredForm {
  scope: string;
  normalized: string;
}

/** A new alias row to write: a written form of `node`. */
export interface NewAlias<N> {
  node: N;
  scope: string;
  written: string;
  normalized: string;
}

/**
 * What differs between the kinds of nodes that resolve by alias (people, institutions, places).
 * `N` is the node as the resolver holds it; `C` what the kind needs from earlier resolutions.
 */
export interface AliasKind<E extends NamedEntry, N extends { id: string }, C> {
  /** names the kind in lock keys */
  readonly name: string;
  /**
   * Where a normalized form must be unique: "" for people and institutions (a form names one
   * node), the kind of place for places (a form names one regency and one district).
   */
  scopeOf(entry: E): string;
  /** the scope of the forms a node keeps, when it can differ from its entry's (a place found by code) */
  scopeOfNode?(node: N): string;
  /** lock keys the entry resolves by besides its forms (a place's code) */
  extraLockKeysOf?(entry: E): string[];
  /** the stored nodes with any of `normalized` among their forms (or otherwise named by `entries`), oldest first */
  lookup(tx: SqlTx, entries: readonly E[], normalized: string[]): Promise<{ node: N; forms: StoredForm[] }[]>;
  /** a stored node the entry names other than by a form (a place by its code), tried first */
  identify?(entry: E, nodes: readonly N[]): N | undefined;
  create(tx: Tx, entry: E, ids: ReadonlyMap<string, string>, context: C): Promise<N>;
  /** fills in what an existing node lacks and the entry knows (parent, place, code …) */
  complete(tx: Tx, entry: E, node: N, ids: ReadonlyMap<string, string>, context: C): Promise<void>;
  /** one statement; every row is a form no node of its scope has */
  insertAliases(tx: Tx, rows: NewAlias<N>[]): Promise<void>;
}

const formKey = (scope: string, normalized: string) => `${scope}\u0000${normalized}`;

/**
 * The texts of the advisory locks a writer takes before it resolves `entries` (see
 * entityLocks.ts): one per written form in its scope, plus the kind's extra keys.
 */
export function lockKeysOf<E extends NamedEntry>(
  kind: Pick<AliasKind<E, { id: string }, unknown>, "name" | "scopeOf" | "extraLockKeysOf">,
  entries: readonly E[],
): string[] {
  return entries.flatMap((entry) => [
    ...namesOf(entry.name, entry.aliases).map((n) => `${kind.name}:${formKey(kind.scopeOf(entry), n.normalized)}`),
    ...(kind.extraLockKeysOf?.(entry) ?? []),
  ]);
}

/**
 * Resolves each entry to the node one of its forms names (or that the kind identifies
 * otherwise), creating the node where none does, and records the entry's new forms as aliases.
 * One lookup and at most one alias write per kind. Nodes created for earlier entries of the
 * draft join the candidates, so two entries sharing a form become one node, as they would one
 * by one. A form already naming another node stays with it: a form identifies one node.
 * Parents are resolved before their children, so `ids` holds a child's parent.
 *
 * Correct under concurrency only when the caller holds the locks of `lockKeysOf(kind, entries)`.
 */
export async function resolveByAlias<E extends NamedEntry, N extends { id: string }, C>(
  tx: Tx,
  entries: readonly E[],
  kind: AliasKind<E, N, C>,
  context: C,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (entries.length === 0) return ids;
  const normalized = [...new Set(entries.flatMap((e) => namesOf(e.name, e.aliases).map((n) => n.normalized)))];
  const stored = await kind.lookup(tx, entries, normalized);
  const nodes = stored.map((s) => s.node);
  const byForm = new Map<string, N>();
  for (const { node, forms } of stored) {
    for (const form of forms) {
      const key = formKey(form.scope, form.normalized);
      if (!byForm.has(key)) byForm.set(key, node);
    }
  }

  const newAliases: NewAlias<N>[] = [];
  for (const entry of parentsFirst(entries)) {
    const scope = kind.scopeOf(entry);
    const names = namesOf(entry.name, entry.aliases);
    let node =
      kind.identify?.(entry, nodes) ??
      names.map((n) => byForm.get(formKey(scope, n.normalized))).find((found) => found !== undefined);
    if (node) {
      await kind.complete(tx, entry, node, ids, context);
    } else {
      node = await kind.create(tx, entry, ids, context);
      nodes.push(node);
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
  // a form curation took away from a node is not given back (src/curation/aliases.ts)
  const allowed = await withoutBlockedAliases(tx, newAliases);
  if (allowed.length > 0) await kind.insertAliases(tx, allowed);
  return ids;
}
