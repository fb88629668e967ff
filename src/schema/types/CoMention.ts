import { brandWithType } from "@pothos/core";
import DataLoader from "dataloader";
import type { CoMentionKey } from "../../graph/coMentions.ts";
import { Prisma, type PrismaClient } from "../../store/index.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { InstitutionRef } from "./Institution.ts";
import { boundedInt } from "./Neighborhood.ts";
import { PersonRef } from "./Person.ts";
import { PlaceRef } from "./Place.ts";
import { TopicRef } from "./Topic.ts";

/**
 * Co-occurrence ranked by significance, read from the CoMention counts the writer keeps
 * (src/graph/coMentions.ts). Raw counts favour what appears everywhere (the Kanwil named in
 * every article of its region); the score is Dunning's log-likelihood ratio of the 2×2 table
 * "names A / names B" over all articles, signed negative when the two appear together less
 * often than chance, so a hub ranks by how much more than chance it goes with the entity.
 */

export const CO_MENTION_KINDS = ["Person", "Institution", "Place", "Topic"] as const;
export type CoMentionKind = (typeof CO_MENTION_KINDS)[number];

export const CO_MENTIONS_DEFAULT = 20;
export const CO_MENTIONS_MAX = 100;

interface ScoredRow {
  entityKey: string;
  otherKey: string;
  shared: number;
  entityArticles: number;
  otherArticles: number;
  total: number;
  score: number;
  pmi: number;
}

export interface CoMentionShape extends ScoredRow {
  other: unknown;
}

export const CoMentionKindEnum = builder.enumType("CoMentionKind", {
  description: "The kinds of entity co-occurrence is counted between.",
  values: {
    PERSON: { value: "Person", description: "People." },
    INSTITUTION: { value: "Institution", description: "Institutions." },
    PLACE: { value: "Place", description: "Places." },
    TOPIC: { value: "Topic", description: "Topics." },
  } as const,
});

const typenameOf = (key: string) => key.slice(0, key.indexOf(":")) as CoMentionKind;

export const CoMentionedEntityRef = builder.unionType("CoMentionedEntity", {
  description: "A person, institution, place or topic that articles name together with another.",
  types: [PersonRef, InstitutionRef, PlaceRef, TopicRef],
  resolveType: (value) => (value as unknown as { __coMentionType: CoMentionKind }).__coMentionType,
});

export const CoMentionRef = builder.objectRef<CoMentionShape>("CoMention").implement({
  description:
    "An entity named in the same articles as another: how many articles (weight) and how significant that is (score).",
  fields: (t) => ({
    node: t.field({
      type: CoMentionedEntityRef,
      description: "The entity named together with this one.",
      resolve: (row) => row.other as never,
    }),
    weight: t.exposeInt("shared", { description: "How many articles name both." }),
    score: t.exposeFloat("score", {
      description:
        "Log-likelihood ratio (G²) of naming both, over all articles; negative when they appear together less often than chance. Lists are ordered by it.",
    }),
    pmi: t.exposeFloat("pmi", {
      description: "Pointwise mutual information, ln(P(both) / (P(one)·P(other))): 0 when independent.",
    }),
    expected: t.float({
      description: "How many shared articles chance alone would give.",
      resolve: (row) => (row.total > 0 ? (row.entityArticles * row.otherArticles) / row.total : 0),
    }),
    nodeArticles: t.exposeInt("otherArticles", { description: "How many articles name the other entity in all." }),
  }),
});

/** `k·ln(k·n/(r·c))`, 0 for an empty cell: one cell of the G² sum. */
const cell = (k: string, r: string, c: string) =>
  `CASE WHEN (${k}) > 0 THEN (${k}) * ln((${k}) * n / ((${r}) * (${c}))) ELSE 0 END`;

/** One statement for every entity of a request asking the same question: the ranked partners of each. */
async function rankedPartners(
  db: PrismaClient,
  keys: readonly string[],
  kinds: readonly CoMentionKind[],
  limit: number,
): Promise<ScoredRow[]> {
  const g2 = Prisma.raw(
    `2 * (${cell("k11", "nx", "ny")} + ${cell("nx - k11", "nx", "n - ny")} + ${cell("ny - k11", "n - nx", "ny")} + ${cell("n - nx - ny + k11", "n - nx", "n - ny")})`,
  );
  return db.$queryRaw<ScoredRow[]>(Prisma.sql`
    WITH "total" AS (
      SELECT count(*)::float8 AS n FROM "CoMentionLedger" WHERE cardinality("entities") > 0
    ), "counts" AS (
      SELECT c."entityKey", c."otherKey", c."articles"::float8 AS k11, sx."articles"::float8 AS nx,
             sy."articles"::float8 AS ny, greatest("total".n, sx."articles" + sy."articles" - c."articles") AS n
      FROM "CoMention" c
      JOIN "CoMention" sx ON sx."entityKey" = c."entityKey" AND sx."otherKey" = c."entityKey"
      JOIN "CoMention" sy ON sy."entityKey" = c."otherKey" AND sy."otherKey" = c."otherKey"
      CROSS JOIN "total"
      WHERE c."entityKey" = ANY(${keys}::text[]) AND c."otherKey" <> c."entityKey" AND c."articles" > 0
        AND split_part(c."otherKey", ':', 1) = ANY(${kinds}::text[])
    ), "scored" AS (
      SELECT *, sign(k11 * n - nx * ny) * ${g2} AS g2, ln(k11 * n / (nx * ny)) AS pmi FROM "counts"
    )
    SELECT "entityKey", "otherKey", k11::int AS "shared", nx::int AS "entityArticles", ny::int AS "otherArticles",
           n::int AS "total", g2::float8 AS "score", pmi::float8 AS "pmi"
    FROM (
      SELECT *, row_number() OVER (PARTITION BY "entityKey" ORDER BY g2 DESC, k11 DESC, "otherKey") AS "rank" FROM "scored"
    ) ranked
    WHERE "rank" <= ${limit}
    ORDER BY "entityKey", "rank"`);
}

