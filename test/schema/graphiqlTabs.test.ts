import { parse, validate } from "graphql";
import { expect, it } from "vitest";
import { schema } from "../../src/schema/index.ts";
import { GRAPHIQL_TABS } from "../../src/server/graphiqlTabs.ts";

it("every GraphiQL example tab is valid against the schema, the analyst questions included", () => {
  const all = GRAPHIQL_TABS.map((tab) => tab.query).join("\n");
  for (const field of ["articleFacets", "neighbors", "path", "totalCount"]) expect(all).toContain(field);
  for (const tab of GRAPHIQL_TABS) expect(validate(schema, parse(tab.query))).toEqual([]);
});
