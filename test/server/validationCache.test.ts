import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { LIMITS } from "../../src/server/limits.ts";
import { validatedDocuments } from "../../src/server/validationCache.ts";
import { suiteYoga } from "../support/suiteYoga.ts";

/**
 * A repeated query is validated once (src/server/validationCache.ts: yoga's own cache spent 4% of
 * `{ __typename }` building its key; issue 11), and what validation refuses stays refused on
 * every repeat, graphql-armor's limits and the introspection switch included.
 */
describe("validation cache", () => {
  // production: introspection is refused by a validation rule the access plugin adds
  const served = suiteYoga(loadConfig({ NODE_ENV: "production", WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "0" }));

  const ask = async (query: string) => {
    const response = await served.yoga.fetch("http://wartagraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
    };
  };

  it("validates a repeated document once, and each new document once", async () => {
    const before = validatedDocuments();
    for (let i = 0; i < 3; i++)
      expect((await ask("query ValidatedOnce { __typename }")).body).toEqual({ data: { __typename: "Query" } });
    expect(validatedDocuments() - before).toBe(1);
    await ask("query ValidatedOnceMore { __typename }");
    expect(validatedDocuments() - before).toBe(2);
  });

  it("refuses an invalid document on every repeat with the same errors", async () => {
    const first = await ask("{ noSuchField }");
    expect(first.status).toBe(400);
    expect(first.body.errors?.[0]?.message).toContain("noSuchField");
    const again = await ask("{ noSuchField }");
    expect(again).toEqual(first);
  });

  it("keeps graphql-armor's depth limit and the introspection switch on repeats", async () => {
    // deeper than the limit: `__typename` under maxDepth + 1 nested article connections
    let deep = "__typename";
    for (let level = 0; level <= LIMITS.maxDepth; level++) deep = `articles(first: 1) { edges { node { ${deep} } } }`;
    const tooDeep = `{ ${deep} }`;
    const introspection = "{ __schema { queryType { name } } }";
    for (const [query, refusal] of [
      [tooDeep, /depth/i],
      [introspection, /introspection/i],
    ] as const) {
      const first = await ask(query);
      expect(first.status).toBe(400);
      expect(first.body.data).toBeUndefined();
      expect(first.body.errors?.map((error) => error.message).join("\n")).toMatch(refusal);
      expect(await ask(query)).toEqual(first);
    }
  });
});
