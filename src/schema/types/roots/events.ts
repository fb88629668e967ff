import { normalizeName } from "../../../ingest/normalize.ts";
import { builder } from "../../builder.ts";
import { keysetPage } from "../../connections.ts";
import { idOfType } from "../../lookup.ts";
import { checkedPageSize, dayRange, entityWhere, nameContains } from "./where.ts";

const byIdOrName = "its global ID or any written form of its name, any case";

export const EventFilterRef = builder.inputType("EventFilter", {
  description: `Narrows the events list; all given conditions must hold. Entities take ${byIdOrName}.`,
  fields: (t) => ({
    institution: t.id({ description: `Only events this institution hosted: ${byIdOrName}.` }),
    person: t.id({ description: `Only events this person took part in: ${byIdOrName}.` }),
    place: t.id({ description: `Only events that took place here: ${byIdOrName}.` }),
    topic: t.string({ description: "Only events about this topic (its name, any case)." }),
    after: t.field({ type: "Date", description: "Only events on or after this day." }),
    before: t.field({ type: "Date", description: "Only events before this day." }),
    search: t.string({ description: "Part of the event's name, any case." }),
  }),
});

type EventFilter = {
  institution?: string | number | null;
  person?: string | number | null;
  place?: string | number | null;
  topic?: string | null;
  after?: Date | null;
  before?: Date | null;
  search?: string | null;
};

function eventWhere(filter: EventFilter | null | undefined) {
  if (!filter) return {};
  const date = dayRange(filter.after, filter.before);
  return {
    ...(filter.institution != null
      ? { host: entityWhere(filter.institution, "Institution", "filter.institution") }
      : {}),
    ...(filter.person != null
      ? { participants: { some: { person: entityWhere(filter.person, "Person", "filter.person") } } }
      : {}),
    ...(filter.place != null ? { place: entityWhere(filter.place, "Place", "filter.place") } : {}),
    ...(filter.topic != null ? { topics: { some: { topic: { normalizedName: normalizeName(filter.topic) } } } } : {}),
    ...(date ? { date } : {}),
    ...nameContains(filter.search),
  };
}

builder.queryFields((t) => ({
  event: t.prismaField({
    type: "Event",
    nullable: true,
    description: "One event by its global ID; null when there is no such event.",
    args: { id: t.arg.id({ required: true, description: "The event's global ID." }) },
    resolve: (query, _root, args, context) =>
      context.prisma.event.findUnique({ ...query, where: { id: idOfType(String(args.id), "Event", "id") } }),
  }),
  events: t.prismaConnection({
    type: "Event",
    cursor: "id",
    description: "Events, newest first (undated ones last), optionally filtered.",
    args: { filter: t.arg({ type: EventFilterRef, description: "What the events must meet." }) },
    totalCount: (_root, args, context) => context.prisma.event.count({ where: eventWhere(args.filter) }),
    resolve: async (query, _root, args, context) => {
      checkedPageSize(args);
      return context.prisma.event.findMany(
        await keysetPage(context.prisma, "Event", query, {
          where: eventWhere(args.filter),
          // the date with the undated last (Event.sortDate), never null: a page after a cursor is an index range
          orderBy: [{ sortDate: "desc" }, { id: "desc" }],
        }),
      );
    },
  }),
}));
