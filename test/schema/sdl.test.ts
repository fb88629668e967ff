import { readFileSync } from "node:fs";
import { isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.ts";
import { printedSchema } from "../../src/schema/printSchema.ts";

describe("schema/schema.graphql", () => {
  it("is the printed SDL of the current schema (run npm run codegen when this fails)", () => {
    const committed = readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(printedSchema());
  });

  it("describes every type and field, for analysts reading GraphiQL", () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
      // Relay's own plumbing (PageInfo, Node, connection edges) is documented by the Relay spec
      if (/^(PageInfo|Node)$|Connection$|Edge$/.test(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description && field.name !== "id") undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
