import { beforeAll, expect, it } from "vitest";
import {
  edgesTouching,
  type GraphNodeKey,
  type GraphNodeType,
  type Relation,
} from "../../src/schema/graphAdjacency.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * HOSTED in a capped walk (neighbors): a host's events are read from the top of its index range,
 * at most the walk's node cap of them, as co-mentions and kept pairs are, so an institution that
 * hosted thousands of events costs a walk a few rows. Before, every event of the host was read.
 */

const HOSTED = new Set<Relation>(["HOSTED"]);
const MAX_NODES = 3;
const EVENTS = 12;

describeEachStore("HOSTED edges within the walk's cap", (fixture) => {
  let host: GraphNodeKey;
  let eventsRecordedLast: string[] = [];
  let firstEvent = "";

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

  const scope = (reached: GraphNodeKey[], room: number) => ({
    reached,
    room,
    maxNodes: MAX_NODES,
    kinds: new Set<GraphNodeType>(["Institution", "Event"]),
  });

  it("reads at most the cap of a host's events, those recorded last", async () => {
    const rows = await edgesTouching(fixture.store.prisma, [host], HOSTED, 1, scope([host], MAX_NODES - 1));
    expect(
      rows
        .map((row) => row.toId)
        .sort()
        .reverse(),
    ).toEqual(eventsRecordedLast);
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

  it("reads every hosted event where no cap applies (path)", async () => {
    const rows = await edgesTouching(fixture.store.prisma, [host], HOSTED, 1);
    expect(rows).toHaveLength(EVENTS);
  });
});
