import DataLoader from "dataloader";
import { prisma } from "../store/index.ts";

/**
 * Per-request loaders for what is not a plain relation: name lookups through aliases. Several
 * lookups in one request (aliased root fields) become one statement.
 */
export interface Loaders {
  institutionIdByName: DataLoader<string, string | null>;
  personIdByName: DataLoader<string, string | null>;
}

function byNormalizedAlias(rows: { normalized: string; ownerId: string }[], keys: readonly string[]) {
  const owners = new Map(rows.map((row) => [row.normalized, row.ownerId]));
  return keys.map((key) => owners.get(key) ?? null);
}

export function createLoaders(): Loaders {
  return {
    institutionIdByName: new DataLoader(async (names) => {
      const rows = await prisma().institutionAlias.findMany({
        where: { normalized: { in: [...names] } },
        select: { normalized: true, institutionId: true },
      });
      return byNormalizedAlias(
        rows.map((r) => ({ normalized: r.normalized, ownerId: r.institutionId })),
        names,
      );
    }),
    personIdByName: new DataLoader(async (names) => {
      const rows = await prisma().personAlias.findMany({
        where: { normalized: { in: [...names] } },
        select: { normalized: true, personId: true },
      });
      return byNormalizedAlias(
        rows.map((r) => ({ normalized: r.normalized, ownerId: r.personId })),
        names,
      );
    }),
  };
}
