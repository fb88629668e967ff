import { brandWithType } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import type { PrismaClient } from "../../store/index.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import {
  EVIDENCE_MAX,
  edgeEvidence,
  type GraphEdgeRow,
  type GraphNodeKey,
  type GraphNodeType,
  nodeKey,
  RELATIONS,
} from "../graphAdjacency.ts";
import { pageSize } from "../pagination.ts";
import { ArticleRef } from "./Article.ts";

export const RelationEnum = builder.enumType("Relation", {
  description: "How two nodes of the graph are related.",
  values: Object.fromEntries(
    RELATIONS.map((relation) => [
      relation,
      {
        description: {
          CO_MENTIONED: "Both are named in the same articles (weight: how many).",
          HOLDS_POSITION: "A person holds a position at an institution (weight: reporting articles).",
          TOOK_PART:
            "A person took part in an event, or an institution did (a group of its people; weight: reporting articles).",
          HOSTED: "An institution hosted an event.",
          PRODUCED_BY: "A product is made at an institution.",
          SHOWN_AT: "A product was shown at an event.",
          LOCATED_IN: "An institution or event is located in a place.",
          PART_OF: "An institution belongs to another, or a place lies in another.",
        }[relation],
      },
    ]),
  ) as Record<(typeof RELATIONS)[number], { description: string }>,
});

export const GraphNodeKindEnum = builder.enumType("GraphNodeKind", {
  description: "The kinds of node a graph walk visits.",
  values: {
    PERSON: { value: "Person", description: "People." },
    INSTITUTION: { value: "Institution", description: "Institutions." },
    PLACE: { value: "Place", description: "Places." },
    EVENT: { value: "Event", description: "Events." },
    PRODUCT: { value: "Product", description: "Products." },
  } as const,
});

/**
 * What a walk found, shared by all its edges: the nodes and evidence articles are read lazily,
 * in one statement per kind of node and one for all evidence, whatever the number of edges.
 */
export class GraphReadout {
  private nodes?: Promise<Map<string, unknown>>;
  private articles?: Promise<Map<string, unknown>>;

  constructor(
    private readonly db: PrismaClient,
    readonly nodeKeys: readonly GraphNodeKey[],
    readonly edgeRows: readonly GraphEdgeRow[],
  ) {}

  node(key: GraphNodeKey): Promise<unknown> {
    this.nodes ??= loadNodes(this.db, this.nodeKeys);
    return this.nodes.then((nodes) => nodes.get(nodeKey(key)) ?? null);
  }

  async evidence(row: GraphEdgeRow, first: number, context: Context, info: GraphQLResolveInfo): Promise<unknown[]> {
    this.articles ??= (async () => {
      await edgeEvidence(this.db, this.edgeRows);
      const all = [...new Set(this.edgeRows.flatMap((edge) => edge.evidence ?? []))];
      if (all.length === 0) return new Map();
      const articles = await context.prisma.article.findMany({
        ...queryFromInfo({ context, info, typeName: "Article" }),
        where: { id: { in: all } },
      });
      return new Map(articles.map((article) => [article.id, article]));
    })();
    const articles = await this.articles;
    return (row.evidence ?? []).slice(0, first).flatMap((id) => (articles.has(id) ? [articles.get(id)] : []));
  }
}

async function loadNodes(db: PrismaClient, keys: readonly GraphNodeKey[]): Promise<Map<string, unknown>> {
  const byType = new Map<GraphNodeType, string[]>();
  for (const key of keys) byType.set(key.type, [...(byType.get(key.type) ?? []), key.id]);
  const loaded = new Map<string, unknown>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const model = (type.charAt(0).toLowerCase() + type.slice(1)) as "person";
      const delegate = db[model] as unknown as { findMany(args: object): Promise<{ id: string }[]> };
      for (const node of await delegate.findMany({ where: { id: { in: ids } } })) {
        brandWithType(node, type as never);
        loaded.set(`${type}:${node.id}`, node);
      }
    }),
  );
  return loaded;
}

export interface GraphEdgeShape {
  row: GraphEdgeRow;
  readout: GraphReadout;
  /** along a path a hop runs from the node nearer its start, whatever the relation's direction */
  reversed?: boolean;
}

export const GraphEdgeRef = builder.objectRef<GraphEdgeShape>("GraphEdge").implement({
  description: "A weighted relation between two nodes, with the articles that report it.",
  fields: (t) => ({
    from: t.field({
      type: builder.nodeInterfaceRef(),
      description: "One end (the subject of the relation; along a path, the end nearer the start).",
      resolve: ({ row, readout, reversed }) =>
        readout.node(reversed ? { type: row.toType, id: row.toId } : { type: row.fromType, id: row.fromId }) as never,
    }),
    to: t.field({
      type: builder.nodeInterfaceRef(),
      description: "The other end.",
      resolve: ({ row, readout, reversed }) =>
        readout.node(reversed ? { type: row.fromType, id: row.fromId } : { type: row.toType, id: row.toId }) as never,
    }),
    relation: t.field({
      type: RelationEnum,
      description: "How the two are related.",
      resolve: ({ row }) => row.relation,
    }),
    weight: t.int({
      description: "How strongly: the number of articles that report the relation (1 for structural relations).",
      resolve: ({ row }) => row.weight,
    }),
    evidence: t.field({
      type: [ArticleRef],
      args: { first: t.arg.int({ description: `How many articles (default 3, at most ${EVIDENCE_MAX}).` }) },
      description: "The newest articles that report the relation (none for a structural relation such as PART_OF).",
      resolve: ({ row, readout }, args, context, info) =>
        readout.evidence(row, pageSize(args.first, EVIDENCE_MAX, 3), context, info) as never,
    }),
  }),
});
