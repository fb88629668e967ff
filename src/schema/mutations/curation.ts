import { GraphQLError } from "graphql";
import {
  addAlias,
  CurationError,
  confirmFact,
  correctPublishedDate,
  type FactDecisionRow,
  mergeEntities,
  type NodeRef,
  parsePublishedDate,
  rejectFact,
  removeAlias,
  renameEntity,
  setParent,
  splitPerson,
} from "../../curation/index.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { decodeNodeId, idOfType } from "../lookup.ts";
import { ArticleRef } from "../types/Article.ts";
import { FactDecisionRef } from "../types/CurationFact.ts";
import { DatePrecisionEnum } from "../types/DatePrecision.ts";
import { PersonRef } from "../types/Person.ts";

/**
 * Curation: fixing the graph by hand. Every mutation needs an API key with the curate scope,
 * runs in one transaction (all or nothing), is written to curationLog, and refuses unknown or
 * unsuitable IDs with BAD_USER_INPUT.
 */

const NodeRefType = builder.nodeInterfaceRef();

/** Loads a node as the Node interface resolves it (the typename tells which object type). */
async function loadNode(context: Context, ref: NodeRef) {
  const where = { where: { id: ref.id } };
  const row =
    ref.typename === "Person"
      ? await context.prisma.person.findUniqueOrThrow(where)
      : ref.typename === "Institution"
        ? await context.prisma.institution.findUniqueOrThrow(where)
        : await context.prisma.place.findUniqueOrThrow(where);
  return { ...row, __typename: ref.typename };
}

function actorOf(context: Context): string {
  return context.apiKeyName ?? "anonymous";
}

/** Runs a curation change; its refusals are the client's mistake (BAD_USER_INPUT). */
async function curate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CurationError) {
      throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
    }
    throw error;
  }
}

const MergeEntitiesPayload = builder.objectRef<{ kept: NodeRef; mergedId: string }>("MergeEntitiesPayload").implement({
  description: "The node that remains; the merged node's ID now resolves to it.",
  fields: (t) => ({
    kept: t.field({ type: NodeRefType, description: "The kept node.", resolve: (p, _a, ctx) => loadNode(ctx, p.kept) }),
    mergedId: t.exposeID("mergedId", { description: "The merged node's ID (it redirects to the kept node)." }),
  }),
});

const CurationNodePayload = builder.objectRef<NodeRef>("CurationNodePayload").implement({
  description: "The node as it is after the change.",
  fields: (t) => ({
    node: t.field({ type: NodeRefType, description: "The changed node.", resolve: (p, _a, ctx) => loadNode(ctx, p) }),
  }),
});

const SplitPersonPayload = builder
  .objectRef<{ originalId: string; createdId: string }>("SplitPersonPayload")
  .implement({
    description: "The person as it remains, and the new person the articles moved to.",
    fields: (t) => ({
      person: t.prismaField({
        type: PersonRef,
        description: "The person split from.",
        resolve: (query, p, _a, ctx) => ctx.prisma.person.findUniqueOrThrow({ ...query, where: { id: p.originalId } }),
      }),
      created: t.prismaField({
        type: PersonRef,
        description: "The new person.",
        resolve: (query, p, _a, ctx) => ctx.prisma.person.findUniqueOrThrow({ ...query, where: { id: p.createdId } }),
      }),
    }),
  });

const FactDecisionPayload = builder.objectRef<FactDecisionRow>("FactDecisionPayload").implement({
  description: "The decision now in force for the fact.",
  fields: (t) => ({
    decision: t.field({ type: FactDecisionRef, description: "The decision.", resolve: (d) => d }),
  }),
});

const CorrectPublishedDatePayload = builder.objectRef<{ articleId: string }>("CorrectPublishedDatePayload").implement({
  description: "The article with its corrected publication date.",
  fields: (t) => ({
    article: t.prismaField({
      type: ArticleRef,
      description: "The article.",
      resolve: (query, p, _a, ctx) => ctx.prisma.article.findUniqueOrThrow({ ...query, where: { id: p.articleId } }),
    }),
  }),
});

const nodeArg = (value: string | number, argument: string): NodeRef => decodeNodeId(String(value), argument);

