import type { Prisma } from "../../store/index.ts";
import { builder } from "../builder.ts";
import { institutionArticles, keysetPage } from "../connections.ts";
import { listArgs, listTake } from "../lists.ts";
import { institutionPeople, loadRelatedPage } from "../loaders.ts";
import { aliasContains, whereIdOrAlias } from "../lookup.ts";
import { ArticleRef } from "./Article.ts";
import { InstitutionTypeEnum } from "./enums.ts";

export const InstitutionRef = builder.prismaNode("Institution", {
  id: { field: "id" },
  // select mode, the name read always and answered from the row: as for Person (Person.ts)
  select: { id: true, name: true },
  description:
    "An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias.",
  fields: (t) => ({
    name: t.string({
      description: "The canonical name, e.g. Rutan Kelas IIB Blora.",
      resolve: (institution) => institution.name,
    }),
    shortName: t.exposeString("shortName", { nullable: true, description: "The usual short form, e.g. Rutan Blora." }),
    type: t.expose("type", { type: InstitutionTypeEnum, description: "What kind of institution it is." }),
    aliases: t.stringList({
      description: "Every written form of the name (abbreviated, with or without class), the name itself included.",
      select: { aliases: { orderBy: { id: "asc" }, take: 100, select: { alias: true } } },
      resolve: (i) => i.aliases.map((a) => a.alias),
    }),
    parent: t.relation("parent", {
      nullable: true,
      description: "The institution it belongs to: a Rutan to its Kanwil, a Kanwil to its Ditjen.",
    }),
    children: t.relation("children", {
      args: listArgs(t.arg),
      description: "The institutions that belong to it.",
      query: (args) => ({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }], take: listTake(args) }),
    }),
    place: t.relation("place", { nullable: true, description: "Where it is." }),
    positions: t.relation("positions", {
      args: listArgs(t.arg),
      description: "The positions held here, with who holds them.",
      query: (args) => ({ orderBy: { id: "asc" }, take: listTake(args) }),
    }),
    events: t.relation("hostedEvents", {
      args: listArgs(t.arg),
      description: "Events the institution hosted, newest first.",
      query: (args) => ({ orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: listTake(args) }),
    }),
    products: t.relation("products", {
      args: listArgs(t.arg),
      description: "Products made here (by inmates, for UMKM).",
      query: (args) => ({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }], take: listTake(args) }),
    }),
  }),
});

builder.prismaObjectFields(InstitutionRef, (t) => ({
  people: t.prismaField({
    type: ["Person"],
    args: listArgs(t.arg),
    description: "People reported holding a position here.",
    // the positions name a person once per role: de-duplicated and paged in SQL, not in the server
    resolve: (query, institution, args, ctx) =>
      loadRelatedPage<Prisma.PersonModel>(
        ctx,
        institutionPeople,
        "institutionPeople",
        institution.id,
        listTake(args),
        query,
      ),
  }),
  articles: t.connection(
    {
      type: ArticleRef,
      description: "Articles that name the institution, newest first.",
      select: (args, ctx, nestedSelection) => ({ mentions: institutionArticles.getQuery(args, ctx, nestedSelection) }),
      resolve: (institution, args, ctx) => ({
        ...institutionArticles.resolve(institution.mentions, args, ctx),
        entityKey: `Institution:${institution.id}` as const,
      }),
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many articles name the institution, over all pages.",
          resolve: (connection, _args, ctx) =>
            ctx.loaders.mentionedArticleCount.load(
              (connection as unknown as { entityKey: `Institution:${string}` }).entityKey,
            ),
        }),
      }),
    },
  ),
}));

builder.queryFields((t) => ({
  institution: t.prismaField({
    type: "Institution",
    nullable: true,
    description:
      'One institution, by ID or by any written form of its name: "rutan blora", "Rutan Kelas IIB Blora" and "Rumah Tahanan Negara Kelas IIB Blora" find the same node.',
    args: {
      id: t.arg.id({ description: "The institution's global ID." }),
      name: t.arg.string({ description: "Any alias of the institution, any case." }),
    },
    resolve: (query, _root, args, context) =>
      context.prisma.institution.findFirst({ ...query, where: whereIdOrAlias(args, "Institution") }),
  }),
  institutions: t.prismaConnection({
    type: "Institution",
    cursor: "normalizedName_id",
    description:
      "Institutions in alphabetical order, optionally of one type or with an alias containing the search text.",
    args: {
      search: t.arg.string({ description: "Part of any written form of the name, any case." }),
      type: t.arg({ type: InstitutionTypeEnum, description: "Only institutions of this type." }),
    },
    totalCount: (_root, args, context) =>
      context.prisma.institution.count({
        where: { ...aliasContains(args.search), ...(args.type ? { type: args.type } : {}) },
      }),
    resolve: async (query, _root, args, context) =>
      context.prisma.institution.findMany(
        await keysetPage(context.prisma, "Institution", query, {
          where: { ...aliasContains(args.search), ...(args.type ? { type: args.type } : {}) },
          orderBy: [{ normalizedName: "asc" }, { id: "asc" }],
        }),
      ),
  }),
}));
