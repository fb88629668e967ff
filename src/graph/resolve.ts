import { normalizeName } from "../ingest/normalize.ts";

/** The distinct normalized forms of a name and its aliases, the name first. */
export function namesOf(name: string, aliases: readonly string[] = []): { written: string; normalized: string }[] {
  const seen = new Set<string>();
  const out: { written: string; normalized: string }[] = [];
  for (const written of [name, ...aliases]) {
    const normalized = normalizeName(written);
    if (normalized && !seen.has(normalized)) {
      seen.add(normalized);
      out.push({ written: written.trim(), normalized });
    }
  }
  return out;
}

/**
 * Orders items so that each comes after its parent (by key), so parents are resolved first.
 * A cycle is broken by dropping the parent link of the item that closes it.
 */
export function parentsFirst<T extends { key: string; parent?: string | undefined }>(items: readonly T[]): T[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const state = new Map<string, "visiting" | "done">();
  const ordered: T[] = [];
  const visit = (item: T) => {
    if (state.get(item.key) === "done") return;
    state.set(item.key, "visiting");
    const parent = item.parent !== undefined ? byKey.get(item.parent) : undefined;
    if (parent && state.get(parent.key) !== "visiting") visit(parent);
    state.set(item.key, "done");
    ordered.push(item);
  };
  for (const item of items) visit(item);
  return ordered;
}
