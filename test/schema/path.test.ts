import { encodeGlobalID } from "@pothos/plugin-relay";
import { beforeAll, expect, it } from "vitest";
import { seedEmptyStore } from "../../src/graph/index.ts";
import { graphql } from "../generated/index.ts";
import { countStatements, execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { writeNewsroom } from "./newsroom.ts";

const Path = graphql(/* GraphQL */ `
  query Path($from: ID!, $to: ID!, $maxHops: Int, $relations: [Relation!], $first: Int) {
    path(from: $from, to: $to, maxHops: $maxHops, relations: $relations, first: $first) {
      length
      hops {
        from { id ... on Person { name } ... on Institution { name } ... on Event { name } }
        to { id ... on Person { name } ... on Institution { name } ... on Event { name } }
        relation
        evidence(first: 5) { slug }
      }
    }
  }
`);

const Ids = graphql(/* GraphQL */ `
  query PathIds {
    hemu: person(name: "Hemu") { id }
    mardi: person(name: "Mardi Santoso") { id }
    sari: person(name: "Sari Wulandari") { id }
  }
`);

const nameOf = (node: object | undefined) => (node && "name" in node ? String(node.name) : undefined);

describeEachStore("path", (fixture) => {
  let hemu: string;
  let mardi: string;
  let sari: string;

  beforeAll(async () => {
    await seedEmptyStore(fixture.store.prisma);
    await writeNewsroom(fixture.store.prisma);
    const data = await query(Ids);
    hemu = String(data.hemu?.id);
    mardi = String(data.mardi?.id);
    sari = String(data.sari?.id);
  }, 120_000);

  it("finds the direct co-mention first, with the articles that name both", async () => {
    const { path } = await query(Path, { from: hemu, to: mardi });
    expect(path[0]?.length).toBe(1);
    expect(path[0]?.hops[0]).toMatchObject({ from: { id: hemu }, to: { id: mardi }, relation: "CO_MENTIONED" });
    expect(path[0]?.hops[0]?.evidence.map((a) => a.slug)).toContain("c-pati");
  });

  it("goes through the inspection when only participation counts: Hemu → event → Mardi Santoso", async () => {
    const { path } = await query(Path, { from: hemu, to: mardi, relations: ["TOOK_PART"] });
    expect(path).toHaveLength(1);
    const [first, second] = path[0]?.hops ?? [];
    expect(first).toMatchObject({ from: { name: "Hemu" }, relation: "TOOK_PART" });
    expect(nameOf(first?.to)).toMatch(/^Peninjauan/);
    expect(second).toMatchObject({ from: { id: first?.to.id }, to: { name: "Mardi Santoso" }, relation: "TOOK_PART" });
    expect(second?.evidence).toHaveLength(1);
  });

  it("lists longer paths shortest first and is empty when there is none", async () => {
    // Sari appears only with Rutan Demak, which the seed names beside Hemu
    const viaDemak = await query(Path, { from: sari, to: hemu, relations: ["CO_MENTIONED"] });
    expect(viaDemak.path[0]?.hops.map((hop) => nameOf(hop.to))).toEqual(["Rutan Demak", "Hemu"]);
    const structural = await query(Path, { from: hemu, to: mardi, relations: ["HOLDS_POSITION", "PART_OF"] });
    expect(structural.path[0]?.hops.map((hop) => hop.relation)).toEqual([
      "HOLDS_POSITION",
      "PART_OF",
      "HOLDS_POSITION",
    ]);
    expect((await query(Path, { from: sari, to: mardi, relations: ["TOOK_PART"] })).path).toEqual([]);
    expect(
      (await query(Path, { from: hemu, to: mardi, relations: ["HOLDS_POSITION", "PART_OF"], maxHops: 2 })).path,
    ).toEqual([]);
    const unknown = encodeGlobalID("Person", "01900000-0000-7000-8000-000000000000");
    expect((await query(Path, { from: hemu, to: unknown })).path).toEqual([]);
    const refused = await execute(Path, { from: hemu, to: mardi, maxHops: 5 });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("costs one statement per search round plus the nodes and the evidence", async () => {
    const counted = await countStatements(() =>
      query(Path, { from: sari, to: mardi, relations: ["HOLDS_POSITION", "PART_OF", "CO_MENTIONED"], maxHops: 4 }),
    );
    expect(counted.result.path[0]?.length).toBe(2);
    // rounds (at most maxHops) + one per kind of node on the paths + evidence
    expect(counted.statements).toBeLessThanOrEqual(4 + 2 + 1);
  });
});
