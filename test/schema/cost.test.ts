import { parse } from "graphql";
import { beforeAll, expect, it } from "vitest";
import { COST_HEADER, complexityOf } from "../../src/server/cost.ts";
import { countStatements, execute, testYoga } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { analystDrafts } from "./analystNews.ts";
import { writeDrafts } from "./newsroom.ts";

const LIGHT = /* GraphQL */ `query Light { topics(first: 2) { edges { node { name } } } }`;
const HEAVY = /* GraphQL */ `query Heavy {
  events(first: 5) { totalCount edges { node { name host { name } participants { person { name } } } } }
  person(name: "Hemu") { timeline(first: 10) { edges { node { at article { slug } } } } }
}`;

type Cost = { sqlStatements: number; complexity: number };
const costOf = (result: { extensions?: Record<string, unknown> }) => result.extensions?.cost as Cost | undefined;

/** Runs a query asking for its cost, by the request extension or by the header. */
async function executeWithCost(document: string, by: "extension" | "header" = "extension") {
  const response = await testYoga().fetch("http://wartagraph.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(by === "header" ? { [COST_HEADER]: "true" } : {}) },
    body: JSON.stringify({ query: document, ...(by === "extension" ? { extensions: { cost: true } } : {}) }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[]; extensions?: Record<string, unknown> };
}

it("scores complexity as fields times the page sizes of the lists above them", () => {
  // people 1 + edges 5 + node 5 + name 5
  expect(complexityOf(parse(`{ people(first: 5) { edges { node { name } } } }`), undefined)).toBe(16);
  // the page size from a variable, and the default page size (20) when none is given
  expect(
    complexityOf(parse(`query($n: Int) { people(first: $n) { edges { node { name } } } }`), undefined, { n: 2 }),
  ).toBe(7);
  expect(complexityOf(parse(`{ people { totalCount } }`), undefined)).toBe(2);
  expect(
    complexityOf(parse(`{ ...F } fragment F on Query { people(first: 3) { edges { node { name } } } }`), undefined),
  ).toBe(10);
});

describeEachStore("request cost in extensions", (fixture) => {
  beforeAll(async () => {
    await writeDrafts(fixture.store.prisma, analystDrafts());
  }, 120_000);

  it("reports the SQL statements the request sent and its complexity", async () => {
    const measured = await countStatements(() => executeWithCost(HEAVY));
    expect(measured.result.errors).toBeUndefined();
    const cost = costOf(measured.result);
    expect(cost?.sqlStatements).toBe(measured.statements);
    expect(cost?.sqlStatements).toBeGreaterThan(2);
    expect(cost?.complexity).toBe(complexityOf(parse(HEAVY), "Heavy"));

    const light = costOf(await executeWithCost(LIGHT, "header"));
    expect(light).toEqual({ sqlStatements: 1, complexity: 7 });
  });

  it("counts each of several concurrent requests' statements apart", async () => {
    const alone = costOf(await executeWithCost(HEAVY))?.sqlStatements;
    const results = await Promise.all([
      executeWithCost(LIGHT),
      executeWithCost(HEAVY),
      executeWithCost(LIGHT),
      executeWithCost(HEAVY),
    ]);
    const [light1, heavy1, light2, heavy2] = results.map((result) => costOf(result)?.sqlStatements ?? -1);
    expect([light1, light2]).toEqual([1, 1]);
    // Prisma sends the lookups by key that concurrent requests make in one tick as one statement,
    // counted for the request that set it off: a heavy request sharing one may count fewer than it
    // does alone, never more (counted together, each would count the other's as well)
    for (const heavy of [heavy1, heavy2]) {
      expect(heavy).toBeGreaterThan(2);
      expect(heavy).toBeLessThanOrEqual(alone ?? 0);
    }
  });

  it("leaves the response as it was when the client did not ask", async () => {
    const plain = await execute(LIGHT);
    expect(plain.extensions).toBeUndefined();
    expect(plain.data).toBeDefined();
  });
});