/** The nodes behind the keys, one statement per kind, branded for the union. */
async function loadEntities(db: PrismaClient, keys: readonly string[]): Promise<Map<string, unknown>> {
  const byKind = new Map<CoMentionKind, string[]>();
  for (const key of keys) {
    const kind = typenameOf(key);
    byKind.set(kind, [...(byKind.get(kind) ?? []), key.slice(kind.length + 1)]);
  }
  const loaded = new Map<string, unknown>();
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const model = (kind.charAt(0).toLowerCase() + kind.slice(1)) as "person";
      const delegate = db[model] as unknown as { findMany(args: object): Promise<{ id: string }[]> };
      for (const node of await delegate.findMany({ where: { id: { in: ids } } })) {
        brandWithType(node, kind as never);
        Object.defineProperty(node, "__coMentionType", { value: kind, enumerable: false });
        loaded.set(`${kind}:${node.id}`, node);
      }
    }),
  );
  return loaded;
}

type Question = { key: CoMentionKey; kinds: readonly CoMentionKind[]; limit: number };

const loadersByRequest = new WeakMap<Context, Map<string, DataLoader<CoMentionKey, CoMentionShape[]>>>();

/**
 * The ranked partners of one entity, batched per request: every entity of a list asking the same
 * question (kinds and limit) is answered by one ranking statement and one statement per kind of node.
 */
export function coMentionsOf(context: Context, question: Question): Promise<CoMentionShape[]> {
  const loaders = loadersByRequest.get(context) ?? new Map();
  loadersByRequest.set(context, loaders);
  const signature = `${[...question.kinds].sort().join(",")}|${question.limit}`;
  let loader = loaders.get(signature);
  if (!loader) {
    loader = new DataLoader<CoMentionKey, CoMentionShape[]>(async (keys) => {
      const rows = await rankedPartners(context.prisma, keys, question.kinds, question.limit);
      const nodes = await loadEntities(context.prisma, [...new Set(rows.map((row) => row.otherKey))]);
      const byEntity = new Map<string, CoMentionShape[]>();
      for (const row of rows) {
        const other = nodes.get(row.otherKey);
        // an entity merged away between the two statements is left out
        if (!other) continue;
        byEntity.set(row.entityKey, [...(byEntity.get(row.entityKey) ?? []), { ...row, other }]);
      }
      return keys.map((key) => byEntity.get(key) ?? []);
    });
    loaders.set(signature, loader);
  }
  return loader.load(question.key);
}

const FIRST_DESCRIPTION = `How many at most (default ${CO_MENTIONS_DEFAULT}, at most ${CO_MENTIONS_MAX}).`;

const limitOf = (first: number | null | undefined) =>
  boundedInt(first, CO_MENTIONS_DEFAULT, 0, CO_MENTIONS_MAX, "first");

builder.prismaObjectField("Person", "coMentioned", (t) =>
  t.field({
    type: [CoMentionRef],
    args: {
      first: t.arg.int({ description: FIRST_DESCRIPTION }),
      kinds: t.arg({ type: [CoMentionKindEnum], description: "Only entities of these kinds (default all)." }),
    },
    description:
      "People, institutions, places and topics named in the same articles as this person, most significant first (not merely most frequent).",
    select: { id: true },
    resolve: (person, args, context) =>
      coMentionsOf(context, {
        key: `Person:${person.id}`,
        kinds: args.kinds?.length ? (args.kinds as CoMentionKind[]) : CO_MENTION_KINDS,
        limit: limitOf(args.first),
      }),
  }),
);

builder.prismaObjectField("Institution", "relatedInstitutions", (t) =>
  t.field({
    type: [CoMentionRef],
    args: { first: t.arg.int({ description: FIRST_DESCRIPTION }) },
    description:
      "Institutions named in the same articles as this one, most significant first: an institution named everywhere ranks by how much more than chance it goes with this one.",
    select: { id: true },
    resolve: (institution, args, context) =>
      coMentionsOf(context, {
        key: `Institution:${institution.id}`,
        kinds: ["Institution"],
        limit: limitOf(args.first),
      }),
  }),
);

builder.prismaObjectField("Topic", "people", (t) =>
  t.field({
    type: [CoMentionRef],
    args: { first: t.arg.int({ description: FIRST_DESCRIPTION }) },
    description: "People named in articles about this topic, most significant first.",
    select: { id: true },
    resolve: (topic, args, context) =>
      coMentionsOf(context, {
        key: `Topic:${topic.id}`,
        kinds: ["Person"],
        limit: limitOf(args.first),
      }),
  }),
);
