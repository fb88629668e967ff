import { builder } from "../builder.ts";
import { listArgs, listTake } from "../lists.ts";
import { EventRoleEnum } from "./enums.ts";
import { InstitutionRef } from "./Institution.ts";
import { ProvenanceRef } from "./Provenance.ts";

builder.prismaObject("EventGroupParticipant", {
  description:
    'A group or an institution taking part in an event, as one article names it ("Kepala UPT Pemasyarakatan se-Eks Karesidenan Pati", "Polres Blora").',
  fields: (t) => ({
    label: t.exposeString("label", { description: "The group as the article names it." }),
    institution: t.relation("institution", {
      nullable: true,
      description:
        'The institution the group is, or is the staff of ("jajaran Polres Blora"), when the article names one.',
    }),
    role: t.expose("role", { type: EventRoleEnum, description: "In what role (ACCOMPANYING, PARTICIPANT …)." }),
    event: t.relation("event", { description: "The event it took part in." }),
    article: t.relation("article", { description: "The article that reports it." }),
    provenance: t.field({
      type: ProvenanceRef,
      description: "Where the article says so.",
      select: { articleId: true, field: true, spanStart: true, spanEnd: true, confidence: true, extractor: true },
      resolve: (p) => p,
    }),
  }),
});

// the field that lists an institution's participations sits beside the type it returns
builder.prismaObjectFields(InstitutionRef, (t) => ({
  eventParticipations: t.relation("eventParticipations", {
    args: listArgs(t.arg),
    description:
      "The events the institution (or a group of its staff) took part in without hosting them, one entry per reporting article, the event recorded last first.",
    query: (args) => ({ orderBy: [{ eventId: "desc" }, { id: "asc" }], take: listTake(args) }),
  }),
}));
