import { CALENDAR_OFFSET_HOURS } from "../../articleFilter.ts";
import { builder } from "../../builder.ts";
import { keysetPage } from "../../connections.ts";
import { checkedPageSize, entityWhere } from "./where.ts";

export const QuoteFilterRef = builder.inputType("QuoteFilter", {
  description: "Narrows the quotes list; all given conditions must hold. Days are Western Indonesian Time (UTC+7).",
  fields: (t) => ({
    person: t.id({ description: "Only what this person said: their global ID or any written form of the name." }),
    institution: t.id({
      description:
        "Only what was said by someone holding a position at this institution when quoted: its global ID or any written form of its name.",
    }),
    search: t.string({ description: "Words the quote contains, any case." }),
    after: t.field({ type: "Date", description: "Only quotes in articles of this day or later." }),
    before: t.field({ type: "Date", description: "Only quotes in articles before this day." }),
  }),
});

type QuoteFilter = {
  person?: string | number | null;
  institution?: string | number | null;
  search?: string | null;
  after?: Date | null;
  before?: Date | null;
};

/** The instant a calendar day (UTC+7) begins; `Date` scalars arrive as UTC midnight. */
const dayStart = (day: Date) => new Date(day.getTime() - CALENDAR_OFFSET_HOURS * 3_600_000);

function quoteWhere(filter: QuoteFilter | null | undefined) {
  if (!filter) return {};
  const search = filter.search?.trim();
  return {
    ...(filter.person != null ? { speaker: entityWhere(filter.person, "Person", "filter.person") } : {}),
    ...(filter.institution != null
      ? { position: { institution: entityWhere(filter.institution, "Institution", "filter.institution") } }
      : {}),
    ...(search ? { text: { contains: search, mode: "insensitive" as const } } : {}),
    ...(filter.after || filter.before
      ? {
          listedAt: {
            ...(filter.after ? { gte: dayStart(filter.after) } : {}),
            ...(filter.before ? { lt: dayStart(filter.before) } : {}),
          },
        }
      : {}),
  };
}

builder.queryField("quotes", (t) =>
  t.prismaConnection({
    type: "Quote",
    cursor: "id",
    description: "What people were quoted saying, newest article first, optionally filtered.",
    args: { filter: t.arg({ type: QuoteFilterRef, description: "What the quotes must meet." }) },
    totalCount: (_root, args, context) => context.prisma.quote.count({ where: quoteWhere(args.filter) }),
    resolve: async (query, _root, args, context) => {
      checkedPageSize(args);
      return context.prisma.quote.findMany(
        await keysetPage(context.prisma, "Quote", query, {
          where: quoteWhere(args.filter),
          orderBy: [{ listedAt: "desc" }, { id: "desc" }],
        }),
      );
    },
  }),
);
