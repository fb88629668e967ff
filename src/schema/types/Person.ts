import type { Prisma } from "../../store/index.ts";
import { builder } from "../builder.ts";
import { keysetPage, personArticles } from "../connections.ts";
import { listArgs, listTake } from "../lists.ts";
import { type CoAppearance, loadRelatedPage, personEvents } from "../loaders.ts";
import { aliasContains, whereIdOrAlias } from "../lookup.ts";
import { ArticleRef } from "./Article.ts";

export const PersonRef = builder.prismaNode("Person", {
  id: { field: "id" },
  // select mode: a page of names reads id and name, not every column of every person it joins
  // (issue 11). The name is read always, and answered from the row whatever read it: co-mentions,
  // neighbors and paths hand back whole rows read without the client's selection, and an exposed
  // (selected) field would load them again.
  select: { id: true, name: true },
  description: "A named person, resolved to one node across all articles; every written form of the name is an alias.",
  fields: (t) => ({
    name: t.string({
      description: "The name as first written, without honorifics or degrees.",
      resolve: (person) => person.name,
    }),
    aliases: t.stringList({
      description: "Every written form of the name, the name itself included.",
      select: { aliases: { orderBy: { id: "asc" }, take: 100, select: { alias: true } } },
      resolve: (p) => p.aliases.map((a) => a.alias),
    }),
    positions: t.relation("positions", {
      args: listArgs(t.arg),
      description: "The roles the person is reported holding, with the institution.",
      query: (args) => ({ orderBy: { id: "asc" }, take: listTake(args) }),
    }),
    quotes: t.relation("quotes", {
      args: listArgs(t.arg),
      description: "What the person was quoted saying, newest first.",
      query: (args) => ({ orderBy: [{ listedAt: "desc" }, { id: "desc" }], take: listTake(args) }),
    }),
  }),
});

builder.prismaObjectFields(PersonRef, (t) => ({
  articles: t.connection(
    {
      type: ArticleRef,
      description: "Articles that name the person, newest first.",
      select: (args, ctx, nestedSelection) => ({ mentions: personArticles.getQuery(args, ctx, nestedSelection) }),
      resolve: (person, args, ctx) => ({
        ...personArticles.resolve(person.mentions, args, ctx),
        entityKey: `Person:${person.id}` as const,
      }),
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many articles name the person, over all pages.",
          resolve: (connection, _args, ctx) =>
            ctx.loaders.mentionedArticleCount.load(
              (connection as unknown as { entityKey: `Person:${string}` }).entityKey,
            ),
        }),
      }),
    },
  ),
  events: t.prismaField({
    type: ["Event"],
    args: listArgs(t.arg),
    description: "Events the person took part in, in any role.",
    // a person takes part once per role and report: de-duplicated and paged in SQL, not in the server
    resolve: (query, person, args, ctx) =>
      loadRelatedPage<Prisma.EventModel>(ctx, personEvents, "personEvents", person.id, listTake(args), query),
  }),
}));

builder.queryFields((t) => ({
  person: t.prismaField({
    type: "Person",
    nullable: true,
    description: "One person, by ID or by any written form of the name (case, spacing and punctuation ignored).",
    args: {
      id: t.arg.id({ description: "The person's global ID." }),
      name: t.arg.string({ description: "Any alias of the person, e.g. Mardi Santoso." }),
    },
    resolve: (query, _root, args, context) =>
      context.prisma.person.findFirst({ ...query, where: whereIdOrAlias(args, "Person") }),
  }),
  people: t.prismaConnection({
    type: "Person",
    cursor: "normalizedName_id",
    description: "People in alphabetical order, optionally those with an alias containing the search text.",
    args: { search: t.arg.string({ description: "Part of any written form of the name, any case." }) },
    totalCount: (_root, args, context) => context.prisma.person.count({ where: aliasContains(args.search) }),
    resolve: async (query, _root, args, context) =>
      context.prisma.person.findMany(
        await keysetPage(context.prisma, "Person", query, {
          where: aliasContains(args.search),
          orderBy: [{ normalizedName: "asc" }, { id: "asc" }],
        }),
      ),
  }),
}));

const CoAppearanceRef = builder.objectRef<CoAppearance>("CoAppearance").implement({
  description: "Another person named in the same articles, and in how many.",
  fields: (t) => ({
    person: t.prismaField({
      type: "Person",
      description: "The other person.",
      resolve: (query, row, _args, context) =>
        context.prisma.person.findUniqueOrThrow({ ...query, where: { id: row.otherPersonId } }),
    }),
    sharedArticles: t.exposeInt("sharedArticles", { description: "How many articles name both." }),
  }),
});

builder.prismaObjectField(PersonRef, "appearsWith", (t) =>
  t.field({
    type: [CoAppearanceRef],
    args: listArgs(t.arg),
    description: "Who appears in the same articles as this person, most shared articles first.",
    resolve: async (person, args, ctx) => (await ctx.loaders.coAppearances.load(person.id)).slice(0, listTake(args)),
  }),
);
