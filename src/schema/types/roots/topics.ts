import { builder } from "../../builder.ts";
import { keysetPage } from "../../connections.ts";
import { checkedPageSize, nameContains } from "./where.ts";

builder.queryField("topics", (t) =>
  t.prismaConnection({
    type: "Topic",
    cursor: "normalizedName",
    description: "Topics in alphabetical order, optionally those whose name contains the search text.",
    args: { search: t.arg.string({ description: "Part of the topic's name, any case." }) },
    totalCount: (_root, args, context) => context.prisma.topic.count({ where: nameContains(args.search) }),
    resolve: async (query, _root, args, context) => {
      checkedPageSize(args);
      return context.prisma.topic.findMany(
        await keysetPage(context.prisma, "Topic", query, {
          where: nameContains(args.search),
          orderBy: [{ normalizedName: "asc" }],
        }),
      );
    },
  }),
);
