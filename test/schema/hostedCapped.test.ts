import { beforeAll, describe, expect, it } from "vitest";
import {
  edgesTouching,
  type GraphNodeKey,
  type GraphNodeType,
  type HostedBound,
  type Relation,
} from "../../src/schema/graphAdjacency.ts";
import { PATH_EVENTS_PER_HOST } from "../../src/schema/types/Path.ts";
import { onSqlStatement } from "../../src/store/index.ts";
import { execute } from "../support/graphql.ts";
import { type PlanNode, rowsReadFrom } from "../support/queryPlans.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * HOSTED in a capped walk (neighbors): a host's events are read from the top of its index range,
 * at most the walk's node cap of them, as co-mentions and kept pairs are, so an institution that
 * hosted thousands of events costs a walk a few rows. A path step, which has no node cap, reads
 * at most PATH_EVENTS_PER_HOST of them the same way, and any event the other side has reached.
 */

const HOSTED = new Set<Relation>(["HOSTED"]);
const MAX_NODES = 3;
const EVENTS = 12;

describeEachStore("HOSTED edges within the walk's cap", (fixture) => {
  let host: GraphNodeKey;
  let eventsRecordedLast: string[] = [];
  let firstEvent = "";
  let added = 0;

  /** More events of the host, recorded after every event before them. */
  async function addEvents(count: number) {
    const names = Array.from({ length: count }, (_, index) => `Rapat tambahan ${added + index}`);
    added += count;
    await fixture.store.prisma.event.createMany({
      data: names.map((name) => ({ name, normalizedName: name.toLowerCase(), kind: "MEETING", hostId: host.id })),
    });
  }

  beforeAll(async () => {
    const { prisma } = fixture.store;
    const institution = await prisma.institution.create({
      data: { name: "Dinas Sukamaju", normalizedName: "dinas sukamaju", type: "LOCAL_GOVERNMENT" },
    });
    host = { type: "Institution", id: institution.id };
    const ids: string[] = [];
    for (let index = 0; index < EVENTS; index++) {
      const event = await prisma.event.create({
        data: { name: `Rapat ${index}`, normalizedName: `rapat ${index}`, kind: "MEETING", hostId: institution.id },
      });
      ids.push(event.id);
    }
    firstEvent = ids[0] as string;
    eventsRecordedLast = ids.sort().reverse().slice(0, MAX_NODES);
  });

  const newestFirst = (rows: { toId: string }[]) =>
    rows
      .map((row) => row.toId)
      .sort()
      .reverse();

  const scope = (reached: GraphNodeKey[], room: number) => ({
    reached,
    room,
    maxNodes: MAX_NODES,
    kinds: new Set<GraphNodeType>(["Institution", "Event"]),
  });

  it("reads at most the cap of a host's events, those recorded last", async () => {
    const rows = await edgesTouching(fixture.store.prisma, [host], HOSTED, 1, scope([host], MAX_NODES - 1));
    expect(newestFirst(rows)).toEqual(eventsRecordedLast);
    expect(rows.every((row) => row.fromId === host.id && row.relation === "HOSTED")).toBe(true);
  });

  it("still finds an event already reached, however far down the host's range it is", async () => {
    const reachedEvent: GraphNodeKey = { type: "Event", id: firstEvent };
    const rows = await edgesTouching(fixture.store.prisma, [host], HOSTED, 1, scope([host, reachedEvent], 0));
    expect(rows.map((row) => row.toId)).toEqual([firstEvent]);
  });

  it("gives an event in the frontier its host", async () => {
    const event: GraphNodeKey = { type: "Event", id: firstEvent };
    const rows = await edgesTouching(fixture.store.prisma, [event], HOSTED, 1, scope([event], MAX_NODES - 1));
    expect(rows.map((row) => [row.fromId, row.toId])).toEqual([[host.id, firstEvent]]);
  });

  describe("in a path step (no node cap)", () => {
    const bound = (eventsPerHost: number, sought: GraphNodeKey[] = []) => ({ eventsPerHost, sought });

    /** The step's one statement and the rows its plan read from Event (EXPLAIN ANALYZE, index scans only). */
    async function eventRowsRead(hosted: HostedBound): Promise<{ statements: number; eventRows: number }> {
      const captured: { sql: string; args: unknown[] }[] = [];
      const stop = onSqlStatement((statement) => captured.push({ sql: statement.sql, args: [...statement.args] }));
      try {
        await edgesTouching(fixture.store.prisma, [host], HOSTED, 1, undefined, hosted);
      } finally {
        stop();
      }
      const [statement] = captured as [{ sql: string; args: unknown[] }];
      const plan = await fixture.store.prisma.$transaction(async (tx) => {
        // a dozen rows would be read whole by a sequential scan: ask for the plan the index allows
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        await tx.$executeRawUnsafe("SET LOCAL enable_bitmapscan = off");
        return tx.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`,
          ...statement.args,
        );
      });
      return {
        statements: captured.length,
        eventRows: rowsReadFrom(plan[0]?.["QUERY PLAN"][0].Plan as PlanNode, "Event"),
      };
    }

    it("reads a host's events recorded last, at most eventsPerHost, and a sought event however old", async () => {
      const rows = await edgesTouching(fixture.store.prisma, [host], HOSTED, 1, undefined, bound(MAX_NODES));
      expect(
        rows
          .map((row) => row.toId)
          .sort()
          .reverse(),
      ).toEqual(eventsRecordedLast);
      const sought: GraphNodeKey = { type: "Event", id: firstEvent };
      const withSought = await edgesTouching(
        fixture.store.prisma,
        [host],
        HOSTED,
        1,
        undefined,
        bound(MAX_NODES, [sought]),
      );
      expect(withSought.map((row) => row.toId).sort()).toEqual([...eventsRecordedLast, firstEvent].sort());
      // an event that is both sought and among the last is one edge
      const twice = await edgesTouching(
        fixture.store.prisma,
        [host],
        HOSTED,
        1,
        undefined,
        bound(MAX_NODES, [{ type: "Event", id: eventsRecordedLast[0] as string }]),
      );
      expect(twice).toHaveLength(MAX_NODES);
    });

    it("reads as many Event rows in one statement when the host has twice the events", async () => {
      const before = await eventRowsRead(bound(MAX_NODES, [{ type: "Event", id: firstEvent }]));
      await addEvents(EVENTS);
      const after = await eventRowsRead(bound(MAX_NODES, [{ type: "Event", id: firstEvent }]));
      expect(before.statements).toBe(1);
      expect(after).toEqual(before);
      // the events recorded last and the one sought
      expect(after.eventRows).toBeLessThanOrEqual(MAX_NODES + 1);
    });

    it("finds a path to a busy host's oldest event in one hop when the other side starts there", async () => {
      await addEvents(PATH_EVENTS_PER_HOST);
      const globalId = (node: GraphNodeKey) => Buffer.from(`${node.type}:${node.id}`).toString("base64");
      const result = await execute(
        /* GraphQL */ `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 1, relations: [HOSTED]) { length } }`,
        { from: globalId(host), to: globalId({ type: "Event", id: firstEvent }) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ path: [{ length: 1 }] });
    });
  });
});
