import { builder } from "../builder.ts";
import { listArgs, listTake } from "../lists.ts";
import { ProvenanceRef } from "./Provenance.ts";

builder.prismaNode("Position", {
  id: { field: "id" },
  // select mode: a page of titles reads titles, not every column of every row the page joins (issue 11)
  select: { id: true },
  description: 'A person holding a role at an institution ("Kepala Rutan" at Rutan Demak), as articles report it.',
  fields: (t) => ({
    title: t.exposeString("title", { description: "The title as most recently written, e.g. Kepala Rutan Demak." }),
    role: t.exposeString("role", { description: "The role in canonical form, e.g. Kepala Rutan." }),
    person: t.relation("person", { description: "Who holds the position." }),
    institution: t.relation("institution", { nullable: true, description: "Where, when the article says." }),
    firstReportedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The date of the earliest article that reports the position.",
      resolve: async (position, _args, ctx) => (await ctx.loaders.positionTimeline.load(position.id))?.firstReportedAt,
    }),
    lastReportedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The date of the latest article that reports the position: how current it is.",
      resolve: async (position, _args, ctx) => (await ctx.loaders.positionTimeline.load(position.id))?.lastReportedAt,
    }),
    reportCount: t.int({
      description: "How many articles report the position.",
      resolve: async (position, _args, ctx) => (await ctx.loaders.positionTimeline.load(position.id))?.reports ?? 0,
    }),
    reports: t.relation("reports", {
      args: listArgs(t.arg),
      description:
        "Every article that reported the position, oldest first: when it was reported and where in the text.",
      query: (args) => ({ orderBy: [{ reportedAt: "asc" }, { id: "asc" }], take: listTake(args) }),
    }),
  }),
});

builder.prismaObject("PositionReport", {
  description: "One article's report of a position.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The title as this article wrote it." }),
    reportedAt: t.expose("reportedAt", { type: "DateTime", description: "The article's date." }),
    position: t.relation("position", { description: "The position reported." }),
    article: t.relation("article", { description: "The article." }),
    provenance: t.field({
      type: ProvenanceRef,
      description: "Where the article says so.",
      select: { articleId: true, field: true, spanStart: true, spanEnd: true, confidence: true, extractor: true },
      resolve: (r) => r,
    }),
  }),
});
