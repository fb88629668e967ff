import type { PrismaClient } from "../../store/index.ts";
import { builder } from "../builder.ts";
import {
  edgesTouching,
  type GraphEdgeRow,
  type GraphNodeKey,
  nodeKey,
  RELATIONS,
  type Relation,
} from "../graphAdjacency.ts";
import { GraphEdgeRef, type GraphEdgeShape, GraphReadout, RelationEnum } from "./GraphEdge.ts";
import { boundedInt, graphNodeOf, NEIGHBORS_MAX_NODES } from "./Neighborhood.ts";

export const PATH_MAX_HOPS = 4;
export const PATH_DEFAULT_COUNT = 5;
export const PATH_MAX_COUNT = 20;
/** How many of a host's events (those recorded last) a path step reads, as many as a neighbors walk at its largest. */
export const PATH_EVENTS_PER_HOST = NEIGHBORS_MAX_NODES;

/** A step toward a side's origin: the edge and the node it came from. */
interface Step {
  previous: string;
  row: GraphEdgeRow;
}

/** One end of the bidirectional search: how far each reached node is, and how it was reached. */
class SearchSide {
  readonly distance = new Map<string, number>();
  readonly steps = new Map<string, Step[]>();
  frontier: GraphNodeKey[];
  depth = 0;

  constructor(origin: GraphNodeKey) {
    this.distance.set(nodeKey(origin), 0);
    this.frontier = [origin];
  }

  /** Every shortest chain of edges from the origin to `key`, at most `limit` of them. */
  chains(key: string, limit: number): { row: GraphEdgeRow; from: string }[][] {
    if (this.distance.get(key) === 0) return [[]];
    const result: { row: GraphEdgeRow; from: string }[][] = [];
    for (const step of this.steps.get(key) ?? []) {
      for (const chain of this.chains(step.previous, limit)) {
        if (result.length >= limit) return result;
        result.push([...chain, { row: step.row, from: step.previous }]);
      }
    }
    return result;
  }
}

/**
 * Bidirectional breadth-first search, one statement per round: each round widens the side with
 * the smaller frontier by one step, until the two sides meet or the hops run out.
 */
async function shortestPaths(
  db: PrismaClient,
  from: GraphNodeKey,
  to: GraphNodeKey,
  maxHops: number,
  relations: ReadonlySet<Relation>,
  limit: number,
): Promise<{ row: GraphEdgeRow; from: string }[][]> {
  if (nodeKey(from) === nodeKey(to)) return [[]];
  const start = new SearchSide(from);
  const end = new SearchSide(to);
  while (start.depth + end.depth < maxHops) {
    const side = start.frontier.length <= end.frontier.length ? start : end;
    const other = side === start ? end : start;
    if (side.frontier.length === 0) return [];
    const level = side.depth + 1;
    const inFrontier = new Set(side.frontier.map(nodeKey));
    const next: GraphNodeKey[] = [];
    // where the two sides can meet: an old event of a busy host is read when the other side reached it
    const sought = [...other.distance.keys()]
      .filter((key) => key.startsWith("Event:"))
      .map((key) => ({ type: "Event" as const, id: key.slice("Event:".length) }));
    const hosted = { eventsPerHost: PATH_EVENTS_PER_HOST, sought };
    for (const row of await edgesTouching(db, side.frontier, relations, 1, undefined, hosted)) {
      const a: GraphNodeKey = { type: row.fromType, id: row.fromId };
      const b: GraphNodeKey = { type: row.toType, id: row.toId };
      for (const [near, far] of [
        [a, b],
        [b, a],
      ] as const) {
        const nearKey = nodeKey(near);
        const farKey = nodeKey(far);
        if (!inFrontier.has(nearKey)) continue;
        const known = side.distance.get(farKey);
        if (known === undefined) {
          side.distance.set(farKey, level);
          next.push(far);
        }
        if ((known ?? level) === level)
          side.steps.set(farKey, [...(side.steps.get(farKey) ?? []), { previous: nearKey, row }]);
      }
    }
    side.depth = level;
    side.frontier = next;
    const meetings = next.map(nodeKey).filter((key) => other.distance.has(key));
    if (meetings.length > 0) {
      const paths = meetings
        .sort((x, y) => (other.distance.get(x) ?? 0) - (other.distance.get(y) ?? 0))
        .flatMap((meeting) => {
          const fromStart = start.chains(meeting, limit);
          const toEnd = end.chains(meeting, limit).map((chain) => [...chain].reverse());
          return fromStart.flatMap((head) =>
            toEnd.map((tail) => [
              ...head,
              // the end side's steps point back toward `to`: a hop leaves the node its step reached
              ...tail.map((hop) => ({ row: hop.row, from: otherEnd(hop.row, hop.from) })),
            ]),
          );
        });
      return paths.sort((x, y) => x.length - y.length).slice(0, limit);
    }
  }
  return [];
}

