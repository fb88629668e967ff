import type { ArgBuilder, SchemaTypes } from "@pothos/core";
import { pageSize } from "./pagination.ts";

/** Lists that are not connections are still capped: `first` (default 50, at most 100). */
export const LIST_DEFAULT = 50;
export const LIST_MAX = 100;

export function listArgs<Types extends SchemaTypes>(arg: ArgBuilder<Types>) {
  return {
    first: arg.int({ description: `How many to return at most (default ${LIST_DEFAULT}, at most ${LIST_MAX}).` }),
  };
}

export function listTake(args: { first?: number | null }): number {
  return pageSize(args.first, LIST_MAX, LIST_DEFAULT);
}

/** Keeps the first item per key: join rows can name one node several times. */
export function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
