import { Prisma } from "../store/index.ts";
import type { SqlTx } from "./bulkSql.ts";

type Tx = SqlTx;

/** How a column travels: the array type its values are sent as, and the column's own type when that differs (an enum). */
export interface BulkColumn {
  type: "text" | "int" | "float8" | "timestamp(3)" | "date" | "jsonb";
  /** the column's enum type, e.g. "SpanField": values go as text and are cast */
  enumType?: string;
  values: readonly unknown[];
}

/**
 * Inserts rows given as one array per column, in one statement of a fixed size whatever the
 * number of rows. Prisma's createMany sent one bind parameter per value and compiled the whole
 * batch in its WebAssembly query compiler: most of a bulk write's CPU in this process (issue 11).
 * Dates go as ISO text; a timestamp(3) column keeps their UTC wall time, as Prisma writes a Date.
 * `onConflict` is the statement's tail, e.g. `ON CONFLICT DO NOTHING`.
 */
export async function insertColumns(
  tx: Tx,
  table: string,
  columns: Record<string, BulkColumn>,
  onConflict: Prisma.Sql = Prisma.empty,
): Promise<void> {
  const names = Object.keys(columns);
  const rowCount = (columns[names[0] as string] as BulkColumn).values.length;
  if (rowCount === 0) return;
  const quoted = names.map((name) => Prisma.raw(`"${name}"`));
  const selected = names.map((name) => {
    const enumType = (columns[name] as BulkColumn).enumType;
    return enumType ? Prisma.raw(`"${name}"::"${enumType}"`) : Prisma.raw(`"${name}"`);
  });
  const arrays = names.map((name) => {
    const column = columns[name] as BulkColumn;
    if (column.values.length !== rowCount) throw new Error(`column ${table}.${name} has a different number of rows`);
    return Prisma.sql`${column.values.map(sqlValue)}::${Prisma.raw(column.type)}[]`;
  });
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.join(quoted)})
    SELECT ${Prisma.join(selected)} FROM unnest(${Prisma.join(arrays)}) AS u(${Prisma.join(quoted)}) ${onConflict}`;
}

function sqlValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}
