import type { Prisma } from "../../store/index.ts";
import { builder } from "../builder.ts";
import { distinctBy, listArgs, listTake } from "../lists.ts";
import { eventParticipants, loadRelatedPage } from "../loaders.ts";
import { ArticleRef } from "./Article.ts";
import { EventRoleEnum } from "./enums.ts";
import "./EventGroupParticipant.ts";
import { ProvenanceRef } from "./Provenance.ts";
import { TopicRef } from "./Topic.ts";

export const EventRef = builder.prismaNode("Event", {
  id: { field: "id" },
  description:
    "Something that happened (an inspection, a visit, a launch, a ceremony): when, where, hosted by whom, with whom.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "What happened, as a short phrase." }),
    kind: t.exposeString("kind", { description: "INSPECTION, VISIT, LAUNCH, CEREMONY, MEETING …" }),
    date: t.expose("date", { type: "Date", nullable: true, description: "The day it happened." }),
    place: t.relation("place", { nullable: true, description: "Where it happened." }),
    host: t.relation("host", { nullable: true, description: "The institution that hosted it." }),
    products: t.relation("products", {
      args: listArgs(t.arg),
      description: "Products shown at the event.",
      query: (args) => ({ orderBy: [{ normalizedName: "asc" }, { id: "asc" }], take: listTake(args) }),
    }),
  }),
});

builder.prismaObjectFields(EventRef, (t) => ({
  participants: t.prismaField({
    type: ["EventParticipant"],
    args: listArgs(t.arg),
    description: "Who took part and in what role (lead, accompanying …).",
    // one per person and role, paged in SQL: Prisma's distinct read every report of the event
    resolve: (query, event, args, ctx) =>
      loadRelatedPage<Prisma.EventParticipantModel>(
        ctx,
        eventParticipants,
        "eventParticipants",
        event.id,
        listTake(args),
        query,
      ),
  }),
  groupParticipants: t.relation("groupParticipants", {
    args: listArgs(t.arg),
    description:
      'Groups and institutions that took part, as each reporting article names them ("Kepala UPT se-Eks Karesidenan Pati", "Polres Blora"), with their role.',
    query: (args) => ({
      orderBy: [{ normalizedLabel: "asc" }, { role: "asc" }, { id: "asc" }],
      take: listTake(args),
    }),
  }),
  topics: t.field({
    type: [TopicRef],
    description: "What the event was about.",
    select: (_args, _ctx, nestedSelection) => ({
      topics: { orderBy: { topicId: "asc" }, take: 50, select: { topic: nestedSelection() } },
    }),
    resolve: (e) => e.topics.map((link) => link.topic),
  }),
  articles: t.field({
    type: [ArticleRef],
    args: listArgs(t.arg),
    description: "The articles that report the event.",
    select: (args, _ctx, nestedSelection) => ({
      reports: {
        orderBy: { id: "asc" },
        take: listTake(args),
        select: { articleId: true, article: nestedSelection() },
      },
    }),
    resolve: (e) => distinctBy(e.reports, (r) => r.articleId).map((r) => r.article),
  }),
}));

builder.prismaObject("EventParticipant", {
  description: "A person's part in an event.",
  fields: (t) => ({
    person: t.relation("person", { description: "Who took part." }),
    role: t.expose("role", { type: EventRoleEnum, description: "In what role." }),
    provenance: t.field({
      type: ProvenanceRef,
      description: "Where an article says so.",
      select: { articleId: true, field: true, spanStart: true, spanEnd: true, confidence: true, extractor: true },
      resolve: (p) => p,
    }),
  }),
});
