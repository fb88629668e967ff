import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./index.ts";

/** The SDL of the schema as committed in schema/schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