builder.mutationFields((t) => ({
  mergeEntities: t.field({
    type: MergeEntitiesPayload,
    description:
      "Merges two people, institutions or places that are one: everything `merge` has (aliases, mentions, positions and their reports, quotes, events, products, children) moves to `keep`, duplicates become one, and `merge`'s ID resolves to `keep` from now on. Records ENTITY_MERGED in the change feed. Needs the curate scope.",
    authScopes: { curate: true },
    args: {
      keep: t.arg.id({ required: true, description: "The node that remains." }),
      merge: t.arg.id({ required: true, description: "The node merged into it and removed." }),
    },
    resolve: async (_root, args, context) => {
      const keep = nodeArg(args.keep, "keep");
      const merge = nodeArg(args.merge, "merge");
      const result = await curate(() => mergeEntities(context.prisma, actorOf(context), keep, merge));
      context.pubsub.publish("articleFeedGrew"); // wakes change-feed followers for ENTITY_MERGED
      return { kept: { typename: result.typename, id: result.keptId }, mergedId: String(args.merge) };
    },
  }),
  splitPerson: t.field({
    type: SplitPersonPayload,
    description:
      "Two people with one name: what the given articles report of the person (mentions, positions, quotes, participation) moves to a new person. Needs the curate scope.",
    authScopes: { curate: true },
    args: {
      id: t.arg.id({ required: true, description: "The person to split." }),
      articles: t.arg.idList({ required: true, description: "The articles that report the other person." }),
      name: t.arg.string({ description: "A name for the new person that tells the two apart (becomes its alias)." }),
    },
    resolve: async (_root, args, context) => {
      const person = nodeArg(args.id, "id");
      const articles = args.articles.map((id, index) => idOfType(String(id), "Article", `articles[${index}]`));
      const result = await curate(() =>
        splitPerson(context.prisma, actorOf(context), person, articles, args.name ?? null),
      );
      context.pubsub.publish("articleFeedGrew"); // PERSON_ADDED for the new person
      return result;
    },
  }),
  addAlias: t.field({
    type: CurationNodePayload,
    description: "Adds a written form to a person, institution or place. Needs the curate scope.",
    authScopes: { curate: true },
    args: { id: t.arg.id({ required: true }), alias: t.arg.string({ required: true }) },
    resolve: (_root, args, context) =>
      curate(() => addAlias(context.prisma, actorOf(context), nodeArg(args.id, "id"), args.alias)),
  }),
  removeAlias: t.field({
    type: CurationNodePayload,
    description:
      "Takes a wrong written form away from a node; later ingests do not add it back to that node. Needs the curate scope.",
    authScopes: { curate: true },
    args: { id: t.arg.id({ required: true }), alias: t.arg.string({ required: true }) },
    resolve: (_root, args, context) =>
      curate(() => removeAlias(context.prisma, actorOf(context), nodeArg(args.id, "id"), args.alias)),
  }),
  renameEntity: t.field({
    type: CurationNodePayload,
    description: "Renames a person, institution or place; the old name stays an alias. Needs the curate scope.",
    authScopes: { curate: true },
    args: { id: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: (_root, args, context) =>
      curate(() => renameEntity(context.prisma, actorOf(context), nodeArg(args.id, "id"), args.name)),
  }),
  setParent: t.field({
    type: CurationNodePayload,
    description:
      "Sets the parent of an institution or place (null clears it); a change that makes a cycle is refused. Needs the curate scope.",
    authScopes: { curate: true },
    args: {
      id: t.arg.id({ required: true }),
      parent: t.arg.id({ description: "The new parent, of the same type; null for none." }),
    },
    resolve: (_root, args, context) =>
      curate(() =>
        setParent(
          context.prisma,
          actorOf(context),
          nodeArg(args.id, "id"),
          args.parent === null || args.parent === undefined ? null : nodeArg(args.parent, "parent"),
        ),
      ),
  }),
  correctPublishedDate: t.field({
    type: CorrectPublishedDatePayload,
    description:
      "Corrects the day an article was published, and with precision MINUTE its time: `date` is 2026-03-05 (DAY) or 2026-03-05T09:30 with an optional offset such as +08:00 (MINUTE; without one, WIB). The article moves to that place in every list of articles, and keeps the date when its text is ingested or re-extracted again (only a curated draft replaces it). Records ARTICLE_UPDATED (publishedAt) in the change feed. Needs the curate scope.",
    authScopes: { curate: true },
    args: {
      id: t.arg.id({ required: true, description: "The article." }),
      date: t.arg.string({
        required: true,
        description: "The day, or the day and time, as the article's zone has it.",
      }),
      precision: t.arg({ type: DatePrecisionEnum, required: true, description: "DAY for a day, MINUTE for a time." }),
    },
    resolve: async (_root, args, context) => {
      const result = await curate(async () => {
        const article = idOfType(String(args.id), "Article", "id");
        const date = parsePublishedDate(args.date, args.precision);
        return correctPublishedDate(context.prisma, actorOf(context), article, date);
      });
      context.pubsub.publish("articleFeedGrew"); // wakes change-feed followers for ARTICLE_UPDATED
      return result;
    },
  }),
  rejectFact: t.field({
    type: FactDecisionPayload,
    description:
      "Rejects an extracted fact (a PositionReport.factId, a Quote.id, an EventParticipant.factId): it is removed, and re-extraction or a later ingest of its article does not write it again. Needs the curate scope.",
    authScopes: { curate: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) =>
      curate(() => rejectFact(context.prisma, actorOf(context), nodeArg(args.id, "id"))),
  }),
  confirmFact: t.field({
    type: FactDecisionPayload,
    description:
      "Confirms an extracted fact; a fact rejected before is written back as it was. Needs the curate scope.",
    authScopes: { curate: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) =>
      curate(() => confirmFact(context.prisma, actorOf(context), nodeArg(args.id, "id"))),
  }),
}));