function otherEnd(row: GraphEdgeRow, key: string): string {
  const fromKey = `${row.fromType}:${row.fromId}`;
  return fromKey === key ? `${row.toType}:${row.toId}` : fromKey;
}

interface PathShape {
  hops: GraphEdgeShape[];
}

const PathRef = builder.objectRef<PathShape>("Path").implement({
  description: "A chain of relations from one node to another, each hop with its evidence.",
  fields: (t) => ({
    length: t.int({ description: "How many hops.", resolve: (path) => path.hops.length }),
    hops: t.field({
      type: [GraphEdgeRef],
      description: "The hops in order: each runs from the node nearer the start to the next.",
      resolve: (path) => path.hops,
    }),
  }),
});

builder.queryField("path", (t) =>
  t.field({
    type: [PathRef],
    description: `The shortest connections between two nodes (people, institutions, places, events, products), shortest first, at most ${PATH_MAX_HOPS} hops; empty when there is none.`,
    args: {
      from: t.arg.id({ required: true, description: "Where the path starts (a global ID)." }),
      to: t.arg.id({ required: true, description: "Where it ends (a global ID)." }),
      maxHops: t.arg.int({
        description: `The longest path to look for (default ${PATH_MAX_HOPS}, at most ${PATH_MAX_HOPS}).`,
      }),
      relations: t.arg({ type: [RelationEnum], description: "Only follow these relations (default all)." }),
      first: t.arg.int({ description: `How many paths (default ${PATH_DEFAULT_COUNT}, at most ${PATH_MAX_COUNT}).` }),
    },
    resolve: async (_root, args, context) => {
      const maxHops = boundedInt(args.maxHops, PATH_MAX_HOPS, 1, PATH_MAX_HOPS, "maxHops");
      const limit = boundedInt(args.first, PATH_DEFAULT_COUNT, 1, PATH_MAX_COUNT, "first");
      const from = graphNodeOf(String(args.from), "from");
      const to = graphNodeOf(String(args.to), "to");
      if (!from || !to) return [];
      const relations = new Set<Relation>(args.relations?.length ? args.relations : RELATIONS);
      const paths = await shortestPaths(context.prisma, from, to, maxHops, relations, limit);
      const rows = paths.flat().map((hop) => hop.row);
      const nodeKeys = [
        ...new Set(rows.flatMap((row) => [`${row.fromType}:${row.fromId}`, `${row.toType}:${row.toId}`])),
      ].map((key) => {
        const [type, id] = key.split(":") as [GraphNodeKey["type"], string];
        return { type, id };
      });
      const readout = new GraphReadout(context.prisma, nodeKeys, rows);
      return paths.map((path) => ({
        hops: path.map((hop) => ({
          row: hop.row,
          readout,
          reversed: hop.from !== `${hop.row.fromType}:${hop.row.fromId}`,
        })),
      }));
    },
  }),
);
