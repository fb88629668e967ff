import { encodeGlobalID } from "@pothos/plugin-relay";
import { FactDecisionStatus } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { ArticleRef } from "./Article.ts";

/**
 * Extracted facts that rejectFact and confirmFact take by ID. Quotes are nodes already; position
 * reports, event participations, groups taking part in events and labelled quotes get a `factId` here.
 */
builder.prismaObjectField("PositionReport", "factId", (t) =>
  t.id({
    description: "The ID to reject or confirm this report with (rejectFact, confirmFact).",
    select: { id: true },
    resolve: (report) => encodeGlobalID("PositionReport", report.id),
  }),
);

builder.prismaObjectField("EventParticipant", "factId", (t) =>
  t.id({
    description: "The ID to reject or confirm this participation with (rejectFact, confirmFact).",
    select: { id: true },
    resolve: (participant) => encodeGlobalID("EventParticipant", participant.id),
  }),
);

builder.prismaObjectField("EventGroupParticipant", "factId", (t) =>
  t.id({
    description: "The ID to reject or confirm this group's participation with (rejectFact, confirmFact).",
    select: { id: true },
    resolve: (group) => encodeGlobalID("EventGroupParticipant", group.id),
  }),
);

builder.prismaObjectField("LabelledQuote", "factId", (t) =>
  t.id({
    description: "The ID to reject or confirm this quote with (rejectFact, confirmFact).",
    select: { id: true },
    resolve: (quote) => encodeGlobalID("LabelledQuote", quote.id),
  }),
);

export const FactDecisionStatusEnum = builder.enumType(FactDecisionStatus, {
  name: "FactDecisionStatus",
  description: "REJECTED: the fact is removed and not written again; CONFIRMED: checked by hand and kept.",
});

export const FactDecisionRef = builder.prismaObject("FactDecision", {
  description:
    "A curator's decision on an extracted fact, kept by what the fact says (kind, article, who, of what), so re-extraction and later ingests of the article respect it.",
  fields: (t) => ({
    fact: t.id({
      description: "The ID of the fact the decision was taken on.",
      select: { kind: true, factRowId: true },
      resolve: (d) => encodeGlobalID(FACT_TYPENAMES[d.kind] ?? "Fact", d.factRowId),
    }),
    kind: t.exposeString("kind", {
      description:
        "POSITION_REPORT, QUOTE, LABELLED_QUOTE, EVENT_PARTICIPATION, GROUP_PARTICIPATION or PRODUCT_MENTION.",
    }),
    status: t.expose("status", { type: FactDecisionStatusEnum, description: "The decision." }),
    at: t.expose("at", { type: "DateTime", description: "When it was taken." }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The article that reports the fact.",
      select: { articleId: true },
      resolve: (d, _args, context) => context.prisma.article.findUnique({ where: { id: d.articleId } }),
    }),
    content: t.expose("fact", { type: "JSON", description: "The fact as it was when decided." }),
  }),
});

const FACT_TYPENAMES: Record<string, string> = {
  POSITION_REPORT: "PositionReport",
  QUOTE: "Quote",
  EVENT_PARTICIPATION: "EventParticipant",
  GROUP_PARTICIPATION: "EventGroupParticipant",
  LABELLED_QUOTE: "LabelledQuote",
  PRODUCT_MENTION: "ProductMention",
};
