import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.ts";
import { hasDeprecations } from "../../src/server/metrics.ts";

describe("the deprecated-field counter is on only when the schema deprecates something (issue 11)", () => {
  it("finds a deprecated field, argument, input field and enum value", () => {
    const deprecating = (sdl: string) => hasDeprecations(buildSchema(`type Query { ok: Int } ${sdl}`));
    expect(deprecating(`type Thing { old: Int @deprecated(reason: "gone") } extend type Query { thing: Thing }`)).toBe(
      true,
    );
    expect(deprecating(`extend type Query { find(old: Int @deprecated): Int }`)).toBe(true);
    expect(deprecating(`input Filter { old: Int @deprecated } extend type Query { f(filter: Filter): Int }`)).toBe(
      true,
    );
    expect(deprecating(`enum Kind { NEW OLD @deprecated } extend type Query { kind: Kind }`)).toBe(true);
    expect(deprecating(`enum Kind { NEW OLD } extend type Query { kind: Kind }`)).toBe(false);
  });

  it("finds nothing deprecated in the served schema, so no request walks its document for it", () => {
    expect(hasDeprecations(schema)).toBe(false);
  });
});
