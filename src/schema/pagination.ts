import { GraphQLError } from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./builder.ts";

/** The page size a caller asked for, within the cap; a clear error for a negative one. */
export function pageSize(
  first: number | null | undefined,
  max = MAX_PAGE_SIZE,
  fallback = DEFAULT_PAGE_SIZE,
  argument = "first",
): number {
  if (first === null || first === undefined) return fallback;
  if (first < 0) throw new GraphQLError(`${argument} must not be negative`, { extensions: { code: "BAD_USER_INPUT" } });
  return Math.min(first, max);
}

/** Opaque cursors: base64url of a JSON array of the sort key values, the id last. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(
  cursor: string,
  shape: readonly ("string" | "number")[],
  argument = "after",
): (string | number)[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    values = undefined;
  }
  if (
    !Array.isArray(values) ||
    values.length !== shape.length ||
    values.some((value, index) => typeof value !== shape[index]) ||
    // a forged cursor with a NUL would reach PostgreSQL, which cannot compare it (an internal error)
    values.some((value) => typeof value === "string" && value.includes("\u0000"))
  ) {
    throw new GraphQLError(`${argument} is not a cursor this connection returned`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return values as (string | number)[];
}
