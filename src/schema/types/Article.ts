import { queryFromInfo } from "@pothos/plugin-prisma";
import { GraphQLError } from "graphql";
import { articleOrder, buildArticleFilter, countArticles, selectArticlePage } from "../articleFilter.ts";
import { builder } from "../builder.ts";
import { listArgs, listTake } from "../lists.ts";
import { idOfType, urlSpellings } from "../lookup.ts";
import { pageSize } from "../pagination.ts";
import { ArticleFilterRef, ArticleOrderEnum } from "./ArticleFilter.ts";
import { DatePrecisionEnum } from "./DatePrecision.ts";
import { EventRef } from "./Event.ts";
import { InstitutionRef } from "./Institution.ts";
import "./LabelledQuote.ts";
import { PersonRef } from "./Person.ts";
import { PlaceRef } from "./Place.ts";
import { ProductRef } from "./Product.ts";
import { AuthorRef } from "./Source.ts";
import { TopicRef } from "./Topic.ts";

export const ArticleRef = builder.prismaNode("Article", {
  id: { field: "id" },
  // select mode: a page of titles reads titles, not every article's body
  select: { id: true },
  description: "A news article and everything read from it. Every fact links back here with its character span.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The headline as published." }),
    slug: t.exposeString("slug", { description: "A URL-safe name of the article, unique in the graph." }),
    lede: t.exposeString("lede", { nullable: true, description: "The opening paragraph." }),
    body: t.exposeString("body", {
      description: "The article text without its masthead, byline and date lines; spans point into it.",
    }),
    url: t.field({
      type: "URL",
      nullable: true,
      description: "Where the article was published, when known.",
      select: { url: true },
      resolve: (a) => a.url,
    }),
    language: t.exposeString("language", { description: "ISO 639-1 language code (id for Indonesian)." }),
    publishedAt: t.expose("publishedAt", {
      type: "DateTime",
      nullable: true,
      description:
        "When the article was published, as its date line says. When the line gives only the day (publishedDatePrecision DAY), the time is midnight by convention: read publishedDate instead.",
    }),
    publishedDate: t.expose("publishedDate", {
      type: "Date",
      nullable: true,
      description: "The day the article was published, as its own time zone has it (a WIB evening is that day).",
    }),
    publishedDatePrecision: t.expose("publishedPrecision", {
      type: DatePrecisionEnum,
      nullable: true,
      description: "How much of the publication time the article gives: DAY (the date only) or MINUTE.",
    }),
    contentHash: t.exposeString("contentHash", {
      description: "SHA-256 of the title and body with whitespace folded: the same text ingested twice is one article.",
    }),
    extractorVersion: t.exposeString("extractorVersion", {
      description: 'The extractor that produced the facts ("curated" when hand-checked).',
    }),
    ingestedAt: t.expose("createdAt", { type: "DateTime", description: "When the article first entered the graph." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the article was last written." }),
    source: t.relation("source", { nullable: true, description: "The publication." }),
    dateline: t.relation("datelinePlace", { nullable: true, description: "The place named in the dateline." }),
    positions: t.relation("positionReports", {
      args: listArgs(t.arg),
      description: "The positions the article reports someone holding, with the title as written.",
      query: (args) => ({ orderBy: { spanStart: "asc" }, take: listTake(args) }),
    }),
    quotes: t.relation("quotes", {
      args: listArgs(t.arg),
      description: "What the article quotes people saying, in reading order.",
      query: (args) => ({ orderBy: [{ field: "asc" }, { spanStart: "asc" }], take: listTake(args) }),
    }),
    labelledQuotes: t.relation("labelledQuotes", {
      args: listArgs(t.arg),
      description: 'What the article quotes people saying whom it names only by a label ("Er (40)"), in reading order.',
      query: (args) => ({
        orderBy: [{ field: "asc" }, { spanStart: "asc" }, { id: "asc" }],
        take: listTake(args),
      }),
    }),
  }),
});

