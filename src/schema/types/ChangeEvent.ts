import { queryFromInfo } from "@pothos/plugin-prisma";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import { changeCursorOf, changeWhere, endingSequence, startingSequence } from "../changeFeedReader.ts";
import { pageSize } from "../pagination.ts";
import { ChangeFilterRef } from "./ChangeFilter.ts";
import { ChangeKindEnum } from "./ChangeKind.ts";

export const ChangeEventRef = builder.prismaObject("ChangeEvent", {
  description:
    "One change of the graph, in commit order. Its cursor is the place to resume from: `changes(after:)`, `graphChanged(after:)`.",
  fields: (t) => ({
    cursor: t.string({
      description: "Pass it as `after` to read or receive what changed since, and nothing twice.",
      select: { sequence: true },
      resolve: (event) => changeCursorOf(event.sequence),
    }),
    kind: t.expose("kind", { type: ChangeKindEnum, description: "What happened." }),
    at: t.expose("at", { type: "DateTime", description: "When the change was committed." }),
    article: t.relation("article", {
      nullable: true,
      description: "The article the change came in (added, updated, or that reported the person or position).",
    }),
    person: t.relation("person", {
      nullable: true,
      description: "PERSON_ADDED: the new person; POSITION_REPORTED: who holds the position.",
    }),
    institution: t.relation("institution", {
      nullable: true,
      description: "POSITION_REPORTED: the institution of the position.",
    }),
    position: t.relation("position", { nullable: true, description: "POSITION_REPORTED: the position." }),
    changedFields: t.exposeStringList("changedFields", {
      description:
        "ARTICLE_UPDATED: what changed, among title, lede, body, url, publishedAt (with publishedDate and its precision), source, authors and facts (what the article reports: people, positions, quotes and labelled quotes, events and the groups taking part …).",
    }),
  }),
});

builder.queryField("changes", (t) =>
  t.connection({
    type: ChangeEventRef,
    description:
      "The change feed, oldest first, for pollers: store the last `endCursor` and ask again with it as `after`. `last` (with `before`) reads backwards from the end (from that cursor): the latest changes, still oldest first within the page. A cursor beyond the end of the feed is BAD_USER_INPUT.",
    args: {
      kinds: t.arg({ type: [ChangeKindEnum], description: "Only changes of these kinds (all when absent)." }),
      filter: t.arg({ type: ChangeFilterRef, description: "Only changes concerning these entities." }),
    },
    resolve: async (_root, args, context, info) => {
      const backward = args.last != null || args.before != null;
      // the pairs other connections refuse too: a page is read from one end, towards one side
      if (args.after != null && args.before != null) throw badArguments("after and before");
      if (backward && args.first != null) throw badArguments(`${args.last != null ? "last" : "before"} and first`);
      if (args.after != null && args.last != null) throw badArguments("after and last");
      const select = queryFromInfo({ context, info, typeName: "ChangeEvent", path: ["edges", "node"] });
      if (backward) {
        const take = pageSize(args.last, undefined, undefined, "last");
        const before = await endingSequence(context.prisma, args.before);
        const newestFirst = await context.prisma.changeEvent.findMany({
          ...select,
          where: { AND: [before === undefined ? {} : { sequence: { lt: before } }, changeWhere(args)] },
          orderBy: { sequence: "desc" },
          take: take + 1,
        });
        const edges = newestFirst
          .slice(0, take)
          .reverse()
          .map((node) => ({ cursor: changeCursorOf(node.sequence), node }));
        return {
          edges,
          pageInfo: {
            hasNextPage: before !== undefined,
            hasPreviousPage: newestFirst.length > take,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      }
      const take = pageSize(args.first);
      const after = await startingSequence(context.prisma, args.after);
      const rows = await context.prisma.changeEvent.findMany({
        ...select,
        where: { AND: [{ sequence: { gt: after } }, changeWhere(args)] },
        orderBy: { sequence: "asc" },
        take: take + 1,
      });
      const page = rows.slice(0, take);
      const edges = page.map((node) => ({ cursor: changeCursorOf(node.sequence), node }));
      return {
        edges,
        pageInfo: {
          hasNextPage: rows.length > take,
          hasPreviousPage: after > 0n,
          startCursor: edges[0]?.cursor ?? null,
          // an empty page keeps the cursor the client gave, so it can ask again with it
          endCursor: edges.at(-1)?.cursor ?? args.after ?? null,
        },
      };
    },
  }),
);

const badArguments = (pair: string) =>
  new GraphQLError(
    `changes takes ${pair} not together: page forwards with first and after, backwards with last and before`,
    {
      extensions: { code: "BAD_USER_INPUT" },
    },
  );
