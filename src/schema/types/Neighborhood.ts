import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import type { PrismaClient } from "../../store/index.ts";
import { builder } from "../builder.ts";
import {
  edgeKey,
  edgesTouching,
  GRAPH_NODE_TYPES,
  type GraphEdgeRow,
  type GraphNodeKey,
  type GraphNodeType,
  nodeKey,
  RELATIONS,
  type Relation,
} from "../graphAdjacency.ts";
import { GraphEdgeRef, type GraphEdgeShape, GraphNodeKindEnum, GraphReadout, RelationEnum } from "./GraphEdge.ts";

export const NEIGHBORS_MAX_DEPTH = 3;
export const NEIGHBORS_DEFAULT_NODES = 50;
export const NEIGHBORS_MAX_NODES = 200;

/** The graph node a global ID names, or null when it names no kind of node the graph walks. */
export function graphNodeOf(globalId: string, argument: string): GraphNodeKey | null {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new GraphQLError(`${argument} is not a valid ID`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return (GRAPH_NODE_TYPES as readonly string[]).includes(decoded.typename)
    ? { type: decoded.typename as GraphNodeType, id: decoded.id }
    : null;
}

export function boundedInt(value: number | null | undefined, fallback: number, min: number, max: number, name: string) {
  const chosen = value ?? fallback;
  if (chosen < min || chosen > max) {
    throw new GraphQLError(`${name} must be between ${min} and ${max}`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return chosen;
}

interface NeighborhoodShape {
  readout: GraphReadout;
  edges: GraphEdgeShape[];
}

/**
 * Breadth-first from the root, one statement per level: each level reads the edges of the nodes
 * the previous level reached, heaviest first, and admits new nodes until the node cap.
 */
async function walkNeighborhood(
  db: PrismaClient,
  root: GraphNodeKey,
  depth: number,
  kinds: ReadonlySet<GraphNodeType>,
  relations: ReadonlySet<Relation>,
  minWeight: number,
  maxNodes: number,
): Promise<NeighborhoodShape> {
  const reached = new Map<string, GraphNodeKey>([[nodeKey(root), root]]);
  const edges = new Map<string, GraphEdgeRow>();
  let frontier: GraphNodeKey[] = [root];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: GraphNodeKey[] = [];
    const scope = { reached: [...reached.values()], room: maxNodes - reached.size, maxNodes, kinds };
    for (const row of await edgesTouching(db, frontier, relations, minWeight, scope)) {
      const ends: GraphNodeKey[] = [
        { type: row.fromType, id: row.fromId },
        { type: row.toType, id: row.toId },
      ];
      const admitted = ends.every((end) => {
        if (reached.has(nodeKey(end))) return true;
        if (!kinds.has(end.type) || reached.size >= maxNodes) return false;
        reached.set(nodeKey(end), end);
        next.push(end);
        return true;
      });
      if (admitted) edges.set(edgeKey(row), row);
    }
    frontier = next;
  }
  const rows = [...edges.values()];
  const readout = new GraphReadout(db, [...reached.values()], rows);
  return { readout, edges: rows.map((row) => ({ row, readout })) };
}

const NeighborhoodRef = builder.objectRef<NeighborhoodShape>("Neighborhood").implement({
  description: "The subgraph around a node: the nodes it reaches and the weighted edges between them.",
  fields: (t) => ({
    nodes: t.field({
      type: [builder.nodeInterfaceRef()],
      description: "The nodes reached, the root first, then by the step that reached them.",
      resolve: async ({ readout }) =>
        (await Promise.all(readout.nodeKeys.map((key) => readout.node(key)))).filter((node) => node !== null) as never,
    }),
    edges: t.field({
      type: [GraphEdgeRef],
      description: "The edges between the nodes, heaviest first within each step.",
      resolve: ({ edges }) => edges,
    }),
  }),
});

builder.queryField("neighbors", (t) =>
  t.field({
    type: NeighborhoodRef,
    description: `The subgraph around a person, institution, place, event or product: who and what it is related to, up to depth ${NEIGHBORS_MAX_DEPTH}, each edge with the articles behind it. An unknown ID gives an empty neighborhood.`,
    args: {
      id: t.arg.id({ required: true, description: "The global ID to start from." }),
      depth: t.arg.int({ description: `How many steps out (default 1, at most ${NEIGHBORS_MAX_DEPTH}).` }),
      kinds: t.arg({ type: [GraphNodeKindEnum], description: "Only reach nodes of these kinds (default all)." }),
      relations: t.arg({ type: [RelationEnum], description: "Only follow these relations (default all)." }),
      minWeight: t.arg.int({ description: "Only follow edges at least this heavy (default 1)." }),
      first: t.arg.int({
        description: `How many nodes at most, the root included (default ${NEIGHBORS_DEFAULT_NODES}, at most ${NEIGHBORS_MAX_NODES}).`,
      }),
    },
    resolve: async (_root, args, context) => {
      const depth = boundedInt(args.depth, 1, 1, NEIGHBORS_MAX_DEPTH, "depth");
      const maxNodes = boundedInt(args.first, NEIGHBORS_DEFAULT_NODES, 1, NEIGHBORS_MAX_NODES, "first");
      const minWeight = boundedInt(args.minWeight, 1, 1, 1_000_000, "minWeight");
      const root = graphNodeOf(String(args.id), "id");
      if (!root) return { readout: new GraphReadout(context.prisma, [], []), edges: [] };
      const kinds = new Set<GraphNodeType>(args.kinds?.length ? (args.kinds as GraphNodeType[]) : GRAPH_NODE_TYPES);
      const relations = new Set<Relation>(args.relations?.length ? args.relations : RELATIONS);
      return walkNeighborhood(context.prisma, root, depth, kinds, relations, minWeight, maxNodes);
    },
  }),
);