builder.prismaObjectFields(ArticleRef, (t) => ({
  authors: t.field({
    type: [AuthorRef],
    description: "The byline, in order.",
    select: (_args, _ctx, nestedSelection) => ({
      authors: { orderBy: { ordinal: "asc" }, take: 50, select: { author: nestedSelection() } },
    }),
    resolve: (a) => a.authors.map((link) => link.author),
  }),
  people: t.field({
    type: [PersonRef],
    args: listArgs(t.arg),
    description: "The people the article names.",
    select: (args, _ctx, nestedSelection) => ({
      personMentions: { orderBy: { id: "asc" }, take: listTake(args), select: { person: nestedSelection() } },
    }),
    resolve: (a) => a.personMentions.map((m) => m.person),
  }),
  institutions: t.field({
    type: [InstitutionRef],
    args: listArgs(t.arg),
    description: "The institutions the article names.",
    select: (args, _ctx, nestedSelection) => ({
      institutionMentions: { orderBy: { id: "asc" }, take: listTake(args), select: { institution: nestedSelection() } },
    }),
    resolve: (a) => a.institutionMentions.map((m) => m.institution),
  }),
  places: t.field({
    type: [PlaceRef],
    args: listArgs(t.arg),
    description:
      "The places the article names, and the larger places they lie in (a regency's province), so that filtering or grouping articles by a province finds the articles that name only its towns.",
    select: (args, _ctx, nestedSelection) => ({
      placeMentions: { orderBy: { id: "asc" }, take: listTake(args), select: { place: nestedSelection() } },
    }),
    resolve: (a) => a.placeMentions.map((m) => m.place),
  }),
  events: t.field({
    type: [EventRef],
    args: listArgs(t.arg),
    description: "The events the article reports.",
    select: (args, _ctx, nestedSelection) => ({
      eventReports: { orderBy: { id: "asc" }, take: listTake(args), select: { event: nestedSelection() } },
    }),
    resolve: (a) => a.eventReports.map((r) => r.event),
  }),
  products: t.field({
    type: [ProductRef],
    args: listArgs(t.arg),
    description: "The products the article mentions.",
    select: (args, _ctx, nestedSelection) => ({
      productMentions: { orderBy: { id: "asc" }, take: listTake(args), select: { product: nestedSelection() } },
    }),
    resolve: (a) => a.productMentions.map((m) => m.product),
  }),
  topics: t.field({
    type: [TopicRef],
    description: "What the article is about, most certain first.",
    select: (_args, _ctx, nestedSelection) => ({
      topics: { orderBy: [{ confidence: "desc" }, { topicId: "asc" }], take: 50, select: { topic: nestedSelection() } },
    }),
    resolve: (a) => a.topics.map((link) => link.topic),
  }),
}));

builder.queryFields((t) => ({
  article: t.prismaField({
    type: "Article",
    nullable: true,
    description: "One article, by its ID, its slug or its URL (give exactly one).",
    args: {
      id: t.arg.id({ description: "The article's global ID." }),
      slug: t.arg.string({ description: "The article's slug." }),
      url: t.arg({ type: "URL", description: "Where the article was published." }),
    },
    resolve: async (query, _root, args, context) => {
      const given = [args.id, args.slug, args.url].filter((v) => v !== null && v !== undefined);
      if (given.length !== 1) {
        throw new GraphQLError("give exactly one of id, slug and url", { extensions: { code: "BAD_USER_INPUT" } });
      }
      // the query Pothos hands in selects or includes only, so the lookup's where cannot clash with it
      if (args.url)
        return context.prisma.article.findFirst({ ...query, where: { url: { in: urlSpellings(args.url) } } });
      const where = args.id ? { id: idOfType(String(args.id), "Article", "id") } : { slug: String(args.slug) };
      return context.prisma.article.findUnique({ ...query, where });
    },
  }),
  articles: t.connection(
    {
      type: ArticleRef,
      description: "Articles, newest first, or by relevance when searching; orderBy chooses.",
      args: {
        filter: t.arg({ type: ArticleFilterRef, description: "Conditions the articles must meet." }),
        orderBy: t.arg({
          type: ArticleOrderEnum,
          description: "NEWEST (default), OLDEST, or RELEVANCE (with a search).",
        }),
      },
      resolve: async (_root, args, context, info) => {
        const built = buildArticleFilter(args.filter);
        const page = await selectArticlePage(
          context.prisma,
          built,
          articleOrder(args.orderBy, built),
          pageSize(args.first),
          args.after,
        );
        const ids = page.edges.map((e) => e.id);
        const articles =
          ids.length === 0
            ? []
            : await context.prisma.article.findMany({
                ...queryFromInfo({ context, info, typeName: "Article", path: ["edges", "node"] }),
                where: { id: { in: ids } },
              });
        const byId = new Map(articles.map((a) => [a.id, a]));
        let total: Promise<number> | undefined;
        return {
          edges: page.edges.flatMap((edge) => {
            const node = byId.get(edge.id);
            return node ? [{ cursor: edge.cursor, node }] : [];
          }),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: Boolean(args.after),
            startCursor: page.edges[0]?.cursor ?? null,
            endCursor: page.edges.at(-1)?.cursor ?? null,
          },
          // counted only when the client selects totalCount
          totalCount: () => {
            total ??= countArticles(context.prisma, built);
            return total;
          },
        };
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many articles meet the filter, over all pages.",
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
  ),
}));
