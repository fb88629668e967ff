import { builder } from "../builder.ts";
import { keysetPage, placeArticles } from "../connections.ts";
import { listArgs, listTake } from "../lists.ts";
import { aliasContains } from "../lookup.ts";
import { ArticleRef } from "./Article.ts";
import { PlaceKindEnum } from "./enums.ts";

export const PlaceRef = builder.prismaNode("Place", {
  id: { field: "id" },
  description:
    "A place in Indonesia: a province, regency, city, district, or a former residency such as Eks Karesidenan Pati.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The official name, e.g. Kabupaten Blora." }),
    kind: t.expose("kind", { type: PlaceKindEnum, description: "The administrative level." }),
    code: t.exposeString("code", { nullable: true, description: "The Kemendagri area code, e.g. 33.16." }),
    aliases: t.stringList({
      description: "Every written form of the name (Blora, Kab. Blora, Jateng …).",
      select: { aliases: { orderBy: { id: "asc" }, take: 100, select: { alias: true } } },
      resolve: (p) => p.aliases.map((a) => a.alias),
    }),
    parent: t.relation("parent", { nullable: true, description: "The place it lies in: a regency's province." }),
    children: t.relation("children", {
      args: listArgs(t.arg),
      description: "The places that lie in it.",
      query: (args) => ({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }], take: listTake(args) }),
    }),
    institutions: t.relation("institutions", {
      args: listArgs(t.arg),
      description: "Institutions located here.",
      query: (args) => ({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }], take: listTake(args) }),
    }),
  }),
});

builder.prismaObjectFields(PlaceRef, (t) => ({
  articles: t.connection(
    {
      type: ArticleRef,
      description: "Articles that name the place, newest first.",
      select: (args, ctx, nestedSelection) => ({ mentions: placeArticles.getQuery(args, ctx, nestedSelection) }),
      resolve: (place, args, ctx) => ({
        ...placeArticles.resolve(place.mentions, args, ctx),
        entityKey: `Place:${place.id}` as const,
      }),
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many articles name the place, over all pages.",
          resolve: (connection, _args, ctx) =>
            ctx.loaders.mentionedArticleCount.load(
              (connection as unknown as { entityKey: `Place:${string}` }).entityKey,
            ),
        }),
      }),
    },
  ),
}));

builder.queryFields((t) => ({
  places: t.prismaConnection({
    type: "Place",
    cursor: "id",
    description: "Places the articles name, optionally of one kind or with an alias containing the search text.",
    args: {
      search: t.arg.string({ description: "Part of any written form of the name, any case." }),
      kind: t.arg({ type: PlaceKindEnum, description: "Only places of this kind." }),
    },
    totalCount: (_root, args, context) =>
      context.prisma.place.count({
        where: { ...aliasContains(args.search), ...(args.kind ? { kind: args.kind } : {}) },
      }),
    resolve: async (query, _root, args, context) =>
      context.prisma.place.findMany(
        await keysetPage(context.prisma, "Place", query, {
          where: { ...aliasContains(args.search), ...(args.kind ? { kind: args.kind } : {}) },
          orderBy: [{ id: "asc" }],
        }),
      ),
  }),
}));
